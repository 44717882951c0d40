// PDF → text per page with pdf.js (legacy build: the modern one needs DOMMatrix, absent in Node 20).
import path from 'node:path';
import { ExtractError, type ExtractedDocument, type ExtractedPage } from '../types';
import { packageDir } from '../package-paths';
import { layoutPageText, type PdfTextItem } from '../pdf-text-layout';
import type { ExtractorOptions } from './options';
import type { OcrSettings } from '../ocr/ocr-settings';
import { createPdfPageOcr } from '../ocr/pdf-page-ocr';
import { withPdfHeader } from '../../../../shared/pdf-header';
import { CONTROL_CHARACTERS } from '../control-characters';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

/** pdf.js wants directory URLs ending in a slash; in Node plain paths work. */
export function pdfAssetDirs(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  const dir = packageDir('pdfjs-dist');
  return {
    cMapUrl: path.join(dir, 'cmaps') + path.sep,
    standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
    wasmUrl: path.join(dir, 'wasm') + path.sep,
  };
}

/**
 * When no page has this many letters there is no text layer: a scan carries at most page or Bates
 * numbers. Kept low on purpose: a one-page "Hello World", or seven Chinese characters, is a real document.
 */
const MIN_LETTERS_ON_SOME_PAGE = 4;

/**
 * Pages with fewer letters than MIN_LETTERS_ON_SOME_PAGE (no text layer), or with more control characters than letters
 * (a font without a Unicode map), are read by OCR when `ocr` is
 * enabled. A page OCR cannot finish (over its time budget, engine failure) is kept empty with its reason
 * in `ocrSkipped` and the rest of the file is still read; the file fails only if no page has text.
 */
