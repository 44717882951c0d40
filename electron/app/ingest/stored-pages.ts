// The extracted text of each page, kept beside the session's copy of the document (`<fileId>.pages.json`).
// Citation spans are offsets into exactly this text, so the source panel shows the passage the answer quoted
// without extracting the file again. It lives in `<sid>.files/` and is erased with the session.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../sessions/atomic-write';
import type { SourceOcrLayer } from '../../../shared/model';
import type { ExtractedDocument, OcrLayer } from '../documents/types';

export interface StoredPage {
  page: number;
  text: string;
  /** OCR'd pages: where each word sits on the page image, so the source panel can box the cited words. */
  ocr?: SourceOcrLayer;
  /** Slides, sheets and chapters name themselves ("slide 4", "sheet Q3"); sheets also know where each row starts. */
  label?: string;
  rows?: { row: number; start: number }[];
}

export interface StoredPages {
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

export async function writeStoredPages(filesDir: string, fileId: string, doc: ExtractedDocument): Promise<void> {
  const stored: StoredPages = {
    kind: doc.kind,
    pageCount: doc.pageCount,
    pages: doc.pages.map(({ page, text, ocr, label, rows }) => ({
      page,
      text,
      ...(ocr ? { ocr: storedOcr(ocr) } : {}),
      ...(label ? { label } : {}),
      ...(rows?.length ? { rows } : {}),
    })),
  };
  await writeFileAtomic(pagesFile(filesDir, fileId), JSON.stringify(stored));
}

export async function readStoredPages(filesDir: string, fileId: string): Promise<StoredPages | undefined> {
  try {
    return JSON.parse(await readFile(pagesFile(filesDir, fileId), 'utf8')) as StoredPages;
  } catch {
    return undefined;
  }
}
