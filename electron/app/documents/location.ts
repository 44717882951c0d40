// Turns a span of extracted text into the words a citation shows: "p. 7", "slide 4",
// "sheet Q3, rows 12–18", "chapter 3: Title". Pure, so the UI, the CLI and ingestion can all use it.
import type { Chunk, DocumentKind, ExtractedPage } from './types';

/** The parts of an ExtractedDocument a location needs. */
export interface LocatableDocument {
  kind: DocumentKind;
  pages: Pick<ExtractedPage, 'page' | 'label' | 'rows'>[];
}

/**
 * Where the text [start, end) lies, from page `page` to page `pageEnd` (offsets into those pages'
 * text, as in a Chunk). Empty for formats whose only "page" is the whole file (DOCX, HTML, text).
 */
export function describeLocation(doc: LocatableDocument, page: number, start: number, end: number, pageEnd = page): string {
  if (pageEnd !== page) {
    if (doc.kind === 'pdf' && !labelOf(doc, page) && !labelOf(doc, pageEnd)) return `pp. ${page}–${pageEnd}`;
    const from = describeOnPage(doc, page, start, Infinity);
    const to = describeOnPage(doc, pageEnd, 0, end);
    return from && to ? `${from} – ${to}` : from || to;
  }
  return describeOnPage(doc, page, start, end);
}

/** The location of a chunk produced by chunkDocument. */
export function describeChunk(doc: LocatableDocument, chunk: Pick<Chunk, 'page' | 'start' | 'pageEnd' | 'end'>): string {
  return describeLocation(doc, chunk.page, chunk.start, chunk.end, chunk.pageEnd);
}

function labelOf(doc: LocatableDocument, page: number): string | undefined {
  return doc.pages.find((p) => p.page === page)?.label;
}

function describeOnPage(doc: LocatableDocument, pageNo: number, start: number, end: number): string {
  const page = doc.pages.find((p) => p.page === pageNo);
  const base = page?.label ?? (doc.kind === 'pdf' ? `p. ${pageNo}` : '');
  const rows = page?.rows;
  if (!rows?.length) return base;
  const span = rowSpan(rows, start, end);
  const part = span.first === span.last ? `row ${span.first}` : `rows ${span.first}–${span.last}`;
  return base ? `${base}, ${part}` : part;
}

/** First row: the last one starting at or before `start`; last row: the last one starting before `end`. */
function rowSpan(rows: { row: number; start: number }[], start: number, end: number): { first: number; last: number } {
  const lastStartingBefore = (offset: number, inclusive: boolean): number => {
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
    return found;
  };
  const first = lastStartingBefore(start, true);
  const last = Math.max(first, lastStartingBefore(end, false));
  return { first: rows[first].row, last: rows[last].row };
}
