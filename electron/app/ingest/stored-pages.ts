// The extracted text of each page, kept beside the session's copy of the document (`<fileId>.pages.json`).
// Citation spans are offsets into exactly this text, so the source panel shows the passage the answer quoted
// without extracting the file again. It lives in `<sid>.files/` and is erased with the session.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../sessions/atomic-write';
import type { ExtractedDocument } from '../documents/types';

export interface StoredPages {
  kind: string;
  pageCount: number;
  pages: { page: number; text: string }[];
}

export function pagesFile(filesDir: string, fileId: string): string {
  return path.join(filesDir, `${fileId}.pages.json`);
}

export async function writeStoredPages(filesDir: string, fileId: string, doc: ExtractedDocument): Promise<void> {
  const stored: StoredPages = { kind: doc.kind, pageCount: doc.pageCount, pages: doc.pages.map(({ page, text }) => ({ page, text })) };
  await writeFileAtomic(pagesFile(filesDir, fileId), JSON.stringify(stored));
}

export async function readStoredPages(filesDir: string, fileId: string): Promise<StoredPages | undefined> {
  try {
    return JSON.parse(await readFile(pagesFile(filesDir, fileId), 'utf8')) as StoredPages;
  } catch {
    return undefined;
  }
}
