// Settings cannot break answering. Test connection tests what the form holds and saves nothing; Save builds and tries
// what it changes first and refuses what cannot work (a Pinecone with no key, an endpoint that does not answer, a model
// that is not here), keeping the working providers; editing Pinecone's fields while it is off re-indexes nothing;
// re-indexing after a change loses no document (an encrypted PDF asks for its password again, saying why) and the
// document counts agree everywhere; switching LanceDB → Pinecone moves every vector across and leaves none behind.
// Every call goes through dispatch, the path the window's calls take (schema first, then the handler).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { InvokeChannel } from '../../shared/api';
import type { StatusEvent } from '../../shared/model';
import { sessionDocuments } from '../../shared/model';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import { dispatch } from '../../electron/app/ipc/dispatch';
import { LanceDbStore } from '../../electron/app/vectors/lancedb-store';
import { startOpenAiServer } from '../servers/openai/index';
import { startPineconeServer } from '../servers/pinecone/index';
import { corporaSkip, corpus, tempDataDir } from '../helpers/paths';

async function call(app: DocentApp, channel: InvokeChannel, payload?: unknown): Promise<any> {
  const envelope = await dispatch(app.handlers, channel, payload);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.value;
}

/**
 * Asserts the call is refused with `reason` in its English message and, given `said`, that the refusal carries the
 * user message the Settings dialog words in the user's language (its code, and these params among its own).
 */
async function refused(app: DocentApp, channel: InvokeChannel, payload: unknown, reason: RegExp, said?: { code: string; params?: Record<string, string | number> }): Promise<void> {
  const envelope = await dispatch(app.handlers, channel, payload);
  assert.equal(envelope.ok, false, `${channel} ${JSON.stringify(payload)} was accepted`);
  if (envelope.ok) return;
  assert.match(envelope.error.message, reason);
  if (!said) return;
  const carried = envelope.error.userMessage;
  assert.equal(carried?.code, said.code, JSON.stringify(envelope.error));
  for (const [name, value] of Object.entries(said.params ?? {})) assert.equal(carried?.params?.[name], value, `param ${name}: ${JSON.stringify(carried)}`);
}

