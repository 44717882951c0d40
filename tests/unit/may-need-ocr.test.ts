// Files sent to the extraction worker without a progress port must be ones OCR can never touch: anything that sniffs
// as a PDF or an image goes the long way, with per-page budgets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayNeedOcr } from '../../electron/app/documents/may-need-ocr';
import { sniffDocument } from '../../electron/app/documents/sniff';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

test('PDFs and images, as sniffing tells them, may need OCR; notes, Markdown, CSV and HTML do not', () => {
  const pdfs = [
    bytes('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
    bytes('junk before the header %PDF-1.4\n'),
    // A PDF whose header was cut off: an object at its start is enough for sniffing.
    bytes('1 0 obj\n<< /Type /Page >>\nendobj\nxref\n'),
  ];
  const images = [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest'), bytes([0xff, 0xd8, 0xff, 0xe0]), bytes([0x49, 0x49, 0x2a, 0x00]), bytes([0x4d, 0x4d, 0x00, 0x2a])];
  for (const file of pdfs) assert.equal(sniffDocument(file, 'scan.pdf').kind, 'pdf');
  for (const file of images) assert.equal(sniffDocument(file, 'scan.png').kind, 'image');
  for (const file of [...pdfs, ...images]) assert.equal(mayNeedOcr(file), true);

  const texts = [
    bytes('Minutes of the garden club.\n\nThe compost heap moves to the north corner.\n'),
    bytes('# Notes\n\n- one\n- two\n'),
    bytes('name,amount\nrent,900\n'),
    bytes('<!doctype html><title>Notes</title><p>Hello</p>'),
  ];
  for (const file of texts) assert.equal(mayNeedOcr(file), false);
});