export async function extractPdf(data: Uint8Array, options: ExtractorOptions, ocr?: OcrSettings): Promise<ExtractedDocument> {
  const { name } = options;
  const pdfjs = await loadPdfJs();
  let doc: PdfDocument | undefined;
  const candidates = passwordCandidates(options.password);
  for (let i = 0; !doc; i++) {
    try {
      doc = await openPdf(pdfjs, data, candidates[i], options.signal);
    } catch (err) {
      const wrongPassword = (err as { name?: string; code?: number })?.name === 'PasswordException' && (err as { code?: number }).code === 2;
      if (wrongPassword && i + 1 < candidates.length) continue;
      throw openError(err, name, options);
    }
  }

  const pageOcr = ocr?.enabled ? createPdfPageOcr(ocr, name, options.signal) : null;
  try {
    const total = doc.numPages;
    if (total === 0) throw new ExtractError('corrupt', `${name}: damaged PDF, it has no pages`);
    const labels = await printedPageLabels(doc);
    const pages: ExtractedPage[] = [];
    let failedPages = 0;
    let firstPageError: unknown;
    for (let n = 1; n <= total; n++) {
      throwIfAborted(options.signal, name);
      let text = '';
      let ocrPage: ExtractedPage | null = null;
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        text = layoutPageText(content.items.filter((it) => 'str' in it) as PdfTextItem[]);
        if (pageOcr && !hasLetters(text, MIN_LETTERS_ON_SOME_PAGE)) ocrPage = await pageOcr.read(page, n);
        else if (pageOcr && unmappedFont(text)) {
          // What the text layer could decode stays when OCR reads nothing (over its time budget): a heading is better
          // than an empty page.
          const read = await pageOcr.read(page, n);
          if (read.text.trim()) ocrPage = read;
        }
        // Drop the page's parsed fonts and operator lists now: a 350-page book otherwise holds them all.
        page.cleanup();
      } catch (err) {
        throwIfAborted(options.signal, name);
        // OCR's own errors stop the file (it cannot run at all); pdf.js's mark one damaged page.
        if (err instanceof ExtractError) throw err;
        failedPages++;
        firstPageError ??= err;
      }
      const page: ExtractedPage = ocrPage ?? { page: n, text };
      if (labels[n - 1]) page.label = labels[n - 1];
      pages.push(page);
      options.onProgress?.(n, total);
    }
    if (failedPages === total)
      throw new ExtractError('corrupt', `${name}: damaged PDF, no page could be read (${describe(firstPageError)})`);

    if (!pages.some((p) => hasLetters(p.text, MIN_LETTERS_ON_SOME_PAGE))) {
      if (pageOcr) throw new ExtractError('no-text', `${name}: no text found, not even by OCR (${describeOcrMiss(pages)})`, { reason: 'ocr-found-nothing' });
      throw new ExtractError('no-text', `${name}: no extractable text: scanned image? (${total} page${total === 1 ? '' : 's'}, no text layer)`, { reason: 'scanned' });
    }

    return { kind: 'pdf', mime: 'application/pdf', title: await pdfTitle(doc), pages, pageCount: total };
  } finally {
    await pageOcr?.close();
    await doc.destroy().catch(() => {});
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

async function openPdf(pdfjs: PdfJs, data: Uint8Array, password: string | undefined, signal?: AbortSignal): Promise<PdfDocument> {
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given, so hand it a copy (with its header line put back
    // when it lost it: see shared/pdf-header.ts).
    data: withPdfHeader(new Uint8Array(data)),
    password,
    ...pdfAssetDirs(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const onAbort = () => void task.destroy();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await task.promise;
  } catch (err) {
    await task.destroy().catch(() => {});
    throw err;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * pdf.js compares password bytes: AES-256 files (R5/R6) hash the UTF-8 bytes, older ones use
 * Latin-1. A typed 'pässwört' must therefore be tried as its UTF-8 bytes too.
 */
function passwordCandidates(password: string | undefined): (string | undefined)[] {
  if (password === undefined || /^[\x00-\x7f]*$/.test(password)) return [password];
  const utf8AsBinary = Buffer.from(password.normalize('NFC'), 'utf8').toString('latin1');
  return [utf8AsBinary, password];
}

function openError(err: unknown, name: string, options: ExtractorOptions): ExtractError {
  if (options.signal?.aborted) return new ExtractError('cancelled', `${name}: cancelled`);
  const e = err as { name?: string; code?: number; message?: string };
  if (e?.name === 'PasswordException') {
    // pdf.js: code 1 = a password is needed, 2 = the one given is wrong.
    if (e.code === 2 || options.password)
      return new ExtractError('wrong-password', `${name}: the password is not correct`);
    return new ExtractError('needs-password', `${name}: this PDF is protected by a password`);
  }
  if (e?.name === 'InvalidPDFException') return new ExtractError('corrupt', `${name}: not a valid PDF or badly damaged (${describe(err)})`);
  return new ExtractError('corrupt', `${name}: could not open the PDF (${describe(err)})`);
}

/**
 * The page labels the PDF prints ("i", "ii", … "1", "2", or "A-1"), by physical page, where the file defines them
 * (pdf.js getPageLabels; absent: none). A label equal to the page's own number adds nothing and is left out.
 */
async function printedPageLabels(doc: PdfDocument): Promise<(string | undefined)[]> {
  let labels: string[] | null = null;
  try {
    labels = await doc.getPageLabels();
  } catch {
    // A broken /PageLabels tree: the pages keep their numbers.
  }
  return (labels ?? []).map((label, i) => {
    const printed = label?.trim().slice(0, 100);
    return printed && printed !== String(i + 1) ? printed : undefined;
  });
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function throwIfAborted(signal: AbortSignal | undefined, name: string): void {
  if (signal?.aborted) throw new ExtractError('cancelled', `${name}: cancelled`);
}

/** "3 pages; page 1: OCR took longer than 60 s", naming the first page OCR gave up on. */
function describeOcrMiss(pages: ExtractedPage[]): string {
  const skipped = pages.find((p) => p.ocrSkipped);
  const count = `${pages.length} page${pages.length === 1 ? '' : 's'}`;
  return skipped ? `${count}; page ${skipped.page}: ${skipped.ocrSkipped}` : count;
}

/**
 * A page whose font gives glyph codes instead of letters (no Unicode map): pdf.js returns them as control characters,
 * more of them than letters. Its picture still shows the words, so OCR reads it as it reads a scan.
 */
export function unmappedFont(text: string): boolean {
  const controls = text.match(CONTROL_CHARACTERS)?.length ?? 0;
  return controls > 0 && controls > (text.match(/\p{L}/gu)?.length ?? 0);
}

function hasLetters(text: string, min: number): boolean {
  let n = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) if (++n >= min) return true;
  return false;
}

async function pdfTitle(doc: { getMetadata(): Promise<{ info: object; metadata: { get(name: string): unknown } | null }> }): Promise<string | undefined> {
  try {
    const { info, metadata } = await doc.getMetadata();
    const candidates = [metadata?.get('dc:title'), (info as { Title?: unknown }).Title];
    for (const c of candidates) {
      if (typeof c === 'string' && c.trim()) return c.trim();
    }
  } catch {
    // metadata is optional and often broken; the text is what matters
  }
  return undefined;
}
