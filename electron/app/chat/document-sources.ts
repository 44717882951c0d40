// A whole document as numbered sources, in document order: what a summary reads instead of the top-k passages.
import { chunkDocument } from '../documents/chunker';
import type { StoredPages } from '../ingest/stored-pages';
import type { AnswerSource } from './answer-types';
import type { SummaryDocument } from './summary-intent';

/** Passage size for a summary: long enough for whole paragraphs, short enough to cite a page. */
const PASSAGE_CHARS = 2000;

/** Every passage of the document, in order, numbered 1..N; their spans follow the chunker's invariant. */
export function documentSources(doc: SummaryDocument, stored: StoredPages): AnswerSource[] {
  const pages = stored.pages.filter((p) => p.text.trim()).map(({ page, text }) => ({ page, text }));
  if (pages.length === 0) return [];
  const chunks = chunkDocument({ kind: 'text', mime: 'text/plain', pages, pageCount: stored.pageCount }, { size: PASSAGE_CHARS, overlap: 0 });
  return chunks.map((c, i) => ({
    n: i + 1,
    sid: doc.sid,
    fileId: doc.fileId,
    fileName: doc.name,
    page: c.page,
    pageEnd: c.pageEnd,
    start: c.start,
    end: c.end,
    text: c.text,
  }));
}

/** At most `max` passages spread evenly from the first to the last, renumbered, for an answerer with a short context. */
export function evenSample(sources: readonly AnswerSource[], max: number): AnswerSource[] {
  if (sources.length <= max) return [...sources];
  const picked: AnswerSource[] = [];
  for (let i = 0; i < max; i++) picked.push(sources[Math.round((i * (sources.length - 1)) / Math.max(1, max - 1))]);
  return picked.map((s, i) => ({ ...s, n: i + 1 }));
}
