import { test } from 'node:test';
import assert from 'node:assert/strict';
import { saidOnlyAsQuality, wordsAskedAsThing } from '../../electron/app/chat/word-senses';

/** The question's words asked as a thing that the sentence says only as a quality. */
const otherSense = (sentence: string, question: string) => wordsAskedAsThing(question).filter((word) => saidOnlyAsQuality(sentence, word));

test('a word asked as a thing ("the fine") is not said by a sentence using it only as a quality ("is fine")', () => {
  assert.deepEqual(otherSense('The bath is fine to use.', 'How much is the fine?'), ['fine']);
  assert.deepEqual(otherSense('The price seems fair.', 'When is the fair?'), ['fair']);
  // The same sense either side, or the thing said too, keeps the word.
  assert.deepEqual(otherSense('You will get a £60 fine if you park here.', 'How much is the fine?'), []);
  assert.deepEqual(otherSense('The fine is £100, and it is fine to pay online.', 'How much is the parking fine?'), []);
  assert.deepEqual(otherSense('That is fine by me.', 'Is it fine to pay later?'), []);
  assert.deepEqual(otherSense('The print is fine.', 'What does the fine print say?'), [], '"fine" before a noun is a quality');
});
