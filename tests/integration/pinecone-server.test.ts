// The loopback Pinecone server answers like the real service (PINECONE.md): filter semantics, limits and error bodies.
// Requests are raw HTTP here so the exact status codes and bodies are visible.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { filterError, matchesFilter, type Metadata } from '../servers/pinecone/filter';
import { startPineconeServer, type PineconeServer } from '../servers/pinecone/index';

const KEY = 'test-key';

describe('filter language', () => {
  const record: Metadata = { sid: 'base', chunk: 4, page: 2, draft: false, tags: ['a', 'b'] };
  const cases: [object, boolean][] = [
    [{ sid: 'base' }, true],
    [{ sid: { $eq: 'other' } }, false],
    [{ sid: { $ne: 'other' } }, true],
    [{ chunk: { $gt: 3 } }, true],
    [{ chunk: { $gt: 4 } }, false],
    [{ chunk: { $gte: 4, $lte: 4 } }, true],
    [{ chunk: { $lt: 4 } }, false],
    [{ sid: { $in: ['x', 'base'] } }, true],
    [{ sid: { $nin: ['x', 'base'] } }, false],
    [{ page: { $in: [1, 2] } }, true],
    [{ draft: false }, true],
    [{ missing: { $exists: false } }, true],
    [{ sid: { $exists: true } }, true],
    [{ tags: 'b' }, true],
    [{ tags: { $in: ['z', 'a'] } }, true],
    [{ tags: { $nin: ['a'] } }, false],
    [{ sid: 'base', chunk: 5 }, false],
    [{ $or: [{ chunk: 5 }, { page: 2 }] }, true],
    [{ $and: [{ chunk: 4 }, { page: 3 }] }, false],
    [{ $and: [{ $or: [{ sid: 'x' }, { sid: 'base' }] }, { chunk: { $lt: 10 } }] }, true],
  ];
  for (const [filter, expected] of cases) {
    test(`${JSON.stringify(filter)} → ${expected}`, () => {
      assert.equal(filterError(filter), null);
      assert.equal(matchesFilter(record, filter as Record<string, unknown>), expected);
    });
  }

  test('invalid filters are refused with a message', () => {
    for (const bad of [{}, { f: ['a', 'b'] }, { f: { $regex: 'x' } }, { $not: {} }, { f: { $gt: 'a' } }, { f: { $in: 'a' } }, { $or: [] }, { f: null }]) {
      assert.match(filterError(bad) ?? '', /Invalid filter/, JSON.stringify(bad));
    }
    assert.match(filterError({ f: { $in: Array.from({ length: 10_001 }, (_, i) => i) } }) ?? '', /10001 values; the maximum is 10000/);
    assert.equal(filterError({ f: { $in: Array.from({ length: 10_000 }, (_, i) => i) } }), null);
  });
});

