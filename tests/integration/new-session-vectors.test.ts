// A new session is readied in the vector store as soon as it is made (empty, so at no cost): the vectors of the files
// then dropped into it are held as they are stored, and its first question does not read them all back from disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent } from '../../electron/app/docent';
import { BASE_SID } from '../../shared/ids';
import { cleanEnv } from '../helpers/clean-env';
import { tempDataDir } from '../helpers/paths';
import { TextWriter } from '../fixtures/generated-text';

test('a new session is readied in the store at once, and finds the files then added to it', async () => {
  const { dir, cleanup } = await tempDataDir('docent-new-session-');
  const app = await createDocent({ dataDir: path.join(dir, 'data'), syncBase: false, env: cleanEnv() });
  try {
    const store = app.store();
    const prepared: string[][] = [];
    const prepare = store.prepare!.bind(store);
    store.prepare = (sids) => {
      prepared.push([...sids]);
      return prepare(sids);
    };
    const { sid } = await app.handlers['sessions.create']({ title: 'Fresh' });
    // Not after the delay an opened session gets (the window draws it first): a new one has nothing to draw.
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(prepared, [[BASE_SID, sid]]);

    const writer = new TextWriter(11);
    const files = await Promise.all(Array.from({ length: 8 }, async (_, i) => {
      const file = path.join(dir, `note-${i}.txt`);
      await writeFile(file, writer.note(i));
      return file;
    }));
    const results = await app.ingest.start(sid, files.map((file) => ({ path: file }))).done;
    assert.deepEqual(results.map((r) => r.status), Array(8).fill('ready'));
    const sentence = writer.note(5).split(/[.\n]/)[1].trim();
    const hits = await app.chat.search(sid, sentence, 3);
    assert.ok(hits.some((hit) => hit.fileName === 'note-5.txt'), `"${sentence}" found ${hits.map((h) => h.fileName).join(', ')}`);
  } finally {
    await app.close();
    await cleanup();
  }
});
