// The packaged app's first run (the base library indexed once, re-synced when it changes) and its keys (sealed at rest,
// never in anything the window receives).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent } from '../../electron/app/docent';
import type { SecretBox } from '../../electron/app/settings/secret-box';
import type { StatusEvent } from '../../shared/model';
import { tempDataDir } from '../helpers/paths';
import { nextEvent } from '../helpers/wait';
import { cleanEnv } from '../helpers/clean-env';

/** Stands in for safeStorage: a reversible transform, so the stored form differs from the key. */
const sealingBox: SecretBox = {
  available: true,
  encrypt: (plain) => Buffer.from([...Buffer.from(plain, 'utf8')].map((b) => b ^ 0x5a)).toString('base64'),
  decrypt: (stored) => Buffer.from([...Buffer.from(stored, 'base64')].map((b) => b ^ 0x5a)).toString('utf8'),
};

describe('first run', () => {
  test('the base library is indexed on the first start, not again on the second, and re-synced when a document changes', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const baseDocs = path.join(dir, 'base-docs');
      await mkdir(baseDocs);
      const guide = path.join(baseDocs, 'guide.md');
      await writeFile(guide, '# Guide\n\nThe violet heron nests only on the western islands of the archipelago.\n');
      const dataDir = path.join(dir, 'data');

      const syncs: StatusEvent[] = [];
      let app = await createDocent({ dataDir, baseDocsDir: baseDocs, env: cleanEnv() });
      app.onEvent('status', (e) => e.type === 'base-sync' && syncs.push(e));
      await app.baseSynced();
      const sessions = await stat(path.join(dataDir, 'sessions'));
      assert.equal(sessions.mode & 0o777, 0o700, 'the sessions folder is owner-only');
      const first = await app.handlers['base.list'](undefined);
      assert.deepEqual(first.map((d) => [d.name, d.status]), [['guide.md', 'ready']]);
      const baseChunks = await app.store().countSession('base');
      assert.ok(baseChunks > 0);
      const s = await app.handlers['sessions.current'](undefined);
      assert.ok((await app.chat.search(s.sid, 'violet heron islands', 3)).some((h) => h.sid === 'base'));
      await app.close();

      app = await createDocent({ dataDir, baseDocsDir: baseDocs, env: cleanEnv() });
      const second: StatusEvent[] = [];
      app.onEvent('status', (e) => e.type === 'base-sync' && second.push(e));
      await app.baseSynced();
      assert.ok(!second.some((e) => e.type === 'base-sync' && e.fileName === 'guide.md'), 'an unchanged base document is not indexed again');
      assert.equal((await app.handlers['base.list'](undefined))[0].addedAt, first[0].addedAt);
      assert.equal(await app.store().countSession('base'), baseChunks);
      await app.close();

      await writeFile(guide, '# Guide\n\nThe amber lynx hunts at dawn along the frozen river.\n');
      app = await createDocent({ dataDir, baseDocsDir: baseDocs, env: cleanEnv() });
      try {
        await app.baseSynced();
        const s2 = await app.handlers['sessions.current'](undefined);
        const hits = await app.chat.search(s2.sid, 'amber lynx frozen river', 5);
        assert.ok(hits.some((h) => h.sid === 'base' && h.text.includes('amber lynx')));
        const all = await app.chat.search(s2.sid, 'violet heron western islands', 10);
        assert.ok(!all.some((h) => h.text.includes('violet heron')), 'the old version of the document is gone');
        assert.equal((await app.handlers['base.list'](undefined)).length, 1);
      } finally {
        await app.close();
      }
    } finally {
      await cleanup();
    }
  });
});

