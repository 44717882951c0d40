// PineconeStore driven through the real @pinecone-database/pinecone client against the loopback server.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_SID, recordId } from '../../shared/ids';
import { PineconeStore, PineconeStoreError, testPineconeConnection } from '../../electron/app/vectors/pinecone-store';
import { METADATA_BYTE_BUDGET, TRUNCATION_MARK, UPSERT_BYTE_BUDGET } from '../../electron/app/vectors/pinecone-records';
import { startPineconeServer, type PineconeServer } from '../servers/pinecone/index';
import { fileIdFor, makeChunks, sidFor, vectorFor } from '../servers/pinecone/fixtures';

const KEY = 'test-key';
const FAST_RETRY = { maxAttempts: 4, baseMs: 1, maxMs: 5 };

const openStore = (server: PineconeServer, indexName: string, extra: Partial<Parameters<typeof PineconeStore.open>[0]> = {}) =>
  PineconeStore.open({ apiKey: KEY, indexName, controllerHostUrl: server.controllerUrl, retry: FAST_RETRY, deletePollTimeoutMs: 5000, ...extra });

const sessionA = sidFor('A');
const sessionB = sidFor('B');

describe('PineconeStore against the loopback server', () => {
  let server: PineconeServer;
  before(async () => {
    server = await startPineconeServer({ apiKey: KEY });
  });
  after(() => server.close());

  test('creates the missing index lazily (serverless, cosine, the first upsert\'s dimension) and resolves its host', async () => {
    const store = await openStore(server, 'lazy');
    assert.equal(await store.countSession(sessionA), 0, 'counting before the index exists is 0, not an error');
    assert.deepEqual(await store.query({ vector: vectorFor('q', 12), text: 'q', sids: [BASE_SID, sessionA], k: 5 }), []);
    const created = server.requests.filter((r) => r.method === 'POST' && r.path === '/indexes').length;
    assert.equal(created, 0, 'reads never create the index');
    await store.upsert(makeChunks(sessionA, 'doc', 3, { dimension: 12 }));
    const model = (await (await fetch(`${server.controllerUrl}/indexes/lazy`, { headers: { 'Api-Key': KEY } })).json()) as {
      schema: { fields: { _values: { dimension: number; metric: string } } };
      deployment: { cloud: string };
    };
    assert.deepEqual(model.schema.fields._values, { type: 'dense_vector', dimension: 12, metric: 'cosine' });
    assert.equal(model.deployment.cloud, 'aws');
    assert.equal(await store.countSession(sessionA), 3);
  });

  test('isolation: a session sees its own chunks and the base library, never another session\'s', async () => {
    const store = await openStore(server, 'isolation');
    const base = makeChunks(BASE_SID, 'guide', 4, { dimension: 16 });
    const a = makeChunks(sessionA, 'a-notes', 4, { dimension: 16 });
    const b = makeChunks(sessionB, 'b-notes', 4, { dimension: 16 });
    await store.upsert([...base, ...a, ...b]);
    for (const [sid, own, other] of [[sessionA, a, b], [sessionB, b, a]] as const) {
      // Ask with the exact vector of one of the other session's chunks: it must still not come back.
      const hits = await store.query({ vector: other[1].vector, text: '', sids: [BASE_SID, sid], k: 100 });
      const sids = new Set(hits.map((h) => h.sid));
      assert.deepEqual([...sids].sort(), [BASE_SID, sid].sort());
      assert.equal(hits.length, base.length + own.length);
    }
    const exact = await store.query({ vector: a[2].vector, text: '', sids: [BASE_SID, sessionA], k: 1 });
    assert.equal(exact.length, 1);
    const { vector: _vector, ...expected } = a[2];
    const { score, ...hit } = exact[0];
    assert.deepEqual(hit, expected, 'metadata comes back whole: sid, fileId, fileName, chunk, page, pageEnd, start, end, text');
    assert.ok(score > 0.999 && score <= 1.000001, `cosine similarity of a vector with itself, got ${score}`);
    const queries = server.requests.filter((r) => r.op === 'query');
    assert.ok(queries.length >= 3);
  });

  test('query refuses invalid session ids before sending anything', async () => {
    const store = await openStore(server, 'isolation');
    const before = server.requests.length;
    await assert.rejects(
      store.query({ vector: vectorFor('q', 16), text: '', sids: [BASE_SID, '../etc'], k: 3 }),
      (error: PineconeStoreError) => error.code === 'invalid-input' && /"..\/etc" is not a valid session id/.test(error.message),
    );
    await assert.rejects(store.deleteSession('x'), /not a valid session id/);
    assert.equal(server.requests.length, before);
  });

  test('a 2,500-chunk document is split by count (≤1000 records per upsert)', async () => {
    const store = await openStore(server, 'bycount');
    const start = server.requests.length;
    await store.upsert(makeChunks(sessionA, 'big', 2500, { dimension: 4 }));
    const upserts = server.requests.slice(start).filter((r) => r.op === 'upsert');
    assert.deepEqual(upserts.map((r) => r.records), [1000, 1000, 500]);
    assert.ok(upserts.every((r) => r.status === 200));
    assert.equal(await store.countFile(sessionA, fileIdFor('big')), 2500);
  });

  test('a 2,500-chunk document with long chunks is split by bytes (every request under 2 MB)', async () => {
    const store = await openStore(server, 'bybytes');
    const start = server.requests.length;
    await store.upsert(makeChunks(sessionA, 'long', 2500, { dimension: 384, textChars: 1500 }));
    const upserts = server.requests.slice(start).filter((r) => r.op === 'upsert');
    assert.ok(upserts.length >= 3, `${upserts.length} upserts`);
    assert.ok(upserts.some((r) => (r.records ?? 0) < 1000), 'the byte limit, not the count, decided the split');
    for (const r of upserts) {
      assert.equal(r.status, 200);
      assert.ok(r.bytes <= UPSERT_BYTE_BUDGET, `a request of ${r.bytes} bytes exceeds the budget ${UPSERT_BYTE_BUDGET}`);
      assert.ok((r.records ?? 0) <= 1000);
    }
    assert.equal(upserts.reduce((sum, r) => sum + (r.records ?? 0), 0), 2500);
    assert.equal(await store.countFile(sessionA, fileIdFor('long')), 2500);
  });

  test('metadata over 40 KB is cut with a visible mark; shorter text is kept whole', async () => {
    const store = await openStore(server, 'bigmeta');
    const [chunk] = makeChunks(sessionA, 'huge', 1, { dimension: 8 });
    const text = 'Début — ' + 'ünïcödé 文字 '.repeat(6000); // ~100 KB of UTF-8, multi-byte characters
    await store.upsert([{ ...chunk, text }]);
    const [hit] = await store.query({ vector: chunk.vector, text: '', sids: [sessionA], k: 1 });
    assert.ok(hit.text.endsWith(TRUNCATION_MARK), 'the cut is marked');
    const kept = hit.text.slice(0, -TRUNCATION_MARK.length);
    assert.ok(text.startsWith(kept), 'the start of the text is kept as it was');
    assert.ok(kept.length > 10_000, 'as much text as fits is kept');
    const metadataBytes = Buffer.byteLength(JSON.stringify({ ...hit, score: undefined }));
    assert.ok(metadataBytes <= METADATA_BYTE_BUDGET + 200);
    const [small] = makeChunks(sessionA, 'small', 1, { dimension: 8, textChars: 30_000 });
    await store.upsert([small]);
    const [smallHit] = await store.query({ vector: small.vector, text: '', sids: [sessionA], k: 1 });
    assert.equal(smallHit.text, small.text);
  });

  test('deleteFile removes exactly that file, across several list pages', async () => {
    const store = await openStore(server, 'delfile');
    const target = makeChunks(sessionA, 'target', 250);
    const sibling = makeChunks(sessionA, 'sibling', 7);
    const sameFileInBase = makeChunks(BASE_SID, 'target', 5);
    const sameFileInB = makeChunks(sessionB, 'target', 6);
    await store.upsert([...target, ...sibling, ...sameFileInBase, ...sameFileInB]);
    const start = server.requests.length;
    await store.deleteFile(sessionA, fileIdFor('target'));
    assert.equal(await store.countFile(sessionA, fileIdFor('target')), 0);
    assert.equal(await store.countFile(sessionA, fileIdFor('sibling')), 7);
    assert.equal(await store.countFile(BASE_SID, fileIdFor('target')), 5);
    assert.equal(await store.countFile(sessionB, fileIdFor('target')), 6);
    const log = server.requests.slice(start);
    assert.ok(log.filter((r) => r.op === 'list').length >= 3, 'listed page by page (100 ids per page)');
    assert.ok(log.filter((r) => r.op === 'delete').every((r) => r.status === 200));
  });

  test('deleteSession deletes by filter where supported and leaves other sessions and the base alone', async () => {
    const store = await openStore(server, 'delsession');
    await store.upsert([...makeChunks(sessionA, 'x', 120), ...makeChunks(sessionA, 'y', 3), ...makeChunks(sessionB, 'x', 4), ...makeChunks(BASE_SID, 'x', 2)]);
    const start = server.requests.length;
    await store.deleteSession(sessionA);
    assert.equal(await store.countSession(sessionA), 0);
    assert.equal(await store.countSession(sessionB), 4);
    assert.equal(await store.countSession(BASE_SID), 2);
    const deletes = server.requests.slice(start).filter((r) => r.op === 'delete');
    assert.equal(deletes.length, 1, 'one delete-by-filter call, no per-id deletes');
  });

  test('deleteSession falls back to prefix listing when delete-by-filter is refused, and remembers it', async () => {
    const legacy = await startPineconeServer({ apiKey: KEY, supportsDeleteByFilter: false });
    try {
      const store = await openStore(legacy, 'legacy');
      await store.upsert([...makeChunks(sessionA, 'x', 1500, { dimension: 4 }), ...makeChunks(sessionB, 'x', 3, { dimension: 4 })]);
      await store.deleteSession(sessionA);
      assert.equal(await store.countSession(sessionA), 0);
      assert.equal(await store.countSession(sessionB), 3);
      const deletes = legacy.requests.filter((r) => r.op === 'delete');
      assert.deepEqual(deletes.map((r) => r.status), [400, 200, 200], 'filter refused once, then ids in two calls of ≤1000');
      await store.deleteSession(sessionB);
      assert.equal(legacy.requests.filter((r) => r.op === 'delete' && r.status === 400).length, 1, 'the refusal is not repeated');
      assert.equal(await store.countSession(sessionB), 0);
    } finally {
      await legacy.close();
    }
  });

  test('an existing index with another dimension or metric is a clear error naming both', async () => {
    server.createIndex('dim8', 8);
    const store = await openStore(server, 'dim8');
    await assert.rejects(store.upsert(makeChunks(sessionA, 'd', 2, { dimension: 16 })), (error: PineconeStoreError) => {
      assert.equal(error.code, 'index-mismatch');
      assert.match(error.message, /"dim8" has dimension 8/);
      assert.match(error.message, /dimension 16/);
      return true;
    });
    server.createIndex('euclid', 8, 'euclidean');
    const euclid = await openStore(server, 'euclid');
    await assert.rejects(euclid.upsert(makeChunks(sessionA, 'd', 2, { dimension: 8 })), /metric euclidean, but Docent needs dimension 8 and metric cosine/);
    await assert.rejects(store.query({ vector: vectorFor('q', 16), text: '', sids: [sessionA], k: 2 }), /dimension 8, but these vectors have dimension 16/);
  });

  test('bad chunks are refused before anything is sent, naming the file', async () => {
    const store = await openStore(server, 'isolation');
    const [chunk] = makeChunks(sessionA, 'bad', 1, { dimension: 16, fileName: 'report.pdf' });
    const before = server.requests.length;
    await assert.rejects(store.upsert([{ ...chunk, fileId: 'nothex' }]), /chunk 0 of "report.pdf".*not a valid file id/);
    await assert.rejects(store.upsert([{ ...chunk, vector: new Array(16).fill(0) }]), /"report.pdf".*all zeros/);
    const aborted = new AbortController();
    aborted.abort();
    await assert.rejects(store.upsert([chunk], { signal: aborted.signal }), { name: 'AbortError' });
    assert.equal(server.requests.length, before);
  });

  test('a wrong API key is a clear error', async () => {
    const store = await openStore(server, 'isolation', { apiKey: 'wrong' });
    await assert.rejects(store.countSession(sessionA), (error: PineconeStoreError) => error.code === 'unauthorized' && /rejected the API key/.test(error.message));
  });

  test('testPineconeConnection explains each outcome', async () => {
    const base = { apiKey: KEY, controllerHostUrl: server.controllerUrl };
    const existing = await testPineconeConnection({ ...base, indexName: 'isolation' });
    assert.equal(existing.ok, true);
    assert.match(existing.message, /index "isolation" is ready, 16 dimensions, cosine, 12 record\(s\)/);
    const missing = await testPineconeConnection({ ...base, indexName: 'not-yet' });
    assert.equal(missing.ok, true);
    assert.match(missing.message, /does not exist yet/);
    const wrongKey = await testPineconeConnection({ ...base, apiKey: 'nope', indexName: 'isolation' });
    assert.deepEqual([wrongKey.ok, /API key/.test(wrongKey.message)], [false, true]);
    const euclid = await testPineconeConnection({ ...base, indexName: 'euclid' });
    assert.deepEqual([euclid.ok, /needs cosine/.test(euclid.message)], [false, true]);
    const closed = await startPineconeServer();
    const port = closed.port;
    await closed.close();
    const unreachable = await testPineconeConnection({ apiKey: KEY, indexName: 'x', controllerHostUrl: `http://127.0.0.1:${port}` });
    assert.equal(unreachable.ok, false);
    assert.match(unreachable.message, new RegExp(`Pinecone at http://127.0.0.1:${port} cannot be reached: .*ECONNREFUSED`));
  });

  test('record ids follow the design notes and all sessions share one namespace', async () => {
    const store = await openStore(server, 'ids');
    await store.upsert([...makeChunks(sessionA, 'f', 2), ...makeChunks(sessionB, 'f', 1)]);
    const stats = (await (await fetch(`${server.indexHost('ids')}/describe_index_stats`, { method: 'POST', headers: { 'Api-Key': KEY }, body: '{}' })).json()) as {
      namespaces: Record<string, { vectorCount: number }>;
    };
    assert.deepEqual(stats.namespaces, { __default__: { vectorCount: 3 } });
    const listed = (await (await fetch(`${server.indexHost('ids')}/vectors/list?namespace=__default__`, { headers: { 'Api-Key': KEY } })).json()) as { vectors: { id: string }[] };
    assert.deepEqual(
      listed.vectors.map((v) => v.id).sort(),
      [recordId(sessionA, fileIdFor('f'), 0), recordId(sessionA, fileIdFor('f'), 1), recordId(sessionB, fileIdFor('f'), 0)].sort(),
    );
  });
});
