import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesWithAcronyms, writtenAcronyms } from '../../electron/app/chat/acronyms';

test('a run of capitalised words yields the acronyms of its stretches, small words left out of the initials', () => {
  const acronyms = namesWithAcronyms('He chaired the American Football Conference and the Bank of England.').map((e) => e.acronym);
  assert.ok(acronyms.includes('afc'), acronyms.join());
  assert.ok(acronyms.includes('be'), 'Bank of England → BE');
  const mvp = namesWithAcronyms('Von Miller was named Super Bowl Most Valuable Player.').find((e) => e.acronym === 'mvp');
  assert.ok(mvp?.stems.includes('player'), 'MVP stands for the words it is made of');
  assert.deepEqual(namesWithAcronyms('a sentence with no names at all'), []);
});

test('written acronyms are found with or without a plural s, and single capitals or long words are not acronyms', () => {
  assert.deepEqual([...writtenAcronyms('The NFL and two NGOs met; I saw A DOCUMENTARY.')].sort(), ['nfl', 'ngo']);
});
