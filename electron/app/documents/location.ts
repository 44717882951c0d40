// Where a span of extracted text lies, as the structured location a citation carries (shared/model.ts
// CitationLocation): the PDF page and its printed label, the slide, the sheet and its rows, the EPUB chapter, or the
// text's section heading and line range. Pure, so ingestion, answers, the CLI and the tests share it; the words come
// from shared/location.ts (English) and the window's catalogs (every other language).
import type { CitationLocation, LocationKind } from '../../../shared/model';
import { wordLocation } from '../../../shared/location';
import type { Chunk, DocumentKind, ExtractedPage } from './types';

/** The parts of an ExtractedDocument (or a stored page text file) a location needs. */
export interface LocatableDocument {
  kind: DocumentKind | string;
  pages: (Pick<ExtractedPage, 'page' | 'label' | 'rows' | 'section'> & { text?: string })[];
}

/** The unit each kind of document is cut into, as people name it. */
const UNIT: Record<DocumentKind, LocationKind> = {
  pdf: 'page',
  image: 'page',
  pptx: 'slide',
  xlsx: 'sheet',
  ods: 'sheet',
  csv: 'sheet',
  epub: 'chapter',
  text: 'section',
  markdown: 'section',
  html: 'section',
  docx: 'section',
  odt: 'section',
  rtf: 'section',
};

/** Kinds whose pages are units of meaning of their own: a chunk never runs from one into the next (see the chunker). */
export const SELF_CONTAINED_PAGES: ReadonlySet<string> = new Set(['pptx', 'xlsx', 'ods', 'csv', 'epub']);

type Page = LocatableDocument['pages'][number];

/**
 * Where the text [start, end) lies, from page `page` to page `pageEnd` (offsets into those pages' text, as in a
 * Chunk). Undefined when the file is its own location (a single image).
 */
export function locate(doc: LocatableDocument, page: number, start: number, end: number, pageEnd = page): CitationLocation | undefined {
  const kind = UNIT[doc.kind as DocumentKind] ?? 'page';
  const from = doc.pages.find((p) => p.page === page);
  const to = pageEnd === page ? from : doc.pages.find((p) => p.page === pageEnd);
  if (doc.kind === 'image' && doc.pages.length <= 1) return undefined;
  const location: CitationLocation = { kind, first: Math.max(1, page), last: Math.max(1, page, pageEnd) };
  if (from?.label) location.label = from.label;
  if (pageEnd !== page && to?.label) location.lastLabel = to.label;
  if (kind === 'sheet') {
    const first = from?.rows?.length ? rowAt(from.rows, start, true) : undefined;
    const last = to?.rows?.length ? rowAt(to.rows, end, false) : undefined;
    if (first !== undefined && last !== undefined) location.rows = { first, last: pageEnd === page ? Math.max(first, last) : last };
  }
  if (kind === 'section') {
    if (from?.section?.heading) location.label = from.section.heading;
    else delete location.label;
    if (pageEnd !== page && to?.section?.heading) location.lastLabel = to.section.heading;
    const first = lineAt(doc, from, start);
    const last = lineAt(doc, to, Math.max(pageEnd === page ? start : 0, end - 1));
    if (first !== undefined && last !== undefined) location.lines = { first, last: Math.max(first, last) };
  }
  return location;
}

/** The location of a chunk produced by chunkDocument. */
export function locateChunk(doc: LocatableDocument, chunk: Pick<Chunk, 'page' | 'start' | 'pageEnd' | 'end'>): CitationLocation | undefined {
  return locate(doc, chunk.page, chunk.start, chunk.end, chunk.pageEnd);
}

/** The same location in English words ("slide 4", "sheet Q3, rows 12–18", "§ Install, lines 40–52"). */
export function describeLocation(doc: LocatableDocument, page: number, start: number, end: number, pageEnd = page): string {
  const location = locate(doc, page, start, end, pageEnd);
  return location ? wordLocation(location) : '';
}

export function describeChunk(doc: LocatableDocument, chunk: Pick<Chunk, 'page' | 'start' | 'pageEnd' | 'end'>): string {
  return describeLocation(doc, chunk.page, chunk.start, chunk.end, chunk.pageEnd);
}

/**
 * The sheet row at an offset: for a start, the last row beginning at or before it; for an (exclusive) end, the last
 * row beginning before it.
 */
function rowAt(rows: { row: number; start: number }[], offset: number, inclusive: boolean): number {
  let lo = 0;
  let hi = rows.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (inclusive ? rows[mid].start <= offset : rows[mid].start < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return rows[found].row;
}

/**
 * The document line an offset of a page's text is on: the page's first line (its section says it; the first page of a
 * document starts at line 1) plus the line breaks before the offset. Undefined when the page's first line is unknown.
 */
function lineAt(doc: LocatableDocument, page: Page | undefined, offset: number): number | undefined {
  if (!page) return undefined;
  const firstLine = page.section?.firstLine ?? (page === doc.pages[0] && page.page === 1 ? 1 : undefined);
  if (firstLine === undefined) return undefined;
  const text = page.text ?? '';
  let line = firstLine;
  const stop = Math.min(Math.max(0, offset), text.length);
  for (let at = text.indexOf('\n'); at >= 0 && at < stop; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
