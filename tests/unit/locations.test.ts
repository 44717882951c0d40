// Locations as data, worded by one set of rules: the window's words in each language (its catalogs) and the English
// of the CLI and the exported chat agree, for every kind of location; citations stored as English words by an older
// version are read back as data.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CitationLocation } from '../../shared/model';
import { ChatMessageSchema } from '../../shared/model';
import { parseLegacyLocation } from '../../shared/legacy-location';
import { citationLabelEnglish, wordLocation } from '../../shared/location';
import { citationLabel, citationWhere } from '../../renderer/src/lib/location-words';
import { translatorFor } from '../../renderer/src/i18n/translator';
import { LOCALES } from '../../renderer/src/i18n/locales';

const CASES: [CitationLocation, string][] = [
  [{ kind: 'page', first: 7, last: 7 }, 'p. 7'],
  [{ kind: 'page', first: 7, last: 8 }, 'pp. 7–8'],
  [{ kind: 'page', first: 10, last: 10, label: '7' }, 'p. 7 (PDF page 10)'],
  [{ kind: 'page', first: 10, last: 11, label: '7', lastLabel: '8' }, 'pp. 7–8 (PDF pages 10–11)'],
  [{ kind: 'page', first: 3, last: 3, label: 'iii' }, 'p. iii (PDF page 3)'],
  [{ kind: 'slide', first: 2, last: 2 }, 'slide 2'],
  [{ kind: 'slide', first: 2, last: 3 }, 'slides 2–3'],
  [{ kind: 'sheet', first: 1, last: 1, label: 'Q3', rows: { first: 12, last: 18 } }, 'sheet Q3, rows 12–18'],
  [{ kind: 'sheet', first: 1, last: 1, label: 'Q3', rows: { first: 12, last: 12 } }, 'sheet Q3, row 12'],
  [{ kind: 'sheet', first: 1, last: 2, label: 'Q3', lastLabel: 'Q4', rows: { first: 9, last: 3 } }, 'sheet Q3, row 9 – sheet Q4, row 3'],
  [{ kind: 'sheet', first: 1, last: 1, rows: { first: 2, last: 4 } }, 'rows 2–4'],
  [{ kind: 'chapter', first: 3, last: 3, label: 'The Middle' }, 'chapter 3: The Middle'],
  [{ kind: 'chapter', first: 3, last: 4, label: 'A', lastLabel: 'B' }, 'chapter 3: A – chapter 4: B'],
  [{ kind: 'section', first: 2, last: 2, label: 'Install', lines: { first: 120, last: 135 } }, '§ Install, lines 120–135'],
  [{ kind: 'section', first: 1, last: 1, lines: { first: 4, last: 4 } }, 'line 4'],
  [{ kind: 'section', first: 1, last: 2, label: 'A', lastLabel: 'B', lines: { first: 4, last: 90 } }, '§ A – § B, lines 4–90'],
  [{ kind: 'section', first: 1, last: 1 }, ''],
];

describe('one set of rules, two sides', () => {
  test('the CLI’s English', () => {
    for (const [location, words] of CASES) assert.equal(wordLocation(location), words);
  });

  test('the window in English says exactly what the CLI and the exported chat say', () => {
    const en = translatorFor('en');
    for (const [location] of CASES) {
      const citation = { fileName: 'f.pdf', page: location.first, pageEnd: location.last, location };
      assert.equal(citationWhere(citation, en), wordLocation(location));
      assert.equal(citationLabel(citation, en), citationLabelEnglish(citation));
    }
  });

  test('every language words every case, in its own words', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const tr = translatorFor(locale);
      for (const [location, english] of CASES) {
        const words = citationWhere({ page: location.first, pageEnd: location.last, location }, tr);
        if (!english) {
          assert.equal(words, '');
          continue;
        }
        assert.notEqual(words, english, `${locale}: ${english}`);
        // Pages, slides and chapters say their number; a sheet its name and rows, a text its heading and lines.
        const unit = location.kind === 'page' || location.kind === 'slide' || location.kind === 'chapter' ? location.first : undefined;
        for (const n of [unit, location.rows?.first, location.lines?.last, location.label].filter((x) => x !== undefined)) {
          assert.ok(words.includes(String(n)), `${locale}: ${words} lacks ${n}`);
        }
      }
    }
    assert.equal(citationWhere({ page: 10, pageEnd: 10, location: CASES[2][0] }, translatorFor('fr')), 'p.\u00a07 (page 10 du PDF)');
    assert.equal(citationWhere({ page: 2, pageEnd: 2, location: CASES[5][0] }, translatorFor('de')), 'Folie 2');
  });

  test('a citation saved without a location says its pages; page 0 says nothing', () => {
    assert.equal(citationLabelEnglish({ fileName: 'a.pdf', page: 3, pageEnd: 4 }), 'a.pdf, pp. 3–4');
    assert.equal(citationLabelEnglish({ fileName: 'a.txt', page: 0, pageEnd: 0 }), 'a.txt');
  });
});

describe('citations saved as English words are read back as data', () => {
  test('each form Docent used to write', () => {
    assert.deepEqual(parseLegacyLocation('slide 4', 4, 4), { kind: 'slide', first: 4, last: 4 });
    assert.deepEqual(parseLegacyLocation('sheet Q3, rows 12–18', 2, 2), { kind: 'sheet', first: 2, last: 2, label: 'Q3', rows: { first: 12, last: 18 } });
    assert.deepEqual(parseLegacyLocation('sheet Q3, row 9 – sheet Q4, rows 1–3', 1, 2), { kind: 'sheet', first: 1, last: 2, label: 'Q3', lastLabel: 'Q4', rows: { first: 9, last: 3 } });
    assert.deepEqual(parseLegacyLocation('chapter 3: The Middle', 3, 3), { kind: 'chapter', first: 3, last: 3, label: 'The Middle' });
    assert.deepEqual(parseLegacyLocation('chapter 3: A – chapter 4: B', 3, 4), { kind: 'chapter', first: 3, last: 4, label: 'A', lastLabel: 'B' });
    assert.deepEqual(parseLegacyLocation('pp. 7–8', 7, 8), { kind: 'page', first: 7, last: 8 });
    assert.equal(parseLegacyLocation('somewhere else', 1, 1), undefined);
  });

  test('a stored chat message with old words parses into data; unknown words are dropped, the pages stand', () => {
    const base = { sid: 'base', fileId: '0123456789abcdef', fileName: 'deck.pptx', start: 0, end: 5, text: 'hello', n: 1 };
    const message = ChatMessageSchema.parse({
      id: 'm1',
      role: 'assistant',
      text: 'x [1] [2]',
      createdAt: '2026-01-01T00:00:00Z',
      citations: [
        { ...base, page: 2, pageEnd: 2, location: 'slide 2' },
        { ...base, n: 2, page: 5, pageEnd: 5, location: 'nowhere known' },
      ],
    });
    assert.deepEqual(message.citations[0].location, { kind: 'slide', first: 2, last: 2 });
    assert.equal(message.citations[1].location, undefined);
    assert.equal(citationLabelEnglish(message.citations[1]), 'deck.pptx, p. 5');
  });
});
