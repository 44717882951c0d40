// A summary without a model: the key sentences of one document, in document order. "Key" is measured against the
// document itself: a sentence made of the words its sentences share most (its topic), not an aside, a fragment or a
// sentence that only makes sense after the one before it. The document is cut into as many stretches as sentences are
// wanted and each stretch gives its best, so the summary follows the whole document and not its first page.
// Pure functions: no I/O. A book's worth of sentences is scored in steps (see slices.ts), so the main thread that runs
// the offline answerer gives the event loop a turn between passages.
import type { AnswerSource } from './answer-types';
import { runAll, type Steps } from '../slices';
import { quotableSpans } from './answer-sentences';
import { markupShare, readableText } from './readable-text';
import { terms } from '../embeddings/lexical-terms';

export interface Quote {
  source: AnswerSource;
  start: number;
  end: number;
  /** The source text of the span, as stored. */
  raw: string;
  /** The span as a person reads it. */
  text: string;
}

interface Sentence extends Quote {
  stems: Set<string>;
  order: number;
  score: number;
}

/** A sentence that leans on the one before it reads badly on its own. */
const DANGLING = /^(?:it|its|this|these|that|those|they|them|their|he|she|his|her|such|however|but|and|also|so|thus|hence|therefore|moreover|furthermore|in addition|as a result|for example|for instance|then|here|there|similarly|likewise|instead)\b/i;

/** How many sentences a summary of `count` candidate sentences gives: 3 for a note, up to 8 for a book. */
export function summaryLength(count: number): number {
  return Math.max(Math.min(3, count), Math.min(8, Math.round(Math.sqrt(count) / 2)));
}

/** The key sentences of the document the sources are cut from (all of one file, in order), in document order. */
export function summarySentences(sources: readonly AnswerSource[]): Quote[] {
  return runAll(summarySteps(sources));
}

/** summarySentences as steps, one passage each. */
export function* summarySteps(sources: readonly AnswerSource[]): Steps<Quote[]> {
  const sentences: Sentence[] = [];
  // Lines that say something without a full stop: an itinerary's "Flight BA500 London Heathrow 07:25 - Lisbon 10:05",
  // a checklist's items. A document written so has few sentences or none, and is summarised from these.
  const lines: Sentence[] = [];
  for (const source of sources) {
    yield;
    for (const span of quotableSpans(source)) {
      const raw = source.text.slice(span.start, span.end);
      const text = readableText(raw);
      const stems = new Set(terms(text).filter((t) => !t.stop).map((t) => t.stem));
      if (stems.size < 3 || stems.size > 60 || text.length < 20) continue;
      if (/[?？]$/.test(text) || /^\p{Ll}/u.test(text) || markupShare(raw) > 0.15) continue;
      const quote = { source, start: span.start, end: span.end, raw, text, stems, order: sentences.length + lines.length, score: 0 };
      // A sentence, not a title, a heading or a keyword line: it ends on its own full stop.
      if (stems.size >= 5 && text.length >= 40 && /[.!。！]["'”’)\]]*$/u.test(text)) sentences.push(quote);
      else lines.push(quote);
    }
  }
  const enough = summaryLength(sentences.length + lines.length);
  if (sentences.length < enough) sentences.push(...lines.filter((l) => l.stems.size >= 4));
  sentences.sort((a, b) => a.order - b.order);
  if (sentences.length === 0) return [];
  // How many sentences share each word: the document's own measure of what it is about.
  const spread = new Map<string, number>();
  for (const s of sentences) for (const stem of s.stems) spread.set(stem, (spread.get(stem) ?? 0) + 1);
  yield;
  for (const s of sentences) {
    let sum = 0;
    for (const stem of s.stems) {
      const n = spread.get(stem)!;
      if (n >= 2) sum += Math.log(1 + n);
    }
    let score = sum / Math.pow(s.stems.size, 0.7);
    if (DANGLING.test(s.text)) score *= 0.6;
    if (s.order < 2) score *= 1.25; // the opening states what the document is
    s.score = score;
  }
  yield;
  const wanted = summaryLength(sentences.length);
  const chosen: Sentence[] = [];
  for (let k = 0; k < wanted; k++) {
    const stretch = sentences.slice(Math.floor((k * sentences.length) / wanted), Math.floor(((k + 1) * sentences.length) / wanted));
    const best = stretch
      .filter((s) => !chosen.some((c) => similar(c.stems, s.stems)))
      .sort((a, b) => b.score - a.score)[0];
    if (best) chosen.push(best);
    yield;
  }
  return chosen.sort((a, b) => a.order - b.order);
}

function similar(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared) >= 0.5;
}
