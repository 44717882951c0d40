// A whole document as numbered sources, in document order, running headers and footers blanked: what a summary reads
// instead of the top-k passages. Built on the main thread (from the page store it reads) in slices, so a 350-page book
// never stalls it (see slices.ts).
import { chunkingSteps } from '../documents/chunker';
import type { StoredPages } from '../ingest/stored-pages';
import { runAll, runInSlices, type SliceOptions, type Steps } from '../slices';
import type { AnswerSource } from './answer-types';
import { inDocumentContext } from './passage-context';
import type { SummaryDocument } from './summary-intent';

/** Passage size for a summary: long enough for whole paragraphs, short enough to cite a page. */
const PASSAGE_CHARS = 2000;

/**
 * Every passage of the document, in order, numbered 1..N, with the `running` lines (findRunningLines) blanked; their
 * spans follow the chunker's invariant.
 */
export function documentSources(doc: SummaryDocument, stored: StoredPages, running: ReadonlySet<string> = new Set()): AnswerSource[] {
  return runAll(documentSourcesSteps(doc, stored, running));
}

/** documentSources in slices that give the event loop a turn every few milliseconds. */
export function documentSourcesInSlices(
  doc: SummaryDocument,
  stored: StoredPages,
  running: ReadonlySet<string>,
  options: SliceOptions = {},
): Promise<AnswerSource[]> {
  return runInSlices(documentSourcesSteps(doc, stored, running), options);
}

function* documentSourcesSteps(doc: SummaryDocument, stored: StoredPages, running: ReadonlySet<string>): Steps<AnswerSource[]> {
  const pages = stored.pages.filter((p) => p.text.trim()).map(({ page, text }) => ({ page, text }));
  if (pages.length === 0) return [];
  const chunks = yield* chunkingSteps({ kind: 'text', mime: 'text/plain', pages, pageCount: stored.pageCount }, { size: PASSAGE_CHARS, overlap: 0 });
  const sources: AnswerSource[] = [];
  for (const c of chunks) {
    const source = { n: sources.length + 1, sid: doc.sid, fileId: doc.fileId, fileName: doc.name, page: c.page, pageEnd: c.pageEnd, start: c.start, end: c.end, text: c.text };
    sources.push(inDocumentContext(source, undefined, running));
    yield;
  }
  return sources;
}

/** At most `max` passages spread evenly from the first to the last, renumbered, for an answerer with a short context. */
export function evenSample(sources: readonly AnswerSource[], max: number): AnswerSource[] {
  if (sources.length <= max) return [...sources];
  const picked: AnswerSource[] = [];
  for (let i = 0; i < max; i++) picked.push(sources[Math.round((i * (sources.length - 1)) / Math.max(1, max - 1))]);
  return picked.map((s, i) => ({ ...s, n: i + 1 }));
}
