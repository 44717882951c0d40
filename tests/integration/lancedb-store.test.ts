// The LanceDB VectorStore on real LanceDB in temp dirs: session isolation, idempotent upserts, deletes and counts,
// hybrid retrieval, reopening from disk, hostile input and concurrent writers.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as lancedb from '@lancedb/lancedb';
import { COMMIT_GATHER_MS, LanceDbStore } from '../../electron/app/vectors/lancedb-store';
import { chunkSchema, toArrowTable } from '../../electron/app/vectors/lancedb-schema';
import { FTS_INDEX } from '../../electron/app/vectors/lancedb-indexes';
import { BASE_SID } from '../../shared/ids';
import { tempDataDir } from '../helpers/paths';
import { cosine } from '../helpers/cosine';
import { seededRandom } from '../helpers/seeded-random';
import { chunks, fillerText, newFileId, newSid, randomVector } from './lancedb-fixtures';

const DIM = 16;

describe('LanceDbStore', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => ({ dir, cleanup } = await tempDataDir('docent-lancedb-')));
  after(() => cleanup());

  let tableCount = 0;
  const openStore = () => LanceDbStore.open({ dir, table: `t${tableCount++}` });

  test('a session never sees another session, by vector or by words; base is in both', async () => {
    const store = await openStore();
    const [a, b] = [newSid(), newSid()];
    const base = chunks(BASE_SID, newFileId(), ['the shared handbook mentions quasarbase once', fillerText(1)], DIM);
    const ofA = chunks(a, newFileId(), ['alpha session notes about quasaralpha', fillerText(2)], DIM);
    const ofB = chunks(b, newFileId(), ['beta session secret quasarbeta', fillerText(3)], DIM);
    await store.upsert([...base, ...ofA, ...ofB]);

    // B's own vector and B's own rare word, asked from session A.
    const fromA = await store.query({ vector: ofB[0].vector, text: 'quasarbeta quasarbase', sids: [BASE_SID, a], k: 10 });
    assert.ok(fromA.length > 0);
    assert.ok(fromA.every((hit) => hit.sid === a || hit.sid === BASE_SID), 'a hit from session B leaked into A');
    assert.ok(fromA.some((hit) => hit.text.includes('quasarbase')), 'base chunk missing from A');
    const fromB = await store.query({ vector: ofA[0].vector, text: 'quasaralpha quasarbase', sids: [BASE_SID, b], k: 10 });
    assert.ok(fromB.every((hit) => hit.sid === b || hit.sid === BASE_SID), 'a hit from session A leaked into B');
    assert.ok(fromB.some((hit) => hit.text.includes('quasarbase')), 'base chunk missing from B');
    // Words only: a rare word of B is not found from A even when nothing else matches.
    const wordOnly = await store.query({ vector: randomVector(DIM), text: 'quasarbeta', sids: [a], k: 5 });
    assert.ok(wordOnly.every((hit) => hit.sid === a));
    await store.close();
  });

  test('upserting the same chunks twice keeps one copy, with the newer text', async () => {
    const store = await openStore();
    const sid = newSid();
    const fileId = newFileId();
    const first = chunks(sid, fileId, ['one', 'two', 'three'], DIM);
    await store.upsert(first);
    const second = first.map((record) => ({ ...record, text: `${record.text} revised` }));
    await store.upsert(second);
    assert.equal(await store.countFile(sid, fileId), 3);
    const hits = await store.query({ vector: second[1].vector, text: 'revised', sids: [sid], k: 10 });
    assert.equal(hits.length, 3);
    assert.ok(hits.every((hit) => hit.text.endsWith(' revised')));
    await store.close();
  });

  test('deleteFile removes exactly that file; deleteSession exactly that session; counts follow', async () => {
    const store = await openStore();
    const [a, b] = [newSid(), newSid()];
    const [f1, f2] = [newFileId(), newFileId()];
    await store.upsert([...chunks(a, f1, ['a1', 'a2', 'a3'], DIM), ...chunks(a, f2, ['a4', 'a5'], DIM), ...chunks(b, f1, ['b1', 'b2'], DIM)]);
    assert.deepEqual([await store.countSession(a), await store.countFile(a, f1), await store.countFile(a, f2), await store.countFile(b, f1)], [5, 3, 2, 2]);
    await store.deleteFile(a, f1);
    assert.deepEqual([await store.countSession(a), await store.countFile(a, f1), await store.countFile(a, f2), await store.countFile(b, f1)], [2, 0, 2, 2]);
    await store.deleteSession(a);
    assert.deepEqual([await store.countSession(a), await store.countSession(b)], [0, 2]);
    await store.close();
  });

  test('vectors are ranked by direction, whatever their length: in a new table and in one made before unit vectors', async () => {
    // Same direction as the question but short, against a long vector pointing elsewhere: a raw dot product would
    // put the long one first; cosine similarity (what every embedder's vectors are meant for) puts the short one first.
    const sid = newSid();
    const vector = (x: number, y: number) => Float32Array.from({ length: DIM }, (_, i) => (i === 0 ? x : i === 1 ? y : 0));
    const rows = () => [
      { ...chunks(sid, newFileId(), ['pointing the same way'], DIM)[0], vector: vector(1, 0) },
      { ...chunks(sid, newFileId(), ['long and elsewhere'], DIM)[0], vector: vector(10, 10) },
    ];
    const question = { vector: vector(1, 0.2), text: '', sids: [sid], k: 2 };

    const fresh = await openStore();
    await fresh.upsert(rows());
    assert.deepEqual((await fresh.query(question)).map((hit) => hit.text), ['pointing the same way', 'long and elsewhere']);
    await fresh.close();

    // A table written by an earlier Docent: vectors stored as the embedder gave them.
    const name = `t${tableCount++}`;
    const db = await lancedb.connect(dir);
    const old = await db.createEmptyTable(name, chunkSchema(DIM));
    await old.add(toArrowTable(rows(), chunkSchema(DIM)));
    old.close();
    db.close();
    const reopened = await LanceDbStore.open({ dir, table: name });
    assert.deepEqual((await reopened.query(question)).map((hit) => hit.text), ['pointing the same way', 'long and elsewhere']);
    await reopened.upsert(chunks(sid, newFileId(), ['added later'], DIM));
    assert.equal((await reopened.query({ ...question, k: 3 }))[0].text, 'pointing the same way');
    await reopened.close();
  });

  test('a batch of another dimension is refused with both dimensions named', async () => {
    const store = await openStore();
    const sid = newSid();
    await store.upsert(chunks(sid, newFileId(), ['first'], DIM));
    await assert.rejects(store.upsert(chunks(sid, newFileId(), ['second'], DIM * 2)), (error: Error) => {
      assert.match(error.message, new RegExp(`stores ${DIM}-dimensional.*${DIM * 2}-dimensional`));
      return true;
    });
    assert.equal(await store.countSession(sid), 1);
    await store.close();
  });

  test('hybrid finds a rare word the vector misses, and a close vector that shares no word', async () => {
    const store = await openStore();
    const sid = newSid();
    const texts = Array.from({ length: 60 }, (_, i) => fillerText(i));
    texts[17] = `${fillerText(17, 10)} the zygomorphic flowers open at dawn`;
    const records = chunks(sid, newFileId(), texts, DIM);
    await store.upsert(records);
    // Words only: the question's vector is random, so the vector half ranks chunk 17 anywhere (likely nowhere).
    // Fusion ties the head of each list, so the word's chunk is among the first two, not necessarily first.
    const byWord = await store.query({ vector: randomVector(DIM), text: 'which flowers are zygomorphic?', sids: [sid], k: 3 });
    assert.ok(byWord.slice(0, 2).some((hit) => hit.chunk === 17), `chunk 17 not in ${byWord.map((hit) => hit.chunk)}`);
    // Vector only: the question's words appear nowhere, its vector is chunk 42's.
    const byVector = await store.query({ vector: records[42].vector, text: 'xylophone quixotic', sids: [sid], k: 3 });
    assert.equal(byVector[0].chunk, 42);
    assert.ok(byVector[0].score > byVector[1].score);
    await store.close();
  });

  test('full-text search stays right after deletes and re-adds', async () => {
    const store = await openStore();
    const sid = newSid();
    const [keep, drop] = [newFileId(), newFileId()];
    await store.upsert([...chunks(sid, keep, ['kept paragraph about lighthouses', fillerText(5)], DIM), ...chunks(sid, drop, ['dropped paragraph about lighthouses'], DIM)]);
    await store.deleteFile(sid, drop);
    let hits = await store.query({ vector: randomVector(DIM), text: 'lighthouses', sids: [sid], k: 5 });
    assert.deepEqual(hits.filter((hit) => hit.text.includes('lighthouses')).map((hit) => hit.fileId), [keep]);
    await store.purgeDeleted();
    await store.upsert(chunks(sid, drop, ['re-added paragraph about lighthouses'], DIM));
    hits = await store.query({ vector: randomVector(DIM), text: 'lighthouse', sids: [sid], k: 5 });
    assert.deepEqual(hits.filter((hit) => hit.text.includes('lighthouses')).map((hit) => hit.fileId).sort(), [keep, drop].sort());
    await store.close();
  });

  test('a store reopened from disk answers as before', async () => {
    const table = `reopen${tableCount++}`;
    const sid = newSid();
    const records = chunks(sid, newFileId(), ['persisted chunk about saffron', fillerText(9)], DIM, 'Rapport annuel.pdf');
    const first = await LanceDbStore.open({ dir, table });
    await first.upsert(records);
    await first.close();
    const again = await LanceDbStore.open({ dir, table });
    assert.equal(again.vectorDimension, DIM);
    assert.equal(await again.countSession(sid), 2);
    const [hit] = await again.query({ vector: records[0].vector, text: 'saffron', sids: [sid], k: 1 });
    assert.deepEqual({ ...hit, score: 0 }, {
      sid, fileId: records[0].fileId, fileName: 'Rapport annuel.pdf', chunk: 0, page: 1, pageEnd: 1, start: 0, end: records[0].text.length, text: records[0].text, score: 0,
    });
    await again.close();
  });

  test('hostile question text never throws; hostile sids and fileIds are refused before any query', async () => {
    const store = await openStore();
    const sid = newSid();
    await store.upsert(chunks(sid, newFileId(), ['what is C++ really', fillerText(4)], DIM));
    for (const text of [`what's "C++"?`, 'AND OR (', '"', 'NOT *', 'text:foo^2 ~', '', '   ', '))((', '東京の天気', 'a'.repeat(10_000), '\u0000\uffff']) {
      const hits = await store.query({ vector: randomVector(DIM), text, sids: [sid], k: 3 });
      assert.ok(Array.isArray(hits), `query text ${JSON.stringify(text.slice(0, 20))}`);
    }
    const hits = await store.query({ vector: randomVector(DIM), text: `what's "C++"?`, sids: [sid], k: 1 });
    assert.match(hits[0].text, /C\+\+/);
    for (const sids of [[`${sid}') OR 1=1 --`], [`x' OR sid != '`], [], ['BASE'], [sid, 'abc']]) {
      await assert.rejects(store.query({ vector: randomVector(DIM), text: 'x', sids, k: 3 }), /refused sid|at least one sid/);
    }
    await assert.rejects(store.deleteSession(`${sid}' OR '1'='1`), /refused sid/);
    await assert.rejects(store.deleteFile(sid, `0' OR '1'='1`), /refused fileId/);
    await assert.rejects(store.countFile(sid, 'ABCDEF0123456789'), /refused fileId/);
    await assert.rejects(store.upsert(chunks(`evil') --`, newFileId(), ['x'], DIM)), /refused sid/);
    assert.equal(await store.countSession(sid), 2);
    await store.close();
  });

  test('concurrent ingest jobs, deletes and queries all land, none lost or doubled', async () => {
    const store = await openStore();
    const sid = newSid();
    const files = Array.from({ length: 6 }, () => newFileId());
    const jobs = files.map((fileId, i) => store.upsert(chunks(sid, fileId, Array.from({ length: 20 }, (_, j) => fillerText(i * 20 + j)), DIM)));
    const queries = files.map(() => store.query({ vector: randomVector(DIM), text: 'harvest', sids: [sid], k: 5 }));
    const purge = store.purgeDeleted();
    await Promise.all([...jobs, ...queries, purge, store.deleteFile(sid, files[0]), store.upsert(chunks(sid, files[1], ['replaced'], DIM))]);
    assert.equal(await store.countFile(sid, files[0]), 0);
    assert.equal(await store.countFile(sid, files[1]), 20);
    assert.equal(await store.countSession(sid), 100);
    await store.close();
  });

  test('vector search over a session asked before sees what is added, replaced and deleted after it, and every row', async () => {
    // The vector half is answered from memory once a session has been asked: these would be missed, or come back after
    // a delete, if memory and table went apart. No text is asked, so the vector half alone decides.
    const store = await openStore();
    const [sid, other] = [newSid(), newSid()];
    const seeded = seededVectors(7);
    const rows = Array.from({ length: 300 }, (_, i) => ({ ...chunks(sid, newFileId(), [`row ${i}`], DIM)[0], vector: seeded() }));
    await store.upsert(rows);
    await assert.rejects(store.prepare([sid, "x' OR 1=1"]), { name: 'InvalidVectorIdError' });
    await store.prepare([BASE_SID, sid]); // as when the session is opened: the first question finds its vectors ready
    const question = seeded();
    const exact = rows
      .map((row) => ({ text: row.text, similarity: cosine(row.vector, question) }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, 10)
      .map((row) => row.text);
    const first = await store.query({ vector: question, text: '', sids: [sid], k: 10 });
    assert.deepEqual(first.map((hit) => hit.text), exact, 'the ten nearest rows by cosine similarity, in order');

    const added = { ...chunks(sid, newFileId(), ['added later'], DIM)[0], vector: Float32Array.from(question) };
    const elsewhere = { ...chunks(other, newFileId(), ['another session, same direction'], DIM)[0], vector: Float32Array.from(question) };
    await store.upsert([added, elsewhere]);
    const afterAdd = await store.query({ vector: question, text: '', sids: [sid], k: 10 });
    assert.equal(afterAdd[0]?.text, 'added later');
    assert.ok(afterAdd.every((hit) => hit.sid === sid), 'another session leaked in');

    const turned = seeded();
    await store.upsert([{ ...added, text: 'added later, turned', vector: turned }]);
    assert.notEqual((await store.query({ vector: question, text: '', sids: [sid], k: 10 }))[0]?.text, 'added later, turned');
    assert.equal((await store.query({ vector: turned, text: '', sids: [sid], k: 10 }))[0]?.text, 'added later, turned');

    await store.deleteFile(sid, added.fileId);
    assert.ok(!(await store.query({ vector: turned, text: '', sids: [sid], k: 10 })).some((hit) => hit.fileId === added.fileId), 'a deleted file came back');
    // The ten nearest go: the next ten take their places, none is lost to the rows deleted.
    const nearest = new Set(exact);
    await store.deleteFiles(sid, rows.filter((row) => nearest.has(row.text)).map((row) => row.fileId));
    const next = rows
      .filter((row) => !nearest.has(row.text))
      .sort((a, b) => cosine(b.vector, question) - cosine(a.vector, question))
      .slice(0, 10)
      .map((row) => row.text);
    assert.deepEqual((await store.query({ vector: question, text: '', sids: [sid], k: 10 })).map((hit) => hit.text), next);
    const left = await store.query({ vector: question, text: '', sids: [sid], k: 300 });
    assert.deepEqual(new Set(left.map((hit) => hit.text)), new Set(rows.filter((row) => !nearest.has(row.text)).map((row) => row.text)));
    await store.deleteSession(sid);
    assert.deepEqual(await store.query({ vector: question, text: '', sids: [sid], k: 10 }), []);
    await store.close();
  });

  test('upserts that stream in are gathered into few commits, and a delete asked after them still comes after', async () => {
    const store = await openStore();
    const sid = newSid();
    await store.upsert(chunks(sid, newFileId(), ['the first file of a folder'], DIM));
    const table = await (await lancedb.connect(dir)).openTable(store.tableName);
    const versionBefore = await table.version();
    // 30 files, one every 30 ms, as a folder's small notes arrive one by one: each alone would be its own commit.
    const files = Array.from({ length: 30 }, () => newFileId());
    const upserts: Promise<void>[] = [];
    const started = performance.now();
    for (const [i, fileId] of files.entries()) {
      upserts.push(store.upsert(chunks(sid, fileId, [fillerText(i)], DIM)));
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const last = files[files.length - 1];
    await Promise.all([...upserts, store.deleteFile(sid, last)]);
    await table.checkoutLatest();
    const commits = (await table.version()) - versionBefore;
    // At most one commit per gathering window (a loaded machine stretches the stream, and the windows with it), plus the
    // first and the delete. Committed one by one they took 31.
    const windows = Math.ceil((performance.now() - started) / COMMIT_GATHER_MS);
    assert.ok(commits <= windows + 2, `30 files streaming in over ${windows} windows took ${commits} commits`);
    assert.equal(await store.countFile(sid, last), 0, 'the delete asked after the upsert came after its commit');
    assert.equal(await store.countSession(sid), 30);
    await store.close();
  });

  /** A news file whose every chunk names Obama and an interview, and a later page and tales (see the tests below). */
  const interviewFiles = (sid: string) => ({
    news: chunks(sid, newFileId(), [
      'President Obama said in an interview with the BBC that gun laws were his greatest frustration.',
      'In the same interview Mr Obama said race relations had improved during his presidency.',
      'Five things we learned from the Obama interview, by the BBC editor who met him.',
    ], DIM),
    // A page with the word as asked, "interviewed", and a book of tales many times the news file's size.
    later: [
      ...chunks(sid, newFileId(), ['In 2005 Ballmer was interviewed about his management style and said his first priority was people.'], DIM),
      ...chunks(sid, newFileId(), Array.from({ length: 40 }, (_, i) => `The old fisherman who lived by the river, who mended nets and who never spoke, ${fillerText(i, 25)}`), DIM),
    ],
  });

  test('a question\'s words are weighed by every document added, not only by the first one indexed', async () => {
    // Words only (no vector half), so the order is the full-text search's.
    const store = await LanceDbStore.open({ dir, table: `t${tableCount++}`, vectorWeight: 0 });
    const sid = newSid();
    const { news, later } = interviewFiles(sid);
    await store.upsert(news);
    await store.refreshIndexes(); // an ingest job's end: the index is built on the first file
    await store.upsert(later);
    await store.refreshIndexes();
    const hits = await store.query({ vector: randomVector(DIM), text: 'Who interviewed Obama?', sids: [sid], k: 3 });
    assert.deepEqual(hits.map((h) => h.fileId), news.map((c) => c.fileId), hits.map((h) => h.text.slice(0, 50)).join(' | '));
    await store.close();
  });

  test('a table whose index covers its first file alone (an earlier Docent\'s) is weighed over all its rows once opened', async () => {
    const name = `t${tableCount++}`;
    const sid = newSid();
    const { news, later } = interviewFiles(sid);
    const db = await lancedb.connect(dir);
    const old = await db.createEmptyTable(name, chunkSchema(DIM));
    await old.add(toArrowTable(news, chunkSchema(DIM)));
    await old.createIndex('text', { config: FTS_INDEX() });
    await old.add(toArrowTable(later, chunkSchema(DIM)));
    old.close();
    db.close();
    const store = await LanceDbStore.open({ dir, table: name, vectorWeight: 0 });
    const hits = await store.query({ vector: randomVector(DIM), text: 'Who interviewed Obama?', sids: [sid], k: 3 });
    assert.deepEqual(hits.map((h) => h.fileId), news.map((c) => c.fileId), hits.map((h) => h.text.slice(0, 50)).join(' | '));
    await store.close();
  });

  test('an aborted ingest writes nothing; a closed store says so', async () => {
    const store = await openStore();
    const sid = newSid();
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(store.upsert(chunks(sid, newFileId(), ['x'], DIM), { signal: controller.signal }), { name: 'AbortError' });
    assert.equal(await store.countSession(sid), 0);
    await store.close();
    await assert.rejects(store.countSession(sid), /closed/);
  });
});

/** Deterministic unit vectors: a test that compares rankings must not depend on luck with near ties. */
function seededVectors(seed: number): () => Float32Array {
  const random = seededRandom(seed);
  return () => {
    const v = Float32Array.from({ length: DIM }, () => random() * 2 - 1);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  };
}
