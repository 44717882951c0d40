// Group commit (electron/app/group-commit.ts): a write after a quiet spell goes at once; one that follows another
// waits for company until enough is waiting, its time is up, the writers say nothing more is coming, or the writer
// closes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GroupCommit } from '../../electron/app/group-commit';

/** Resolves to whether `promise` settled within a turn of the event loop (nothing here waits on a timer that short). */
async function settlesAtOnce(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

test('a write after a quiet spell does not wait, however long it could', async () => {
  const group = new GroupCommit({ maxWaitMs: 1e9, streamGapMs: 1000, enough: () => false });
  assert.equal(await settlesAtOnce(group.gather(performance.now())), true);
});

test('a write that follows another waits until enough is waiting, and no longer', async () => {
  let waiting = 0;
  const group = new GroupCommit({ maxWaitMs: 1e9, streamGapMs: 60_000, enough: () => waiting >= 3 });
  group.wrote();
  const gathered = group.gather(performance.now());
  assert.equal(await settlesAtOnce(gathered), false, 'it waits for company');
  waiting = 2;
  group.added();
  assert.equal(await settlesAtOnce(gathered), false, 'two are not enough');
  waiting = 3;
  group.added();
  assert.equal(await settlesAtOnce(gathered), true, 'three are');
});

test('a write that follows another waits at most maxWaitMs from its first item, and closing lets it go', async () => {
  const group = new GroupCommit({ maxWaitMs: 50, streamGapMs: 60_000, enough: () => false });
  group.wrote();
  // Its first item has waited longer than maxWaitMs already (behind an earlier write): it goes at once.
  assert.equal(await settlesAtOnce(group.gather(performance.now() - 51)), true);
  await group.gather(performance.now()); // ends by its timer (the test would hang otherwise)
  const long = new GroupCommit({ maxWaitMs: 1e9, streamGapMs: 60_000, enough: () => false });
  long.wrote();
  const gathered = long.gather(performance.now());
  assert.equal(await settlesAtOnce(gathered), false);
  long.close();
  assert.equal(await settlesAtOnce(gathered), true);
  assert.equal(await settlesAtOnce(long.gather(performance.now())), true, 'a closed writer never waits');
});

test('a write within a stream goes at once when its writers know nothing more is coming', async () => {
  let more = false;
  const group = new GroupCommit({ maxWaitMs: 1e9, streamGapMs: 60_000, enough: () => false, expectMore: () => more });
  group.wrote();
  assert.equal(await settlesAtOnce(group.gather(performance.now())), true, 'nothing is coming: no wait');
  more = true;
  const gathered = group.gather(performance.now());
  assert.equal(await settlesAtOnce(gathered), false, 'more may come: it waits');
  group.added();
  assert.equal(await settlesAtOnce(gathered), false, 'an addition that expects more keeps it waiting');
  more = false;
  group.added();
  assert.equal(await settlesAtOnce(gathered), true, 'the last addition lets it go');
});
