import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { byScoreThenId, fuseByReciprocalRank } from '../../electron/app/vectors/lancedb-rrf';

describe('ranking full-text hits for fusion', () => {
  test('equal scores are ordered by id, whatever order they came in, so a question finds the same passages every time', () => {
    const rows = [
      { id: 'c', score: 2 },
      { id: 'b', score: 1 },
      { id: 'a', score: 2 },
      { id: 'd', score: 1 },
    ];
    const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);
    const once = byScoreThenId(rows, (r) => r.score, (r) => r.id);
    assert.deepEqual(ids(once), ['a', 'c', 'b', 'd']);
    assert.deepEqual(ids(byScoreThenId([...rows].reverse(), (r) => r.score, (r) => r.id)), ids(once));
    // The fused ranking follows: the same two lists in another tie order fuse the same way.
    const vector = [{ id: 'd' }, { id: 'a' }];
    const fuse = (text: typeof rows) => ids(fuseByReciprocalRank([vector, byScoreThenId(text, (r) => r.score, (r) => r.id)], (r) => r.id).map((f) => f.item));
    assert.deepEqual(fuse(rows), fuse([...rows].reverse()));
  });
});
