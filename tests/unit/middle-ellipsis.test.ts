// Where a long name is cut for the window's middle ellipsis: the end (extension and a little before it) is kept whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tailOfName } from '../../renderer/src/lib/middle-ellipsis';

test('a short name is not cut', () => {
  assert.deepEqual(tailOfName('notes.md'), ['notes.md', '']);
});

test('a long name keeps its extension and the characters before it, starting on a word', () => {
  const name = 'Quarterly report of the regional planning committee 2024-Q4 final.pdf';
  const [head, tail] = tailOfName(name);
  assert.equal(head + tail, name);
  assert.ok(tail.endsWith('final.pdf'));
  assert.ok(!/^\s/.test(tail), `the tail starts on a word: "${tail}"`);
  assert.ok(tail.length >= 9 && tail.length <= 16);
});

test('an emoji at the cut is never split into halves', () => {
  const name = `${'a'.repeat(20)}😀😀😀😀😀😀😀😀😀😀😀.txt`;
  const [head, tail] = tailOfName(name);
  assert.equal(head + tail, name);
  assert.ok(!/[\uD800-\uDBFF]$/.test(head), 'the head does not end in half a surrogate pair');
});