/** Collects status events; `reindexed()` resolves when re-indexing has finished (or failed, which the test then sees). */
function watchStatus(app: DocentApp) {
  const events: StatusEvent[] = [];
  app.onEvent('status', (e) => events.push(e));
  const reindexed = () =>
    new Promise<StatusEvent>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no end of re-indexing after 120 s: ${JSON.stringify(events.slice(-5))}`)), 120_000);
      const check = () => {
        const end = events.find((e) => e.type === 'notice' && (e.code === 'reindex-done' || e.code === 'reindex-failed'));
        if (!end) return false;
        clearTimeout(timer);
        resolve(end);
        return true;
      };
      if (!check()) app.onEvent('status', () => void check());
    });
  return { events, reindexed };
}

async function ingestText(app: DocentApp, dir: string, sid: string, name: string, text: string) {
  const file = path.join(dir, name);
  await writeFile(file, text);
  const [result] = await app.ingest.start(sid, [{ path: file }]).done;
  assert.equal(result.status, 'ready', JSON.stringify(result));
  return result;
}

describe('settings cannot break answering', { timeout: 600_000 }, () => {
  test('Test connection tests what the form holds, and saves nothing', async () => {
    const { dir, cleanup } = await tempDataDir();
    const server = await startOpenAiServer({ apiKey: 'sk-form-only' });
    const app = await createDocent({ dataDir: dir, env: { PINECONE_CONTROLLER_HOST: 'http://127.0.0.1:9' }, syncBase: false });
    try {
      const form = { answers: { provider: 'openai', baseURL: server.baseURL, model: 'gpt-4o-mini', apiKey: 'sk-form-only' } };
      const result = await call(app, 'settings.test', { target: 'answers', settings: form });
      assert.equal(result.ok, true, result.message);
      assert.ok(server.requests.some((r) => r.authorization === 'Bearer sk-form-only'), 'the form’s endpoint was asked, with the form’s key');
      const pinecone = await call(app, 'settings.test', { target: 'pinecone', settings: { pinecone: { enabled: true } } });
      assert.equal(pinecone.ok, false);
      assert.match(pinecone.message, /API key/);

      const view = await call(app, 'settings.get');
      assert.equal(view.answers.provider, 'extractive');
      assert.equal(view.answers.keySet, false);
      assert.equal(view.pinecone.enabled, false);
      assert.equal(existsSync(path.join(dir, 'settings.json')), false, 'nothing was written');
      assert.equal(app.store().kind, 'lancedb');
    } finally {
      await app.close();
      await server.close();
      await cleanup();
    }
  });

  test('Save refuses a store, answerer or embedder that cannot work, and the working ones stay in use', async () => {
    const { dir, cleanup } = await tempDataDir();
    const app = await createDocent({ dataDir: path.join(dir, 'data'), env: {}, syncBase: false });
    try {
      const session = await call(app, 'sessions.create', { title: 'Kept working' });
      await ingestText(app, dir, session.sid, 'quarry.txt', 'The old quarry closed in 1931 after the north face collapsed.\n');
      const store = app.store();
      const embedderId = app.embedder().id;

      await refused(app, 'settings.set', { pinecone: { enabled: true } }, /Pinecone needs an API key/, { code: 'pinecone-key-missing' });
      await refused(app, 'settings.set', { answers: { provider: 'openai', baseURL: 'http://127.0.0.1:9/v1', model: 'gpt-4o-mini' } }, /^Answers: /, {
        code: 'endpoint-failed',
        params: { url: 'http://127.0.0.1:9/v1' },
      });
      await refused(app, 'settings.set', { embeddings: { provider: 'openai', baseURL: 'http://127.0.0.1:9/v1', model: 'text-embedding-3-small' } }, /^Embeddings: /, {
        code: 'endpoint-failed',
        params: { url: 'http://127.0.0.1:9/v1' },
      });
      await refused(app, 'settings.set', { embeddings: { provider: 'model2vec', model2vecName: 'not-downloaded' } }, /not on this computer/, {
        code: 'refused-model-missing',
        params: { model: 'not-downloaded' },
      });
      await refused(app, 'settings.set', { answers: { provider: 'local', localModel: '' } }, /choose an installed chat model/, { code: 'refused-model-unset' });

      const view = await call(app, 'settings.get');
      assert.equal(view.pinecone.enabled, false);
      assert.equal(view.answers.provider, 'extractive');
      assert.equal(view.embeddings.provider, 'lexical');
      assert.equal(app.store(), store, 'the vector store in use was not replaced');
      assert.equal(app.embedder().id, embedderId);
      const { done } = await app.chat.ask(session.sid, 'When did the old quarry close?');
      const answer = await done;
      assert.equal(answer.status, 'complete', JSON.stringify(answer.error));
      assert.match(answer.text, /1931/);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test('editing Pinecone’s fields while Pinecone is off re-indexes nothing and loses nothing', async () => {
    const { dir, cleanup } = await tempDataDir();
    const app = await createDocent({ dataDir: path.join(dir, 'data'), env: {}, syncBase: false });
    try {
      const { events } = watchStatus(app);
      const session = await call(app, 'sessions.create', { title: 'Pinecone off' });
      const doc = await ingestText(app, dir, session.sid, 'lantern.txt', 'The signal lantern burned whale oil until 1880.\n');
      const store = app.store();
      const before = await store.countSession(session.sid);
      await call(app, 'settings.set', { pinecone: { indexName: 'another-index', host: 'https://another.example', apiKey: 'pc-not-used-yet' } });
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal(app.store(), store);
      assert.ok(!events.some((e) => e.type === 'reembed'), 'no re-indexing started');
      assert.equal(await store.countSession(session.sid), before);
      const hits = await app.chat.search(session.sid, 'signal lantern whale oil', 3);
      assert.ok(hits.some((h) => h.fileId === doc.fileId));
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test('re-indexing after an embedder change loses no document; the counts agree everywhere', { skip: corporaSkip }, async () => {
    const { dir, cleanup } = await tempDataDir();
    const server = await startOpenAiServer();
    const app = await createDocent({ dataDir: path.join(dir, 'data'), env: {}, syncBase: false });
    try {
      const { reindexed } = watchStatus(app);
      const session = await call(app, 'sessions.create', { title: 'Re-indexed' });
      const text = await ingestText(app, dir, session.sid, 'ferry.txt', 'The island ferry carried forty passengers and two horses.\n');
      const pdf = corpus('pdf', 'encrypted', 'issue21579.pdf');
      const [locked] = await app.ingest.start(session.sid, [{ path: pdf, password: 'pässwört' }]).done;
      assert.equal(locked.status, 'ready', JSON.stringify(locked));
      const lexical = app.embedder().id;

      await call(app, 'settings.set', { embeddings: { provider: 'openai', baseURL: server.baseURL, model: 'text-embedding-3-small' } });
      const end = await reindexed();
      assert.equal((end as { code?: string }).code, 'reindex-done', JSON.stringify(end));
      assert.notEqual(app.embedder().id, lexical);

      const documents = await call(app, 'documents.list', { sid: session.sid });
      const byName = new Map(documents.map((d: { name: string }) => [d.name, d]));
      assert.equal((byName.get('ferry.txt') as { status: string }).status, 'ready');
      const pdfDoc = byName.get('issue21579.pdf') as { status: string; copy?: string; error?: { code: string; message: string } };
      // Its password was never stored: it asks for it again and says why; its copy waits for it.
      assert.equal(pdfDoc.status, 'needs-password');
      assert.equal(pdfDoc.error?.code, 'needs-password-again');
      assert.match(pdfDoc.error?.message ?? '', /issue21579\.pdf: enter its password again/);
      assert.ok(existsSync(path.join(app.sessions.filesDir(session.sid), pdfDoc.copy!)));

      const summary = (await call(app, 'sessions.list')).find((s: { sid: string }) => s.sid === session.sid);
      const preview = await call(app, 'sessions.endPreview', { sid: session.sid });
      assert.equal(summary.documentCount, 2, 'the sidebar counts both');
      assert.equal(sessionDocuments(documents).length, 2, 'the list shows both');
      assert.equal(preview.documents, 2, 'the end dialog counts both');

      const [again] = await app.ingest.start(session.sid, [{ fileId: locked.fileId, password: 'pässwört' }]).done;
      assert.equal(again.status, 'ready', JSON.stringify(again));
      const hits = await app.chat.search(session.sid, 'decryption succeeded', 5);
      assert.ok(hits.some((h) => h.fileId === locked.fileId));
      assert.ok((await app.chat.search(session.sid, 'island ferry passengers horses', 5)).some((h) => h.fileId === text.fileId));
      const oldTable = await LanceDbStore.open({ dir: path.join(app.dataDir, 'vectors'), table: lexical });
      try {
        assert.equal(await oldTable.countSession(session.sid), 0, 'nothing of the session is left under the old embedder');
      } finally {
        await oldTable.close();
      }
    } finally {
      await app.close();
      await server.close();
      await cleanup();
    }
  });

  test('switching LanceDB → Pinecone in Settings moves every vector across and leaves none behind', async () => {
    const { dir, cleanup } = await tempDataDir();
    const pinecone = await startPineconeServer({ apiKey: 'pc-test-key', listLagMs: 20 });
    const app = await createDocent({ dataDir: path.join(dir, 'data'), env: { PINECONE_CONTROLLER_HOST: pinecone.controllerUrl }, syncBase: false });
    try {
      const { reindexed } = watchStatus(app);
      const session = await call(app, 'sessions.create', { title: 'To Pinecone' });
      const doc = await ingestText(app, dir, session.sid, 'reef.txt', 'The reef off the southern cape is marked by a red beacon.\n');
      const lance = app.store();
      assert.ok((await lance.countSession(session.sid)) > 0);

      await refused(app, 'settings.set', { pinecone: { enabled: true, apiKey: 'pc-wrong-key', indexName: 'docent' } }, /^Vector store: /);
      assert.equal(app.store(), lance);

      await call(app, 'settings.set', { pinecone: { enabled: true, apiKey: 'pc-test-key', indexName: 'docent' } });
      const end = await reindexed();
      assert.equal((end as { code?: string }).code, 'reindex-done', JSON.stringify(end));
      assert.equal(app.store().kind, 'pinecone');
      assert.ok(pinecone.requests.some((r) => r.op === 'upsert'));
      let hits = await app.chat.search(session.sid, 'reef southern cape red beacon', 3);
      for (let tries = 0; tries < 50 && hits.length === 0; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        hits = await app.chat.search(session.sid, 'reef southern cape red beacon', 3);
      }
      assert.ok(hits.some((h) => h.fileId === doc.fileId && h.sid === session.sid));
      const old = await LanceDbStore.open({ dir: path.join(app.dataDir, 'vectors'), table: app.embedder().id });
      try {
        assert.equal(await old.countSession(session.sid), 0, 'the LanceDB rows are deleted');
      } finally {
        await old.close();
      }
      const settingsFile = JSON.parse(await readFile(path.join(app.dataDir, 'settings.json'), 'utf8'));
      assert.equal(settingsFile.pinecone.enabled, true);
    } finally {
      await app.close();
      await pinecone.close();
      await cleanup();
    }
  });
});