describe('limits and error bodies over HTTP', () => {
  let server: PineconeServer;
  let host: string;
  const call = async (method: string, path: string, body?: unknown, key = KEY) => {
    const response = await fetch(`${host}${path}`, {
      method,
      headers: { 'Api-Key': key, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json: json as Record<string, unknown> };
  };
  const upsert = (vectors: unknown[]) => call('POST', '/vectors/upsert', { vectors, namespace: '__default__' });

  before(async () => {
    server = await startPineconeServer({ apiKey: KEY });
    server.createIndex('limits', 4);
    host = server.indexHost('limits');
  });
  after(() => server.close());

  test('a wrong key gets plain-text 401 Unauthorized', async () => {
    const reply = await call('POST', '/describe_index_stats', {}, 'wrong');
    assert.equal(reply.status, 401);
    assert.equal(reply.text, 'Unauthorized');
  });

  test('dimension mismatch uses the real message and body shape', async () => {
    const reply = await upsert([{ id: 'a', values: [1, 2, 3] }]);
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.json, { code: 3, message: 'Vector dimension 3 does not match the dimension of the index 4', details: [] });
  });

  test('upsert accepts 1000 records and refuses 0 or 1001', async () => {
    const records = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, values: [1, 0, 0, i] }));
    assert.equal((await upsert(records(1000))).json.upsertedCount, 1000);
    assert.equal((await upsert(records(1001))).status, 400);
    assert.equal((await upsert([])).status, 400);
  });

  test('requests over 2 MB are refused with the real message', async () => {
    const big = Array.from({ length: 60 }, (_, i) => ({ id: `big${i}`, values: [1, 0, 0, 0], metadata: { text: 'x'.repeat(38_000) } }));
    const reply = await upsert(big);
    assert.equal(reply.status, 400);
    assert.match(String(reply.json.message), /^Request size \dMB exceeds the maximum supported size of 2MB$/);
  });

  test('metadata over 40 KB and invalid metadata values are refused', async () => {
    const reply = await upsert([{ id: 'm', values: [1, 0, 0, 0], metadata: { text: 'x'.repeat(41_000) } }]);
    assert.equal(reply.status, 400);
    assert.match(String(reply.json.message), /^metadata size is 410\d\d bytes, which exceeds the limit of 40960 bytes per vector$/);
    for (const metadata of [{ n: null }, { o: { nested: 1 } }, { l: [1, 2] }, { $k: 'v' }]) {
      assert.equal((await upsert([{ id: 'm', values: [1, 0, 0, 0], metadata }])).status, 400, JSON.stringify(metadata));
    }
    assert.equal((await upsert([{ id: 'm', values: [1, 0, 0, 0], metadata: { l: ['a'], b: true, n: 1.5, s: 's' } }])).status, 200);
  });

  test('an all-zero vector is refused', async () => {
    assert.equal((await upsert([{ id: 'z', values: [0, 0, 0, 0] }])).status, 400);
  });

  test('topK must be 1..10000; fetch and delete take at most 1000 ids', async () => {
    const query = (topK: number) => call('POST', '/query', { vector: [1, 0, 0, 0], topK, namespace: '__default__' });
    assert.equal((await query(0)).status, 400);
    assert.equal((await query(10_001)).status, 400);
    assert.equal((await query(10_000)).status, 200);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `r${i}`);
    assert.equal((await call('GET', `/vectors/fetch?${ids(1001).map((id) => `ids=${id}`).join('&')}`)).status, 400);
    const fetched = await call('GET', '/vectors/fetch?ids=r1&ids=nope&namespace=__default__');
    assert.deepEqual(Object.keys(fetched.json.vectors as object), ['r1']);
    assert.equal((await call('POST', '/vectors/delete', { ids: ids(1001), namespace: '__default__' })).status, 400);
  });

  test('an array as a field condition and an empty filter are 400s', async () => {
    const del = (filter: unknown) => call('POST', '/vectors/delete', { filter, namespace: '__default__' });
    assert.equal((await del({ f: ['a', 'b'] })).status, 400);
    assert.equal((await del({})).status, 400);
  });

  test('list pages hold at most 100 ids, sorted bytewise, with no token on the last page', async () => {
    const ids = ['p#B', 'p#a', 'p#_', 'p#0', ...Array.from({ length: 150 }, (_, i) => `p#x${String(i).padStart(3, '0')}`)];
    await upsert(ids.map((id) => ({ id, values: [1, 1, 1, 1] })));
    assert.equal((await call('GET', '/vectors/list?prefix=p%23&limit=101')).status, 400);
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const reply = await call('GET', `/vectors/list?prefix=p%23&limit=100&namespace=__default__${token ? `&paginationToken=${token}` : ''}`);
      assert.equal(reply.status, 200);
      seen.push(...(reply.json.vectors as { id: string }[]).map((v) => v.id));
      token = (reply.json.pagination as { next?: string } | undefined)?.next;
      pages++;
    } while (token);
    assert.equal(pages, 2);
    assert.deepEqual(seen, [...ids].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
  });

  test('query scores: cosine higher first, dot product raw, euclidean squared and lower first', async () => {
    const server2 = await startPineconeServer();
    try {
      for (const metric of ['cosine', 'dotproduct', 'euclidean'] as const) {
        server2.createIndex(metric, 2, metric);
        const base = server2.indexHost(metric);
        const post = (path: string, body: unknown) =>
          fetch(`${base}${path}`, { method: 'POST', headers: { 'Api-Key': 'k' }, body: JSON.stringify(body) }).then((r) => r.json());
        await post('/vectors/upsert', { vectors: [{ id: 'near', values: [2, 0] }, { id: 'far', values: [0, 3] }] });
        const reply = (await post('/query', { vector: [1, 0], topK: 2, includeValues: false })) as { matches: { id: string; score: number; values: number[] }[] };
        assert.deepEqual(reply.matches.map((m) => m.id), ['near', 'far'], metric);
        assert.deepEqual(reply.matches[0].values, []);
        const expected = { cosine: [1, 0], dotproduct: [2, 0], euclidean: [1, 10] }[metric];
        assert.deepEqual(reply.matches.map((m) => m.score), expected, metric);
      }
    } finally {
      await server2.close();
    }
  });

  test('update merges metadata; every 200 has a JSON body', async () => {
    await upsert([{ id: 'u', values: [1, 0, 0, 0], metadata: { a: 'x', b: 'y' } }]);
    const updated = await call('POST', '/vectors/update', { id: 'u', setMetadata: { b: 'z' }, namespace: '__default__' });
    assert.equal(updated.status, 200);
    assert.deepEqual(updated.json, {});
    const fetched = await call('GET', '/vectors/fetch?ids=u&namespace=__default__');
    assert.deepEqual((fetched.json.vectors as Record<string, { metadata: unknown }>).u.metadata, { a: 'x', b: 'z' });
    const deleted = await call('POST', '/vectors/delete', { ids: ['u'], namespace: '__default__' });
    assert.deepEqual(deleted.json, {});
  });

  test('control plane: unknown index is 404 with the real body; duplicate create is 409', async () => {
    const missing = await fetch(`${server.controllerUrl}/indexes/nope`, { headers: { 'Api-Key': KEY } });
    assert.equal(missing.status, 404);
    assert.deepEqual(await missing.json(), { error: { code: 'NOT_FOUND', message: 'Index nope not found.' }, status: 404 });
    const body = { name: 'limits', deployment: { deployment_type: 'managed', cloud: 'aws', region: 'us-east-1' }, schema: { fields: { _values: { type: 'dense_vector', dimension: 4, metric: 'cosine' } } } };
    const dup = await fetch(`${server.controllerUrl}/indexes`, { method: 'POST', headers: { 'Api-Key': KEY }, body: JSON.stringify(body) });
    assert.equal(dup.status, 409);
  });
});

