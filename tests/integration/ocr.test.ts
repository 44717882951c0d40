// OCR: scanned PDF pages and images become text with word boxes, read page by page by tesseract.js from
// locally installed worker, engine and language data.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractDocument } from '../../electron/app/documents/extract';
import { ExtractError, type ExtractedDocument, type ExtractedPage } from '../../electron/app/documents/types';
import { tesseractWorkerOptions } from '../../electron/app/documents/ocr/ocr-engine';
import { prepareLanguageData } from '../../electron/app/documents/ocr/language-data';
import { corpus, corporaSkip, repoRoot, tempDataDir } from '../helpers/paths';
import { drawText } from '../fixtures/draw-text';

const MEDICAL = 'pdf/markitdown/MEDRPT-2024-PAT-3847_medical_report_scan.pdf';

async function extractError(file: string, options: Parameters<typeof extractDocument>[1] = {}): Promise<ExtractError> {
  try {
    await extractDocument(file, options);
  } catch (err) {
    assert.ok(err instanceof ExtractError, `expected an ExtractError, got ${err}`);
    return err;
  }
  assert.fail(`${file} should not extract`);
}

/** Pages whose text has the word (whole word, any case). */
function pagesWith(doc: ExtractedDocument, word: string): number[] {
  const re = new RegExp(`\\b${word}\\b`, 'i');
  return doc.pages.filter((p) => re.test(p.text)).map((p) => p.page);
}

/** Every word box slices the page text to that word and lies inside the image OCR read. */
function assertWordsLineUp(page: ExtractedPage): void {
  assert.ok(page.ocr, `page ${page.page} is flagged as OCR'd`);
  assert.ok(page.ocr.words.length > 0);
  for (const w of page.ocr.words) {
    assert.equal(page.text.slice(w.start, w.end), w.text);
    const [x0, y0, x1, y1] = w.bbox;
    assert.ok(0 <= x0 && x0 <= x1 && x1 <= page.ocr.width && 0 <= y0 && y0 <= y1 && y1 <= page.ocr.height, `box of "${w.text}"`);
  }
}

/** Counts the worker threads tesseract.js starts and terminates (it listens on each for messages once). */
function watchWorkers(): { started: Set<Worker>; terminated: Set<Worker>; restore(): void } {
  const started = new Set<Worker>();
  const terminated = new Set<Worker>();
  const { on, terminate } = Worker.prototype;
  Worker.prototype.on = function (this: Worker, event: string, listener: (...args: unknown[]) => void) {
    if (event === 'message') started.add(this);
    return on.call(this, event, listener);
  } as typeof on;
  Worker.prototype.terminate = function (this: Worker) {
    terminated.add(this);
    return terminate.call(this);
  };
  return {
    started,
    terminated,
    restore() {
      Worker.prototype.on = on;
      Worker.prototype.terminate = terminate;
    },
  };
}

