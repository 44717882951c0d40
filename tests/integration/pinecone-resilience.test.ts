// PineconeStore when Pinecone misbehaves: rate limits, server errors, an unreachable host, read-after-write lag.
// The real client talks to the loopback server; injected failures are seeded so every run sees the same storm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_SID, recordId } from '../../shared/ids';
import { PineconeStore, PineconeStoreError } from '../../electron/app/vectors/pinecone-store';
import { startPineconeServer, type PineconeServer } from '../servers/pinecone/index';
import { fileIdFor, makeChunks, sidFor } from '../servers/pinecone/fixtures';

const KEY = 'test-key';
const sessionA = sidFor('A');
const sessionB = sidFor('B');

/** Every id stored under the session prefix, read straight from the server (not through the store under test). */
async function listedIds(server: PineconeServer, index: string, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  let token = '';
  do {
    const url = `${server.indexHost(index)}/vectors/list?prefix=${encodeURIComponent(prefix)}&limit=100${token ? `&paginationToken=${token}` : ''}`;
    for (;;) {
      const response = await fetch(url, { headers: { 'Api-Key': KEY } });
      if (response.status !== 200) continue; // injected failures: just ask again
      const page = (await response.json()) as { vectors: { id: string }[]; pagination?: { next: string } };
      ids.push(...page.vectors.map((v) => v.id));
      token = page.pagination?.next ?? '';
      break;
    }
  } while (token);
  return ids;
}

test('a 429 storm (half of all requests refused) still ingests everything: no loss, no duplicate', async () => {
  const server = await startPineconeServer({ apiKey: KEY, failRate429: 0.5, seed: 429 });
  try {
    const store = await PineconeStore.open({
      apiKey: KEY, indexName: 'storm', controllerHostUrl: server.controllerUrl, retry: { maxAttempts: 30, baseMs: 1, maxMs: 10 },
    });
    const chunks = [...makeChunks(sessionA, 'one', 1800, { dimension: 4 }), ...makeChunks(sessionA, 'two', 700, { dimension: 4 })];
    await store.upsert(chunks);
    assert.ok(server.stats().injected429 > 0, 'the storm happened');
    const ids = await listedIds(server, 'storm', `${sessionA}#`);
    const expected = chunks.map((c) => recordId(c.sid, c.fileId, c.chunk));
    assert.equal(new Set(ids).size, ids.length, 'no duplicate');
    assert.deepEqual([...ids].sort(), [...expected].sort(), 'no loss');
    assert.equal(await store.countSession(sessionA), 2500);
    await store.deleteSession(sessionA);
    assert.equal(await store.countSession(sessionA), 0);
  } finally {
    await server.close();
  }
});

test('5xx answers are retried; when they never stop the error is clear and bounded', async () => {
  const flaky = await startPineconeServer({ apiKey: KEY, failRate5xx: 0.3, seed: 500 });
  const down = await startPineconeServer({ apiKey: KEY, failRate5xx: 1, seed: 501 });
  try {
    const store = await PineconeStore.open({ apiKey: KEY, indexName: 'flaky', controllerHostUrl: flaky.controllerUrl, retry: { maxAttempts: 20, baseMs: 1, maxMs: 10 } });
    const chunks = makeChunks(sessionA, 'doc', 1200, { dimension: 4 });
    await store.upsert(chunks);
    await store.deleteFile(sessionA, fileIdFor('doc'));
    assert.ok(flaky.stats().injected5xx > 0);
    assert.equal((await listedIds(flaky, 'flaky', `${sessionA}#`)).length, 0);

    const broken = await PineconeStore.open({ apiKey: KEY, indexName: 'down', controllerHostUrl: down.controllerUrl, retry: { maxAttempts: 3, baseMs: 1, maxMs: 2 } });
    await assert.rejects(broken.upsert(chunks.slice(0, 3)), (error: PineconeStoreError) => {
      assert.equal(error.code, 'server-error');
      assert.equal(error.retryable, true);
      assert.match(error.message, /server error \(5xx\).*after 3 attempts/);
      return true;
    });
    assert.equal(down.requests.length, 3, 'exactly maxAttempts requests, then it stops');
  } finally {
    await flaky.close();
    await down.close();
  }
});

test('an unreachable host is a clear error; the same store works once the host is up', async () => {
  const probe = await startPineconeServer();
  const port = probe.port;
  await probe.close();
  const store = await PineconeStore.open({ apiKey: KEY, indexName: 'later', controllerHostUrl: `http://127.0.0.1:${port}`, retry: { maxAttempts: 2, baseMs: 1, maxMs: 2 } });
  const chunks = makeChunks(sessionA, 'doc', 5);
  await assert.rejects(store.upsert(chunks), (error: PineconeStoreError) => {
    assert.equal(error.code, 'unreachable');
    assert.match(error.message, new RegExp(`^Pinecone at http://127\\.0\\.0\\.1:${port} cannot be reached: .*ECONNREFUSED`));
    return true;
  });
  await assert.rejects(store.query({ vector: chunks[0].vector, text: '', sids: [sessionA], k: 3 }), /cannot be reached/);

  const server = await startPineconeServer({ apiKey: KEY, port });
  try {
    await store.upsert(chunks);
    assert.equal(await store.countFile(sessionA, fileIdFor('doc')), 5);
    const hits = await store.query({ vector: chunks[0].vector, text: '', sids: [BASE_SID, sessionA], k: 3 });
    assert.equal(hits[0].chunk, 0);
  } finally {
    await server.close();
  }
});

