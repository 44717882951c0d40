// Summaries of a whole document by a chat model, however long it is: its pages are cut, in order, into passages that fit
// the model's context; the model takes notes on each passage (map), then writes the summary from the numbered notes
// (reduce, in several rounds when the notes of a long book do not fit at once). The summary cites the notes' numbers,
// which become citations to the passages' pages, so every statement can be checked against the book.
import type { AnswerEvent, AnswerSource } from './answer-types';
import { citedSources, pageLabel, type PromptMessage } from './prompt';
import { generateAll, type TextGenerator } from './text-generator';

export interface SummaryDocument {
  sid: string;
  fileId: string;
  fileName: string;
  /** The document's pages in order, as stored for citations. */
  pages: { page: number; text: string }[];
}

export interface SummarizeOptions {
  signal?: AbortSignal;
  /** Most tokens of document text per passage (default: what the context allows, at most 1,500). */
  passageTokens?: number;
  /** Tokens of notes per passage (default 120). */
  noteTokens?: number;
  /** Tokens of the final summary (default 600). */
  summaryTokens?: number;
}

export const MAP_SYSTEM_PROMPT = [
  'You take notes on one passage of a longer document.',
  "Write 2 to 4 short bullet points with the passage's main facts, claims and names, using only what the passage says.",
  'Write in the language of the passage. Reply with the bullet points only.',
].join('\n');

export const CONDENSE_SYSTEM_PROMPT = [
  'You condense numbered notes taken on consecutive passages of a document into one paragraph.',
  'Keep the note numbers in square brackets after the statements they support, like [3] or [4][7].',
  'Use only what the notes say.',
].join('\n');

export const REDUCE_SYSTEM_PROMPT = [
  'You write the summary of a whole document from notes taken on its passages, in order.',
  'Write a few short paragraphs that cover the document from beginning to end, using only what the notes say.',
  'After each statement, cite the notes it comes from by their numbers in square brackets, like [3] or [4][7]; keep numbers already in brackets.',
  'Write in the language of the notes.',
].join('\n');

/** Room for the instructions and the chat template around a passage or the notes. */
const PROMPT_OVERHEAD = 200;
const MAX_PASSAGE_TOKENS = 1500;

/** A passage of the document, with the span convention of retrieved chunks (start in `page`, end in `pageEnd`). */
export type Passage = Pick<AnswerSource, 'page' | 'pageEnd' | 'start' | 'end' | 'text'>;

/**
 * Cuts the pages, in order, into passages of at most `maxTokens` (by the counts given for each page). Whole pages are
 * grouped; a page larger than a passage is cut at paragraph, sentence or word boundaries.
 */
export function splitIntoPassages(pages: SummaryDocument['pages'], pageTokens: number[], maxTokens: number): Passage[] {
  const passages: Passage[] = [];
  let group: { page: number; text: string }[] = [];
  let groupTokens = 0;
  const flush = () => {
    if (group.length === 0) return;
    const last = group[group.length - 1];
    passages.push({ page: group[0].page, pageEnd: last.page, start: 0, end: last.text.length, text: group.map((p) => p.text).join('\n\n') });
    group = [];
    groupTokens = 0;
  };
  pages.forEach((page, i) => {
    const tokens = pageTokens[i] ?? Math.ceil(page.text.length / 4);
    if (!page.text.trim()) return;
    if (tokens > maxTokens) {
      flush();
      const charsPerPiece = Math.max(200, Math.floor((page.text.length * maxTokens) / tokens));
      for (let start = 0; start < page.text.length; ) {
        const end = breakPoint(page.text, start, charsPerPiece);
        if (page.text.slice(start, end).trim()) passages.push({ page: page.page, pageEnd: page.page, start, end, text: page.text.slice(start, end) });
        start = end;
      }
      return;
    }
    if (groupTokens + tokens > maxTokens) flush();
    group.push(page);
    groupTokens += tokens;
  });
  flush();
  return passages;
}

/** Where a piece starting at `start` should end: a paragraph break, else a sentence end, else a space, near `size`. */
function breakPoint(text: string, start: number, size: number): number {
  const limit = start + size;
  if (limit >= text.length) return text.length;
  const window = text.slice(start + Math.floor(size * 0.6), limit);
  const offset = start + Math.floor(size * 0.6);
  for (const pattern of [/\n\s*\n/g, /[.!?。！？]\s/g, /\s/g]) {
    let last = -1;
    for (const match of window.matchAll(pattern)) last = match.index! + match[0].length;
    if (last > 0) return offset + last;
  }
  return limit;
}