/** A PDF whose pages are each one JPEG and nothing else, as a scanner makes them (72 dpi: 1 px = 1 pt). */
function scannedPdf(jpegs: { bytes: Buffer; width: number; height: number }[]): Buffer {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
  const kids = jpegs.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${jpegs.length} >>`);
  jpegs.forEach(({ bytes, width, height }, i) => {
    const [page, content, image] = [3 + i * 3, 4 + i * 3, 5 + i * 3];
    const draw = `q ${width} 0 0 ${height} 0 0 cm /Im Do Q`;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /XObject << /Im ${image} 0 R >> >> /Contents ${content} 0 R >>`);
    add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
    add(Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${bytes.length} >>\nstream\n`, 'latin1'),
      bytes,
      Buffer.from('\nendstream', 'latin1'),
    ]));
    void page;
  });
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0].length;
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(at);
    parts.push(obj);
    at += obj.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

describe('OCR of scanned PDFs', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => ({ dir, cleanup } = await tempDataDir('docent-ocr-pdf-')));
  after(() => cleanup());

  test('an image-only scan becomes searchable on the right pages, one tesseract worker for the file', { skip: corporaSkip }, async () => {
    const workers = watchWorkers();
    const progress: string[] = [];
    let doc: ExtractedDocument;
    try {
      doc = await extractDocument(corpus(MEDICAL), { onProgress: (done, total) => progress.push(`${done}/${total}`) });
    } finally {
      workers.restore();
    }
    assert.equal(doc.pageCount, 3);
    assert.deepEqual(progress, ['1/3', '2/3', '3/3']);
    // Words seen on the page images (pdftoppm): the letterhead, the lab table, the plan.
    assert.deepEqual(pagesWith(doc, 'HOSPITAL'), [1]);
    assert.ok(pagesWith(doc, 'COMPLAINT').includes(1));
    assert.ok(pagesWith(doc, 'Hemoglobin').includes(2));
    assert.ok(pagesWith(doc, 'LABORATORY').includes(2));
    assert.ok(pagesWith(doc, 'TREATMENT').includes(3));
    assert.match(doc.pages[0].text, /MEDRPT-2024-PAT-3847/);
    for (const page of doc.pages) assertWordsLineUp(page);

    // The letterhead sits at the top of page 1: its box says so, in the rendered image's pixels.
    const page1 = doc.pages[0];
    const hospital = page1.ocr!.words.find((w) => /^HOSPITAL$/i.test(w.text));
    assert.ok(hospital);
    assert.ok(hospital.bbox[3] < page1.ocr!.height * 0.15, `HOSPITAL box ${hospital.bbox} is near the top`);

    assert.equal(workers.started.size, 1, 'one tesseract worker reused across the pages');
    assert.deepEqual([...workers.terminated], [...workers.started], 'and terminated when done');
  });

  test('OCR off gives the no-text-layer error', { skip: corporaSkip }, async () => {
    const err = await extractError(corpus(MEDICAL), { ocr: { enabled: false } });
    assert.equal(err.code, 'no-text');
    assert.match(err.message, /^MEDRPT-2024-PAT-3847_medical_report_scan\.pdf: no extractable text: scanned image\? \(3 pages, no text layer\)/);
  });

  test('a page over its time budget is skipped with its reason; the file then says which page', async () => {
    const file = path.join(dir, 'slow-scan.pdf');
    await writeFile(file, scannedPdf([await drawText(['Page over its budget'], 'jpeg')]));
    const workers = watchWorkers();
    let err: ExtractError;
    try {
      err = await extractError(file, { ocr: { pageTimeoutMs: 1 } });
    } finally {
      workers.restore();
    }
    assert.equal(err.code, 'no-text');
    assert.match(err.message, /^slow-scan\.pdf: no text found, not even by OCR \(1 page; page 1: OCR took longer than 1 ms\)/);
    assert.deepEqual([...workers.terminated].length, workers.started.size, 'every stopped worker was terminated');
  });

  test('cancelling during OCR stops the file and terminates the worker', async () => {
    const file = path.join(dir, 'two-page-scan.pdf');
    await writeFile(file, scannedPdf([await drawText(['First scanned page'], 'jpeg'), await drawText(['Second scanned page'], 'jpeg')]));
    const workers = watchWorkers();
    const abort = new AbortController();
    let err: ExtractError;
    try {
      // Cancelled as page 2 starts its OCR: page 1 has started a worker by then.
      err = await extractError(file, { signal: abort.signal, ocr: { onPage: (n) => n === 2 && abort.abort() } });
    } finally {
      workers.restore();
    }
    assert.equal(err.code, 'cancelled');
    assert.equal(workers.started.size, 1);
    assert.deepEqual([...workers.terminated], [...workers.started]);
  });

  test('a language whose data is not installed is a clear error, not a download', { skip: corporaSkip }, async () => {
    const err = await extractError(corpus(MEDICAL), { ocr: { languages: ['eng', 'xyz'] } });
    assert.equal(err.code, 'ocr-unavailable');
    assert.match(err.message, /OCR language "xyz" is not installed \(npm package @tesseract\.js-data\/xyz\)/);
    const bad = await extractError(corpus(MEDICAL), { ocr: { languages: ['../eng'] } });
    assert.match(bad.message, /"\.\.\/eng" is not an OCR language code/);
  });
});

describe('OCR of image files', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => ({ dir, cleanup } = await tempDataDir('docent-ocr-')));
  after(() => cleanup());

  test('a PNG is one OCR page whose word boxes are where the words were drawn', async () => {
    const lines = ['Docent reads scanned invoices', 'Quarterly revenue grew strongly'];
    const image = await drawText(lines, 'png');
    const file = path.join(dir, 'note.png');
    await writeFile(file, image.bytes);
    const doc = await extractDocument(file);
    assert.equal(doc.kind, 'image');
    assert.equal(doc.mime, 'image/png');
    assert.equal(doc.pageCount, 1);
    const [page] = doc.pages;
    assert.match(page.text, /scanned invoices/i);
    assert.match(page.text, /revenue/i);
    assertWordsLineUp(page);
    assert.equal(page.ocr!.width, image.width);
    assert.equal(page.ocr!.height, image.height);
    const revenue = page.ocr!.words.find((w) => /^revenue$/i.test(w.text));
    assert.ok(revenue);
    // Drawn on the second line, whose glyphs start at its top and are 44 px tall.
    assert.ok(revenue.bbox[1] >= image.lineTops[1] - 10 && revenue.bbox[3] <= image.lineTops[1] + 60, `revenue box ${revenue.bbox}`);
  });

  test('OCR off: an image has no extractable text', async () => {
    const file = path.join(dir, 'off.png');
    await writeFile(file, (await drawText(['Nothing to see'], 'png')).bytes);
    const err = await extractError(file, { ocr: { enabled: false, languages: ['eng'] } });
    assert.equal(err.code, 'no-text');
    assert.match(err.message, /^off\.png: no extractable text: this is a PNG image and OCR is turned off/);
  });

  test('a cut-short image is reported as damaged, naming the file', async () => {
    const file = path.join(dir, 'cut.png');
    await writeFile(file, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const err = await extractError(file);
    assert.equal(err.code, 'corrupt');
    assert.match(err.message, /^cut\.png: damaged PNG image/);
  });

  test('tesseract.js is given only local paths: worker script, engine and language data', async () => {
    const languages = await prepareLanguageData(['eng']);
    const options = tesseractWorkerOptions(languages, () => {});
    for (const p of [options.workerPath!, options.corePath!, options.langPath!]) {
      assert.ok(path.isAbsolute(p) && existsSync(p), `${p} is an installed file or folder`);
    }
    assert.ok(existsSync(path.join(options.langPath!, 'eng.traineddata.gz')));
    assert.equal(options.gzip, true);
    assert.equal(options.cacheMethod, 'none');
    await languages.release();
  });

  test('a JPEG is read with no network at all (a process in its own empty network namespace)', async (t) => {
    const probe = spawnSync('unshare', ['-n', 'true']);
    if (probe.status !== 0) return t.skip('unshare -n is not permitted here');
    const file = path.join(dir, 'photo.jpg');
    await writeFile(file, (await drawText(['Offline recognition works'], 'jpeg')).bytes);
    const script = path.join(dir, 'child.mts');
    const extract = pathToFileURL(path.join(repoRoot, 'electron/app/documents/extract.ts')).href;
    await writeFile(
      script,
      `import { extractDocument } from ${JSON.stringify(extract)};\n` +
        `const doc = await extractDocument(${JSON.stringify(file)});\n` +
        `console.log(JSON.stringify({ mime: doc.mime, text: doc.pages[0].text }));\n`,
    );
    const run = spawnSync('unshare', ['-n', process.execPath, '--import', 'tsx', script], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    assert.equal(out.mime, 'image/jpeg');
    assert.match(out.text, /Offline recognition/i);
  });
});
