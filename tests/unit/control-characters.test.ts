import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { withoutControlCharacters } from '../../electron/app/documents/extract';
import { unmappedFont } from '../../electron/app/documents/extractors/pdf';

describe('control characters in extracted text', () => {
  test('become spaces one for one, so offsets into the text hold, and line breaks and tabs stay', () => {
    const text = 'Replicating\u0002TAM\u0002and\u0002testing\n\tits \u0015\u000f\u0017limits\u007f.';
    const doc = withoutControlCharacters({ kind: 'pdf', mime: 'application/pdf', pageCount: 1, pages: [{ page: 1, text }] });
    const cleaned = doc.pages[0].text;
    assert.equal(cleaned, 'Replicating TAM and testing\n\tits    limits .');
    assert.equal(cleaned.length, text.length);
  });

  test('a PDF page of glyph codes (more control characters than letters) is one to read by OCR; a page of text is not', () => {
    assert.equal(unmappedFont('\u0015\u000f\u0017\b\u000e\u001e\u0010 \u001e\u0005\u0004\u0019J\b\u0015\u000f\u0017\b9) Abstract'), true);
    assert.equal(unmappedFont('Overview of the Technology Acceptance Model\n\nUser acceptance of technology has been studied.'), false);
    // A stray control character in a page of text does not send it to OCR.
    assert.equal(unmappedFont('User acceptance\u0002of technology has been an important field of study.'), false);
  });
});
