import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acronymsSpelledOut, namesWithAcronyms, spelledInLowerCase, writtenAcronyms } from '../../electron/app/chat/acronyms';

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

test('an acronym of three letters or more is found spelled out in lower case, in content words written together', () => {
  const agm = new Set(['agm']);
  assert.deepEqual([...spelledInLowerCase('The annual general meeting is planned for April.', agm)], ['agm']);
  assert.deepEqual([...spelledInLowerCase('An annual, general meeting.', agm)], [], 'a comma ends a run');
  assert.deepEqual([...spelledInLowerCase('Are going to meet at the mall.', new Set(['agm']))], [], 'small words spell nothing');
  assert.deepEqual([...spelledInLowerCase('the ice age', new Set(['ia']))], [], 'two initials match too much by chance');
  assert.deepEqual([...acronymsSpelledOut('Von Miller was named Most Valuable Player.', new Set(['mvp']))], ['mvp'], 'capitalised names too');
});

test('a word of a name that is an acronym gives all its letters: "HM Revenue and Customs" is HMRC', () => {
  const hmrc = new Set(['hmrc']);
  assert.deepEqual([...acronymsSpelledOut('Letter from HM Revenue and Customs about your tax.', hmrc)], ['hmrc']);
  assert.deepEqual([...acronymsSpelledOut('The NHS Blood and Transplant service', new Set(['nhsbt']))], ['nhsbt']);
  // …and its initial still: "HRC".
  assert.deepEqual([...acronymsSpelledOut('Letter from HM Revenue and Customs about your tax.', new Set(['hrc']))], ['hrc']);
  assert.deepEqual([...acronymsSpelledOut('Letter from the Revenue about your tax.', hmrc)], []);
});
