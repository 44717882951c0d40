// Answers through the core with configured providers: an OpenAI-compatible chat endpoint streams the answer with
// citations, and switching the embedder re-indexes every session's documents from their stored copies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent } from '../../electron/app/docent';
import { LanceDbStore } from '../../electron/app/vectors/lancedb-store';
import type { StatusEvent } from '../../shared/model';
import { startOpenAiServer } from '../servers/openai/index';
import { tempDataDir } from '../helpers/paths';
import { nextEvent } from '../helpers/wait';
import { cleanEnv } from '../helpers/clean-env';

const NOTE = 'The observatory on the hill opens its dome every clear night at twenty-two hours for visitors.\n';

test('switching the embedder re-indexes the session from its copies, with progress, and leaves nothing in the old index', async () => {
  const server = await startOpenAiServer({ embeddingDimension: 48 });
  const { dir, cleanup } = await tempDataDir();
  const dataDir = path.join(dir, 'data');
  const app = await createDocent({ dataDir, env: cleanEnv(), syncBase: false });
  try {
    const note = path.join(dir, 'observatory.txt');
    await writeFile(note, NOTE);
    const s = await app.handlers['sessions.current'](undefined);
    const [ready] = await app.ingest.start(s.sid, [{ path: note }]).done;
    assert.equal(ready.status, 'ready');
    const oldTable = app.embedder().id;

    const progress: StatusEvent[] = [];
    app.onEvent('status', (e) => e.type === 'reembed' && progress.push(e));
    const finished = nextEvent(app, 'status', (e) => e.type === 'notice' && /indexed with the new settings/.test(e.message), 'the re-index to finish');
    await app.handlers['settings.set']({ embeddings: { provider: 'openai', baseURL: server.baseURL, model: 'text-embedding-3-small' } });
    await finished;
    assert.notEqual(app.embedder().id, oldTable);
    assert.ok(progress.some((e) => e.type === 'reembed' && e.sid === s.sid && e.done === e.total && e.total === 1), JSON.stringify(progress));

    const hits = await app.chat.search(s.sid, 'when does the observatory dome open', 3);
    assert.ok(hits.some((h) => h.fileId === ready.fileId), 'found through the new embedder');
    assert.equal(await app.store().countFile(s.sid, ready.fileId), ready.chunks);
    const session = await app.sessions.get(s.sid);
    assert.equal(session.embedder?.id, app.embedder().id);
    assert.equal(session.embedder?.dimension, 48);

    const old = await LanceDbStore.open({ dir: path.join(dataDir, 'vectors'), table: oldTable });
    try {
      assert.equal(await old.countSession(s.sid), 0, 'the old index holds nothing of the session');
    } finally {
      await old.close();
    }
  } finally {
    await app.close();
    await server.close();
    await cleanup();
  }
});

test('a session ended and a document removed while the documents are indexed again leave no vector behind, and the others are indexed', async () => {
  const server = await startOpenAiServer({ embeddingDimension: 48 });
  const { dir, cleanup } = await tempDataDir();
  const app = await createDocent({ dataDir: path.join(dir, 'data'), env: cleanEnv(), syncBase: false });
  try {
    const files = async (prefix: string, count: number) =>
      Promise.all(
        Array.from({ length: count }, async (_, i) => {
          const file = path.join(dir, `${prefix}-${i}.txt`);
          await writeFile(file, `${prefix} note ${i}: the ${prefix} shelf holds box ${i * 3} of the archive.\n`);
          return { path: file };
        }),
      );
    const ended = (await app.handlers['sessions.create']({ title: 'Ended' })).sid;
    const kept = (await app.handlers['sessions.create']({ title: 'Kept' })).sid;
    assert.ok((await app.ingest.start(ended, await files('ended', 40)).done).every((r) => r.status === 'ready'));
    const keptDocs = await app.ingest.start(kept, await files('kept', 40)).done;
    assert.ok(keptDocs.every((r) => r.status === 'ready'));
    const removed = keptDocs[keptDocs.length - 1].fileId;

    const notices: string[] = [];
    app.onEvent('status', (e) => e.type === 'notice' && notices.push(e.code ?? e.message));
    const finished = nextEvent(app, 'status', (e) => e.type === 'notice' && (e.code === 'reindex-done' || e.code === 'reindex-failed'), 'the re-index to end');
    // As soon as each session's indexing again has begun, the user ends one and removes a document of the other.
    const endedStarted = nextEvent(app, 'status', (e) => e.type === 'reembed' && e.sid === ended && e.done === 1, 'the ended session to be under way');
    const keptStarted = nextEvent(app, 'status', (e) => e.type === 'reembed' && e.sid === kept && e.done === 1, 'the kept session to be under way');
    await app.handlers['settings.set']({ embeddings: { provider: 'openai', baseURL: server.baseURL, model: 'text-embedding-3-small' } });
    const actions = [
      endedStarted.then(() => app.handlers['sessions.end']({ sid: ended })),
      keptStarted.then(() => app.handlers['documents.remove']({ sid: kept, fileId: removed })),
    ];
    await Promise.all(actions);
    await finished;
    assert.ok(notices.includes('reindex-done'), `the re-index finished: ${notices.join(', ')}`);
    assert.equal(await app.store().countSession(ended), 0, 'nothing of the ended session in the new index');
    assert.equal(await app.store().countFile(kept, removed), 0, 'nothing of the removed document');
    const session = await app.sessions.get(kept);
    assert.equal(session.embedder?.id, app.embedder().id);
    assert.equal(await app.store().countSession(kept), session.documents.reduce((n, d) => n + d.chunks, 0));
    assert.equal(session.documents.length, 39);
  } finally {
    await app.close();
    await server.close();
    await cleanup();
  }
});

