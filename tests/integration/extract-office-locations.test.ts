// describeLocation: the words a citation shows for a span of extracted text, by kind of document.
// (Pure logic; it sits with the office extraction tests because those produce its labels and rows.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeLocation, type LocatableDocument } from '../../electron/app/documents/location';

const sheets: LocatableDocument = {
  kind: 'xlsx',
  pages: [
    { page: 1, label: 'sheet Q3', rows: [{ row: 2, start: 0 }, { row: 5, start: 40 }, { row: 9, start: 80 }] },
    { page: 2, label: 'sheet Q4', rows: [{ row: 1, start: 0 }, { row: 3, start: 30 }] },
  ],
};

test('PDF pages are "p. N", a span over two "pp. N–M"; single-page formats have no location', () => {
  const pdf: LocatableDocument = { kind: 'pdf', pages: [{ page: 7 }, { page: 8 }] };
  assert.equal(describeLocation(pdf, 7, 10, 50), 'p. 7');
  assert.equal(describeLocation(pdf, 7, 10, 50, 8), 'pp. 7–8');
  assert.equal(describeLocation({ kind: 'docx', pages: [{ page: 1 }] }, 1, 0, 100), '');
});

test('labelled pages use their label: slides and chapters', () => {
  assert.equal(describeLocation({ kind: 'pptx', pages: [{ page: 4, label: 'slide 4' }] }, 4, 0, 10), 'slide 4');
  const book: LocatableDocument = { kind: 'epub', pages: [{ page: 3, label: 'chapter 3: Title' }, { page: 4, label: 'chapter 4: Next' }] };
  assert.equal(describeLocation(book, 3, 5, 9), 'chapter 3: Title');
  assert.equal(describeLocation(book, 3, 5, 9, 4), 'chapter 3: Title – chapter 4: Next');
});

test('sheet rows: the row a span starts in through the last row starting before its end', () => {
  assert.equal(describeLocation(sheets, 1, 0, 10), 'sheet Q3, row 2');
  assert.equal(describeLocation(sheets, 1, 45, 81), 'sheet Q3, rows 5–9');
  // Ending exactly where row 9 starts does not include row 9.
  assert.equal(describeLocation(sheets, 1, 0, 80), 'sheet Q3, rows 2–5');
  assert.equal(describeLocation(sheets, 1, 85, 90, 2), 'sheet Q3, row 9 – sheet Q4, rows 1–3');
});
