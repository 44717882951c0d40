// OCR speed on this machine: seconds per scanned page, from render to words, for the two image-only
// scans of the corpora at the default 200 dpi (and the dense certificate at 150 dpi), plus the share
// of that spent rendering. One tesseract worker per file, as extraction runs it.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { extractDocument } from '../electron/app/documents/extract';

const SCANS: { key: string; file: string; dpi: number }[] = [
  { key: 'medical report (3 p, 200 dpi)', file: 'pdf/markitdown/MEDRPT-2024-PAT-3847_medical_report_scan.pdf', dpi: 200 },
  { key: 'certificate (2 p, 200 dpi)', file: 'pdf/scanned/issue7229.pdf', dpi: 200 },
  { key: 'certificate (2 p, 150 dpi)', file: 'pdf/scanned/issue7229.pdf', dpi: 150 },
];

export async function benchOcr(corporaDir: string): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const scan of SCANS) {
    const file = path.join(corporaDir, scan.file);
    const started = performance.now();
    const doc = await extractDocument(file, { ocr: { enabled: true, languages: ['eng'], dpi: scan.dpi } });
    const seconds = (performance.now() - started) / 1000;
    figures[`${scan.key}: s/page`] = round(seconds / doc.pageCount);
    figures[`${scan.key}: words/page`] = Math.round(doc.pages.reduce((n, p) => n + (p.ocr?.words.length ?? 0), 0) / doc.pageCount);
  }
  figures['render only (200 dpi): s/page'] = round(await renderSecondsPerPage(path.join(corporaDir, SCANS[0].file), 200));
  return figures;
}

async function renderSecondsPerPage(file: string, dpi: number): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { renderPdfPageToPng } = await import('../electron/app/documents/ocr/render-pdf-page');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(file)), isEvalSupported: false }).promise;
  try {
    const started = performance.now();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await renderPdfPageToPng(page as never, dpi);
      page.cleanup();
    }
    return (performance.now() - started) / 1000 / doc.numPages;
  } finally {
    await doc.destroy();
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
