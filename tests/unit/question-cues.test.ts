import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { expectedAnswer, holdsExpected } from '../../electron/app/chat/question-cues';

describe('question cues', () => {
  test('a number the question already holds is not a new one, even with the full stop that ends the sentence', () => {
    const question = 'How many astronauts flew on Apollo 11?';
    assert.equal(expectedAnswer(question), 'number');
    // Only repeats the question's "11": it does not say how many.
    assert.equal(holdsExpected('Crowds in Florida cheered the astronauts who flew on Apollo 11.', question, 'number'), 0);
    assert.equal(holdsExpected('Reporters followed Apollo 11, then the astronauts flew.', question, 'number'), 0);
    assert.equal(holdsExpected('Three astronauts flew on the spacecraft.', question, 'number'), 1);
    assert.equal(holdsExpected('The crew numbered 3.', question, 'number'), 1);
  });

  test('a "when" question is not answered by a sentence that repeats its number', () => {
    const question = 'When was Apollo 11 launched?';
    assert.equal(expectedAnswer(question), 'time');
    assert.equal(holdsExpected('Crowds in Florida cheered as the rocket launched Apollo 11.', question, 'time'), 0);
    assert.equal(holdsExpected('The mission lifted off on 16 July 1969.', question, 'time'), 1);
    assert.equal(holdsExpected('It lifted off 4.5 hours after sunrise.', question, 'time'), 0.75);
  });
});