test('injected 429s are plain text and injected 5xx carry a JSON body', async () => {
  const server = await startPineconeServer({ failRate429: 1, seed: 1 });
  const server5 = await startPineconeServer({ failRate5xx: 1, seed: 1 });
  try {
    const r429 = await fetch(`${server.controllerUrl}/indexes`, { headers: { 'Api-Key': 'k' } });
    assert.equal(r429.status, 429);
    assert.match(r429.headers.get('content-type') ?? '', /text\/plain/);
    const r5 = await fetch(`${server5.controllerUrl}/indexes`, { headers: { 'Api-Key': 'k' } });
    assert.ok(r5.status === 500 || r5.status === 503);
    assert.equal(typeof ((await r5.json()) as { code: number }).code, 'number');
    assert.equal(server.stats().injected429, 1);
  } finally {
    await server.close();
    await server5.close();
  }
});

test('read-after-write lag hides writes from list until it has passed', async () => {
  const server = await startPineconeServer({ listLagMs: 150 });
  try {
    server.createIndex('lag', 2);
    const host = server.indexHost('lag');
    const headers = { 'Api-Key': 'k' };
    await fetch(`${host}/vectors/upsert`, { method: 'POST', headers, body: JSON.stringify({ vectors: [{ id: 'a', values: [1, 0] }] }) });
    const list = async () => ((await (await fetch(`${host}/vectors/list`, { headers })).json()) as { vectors: unknown[] }).vectors.length;
    assert.equal(await list(), 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(await list(), 1);
  } finally {
    await server.close();
  }
});

test("Pinecone's rate limits per namespace: 100 requests a second, 5 deletes by filter, answered 429 in plain text", async () => {
  let now = 1_000_000;
  const server = await startPineconeServer({ rateLimits: { now: () => now } });
  try {
    server.createIndex('limits', 2);
    const host = server.indexHost('limits');
    const post = (route: string, body: object) =>
      fetch(`${host}${route}`, { method: 'POST', headers: { 'Api-Key': KEY, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const query = (namespace: string) => post('/query', { namespace, topK: 1, vector: [1, 0] });
    for (let i = 0; i < 100; i++) assert.equal((await query('a')).status, 200, `query ${i + 1} of 100 within the second`);
    const refused = await query('a');
    assert.equal(refused.status, 429);
    assert.match(refused.headers.get('content-type') ?? '', /text\/plain/);
    assert.match(await refused.text(), /Too Many Requests/);
    assert.equal((await post('/vectors/upsert', { namespace: 'a', vectors: [{ id: 'x', values: [1, 0] }] })).status, 429, 'upserts share the budget');
    assert.equal((await query('b')).status, 200, 'another namespace has its own budget');
    now += 1000;
    assert.equal((await query('a')).status, 200, 'the next second is allowed again');

    const byFilter = () => post('/vectors/delete', { namespace: 'c', filter: { sid: { $eq: 'x' } } });
    for (let i = 0; i < 5; i++) assert.equal((await byFilter()).status, 200, `delete by filter ${i + 1} of 5`);
    assert.equal((await byFilter()).status, 429);
    assert.equal((await post('/vectors/delete', { namespace: 'c', ids: ['x'] })).status, 200, 'deletes by id are not held to 5/s');
    now += 1000;
    assert.equal((await byFilter()).status, 200);
    assert.equal(server.stats().rateLimited, 3);
    assert.equal(server.stats().rejected, 0, '429s are not counted as rejections');
  } finally {
    await server.close();
  }
});
