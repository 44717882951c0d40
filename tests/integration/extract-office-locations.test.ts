// locate(): the structured location a citation carries for a span of extracted text, by kind of document, and its
// English words (shared/location.ts), which the CLI and the exported chat print.
// (Pure logic; it sits with the office extraction tests because those produce its labels and rows.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeLocation, locate, type LocatableDocument } from '../../electron/app/documents/location';

const sheets: LocatableDocument = {
  kind: 'xlsx',
  pages: [
    { page: 1, label: 'Q3', rows: [{ row: 2, start: 0 }, { row: 5, start: 40 }, { row: 9, start: 80 }] },
    { page: 2, label: 'Q4', rows: [{ row: 1, start: 0 }, { row: 3, start: 30 }] },
  ],
};

test('PDF pages are "p. N", a span over two "pp. N–M"; printed page labels come first, with the PDF page beside them', () => {
  const pdf: LocatableDocument = { kind: 'pdf', pages: [{ page: 7 }, { page: 8 }] };
  assert.deepEqual(locate(pdf, 7, 10, 50), { kind: 'page', first: 7, last: 7 });
  assert.equal(describeLocation(pdf, 7, 10, 50), 'p. 7');
  assert.equal(describeLocation(pdf, 7, 10, 50, 8), 'pp. 7–8');
  const printed: LocatableDocument = { kind: 'pdf', pages: [{ page: 1, label: 'i' }, { page: 10, label: '7' }, { page: 11, label: '8' }] };
  assert.deepEqual(locate(printed, 10, 0, 5), { kind: 'page', first: 10, last: 10, label: '7' });
  assert.equal(describeLocation(printed, 10, 0, 5), 'p. 7 (PDF page 10)');
  assert.equal(describeLocation(printed, 10, 0, 5, 11), 'pp. 7–8 (PDF pages 10–11)');
  assert.equal(describeLocation(printed, 1, 0, 5), 'p. i (PDF page 1)');
});

test('slides and chapters', () => {
  assert.deepEqual(locate({ kind: 'pptx', pages: [{ page: 4 }] }, 4, 0, 10), { kind: 'slide', first: 4, last: 4 });
  assert.equal(describeLocation({ kind: 'pptx', pages: [{ page: 4 }] }, 4, 0, 10), 'slide 4');
  const book: LocatableDocument = { kind: 'epub', pages: [{ page: 3, label: 'Title' }, { page: 4, label: 'Next' }, { page: 5 }] };
  assert.equal(describeLocation(book, 3, 5, 9), 'chapter 3: Title');
  assert.equal(describeLocation(book, 3, 5, 9, 4), 'chapter 3: Title – chapter 4: Next');
  assert.equal(describeLocation(book, 5, 0, 3), 'chapter 5');
});

test('sheet rows: the row a span starts in through the last row starting before its end', () => {
  assert.equal(describeLocation(sheets, 1, 0, 10), 'sheet Q3, row 2');
  assert.equal(describeLocation(sheets, 1, 45, 81), 'sheet Q3, rows 5–9');
  // Ending exactly where row 9 starts does not include row 9.
  assert.equal(describeLocation(sheets, 1, 0, 80), 'sheet Q3, rows 2–5');
  assert.equal(describeLocation(sheets, 1, 85, 90, 2), 'sheet Q3, row 9 – sheet Q4, row 3');
  assert.deepEqual(locate(sheets, 1, 45, 81), { kind: 'sheet', first: 1, last: 1, label: 'Q3', rows: { first: 5, last: 9 } });
});

test('text: the section heading and the lines, counted in the whole document', () => {
  const text = 'Title\n\nFirst paragraph.\nSecond line.\n';
  const single: LocatableDocument = { kind: 'text', pages: [{ page: 1, text }] };
  const second = text.indexOf('Second');
  assert.deepEqual(locate(single, 1, second, second + 6), { kind: 'section', first: 1, last: 1, lines: { first: 4, last: 4 } });
  assert.equal(describeLocation(single, 1, 0, text.indexOf('Second') + 6), 'lines 1–4');
  const sections: LocatableDocument = {
    kind: 'markdown',
    pages: [
      { page: 1, text: '# Intro\nHello.', section: { heading: 'Intro', firstLine: 1 } },
      { page: 2, text: '## Install\nRun it.\nThen wait.', section: { heading: 'Install', firstLine: 120 } },
    ],
  };
  assert.equal(describeLocation(sections, 2, 11, 28), '§ Install, lines 121–122');
  assert.equal(describeLocation(sections, 2, 0, 5), '§ Install, line 120');
  assert.equal(describeLocation(sections, 1, 8, 9, 2), '§ Intro – § Install, lines 2–120');
  // A later page whose first line is not known says its heading only.
  assert.equal(describeLocation({ kind: 'html', pages: [{ page: 1, text: 'a' }, { page: 2, text: 'b', section: { heading: 'B' } as never }] }, 2, 0, 1), '§ B');
});

test('a single image is its own location', () => {
  assert.equal(locate({ kind: 'image', pages: [{ page: 1 }] }, 1, 0, 4), undefined);
});