test('with read-after-write lag, deleteSession polls until nothing is listed, then stays at 0', async () => {
  const lagMs = 250;
  const server = await startPineconeServer({ apiKey: KEY, listLagMs: lagMs });
  try {
    const store = await PineconeStore.open({ apiKey: KEY, indexName: 'lag', controllerHostUrl: server.controllerUrl, deletePollTimeoutMs: 5000 });
    await store.upsert([...makeChunks(sessionA, 'doc', 150), ...makeChunks(sessionB, 'doc', 3)]);
    await new Promise((resolve) => setTimeout(resolve, lagMs + 20));
    assert.equal(await store.countSession(sessionA), 150);
    // The delete is acknowledged at once but applied later: the store must keep listing until the records are gone.
    const start = server.requests.length;
    await store.deleteSession(sessionA);
    const lists = server.requests.slice(start).filter((r) => r.op === 'list').length;
    assert.ok(lists >= 2 * 2, `it polled (${lists} list requests for 2 pages of ids)`);
    assert.equal(await store.countSession(sessionA), 0);
    assert.equal(await store.countSession(sessionB), 3);

    // Ending a session right after ingesting: the writes are not even visible yet when the delete is sent.
    await store.upsert(makeChunks(sessionA, 'again', 20));
    await store.deleteSession(sessionA);
    await new Promise((resolve) => setTimeout(resolve, lagMs + 50));
    assert.equal(await store.countSession(sessionA), 0, 'nothing comes back once every write is visible');
    assert.equal(await store.countSession(sessionB), 3);
  } finally {
    await server.close();
  }
});

test('with lag and no delete-by-filter, deleteFile and deleteSession still confirm the records are gone', async () => {
  const lagMs = 200;
  const server = await startPineconeServer({ apiKey: KEY, listLagMs: lagMs, supportsDeleteByFilter: false });
  try {
    const store = await PineconeStore.open({ apiKey: KEY, indexName: 'lag', controllerHostUrl: server.controllerUrl, deletePollTimeoutMs: 5000 });
    await store.upsert([...makeChunks(sessionA, 'keep', 4), ...makeChunks(sessionA, 'drop', 130)]);
    await new Promise((resolve) => setTimeout(resolve, lagMs + 20));
    await store.deleteFile(sessionA, fileIdFor('drop'));
    assert.equal(await store.countFile(sessionA, fileIdFor('drop')), 0);
    assert.equal(await store.countFile(sessionA, fileIdFor('keep')), 4);
    await store.deleteSession(sessionA);
    assert.equal(await store.countSession(sessionA), 0);
  } finally {
    await server.close();
  }
});

test('a file deleted right after its vectors were written, before Pinecone lists them, leaves nothing behind once they show', async () => {
  // What cancelling or quitting during a file's store stage does: the part just written is acknowledged but not listed.
  const lagMs = 200;
  for (const supportsDeleteByFilter of [true, false]) {
    const server = await startPineconeServer({ apiKey: KEY, listLagMs: lagMs, supportsDeleteByFilter });
    try {
      const store = await PineconeStore.open({ apiKey: KEY, indexName: 'fresh', controllerHostUrl: server.controllerUrl, deletePollTimeoutMs: 5000 });
      await store.upsert(makeChunks(sessionA, 'keep', 3));
      await store.upsert(makeChunks(sessionA, 'cut', 40));
      assert.equal((await listedIds(server, 'fresh', `${sessionA}#`)).length, 0, 'nothing is listed yet');
      await store.deleteFile(sessionA, fileIdFor('cut'));
      await store.upsert(makeChunks(sessionB, 'late', 2));
      await store.deleteSession(sessionB);
      await new Promise((resolve) => setTimeout(resolve, lagMs + 50));
      const left = await listedIds(server, 'fresh', '');
      assert.deepEqual(left.sort(), makeChunks(sessionA, 'keep', 3).map((c) => recordId(c.sid, c.fileId, c.chunk)).sort(), `filter deletes: ${supportsDeleteByFilter}`);
    } finally {
      await server.close();
    }
  }
});

test('a delete Pinecone does not apply within the bound ends in a clear, retryable error', async () => {
  const server = await startPineconeServer({ apiKey: KEY, deleteLagMs: 60_000 });
  try {
    const store = await PineconeStore.open({ apiKey: KEY, indexName: 'stuck', controllerHostUrl: server.controllerUrl, deletePollTimeoutMs: 300 });
    await store.upsert(makeChunks(sessionA, 'doc', 3));
    await assert.rejects(store.deleteSession(sessionA), (error: PineconeStoreError) => {
      assert.equal(error.code, 'delete-unconfirmed');
      assert.equal(error.retryable, true);
      assert.match(error.message, new RegExp(`3 record\\(s\\) under "${sessionA}#" are still listed by Pinecone index "stuck"`));
      return true;
    });
  } finally {
    await server.close();
  }
});