test('a session indexed by another embedder than the one in use at start (closed mid re-index, or an update changed the built-in one) is indexed again, and questions find its documents', async () => {
  const server = await startOpenAiServer({ embeddingDimension: 48 });
  const { dir, cleanup } = await tempDataDir();
  const dataDir = path.join(dir, 'data');
  try {
    const note = path.join(dir, 'observatory.txt');
    await writeFile(note, NOTE);
    const endpointEnv = { DOCENT_EMBEDDINGS: 'openai', OPENAI_EMBEDDINGS_BASE_URL: server.baseURL, OPENAI_EMBEDDINGS_MODEL: 'text-embedding-3-small', OPENAI_API_KEY: 'sk-test' };
    let app = await createDocent({ dataDir, env: cleanEnv(endpointEnv), syncBase: false });
    let sid: string, fileId: string, oldTable: string;
    try {
      sid = (await app.handlers['sessions.current'](undefined)).sid;
      const [ready] = await app.ingest.start(sid, [{ path: note }]).done;
      assert.equal(ready.status, 'ready');
      fileId = ready.fileId;
      oldTable = app.embedder().id;
    } finally {
      await app.close();
    }

    // The same data folder, now with the built-in embedder: the session's vectors are in the endpoint's table.
    app = await createDocent({ dataDir, env: cleanEnv(), syncBase: false });
    try {
      assert.notEqual(app.embedder().id, oldTable);
      const deadline = Date.now() + 60_000;
      while ((await app.sessions.get(sid)).embedder?.id !== app.embedder().id) {
        assert.ok(Date.now() < deadline, 'the session was indexed again with the embedder in use');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const hits = await app.chat.search(sid, 'when does the observatory dome open', 3);
      assert.ok(hits.some((h) => h.fileId === fileId), 'found through the embedder in use');
      const session = await app.sessions.get(sid);
      assert.equal(await app.store().countFile(sid, fileId), session.documents.find((d) => d.fileId === fileId)?.chunks);
      const old = await LanceDbStore.open({ dir: path.join(dataDir, 'vectors'), table: oldTable });
      try {
        assert.equal(await old.countSession(sid), 0, 'the former index holds nothing of the session');
      } finally {
        await old.close();
      }
    } finally {
      await app.close();
    }
  } finally {
    await server.close();
    await cleanup();
  }
});

test('with an OpenAI-compatible chat endpoint the answer streams and its [n] markers become citations', async () => {
  const server = await startOpenAiServer();
  const { dir, cleanup } = await tempDataDir();
  const env = cleanEnv({ DOCENT_ANSWERS: 'openai', OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: 'gpt-4o-mini', OPENAI_API_KEY: 'sk-test' });
  const app = await createDocent({ dataDir: path.join(dir, 'data'), env, syncBase: false });
  try {
    const note = path.join(dir, 'observatory.txt');
    await writeFile(note, NOTE);
    const s = await app.handlers['sessions.current'](undefined);
    await app.ingest.start(s.sid, [{ path: note }]).done;
    const tokens: string[] = [];
    app.onEvent('chat', (e) => e.type === 'token' && tokens.push(e.text));
    const message = await (await app.chat.ask(s.sid, 'When does the observatory open?')).done;
    assert.equal(message.status, 'complete');
    assert.ok(tokens.length > 1, 'the answer arrived in several pieces');
    assert.equal(tokens.join(''), message.text);
    assert.ok(message.citations.length > 0, `citations: ${message.text}`);
    assert.ok(message.citations.every((c) => c.fileName === 'observatory.txt'));
    const chat = server.requests.find((r) => r.path.endsWith('/chat/completions'));
    assert.ok(chat, 'the endpoint was asked');
  } finally {
    await app.close();
    await server.close();
    await cleanup();
  }
});