function clean(note: string): string {
  return note.replace(/^\s*notes?\s*:\s*/i, '').trim();
}

function progress(done: number, total: number): AnswerEvent {
  return { type: 'progress', stage: 'summarizing', done, total };
}

export async function* summarizeDocument(generator: TextGenerator, doc: SummaryDocument, options: SummarizeOptions = {}): AsyncIterable<AnswerEvent> {
  const { signal } = options;
  const noteTokens = options.noteTokens ?? 120;
  const summaryTokens = options.summaryTokens ?? 600;
  const limits = await generator.limits(signal);
  const passageTokens = options.passageTokens ?? Math.max(256, Math.min(MAX_PASSAGE_TOKENS, limits.contextTokens - noteTokens - PROMPT_OVERHEAD));
  const pageTokens: number[] = [];
  // Counted a slice of pages at a time: a long book's text is sent to the tokenizer in pieces, not in one message.
  for (let i = 0; i < doc.pages.length; i += 100) pageTokens.push(...(await generator.countTokens(doc.pages.slice(i, i + 100).map((p) => p.text), signal)));
  const passages = splitIntoPassages(doc.pages, pageTokens, passageTokens);
  const sources: AnswerSource[] = passages.map((p, i) => ({ ...p, n: i + 1, sid: doc.sid, fileId: doc.fileId, fileName: doc.fileName }));
  const total = passages.length + 1;

  // Map: notes on every passage, in order.
  const notes: { n: number; label: string; text: string }[] = [];
  for (const source of sources) {
    if (signal?.aborted) return;
    yield progress(source.n - 1, total);
    const messages: PromptMessage[] = [
      { role: 'system', content: MAP_SYSTEM_PROMPT },
      { role: 'user', content: `Passage from "${doc.fileName}", ${pageLabel(source)}:\n\n${source.text.trim()}\n\nNotes:` },
    ];
    const note = clean(await generateAll(generator, messages, { maxTokens: noteTokens, temperature: 0.1, signal }));
    if (note) notes.push({ n: source.n, label: pageLabel(source), text: note });
  }
  if (signal?.aborted) return;
  yield progress(passages.length, total);

  // Reduce: while the notes do not fit in one prompt, condense consecutive groups of them (keeping their numbers).
  const reduceBudget = Math.max(256, limits.contextTokens - summaryTokens - PROMPT_OVERHEAD);
  let parts = notes.map((note) => `[${note.n}] ${note.label}: ${note.text}`);
  for (let round = 0; round < 8; round++) {
    const counts = await generator.countTokens(parts, signal);
    if (counts.reduce((a, b) => a + b + 2, 0) <= reduceBudget || parts.length <= 1) break;
    const groups: string[][] = [[]];
    let used = 0;
    parts.forEach((part, i) => {
      if (used + counts[i] > reduceBudget && groups[groups.length - 1].length > 0) {
        groups.push([]);
        used = 0;
      }
      groups[groups.length - 1].push(part);
      used += counts[i] + 2;
    });
    const condensed: string[] = [];
    for (const group of groups) {
      if (signal?.aborted) return;
      const messages: PromptMessage[] = [
        { role: 'system', content: CONDENSE_SYSTEM_PROMPT },
        { role: 'user', content: `Notes:\n\n${group.join('\n\n')}\n\nParagraph:` },
      ];
      const text = (await generateAll(generator, messages, { maxTokens: Math.min(400, summaryTokens), temperature: 0.1, signal })).trim();
      if (text) condensed.push(text);
    }
    if (condensed.length === 0 || condensed.length >= parts.length) break;
    parts = condensed;
  }
  if (signal?.aborted) return;

  const messages: PromptMessage[] = [
    { role: 'system', content: REDUCE_SYSTEM_PROMPT },
    { role: 'user', content: `Document: "${doc.fileName}"\n\nNotes, in the order of the document:\n\n${parts.join('\n\n')}\n\nSummary:` },
  ];
  let text = '';
  try {
    for await (const piece of generator.generate(messages, { maxTokens: summaryTokens, temperature: 0.2, signal })) {
      const trimmed = text ? piece : piece.replace(/^\s+/, '');
      if (!trimmed) continue;
      text += trimmed;
      yield { type: 'token', text: trimmed };
    }
  } catch (error) {
    if (text) yield { type: 'citations', citations: citedSources(text, sources) };
    throw error;
  }
  yield { type: 'citations', citations: citedSources(text, sources) };
}
