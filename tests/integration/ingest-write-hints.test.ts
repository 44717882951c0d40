// The ingest job tells the stores whether other files are on their way (UpsertOptions.othersComing, and the same for
// SessionStore.putDocuments), so that a file dropped alone, or the last of a job, is written at once instead of
// waiting for company that will not come (group-commit.ts), while a folder's files still gather into few writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import type { UpsertOptions } from '../../electron/app/vectors/vector-store';
import { cleanEnv } from '../helpers/clean-env';
import { tempDataDir } from '../helpers/paths';
import { TextWriter } from '../fixtures/generated-text';

/** Records the hint of every upsert and document save the app makes. */
function recordHints(app: DocentApp): { upserts: (boolean | undefined)[]; saves: (boolean | undefined)[] } {
  const hints = { upserts: [] as (boolean | undefined)[], saves: [] as (boolean | undefined)[] };
  const store = app.store();
  const upsert = store.upsert.bind(store);
  store.upsert = (records, options?: UpsertOptions) => {
    hints.upserts.push(options?.othersComing);
    return upsert(records, options);
  };
  const putDocuments = app.sessions.putDocuments.bind(app.sessions);
  app.sessions.putDocuments = (sid, docs, options) => {
    hints.saves.push(options?.othersComing);
    return putDocuments(sid, docs, options);
  };
  return hints;
}

test('a file dropped alone is written without waiting for others; a folder says more files are coming', async () => {
  const { dir, cleanup } = await tempDataDir('docent-hints-');
  const app = await createDocent({ dataDir: path.join(dir, 'data'), syncBase: false, env: cleanEnv() });
  try {
    const writer = new TextWriter(7);
    const folder = path.join(dir, 'notes');
    await mkdir(folder);
    for (let i = 0; i < 12; i++) await writeFile(path.join(folder, `note-${i}.txt`), writer.note(i));
    const alone = path.join(dir, 'alone.txt');
    await writeFile(alone, writer.note(99));
    const sid = (await app.handlers['sessions.create']({ title: 'Hints' })).sid;
    const hints = recordHints(app);

    const folderResults = await app.ingest.start(sid, [{ path: folder }]).done;
    assert.deepEqual(folderResults.map((r) => r.status), Array(12).fill('ready'));
    assert.equal(hints.upserts[0], true, "the folder's first file is stored while the others are still on their way");
    assert.ok(hints.saves.filter((h) => h === true).length >= 6, `the folder's records said others were coming: ${hints.saves.join(', ')}`);

    // Dropped right after the folder (within the stores' stream gap), alone: nothing says more is coming.
    hints.upserts.length = 0;
    hints.saves.length = 0;
    const [result] = await app.ingest.start(sid, [{ path: alone }]).done;
    assert.equal(result.status, 'ready');
    assert.deepEqual(hints.upserts, [false], 'its vectors');
    assert.deepEqual(hints.saves, [false, false], "its 'processing' and 'ready' records");
  } finally {
    await app.close();
    await cleanup();
  }
});
