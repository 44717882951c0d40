// Summaries of a whole document by a chat model, however long it is: the document's passages, in order (see
// document-sources.ts), are grouped into parts that fit the model's context; the model takes notes on each part (map),
// then writes the summary from the numbered notes (reduce, in several rounds when the notes of a long book do not fit
// at once). The summary cites the notes' numbers, which become citations to the parts' pages, so every statement can
// be checked against the book.
import type { AnswerEvent, AnswerSource } from './answer-types';
import { citedSources, pageLabel, type PromptMessage } from './prompt';
import { generateAll, type TextGenerator } from './text-generator';

export interface SummarizeOptions {
  signal?: AbortSignal;
  /** Most tokens of document text per part (default: what the context allows, at most 1,500). */
  partTokens?: number;
  /** Tokens of notes per part (default 120). */
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
const MAX_PART_TOKENS = 1500;

/**
 * Groups consecutive passages into parts of at most `maxTokens` (by the counts given for each passage): a part keeps
 * its first passage's start and its last passage's end, so its citation spans the pages it covers.
 */
export function groupIntoParts(passages: readonly AnswerSource[], tokens: readonly number[], maxTokens: number): AnswerSource[] {
  const parts: AnswerSource[] = [];
  let group: AnswerSource[] = [];
  let used = 0;
  const flush = () => {
    if (group.length === 0) return;
    const first = group[0];
    const last = group[group.length - 1];
    parts.push({ ...first, n: parts.length + 1, pageEnd: last.pageEnd, end: last.end, text: group.map((p) => p.text).join('\n\n') });
    group = [];
    used = 0;
  };
  passages.forEach((passage, i) => {
    const count = tokens[i] ?? Math.ceil(passage.text.length / 4);
    if (group.length > 0 && used + count > maxTokens) flush();
    group.push(passage);
    used += count;
  });
  flush();
  return parts;
}

function clean(note: string): string {
  return note.replace(/^\s*notes?\s*:\s*/i, '').trim();
}

function progress(done: number, total: number): AnswerEvent {
  return { type: 'progress', stage: 'summarizing', done, total };
}

/** The summary of one document from its passages in order (`sources`), streamed like an answer, with citations. */
export async function* summarizeSources(
  generator: TextGenerator,
  doc: { fileName: string; sources: readonly AnswerSource[] },
  options: SummarizeOptions = {},
): AsyncIterable<AnswerEvent> {
  const { signal } = options;
  const noteTokens = options.noteTokens ?? 120;
  const summaryTokens = options.summaryTokens ?? 600;
  const limits = await generator.limits(signal);
  const partTokens = options.partTokens ?? Math.max(256, Math.min(MAX_PART_TOKENS, limits.contextTokens - noteTokens - PROMPT_OVERHEAD));
  const passageTokens: number[] = [];
  // Counted a slice at a time: a long book's text goes to the tokenizer in pieces, not in one message.
  for (let i = 0; i < doc.sources.length; i += 100) passageTokens.push(...(await generator.countTokens(doc.sources.slice(i, i + 100).map((p) => p.text), signal)));
  const sources = groupIntoParts(doc.sources, passageTokens, partTokens);
  const total = sources.length + 1;

  // Map: notes on every part, in order.
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
  yield progress(sources.length, total);

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
