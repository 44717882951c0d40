// The extracted text of each page, kept beside the session's copy of the document (`<fileId>.pages.json`).
// Citation spans are offsets into exactly this text, so the source panel shows the passage the answer quoted
// without extracting the file again. It lives in `<sid>.files/` and is erased with the session.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomicWith } from '../sessions/atomic-write';
import type { SourceOcrLayer } from '../../../shared/model';
import type { ExtractedDocument, OcrLayer } from '../documents/types';

export interface StoredPage {
  page: number;
  text: string;
  /** OCR'd pages: where each word sits on the page image, so the source panel can box the cited words. */
  ocr?: SourceOcrLayer;
  /** What the document calls the page: a PDF's printed label, a sheet's name, a chapter's title (see ExtractedPage). */
  label?: string;
  rows?: { row: number; start: number }[];
  /** Text-like formats: the section heading and the document line number the page starts at (see ExtractedPage). */
  section?: { heading?: string; firstLine: number; path?: string[] };
}

export interface StoredPages {
  /** 2 since labels are the document's own names; files without it (labels like "slide 4") are upgraded on read. */
  version?: number;
  kind: string;
  pageCount: number;
  pages: StoredPage[];
}

export function pagesFile(filesDir: string, fileId: string): string {
  return path.join(filesDir, `${fileId}.pages.json`);
}

/** The word text is dropped: each word's offsets slice it back out of the page text. */
function storedOcr(layer: OcrLayer): SourceOcrLayer {
  return { width: layer.width, height: layer.height, words: layer.words.map(({ start, end, bbox }) => ({ start, end, bbox })) };
}

/** Text per write: a 100 MB page turned into one JSON string would need ~200 MB more of the worker's heap at once. */
const TEXT_PIECE = 1024 * 1024;

/**
 * Written atomically (temp file, then rename). A document of up to TEXT_PIECE characters is written in one call: each
 * write is a round trip to the thread pool that every file operation shares, and a folder of small notes paid five of
 * them per note. A longer one is written in pieces: each page's text is escaped a slice at a time. Cutting a surrogate
 * pair is harmless: JSON.stringify escapes each half as \uXXXX and JSON.parse joins them again.
 * Not fsynced: two fsyncs per document kept the thread pool busy, and made adding a folder of small files wait on the
 * disk. The page texts are made again from the session's copy of the document (which is no more synced than they
 * are), so a power cut costs at most a recent document's source view.
 */
export async function writeStoredPages(filesDir: string, fileId: string, doc: ExtractedDocument): Promise<void> {
  let chars = 0;
  for (const page of doc.pages) chars += page.text.length;
  await writeFileAtomicWith(pagesFile(filesDir, fileId), async (handle) => {
    if (chars <= TEXT_PIECE) await handle.write([...storedPagesJson(doc)].join(''));
    else for (const piece of storedPagesJson(doc)) await handle.write(piece);
  }, undefined, { durable: false });
}

/** The pages file's JSON, in pieces of at most TEXT_PIECE characters of page text (plus their escapes). */
function* storedPagesJson(doc: ExtractedDocument): Generator<string> {
  yield `{"version":${STORED_PAGES_VERSION},"kind":${JSON.stringify(doc.kind)},"pageCount":${doc.pageCount},"pages":[`;
  for (let i = 0; i < doc.pages.length; i++) {
    const { page, text, ocr, label, rows, section } = doc.pages[i];
    yield `${i ? ',' : ''}{"page":${page},"text":"`;
    for (let at = 0; at < text.length; at += TEXT_PIECE) yield JSON.stringify(text.slice(at, at + TEXT_PIECE)).slice(1, -1);
    const rest = { ...(ocr ? { ocr: storedOcr(ocr) } : {}), ...(label ? { label } : {}), ...(rows?.length ? { rows } : {}), ...(section ? { section } : {}) };
    const restJson = JSON.stringify(rest);
    yield restJson === '{}' ? '"}' : `",${restJson.slice(1)}`;
  }
  yield ']}';
}

export async function readStoredPages(filesDir: string, fileId: string): Promise<StoredPages | undefined> {
  let stored: StoredPages;
  try {
    stored = JSON.parse(await readFile(pagesFile(filesDir, fileId), 'utf8')) as StoredPages;
  } catch {
    return undefined;
  }
  return (stored.version ?? 1) < STORED_PAGES_VERSION ? upgradeLabels(stored) : stored;
}

const STORED_PAGES_VERSION = 2;

/**
 * Version 1 kept English words as labels: "slide 4", "sheet Q3", "chapter 3: Title". Now a label is the document's own
 * name for the page (the slide number is the page number; a sheet's name; a chapter's title), so citations from old
 * sessions are located like new ones.
 */
export function upgradeLabels(stored: StoredPages): StoredPages {
  const pages = stored.pages.map((page) => {
    if (page.label === undefined) return page;
    const { label, ...rest } = page;
    const own =
      stored.kind === 'pptx' ? undefined
      : stored.kind === 'xlsx' || stored.kind === 'ods' ? label.replace(/^sheet /, '')
      : stored.kind === 'epub' ? /^chapter \d+(?:: (.*))?$/s.exec(label)?.[1]
      : label;
    return own ? { ...rest, label: own } : rest;
  });
  return { ...stored, version: STORED_PAGES_VERSION, pages };
}
