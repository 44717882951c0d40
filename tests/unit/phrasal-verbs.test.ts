import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phrasalMeanings } from '../../electron/app/chat/phrasal-verbs';

test('a search for a phrasal verb looks up its one word too: "money back" is a "refund"', () => {
  assert.deepEqual(phrasalMeanings('Will I get my money back?'), ['refund']);
  assert.deepEqual(phrasalMeanings('When do the children go back to school?'), ['return']);
  assert.deepEqual(phrasalMeanings('Can I send the router back?'), ['return']);
  assert.deepEqual(phrasalMeanings('When is the DVD due back?'), ['return']);
  // Pairs read as made-up words, which no document writes, and questions without a pair add nothing.
  assert.deepEqual(phrasalMeanings('What time can we check in?'), []);
  assert.deepEqual(phrasalMeanings('How much money is left?'), []);
  // "Left" after "be" is the verb "leave", not what remains or the side.
  assert.deepEqual(phrasalMeanings('Can bags be left at the start?'), ['leave']);
  assert.deepEqual(phrasalMeanings('Turn left at the gate.'), []);
});

test('"run out" is expiring, but "run out of" something is using it up', () => {
  assert.deepEqual(phrasalMeanings('When does my MOT run out?'), ['expire']);
  assert.deepEqual(phrasalMeanings('What happens if I run out of data?'), []);
});

test('a pair written as one word is looked up as the pair too: "checkout" as "check out", "pickup" as "collect"', () => {
  assert.deepEqual(phrasalMeanings('When is checkout?'), ['check out']);
  assert.deepEqual(phrasalMeanings('Where is the pickup point?'), ['pick up', 'collect']);
  assert.deepEqual(phrasalMeanings('Where is the checkpoint?'), []);
});

test('"put off" is postponing, with its object between or after', () => {
  assert.deepEqual(phrasalMeanings('Can I put off jury service?'), ['postpone']);
  assert.deepEqual(phrasalMeanings('Can I put my appointment off?'), ['postpone']);
  assert.deepEqual(phrasalMeanings('Put the lid on and put it in the oven.'), []);
});

test('what is "left to pay" is the balance', () => {
  assert.deepEqual(phrasalMeanings('How much is left to pay for the party?'), ['balance']);
  assert.deepEqual(phrasalMeanings('How much is remaining to pay?'), ['balance']);
  assert.deepEqual(phrasalMeanings('Which way do I turn, left or right?'), []);
});

test('leaving where one stays is looked up as checking out; turning left at it is not', () => {
  assert.deepEqual(phrasalMeanings('What time do we have to leave the hotel?'), ['check out']);
  assert.deepEqual(phrasalMeanings('When must we leave our cottage?'), ['check out']);
  assert.deepEqual(phrasalMeanings('Turn left at the hotel.'), []);
});

test('what a letter hears from you is your reply', () => {
  assert.deepEqual(phrasalMeanings('If we do not hear from you by 30 June, your claim will be closed.'), ['reply']);
  assert.deepEqual(phrasalMeanings('We heard the band from the garden.'), []);
});

test('leaving by a time is checking out; leaving by the back door is not', () => {
  assert.deepEqual(phrasalMeanings('Please leave by 10am on your day of departure.'), ['check out']);
  assert.deepEqual(phrasalMeanings('Please leave by the back door.'), []);
});
