import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseWords, withoutClauseNumber } from '../../electron/app/chat/clause-numbers';
import { holdsExpected } from '../../electron/app/chat/question-cues';

test("a clause's number is where it stands, not a figure it gives: it answers no \"how many\" nor \"when\"", () => {
  const clause = '1.3 The rent will not be increased during the fixed term.';
  assert.equal(withoutClauseNumber(clause), 'The rent will not be increased during the fixed term.');
  // Read with its number, the clause gave one; without it, it gives none, only a vague "not" at most.
  assert.equal(holdsExpected(clause, 'How many times can the rent go up?', 'number'), 1);
  assert.ok(holdsExpected(withoutClauseNumber(clause), 'How many times can the rent go up?', 'number') < 0.5);
  assert.ok(holdsExpected(withoutClauseNumber('12. Tenants must return the keys.'), 'How many keys are there?', 'number') < 0.5);
  // A figure the sentence gives stays: a decimal before its unit, a count, a figure after the number.
  for (const sentence of ['2.5 GHz quad-core processor.', '3 eggs, beaten.', '5.3 Return all keys (two front door keys).']) {
    assert.equal(holdsExpected(withoutClauseNumber(sentence), 'How many are there?', 'number'), 1, sentence);
  }
});

test('the word naming a clause by its number is not a word to find in it', () => {
  assert.deepEqual(clauseWords('What does clause 4.2 say?'), ['clause']);
  assert.deepEqual(clauseWords('Is section 5 about pets? And para. 2.1?'), ['section', 'para']);
  assert.deepEqual(clauseWords('When does term 2 start?'), []);
  assert.deepEqual(clauseWords('Which clauses mention pets?'), []);
});
