// What the Pinecone store remembers of its own recent writes, so a delete covers ids Pinecone does not list yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecentWrites } from '../../electron/app/vectors/pinecone-recent-writes';
import { filePrefix, sessionPrefix } from '../../shared/ids';

const SID_A = 'A'.repeat(22);
const SID_B = 'B'.repeat(22);
const FILE_1 = '0123456789abcdef';
const FILE_2 = 'fedcba9876543210';

test('ids written lately are found by file and by session, dropped once deleted, and forgotten after ten minutes', () => {
  let now = 1_000_000;
  const recent = new RecentWrites(() => now);
  recent.note([0, 1, 2].map((chunk) => ({ sid: SID_A, fileId: FILE_1, chunk })));
  recent.note([{ sid: SID_A, fileId: FILE_2, chunk: 0 }, { sid: SID_B, fileId: FILE_1, chunk: 5 }]);

  assert.deepEqual(recent.idsUnder(filePrefix(SID_A, FILE_1)), [`${SID_A}#${FILE_1}#0`, `${SID_A}#${FILE_1}#1`, `${SID_A}#${FILE_1}#2`]);
  assert.deepEqual(recent.idsUnder(sessionPrefix(SID_A)).length, 4);
  assert.deepEqual(recent.idsUnder(sessionPrefix(SID_B)), [`${SID_B}#${FILE_1}#5`], 'another session is apart');
  assert.deepEqual(recent.idsUnder(filePrefix(SID_B, FILE_2)), []);

  recent.drop(filePrefix(SID_A, FILE_1));
  assert.deepEqual(recent.idsUnder(sessionPrefix(SID_A)), [`${SID_A}#${FILE_2}#0`]);
  recent.drop(sessionPrefix(SID_A));
  assert.deepEqual(recent.idsUnder(sessionPrefix(SID_A)), []);

  now += 10 * 60_000 + 2000;
  assert.deepEqual(recent.idsUnder(sessionPrefix(SID_B)), [], 'listing is trusted again after the freshness window');
});
