import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutMessageStamp } from '../../electron/app/chat/messaging-export';
import { splitSentences } from '../../electron/app/chat/sentences';
import { readableText } from '../../electron/app/chat/readable-text';

test("a messaging app's export: a message keeps its sender and loses its date and time stamp, as either app writes it", () => {
  assert.equal(withoutMessageStamp('[14/05/2027, 19:08] Jess: I\'ll make the cake.'), "Jess: I'll make the cake.");
  assert.equal(withoutMessageStamp('14/05/2027, 19:08 - Jess: I\'ll make the cake.'), "Jess: I'll make the cake.");
  assert.equal(withoutMessageStamp('[5/14/27, 7:08:12 PM] Jess Moore: On my way'), 'Jess Moore: On my way');
  // A line that only opens with a date is no message.
  assert.equal(withoutMessageStamp('14/05/2027, 19:08 the pub was booked.'), '14/05/2027, 19:08 the pub was booked.');
  assert.equal(readableText('[15/05/2027, 08:45] Mum: Smart casual.'), 'Mum: Smart casual.');
});

test("each message of a messaging app's export starts a sentence, whatever the one before ended on", () => {
  const chat = "[15/05/2027, 08:43] Ben: Sent, what's the dress code\n[15/05/2027, 08:45] Mum: Smart casual\n[15/05/2027, 08:46] Mum: and there's parking behind the pub.";
  assert.deepEqual(
    splitSentences(chat).map((s) => s.text),
    ["[15/05/2027, 08:43] Ben: Sent, what's the dress code", '[15/05/2027, 08:45] Mum: Smart casual', "[15/05/2027, 08:46] Mum: and there's parking behind the pub."],
  );
});

test('a short message is one span, however many sentences it has; a long one splits as prose', () => {
  const chat = "[14/05/2027, 19:08] Jess: I'll make the cake. Lemon drizzle, his favourite!\n[14/05/2027, 19:09] Ben: Great.";
  assert.deepEqual(
    splitSentences(chat).map((s) => s.text),
    ["[14/05/2027, 19:08] Jess: I'll make the cake. Lemon drizzle, his favourite!", '[14/05/2027, 19:09] Ben: Great.'],
  );
  const letter = `[14/05/2027, 19:10] Mum: ${'We went to the coast today and it rained all afternoon. '.repeat(6)}`.trim();
  assert.ok(splitSentences(letter).length >= 6, 'a long message splits');
});
