// Physical erasure: after deleteSession + purgeDeleted, a session's text is in no file under the data dir (data files,
// old versions, index files), while other sessions' text is still there and still found.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { LanceDbStore } from '../../electron/app/vectors/lancedb-store';
import { tempDataDir } from '../helpers/paths';
import { chunks, fillerText, newFileId, newSid, randomVector } from './lancedb-fixtures';

const DIM = 16;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every file under `dir` whose bytes contain `needle`. */
async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const file of await filesUnder(dir)) {
    if ((await readFile(file)).indexOf(needle) >= 0) hits.push(path.relative(dir, file));
  }
  return hits;
}

/** The fragment (row id's high 32 bits) of every row of a sid, read straight from the table. */
async function fragmentsOf(dir: string, table: string, sid: string): Promise<Set<bigint>> {
  const db = await lancedb.connect(dir);
  const t = await db.openTable(table);
  const rows = await t.query().withRowId().select(['id']).where(`sid = '${sid}'`).toArray();
  t.close();
  db.close();
  return new Set(rows.map((row) => BigInt(row._rowid) >> 32n));
}

describe('LanceDbStore erasure', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => ({ dir, cleanup } = await tempDataDir('docent-lancedb-erase-')));
  after(() => cleanup());

  test("an ended session's sentence, word and file name are gone from every file; the other session's stay and are found", async () => {
    const vectors = path.join(dir, 'purge');
    const store = await LanceDbStore.open({ dir: vectors, table: 'erase' });
    const [a, b] = [newSid(), newSid()];
    const secret = 'The vault combination is nineteen ocelots and a quokkalyptic tangerine.';
    const ofA = chunks(a, newFileId(), [secret, `second chunk says quokkalyptic again ${fillerText(1)}`, fillerText(2)], DIM, 'Confidential-Merger-Plan.pdf');
    const ofB = chunks(b, newFileId(), Array.from({ length: 300 }, (_, i) => `${fillerText(i)} bravo paragraph ${i} about lighthouses`), DIM);
    ofB[123].text += ' and heliotropes';
    const ofB2 = chunks(b, newFileId(), Array.from({ length: 300 }, (_, i) => `${fillerText(i + 300)} more bravo text ${i}`), DIM);
    await store.upsert(ofB);
    await store.upsert(ofA);
    await store.upsert(ofB2);
    // With nothing deleted, purge only compacts: A's three chunks now sit in one fragment with 600 of B's, the case
    // Lance's own compaction leaves alone (under 10% of the fragment deleted).
    await store.purgeDeleted();
    const fragmentsA = await fragmentsOf(vectors, store.tableName, a);
    const fragmentsB = await fragmentsOf(vectors, store.tableName, b);
    assert.ok([...fragmentsA].some((id) => fragmentsB.has(id)), 'setup: A and B should share a fragment');

    // Control: the text is stored as plain bytes, so the byte search below can find it when it is there.
    assert.notDeepEqual(await filesContaining(vectors, secret), []);
    assert.notDeepEqual(await filesContaining(vectors, 'Confidential-Merger-Plan'), []);
    const indexFilesBefore = (await filesUnder(vectors)).filter((file) => file.includes(`${path.sep}_indices${path.sep}`));
    assert.ok(indexFilesBefore.length > 0);

    await store.deleteSession(a);
    await store.purgeDeleted();

    assert.deepEqual(await filesContaining(vectors, secret), []);
    assert.deepEqual(await filesContaining(vectors, 'quokkalyptic'), []);
    assert.deepEqual(await filesContaining(vectors, 'Confidential-Merger-Plan'), []);
    // Index files cannot be byte-searched (Lance compresses them), so: none that indexed A's rows may survive.
    const indexFilesAfter = new Set(await filesUnder(vectors));
    assert.deepEqual(indexFilesBefore.filter((file) => indexFilesAfter.has(file)), []);

    assert.notDeepEqual(await filesContaining(vectors, 'bravo paragraph 123 about lighthouses'), []);
    assert.equal(await store.countSession(b), 600);
    assert.equal(await store.countSession(a), 0);
    // k = 2: fusion ties the head of the word list with the head of the (random) vector list.
    const byWords = await store.query({ vector: randomVector(DIM), text: 'heliotrope', sids: [b], k: 2 });
    assert.ok(byWords.some((hit) => hit.text === ofB[123].text), 'full-text search lost B after the purge');
    const byVector = await store.query({ vector: ofB2[7].vector, text: '', sids: [b], k: 1 });
    assert.equal(byVector[0].text, ofB2[7].text);
    const leaked = await store.query({ vector: ofA[0].vector, text: 'quokkalyptic ocelots', sids: [a, b], k: 10 });
    assert.ok(leaked.every((hit) => hit.sid === b));
    await store.close();
  });

  test('a purge after a restart finishes an erasure the crash interrupted, and replaced chunk text is erased too', async () => {
    const vectors = path.join(dir, 'restart');
    const [a, b] = [newSid(), newSid()];
    const first = await LanceDbStore.open({ dir: vectors, table: 'erase' });
    await first.upsert(chunks(b, newFileId(), Array.from({ length: 200 }, (_, i) => fillerText(i)), DIM));
    const edited = chunks(b, newFileId(), ['draft wording: the pangolinflux clause'], DIM);
    await first.upsert(edited);
    await first.upsert(chunks(a, newFileId(), ['a session about the marmosetquill affair'], DIM));
    await first.purgeDeleted();
    await first.upsert([{ ...edited[0], text: 'final wording of the clause' }]);
    await first.deleteSession(a);
    await first.close(); // the app dies here: deleted, never purged

    const again = await LanceDbStore.open({ dir: vectors, table: 'erase' });
    assert.notDeepEqual(await filesContaining(vectors, 'marmosetquill'), []);
    const indexFilesBefore = (await filesUnder(vectors)).filter((file) => file.includes(`${path.sep}_indices${path.sep}`));
    await again.purgeDeleted();
    const indexFilesAfter = new Set(await filesUnder(vectors));
    assert.deepEqual(indexFilesBefore.filter((file) => indexFilesAfter.has(file)), []);
    assert.deepEqual(await filesContaining(vectors, 'marmosetquill'), []);
    assert.deepEqual(await filesContaining(vectors, 'pangolinflux'), []);
    assert.notDeepEqual(await filesContaining(vectors, 'final wording of the clause'), []);
    // k = 2: fusion ties the head of the word list with the head of the (random) vector list.
    const hits = await again.query({ vector: randomVector(DIM), text: 'clause', sids: [b], k: 2 });
    assert.ok(hits.some((hit) => hit.text === 'final wording of the clause'));
    await again.close();
  });
});