describe('keys', () => {
  const KEYS = { answers: 'sk-answers-7f3a9c1e5b', embeddings: 'sk-embed-2d8e4f6a0c', pinecone: 'pcsk-pine-9b1c3e5d7f' };

  test('keys are sealed at rest and never appear in anything the window receives', async () => {
    const { dir, cleanup } = await tempDataDir();
    // Pinecone's "Test connection" must never leave this machine: its control plane points at a closed loopback port.
    const app = await createDocent({ dataDir: dir, secretBox: sealingBox, env: cleanEnv({ PINECONE_CONTROLLER_HOST: 'http://127.0.0.1:9' }), syncBase: false });
    const received: unknown[] = [];
    app.onEvent('status', (e) => received.push(e));
    app.onEvent('chat', (e) => received.push(e));
    app.onEvent('ingest', (e) => received.push(e));
    try {
      const h = app.handlers;
      received.push(
        await h['settings.set']({
          answers: { provider: 'extractive', apiKey: KEYS.answers },
          embeddings: { apiKey: KEYS.embeddings },
          pinecone: { enabled: false, apiKey: KEYS.pinecone },
        }),
      );
      const view = await h['settings.get'](undefined);
      received.push(view);
      assert.equal(view.answers.keySet, true);
      assert.equal(view.embeddings.keySet, true);
      assert.equal(view.pinecone.keySet, true);
      assert.equal(view.keysStoredInPlainText, false);

      // Walk every channel the window can call with a valid payload.
      const s = await h['sessions.current'](undefined);
      const note = path.join(dir, 'note.txt');
      await writeFile(note, 'The lighthouse has a red lamp and a spiral staircase of ninety steps.\n');
      const jobDone = nextEvent(app, 'ingest', (e) => e.type === 'job-done', 'the ingest job to end');
      const job = await h['documents.ingest']({ sid: s.sid, files: [{ path: note }] });
      received.push(job);
      await jobDone;
      const docs = await h['documents.list']({ sid: s.sid });
      received.push(docs, s);
      received.push(await h['sessions.list'](undefined));
      received.push(await h['sessions.create']({ title: 'Other' }));
      received.push(await h['sessions.open']({ sid: s.sid }));
      received.push(await h['sessions.rename']({ sid: s.sid, title: 'Renamed' }));
      received.push(await h['documents.page']({ sid: s.sid, fileId: docs[0].fileId, page: 1 }));
      const bytes = await h['documents.bytes']({ sid: s.sid, fileId: docs[0].fileId });
      received.push({ ...bytes, bytes: Buffer.from(bytes.bytes).toString('utf8') });
      const answered = nextEvent(app, 'chat', (e) => e.type === 'done', 'the answer to end');
      const asked = await h['chat.ask']({ sid: s.sid, question: 'How many steps does the staircase have?' });
      received.push(asked);
      await answered;
      received.push(await h['chat.history']({ sid: s.sid }));
      received.push(await h['chat.exportMarkdown']({ sid: s.sid }));
      received.push(await h['base.list'](undefined));
      for (const target of ['answers', 'embeddings', 'pinecone'] as const) received.push(await h['settings.test']({ target }));
      received.push(await h['sessions.endPreview']({ sid: s.sid }));
      received.push(await h['sessions.end']({ sid: s.sid }));

      const everything = JSON.stringify(received);
      for (const key of Object.values(KEYS)) assert.ok(!everything.includes(key), `a key reached the window: ${key}`);
      const onDisk = await readFile(path.join(dir, 'settings.json'), 'utf8');
      for (const key of Object.values(KEYS)) assert.ok(!onDisk.includes(key), 'keys are sealed in settings.json');
      assert.equal((await stat(path.join(dir, 'settings.json'))).mode & 0o777, 0o600);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test('without a keychain keys are kept in an owner-only file and the window is told', async () => {
    const { dir, cleanup } = await tempDataDir();
    const app = await createDocent({ dataDir: dir, env: cleanEnv(), syncBase: false });
    try {
      const view = await app.handlers['settings.set']({ answers: { apiKey: KEYS.answers } });
      assert.equal(view.keysStoredInPlainText, true);
      assert.equal((await stat(path.join(dir, 'settings.json'))).mode & 0o777, 0o600);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test('environment variables override the settings file', async () => {
    const { dir, cleanup } = await tempDataDir();
    const env = cleanEnv({ OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL: 'llama3', OPENAI_API_KEY: 'sk-env-1', DOCENT_ANSWERS: 'openai' });
    const app = await createDocent({ dataDir: dir, env, syncBase: false });
    try {
      const view = await app.handlers['settings.get'](undefined);
      assert.equal(view.answers.provider, 'openai');
      assert.equal(view.answers.baseURL, 'http://127.0.0.1:9/v1');
      assert.equal(view.answers.model, 'llama3');
      assert.equal(view.answers.keySet, true);
    } finally {
      await app.close();
      await cleanup();
    }
  });
});
