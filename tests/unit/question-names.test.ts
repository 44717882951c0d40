import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namePhrases, namePhrasesFound } from '../../electron/app/chat/question-names';

test('the names a question asks about are its runs of capitalised words, its first word aside', () => {
  assert.equal(namePhrases('When did the Tower Theatre re-open?').length, 1);
  assert.equal(namePhrases('What did the Bank of England print in 1694?').length, 1, 'small words inside a name keep it whole');
  assert.deepEqual(namePhrases('Where is Paris?'), [], 'a one-word name is no phrase');
  assert.deepEqual(namePhrases('Which river flows past the city?'), [], 'the first word is capitalised by grammar, not a name');
});

test('a name counts as found only where a passage writes it as such', () => {
  const q = 'When did the Tower Theatre re-open?';
  assert.equal(namePhrasesFound(q, ['The old tower stands by the river.', 'The theatre opened in 1920.']), 0, 'its words apart are not the name');
  assert.equal(namePhrasesFound(q, ['The Tower Theatre re-opened in 1978.']), 1);
  assert.equal(namePhrasesFound('What did the Bank of England print?', ['the bank of england printed notes']), 1, 'case and small words aside');
  assert.equal(namePhrasesFound('Where is the river?', ['nothing']), 1, 'a question naming nothing loses nothing');
});
