import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingAsksTest } from '../../electron/app/chat/question-headings';

test('a heading that is the question put as a title asks what the question asks', () => {
  const long = headingAsksTest('How long will the appointment take?')!;
  assert.equal(long('How long it will take'), true);
  assert.equal(long('How to find us'), false, 'another question word');
  assert.equal(long('How long the parking lasts'), false, 'a word the question does not say');
  assert.equal(long('How long it will take.'), false, 'a sentence, not a heading');
  assert.equal(headingAsksTest('What should I bring?')!('What to bring'), true);
  assert.equal(headingAsksTest('Where can I park?')!('Where to park'), true);
  // A heading saying only whom the question is about does not ask it.
  assert.equal(headingAsksTest('What does Isaac need to work on?')!('What Isaac can do'), false);
  assert.equal(headingAsksTest('What does Isaac need to work on?')!('What to work on'), true);
  assert.equal(headingAsksTest('Where can I park?')!('What to bring'), false);
  assert.equal(headingAsksTest('Tell me about parking'), undefined);
});
