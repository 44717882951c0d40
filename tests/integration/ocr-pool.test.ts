// OCR through the extraction pool: a scanned PDF is read in a pool worker (tesseract.js starting its own
// worker thread inside it), its chunks cite the right pages, and the pool's time budget grows per OCR'd page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractPool } from '../../electron/app/documents/extract-pool';
import { corpus, corporaSkip } from '../helpers/paths';

test('a scanned certificate is searchable by page through the pool', { skip: corporaSkip }, async () => {
  // A 20-second file budget: OCR'd pages have their own budgets on top of it, so a scan that takes longer still
  // finishes. (5 s was too little for starting a worker and pdf.js alone on a loaded 2-core machine.)
  const pool = createExtractPool({ maxThreads: 1, timeoutMs: 20_000 });
  try {
    const progress: string[] = [];
    const { doc, chunks } = await pool.extract(corpus('pdf/scanned/issue7229.pdf'), {
      // 150 dpi is enough for the English headings and keeps this test quick.
      // A page's own OCR budget (60 s by default, tesseract's start included) is raised: a busy machine is not what this tests.
      ocr: { enabled: true, languages: ['eng'], dpi: 150, pageTimeoutMs: 300_000 },
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    assert.deepEqual(progress, ['1/2', '2/2']);
    assert.equal(doc.pageCount, 2);
    assert.ok(doc.pages.every((p) => p.ocr), 'both pages were read by OCR');
    // English words seen on the page images: the title on page 1, the verdict and signature on page 2.
    const chunkPages = (word: RegExp) => [...new Set(chunks.filter((c) => word.test(c.text)).map((c) => c.page))];
    assert.deepEqual(chunkPages(/Certificate of periodic technical inspection/i), [1]);
    assert.deepEqual(chunkPages(/roadworthiness/i), [2]);
    assert.deepEqual(chunkPages(/Signature/i), [2]);
    for (const page of doc.pages) {
      for (const w of page.ocr!.words) assert.equal(page.text.slice(w.start, w.end), w.text);
    }
  } finally {
    await pool.destroy();
  }
});
