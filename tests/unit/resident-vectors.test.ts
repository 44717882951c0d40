// The in-memory vector half of LanceDB queries (electron/app/vectors/resident-vectors.ts): loading a sid, keeping it
// in step with changes, and giving way to LanceDB when it cannot be trusted or held.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResidentVectors, type SidLoader } from '../../electron/app/vectors/resident-vectors';

const DIM = 4;
const axis = (i: number, length = 1) => Float32Array.from({ length: DIM }, (_, j) => (j === i ? length : 0));

/** A loader over fixed rows, which can run `during` between its batches (a change racing the load). */
function loaderOf(rows: Record<string, [string, Float32Array][]>, during?: () => void): SidLoader {
  return async function* (sid) {
    for (const [index, [id, vector]] of (rows[sid] ?? []).entries()) {
      yield { ids: [id], vectors: vector };
      if (index === 0) during?.();
    }
  };
}

const id = (sid: string, file: string, chunk = 0) => `${sid}#${file.padStart(16, '0')}#${chunk}`;

test('ranks by direction, not length, across the sids asked and only those', async () => {
  const resident = new ResidentVectors({ dimension: DIM });
  const rows = {
    base: [[id('base', '1'), axis(0, 9)]] as [string, Float32Array][],
    a: [[id('a', '2'), axis(1, 0.1)], [id('a', '3'), Float32Array.of(0.6, 0.8, 0, 0)]] as [string, Float32Array][],
    b: [[id('b', '4'), axis(1)]] as [string, Float32Array][],
  };
  assert.equal(await resident.load(['base', 'a'], loaderOf(rows)), true);
  const hits = resident.nearest(axis(1, 3), ['base', 'a', 'a'], 10);
  assert.deepEqual(hits.map((hit) => hit.id), [id('a', '2'), id('a', '3'), id('base', '1')]);
  assert.ok(Math.abs(hits[0].similarity - 1) < 1e-4 && Math.abs(hits[1].similarity - 0.8) < 1e-4);
  assert.equal(resident.holds('b'), false);
});

test('a load that a change raced is not kept, and the caller is told to ask the table', async () => {
  const resident = new ResidentVectors({ dimension: DIM });
  const rows = { a: [[id('a', '1'), axis(0)], [id('a', '2'), axis(1)]] as [string, Float32Array][] };
  const raced = await resident.load(['a'], loaderOf(rows, () => resident.upserted([{ sid: 'a', id: id('a', '3'), vector: axis(2) }])));
  assert.equal(raced, false);
  assert.equal(resident.holds('a'), false);
  assert.equal(await resident.load(['a'], loaderOf(rows)), true);
});

test('upserts replace a row by id, deletes remove files or the whole sid, forget drops it', async () => {
  const resident = new ResidentVectors({ dimension: DIM });
  await resident.load(['a'], loaderOf({ a: [[id('a', '1'), axis(0)], [id('a', '2', 0), axis(1)], [id('a', '2', 1), axis(2)]] }));
  resident.upserted([{ sid: 'a', id: id('a', '1'), vector: axis(3) }]);
  assert.deepEqual(resident.nearest(axis(3), ['a'], 1).map((hit) => hit.id), [id('a', '1')]);
  resident.deleted('a', ['2'.padStart(16, '0')]);
  assert.deepEqual(resident.nearest(axis(1), ['a'], 10).map((hit) => hit.id), [id('a', '1')]);
  resident.deleted('a');
  assert.equal(resident.holds('a'), false);
  await resident.load(['a'], loaderOf({ a: [[id('a', '1'), axis(0)]] }));
  resident.forget('a');
  assert.equal(resident.holds('a'), false);
});

test('a sid larger than the budget is left to the table; room is made by dropping the sid asked least lately', async () => {
  const rowBytes = DIM * 2 + 4 + 64;
  const resident = new ResidentVectors({ dimension: DIM, maxBytes: 64 * 2 * rowBytes + 1 });
  const many = (sid: string, n: number) => Array.from({ length: n }, (_, i) => [id(sid, String(i + 1)), axis(i % DIM)] as [string, Float32Array]);
  const rows = { a: many('a', 40), b: many('b', 40), c: many('c', 40), huge: many('huge', 1000) };
  assert.equal(await resident.load(['a'], loaderOf(rows)), true);
  assert.equal(await resident.load(['b'], loaderOf(rows)), true);
  assert.equal(await resident.load(['a'], loaderOf(rows)), true); // a is now the most lately asked
  assert.equal(await resident.load(['c'], loaderOf(rows)), true);
  assert.deepEqual([resident.holds('a'), resident.holds('b'), resident.holds('c')], [true, false, true]);
  assert.equal(await resident.load(['huge'], loaderOf(rows)), false);
  assert.equal(resident.holds('huge'), false);
});

test('a held sid that grows past the budget as files are added makes room, then goes back to the table itself', async () => {
  const rowBytes = DIM * 2 + 4 + 64;
  const resident = new ResidentVectors({ dimension: DIM, maxBytes: 64 * 2 * rowBytes + 1 });
  const many = (sid: string, n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ sid, id: id(sid, String(from + i + 1)), vector: axis(i % DIM) }));
  assert.equal(await resident.load(['old'], loaderOf({ old: many('old', 40).map((r) => [r.id, r.vector] as [string, Float32Array]) })), true);
  assert.equal(await resident.load(['new'], loaderOf({})), true, 'a new, empty session is held');
  // Files stored into the held session: it takes them, and the session asked least lately makes room.
  resident.upserted(many('new', 100));
  assert.deepEqual([resident.holds('old'), resident.holds('new')], [false, true]);
  assert.equal(resident.nearest(axis(1), ['new'], 200).length, 100);
  // More than the budget by itself: LanceDB answers for it from now on.
  resident.upserted(many('new', 100, 100));
  assert.equal(resident.holds('new'), false);
  assert.equal(await resident.load(['new'], loaderOf({})), false, 'the caller asks the table');
});
