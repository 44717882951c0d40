// The offline answerer: no model, no network. It quotes the sentences of the retrieved passages that best answer the
// question, each with its [n], streamed word by word like an LLM's answer, and cites each quoted sentence by its exact
// span so the citation highlights that sentence and nothing else. It never writes a word of its own beyond the
// "not found" message, so it cannot state something the documents do not say.
import type { AnswerEvent, AnswerRequest, AnswerSource, Answerer } from './answer-types';
import { buildSearchText, spanWithin } from './retrieval';
import { splitSentences } from './sentences';
import { terms } from '../embeddings/lexical-terms';

export const NOT_FOUND_MESSAGE = "I couldn't find this in your documents.";

export interface ExtractiveOptions {
  /** Most sentences quoted (default 4); at least 2 are quoted when two sentences match at all. */
  maxSentences?: number;
}

export interface Candidate {
  source: AnswerSource;
  start: number;
  end: number;
  text: string;
  stems: Set<string>;
  /** Position of the sentence in its passage (0 = first). */
  position: number;
  score: number;
  /** Share of the question's weight the sentence covers, 0..1. */
  coverage: number;
}

/** Below this coverage of the question's terms, a sentence does not answer it. */
const MIN_COVERAGE = 0.2;
/** A further sentence must score at least this share of the best one. */
const FOLLOWER_RATIO = 0.45;

export class ExtractiveAnswerer implements Answerer {
  readonly id = 'extractive';
  private readonly maxSentences: number;

  constructor(options: ExtractiveOptions = {}) {
    this.maxSentences = Math.max(1, options.maxSentences ?? 4);
  }

  async *answer(request: AnswerRequest): AsyncIterable<AnswerEvent> {
    const { signal } = request;
    if (signal?.aborted) return;
    const chosen = selectSentences(buildSearchText(request.question, request.history), request.sources, this.maxSentences);
    if (chosen.length === 0) {
      yield* streamWords(NOT_FOUND_MESSAGE, signal);
      if (signal?.aborted) return;
      yield { type: 'not-found' };
      yield { type: 'citations', citations: [] };
      return;
    }
    // Each quoted sentence gets its own number, so each citation highlights exactly the sentence it stands for.
    const citations: AnswerSource[] = chosen.map((c, i) => ({
      ...c.source,
      ...spanWithin(c.source, c.start, c.end),
      n: i + 1,
      text: c.text,
    }));
    const text = chosen.map((c, i) => `${oneLine(c.text)} [${i + 1}]`).join(' ');
    for await (const event of streamWords(text, signal)) yield event;
    if (signal?.aborted) return;
    yield { type: 'citations', citations };
  }
}

/** Quoted sentences keep their words; line breaks inside them (hard-wrapped PDF text) read as spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

async function* streamWords(text: string, signal: AbortSignal | undefined): AsyncIterable<AnswerEvent> {
  for (const word of text.match(/\S+\s*/g) ?? []) {
    if (signal?.aborted) return; // a cancel ends the stream quietly
    yield { type: 'token', text: word };
    // Yield to the event loop between words, as a network stream would, so a cancel can land mid-answer.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Scores every sentence of the sources against the question and picks the best 1..max, best first. */
export function selectSentences(question: string, sources: readonly AnswerSource[], max = 4): Candidate[] {
  const questionTerms = terms(question).filter((t) => !t.stop);
  if (questionTerms.length === 0 || sources.length === 0) return [];
  const candidates: Candidate[] = [];
  for (const source of sources) {
    splitSentences(withoutPageBreak(source)).forEach((s, position) => {
      const text = source.text.slice(s.start, s.end);
      const words = terms(text).filter((t) => !t.stop);
      if (words.length < 3) return; // headings and fragments do not answer questions
      candidates.push({ source, start: s.start, end: s.end, text, stems: new Set(words.map((t) => t.stem)), position, score: 0, coverage: 0 });
    });
  }
  if (candidates.length === 0) return [];

  // Rarity within the retrieved sentences: a term every sentence has ("Amazon" in an article on the Amazon) says
  // little about which sentence answers; a term few have says much.
  const qStems = [...new Set(questionTerms.map((t) => t.stem))];
  const weight = new Map<string, number>();
  for (const stem of qStems) {
    let df = 0;
    for (const c of candidates) if (c.stems.has(stem)) df++;
    weight.set(stem, Math.log(1 + (candidates.length + 1) / (df + 0.5)));
  }
  const totalWeight = qStems.reduce((sum, s) => sum + weight.get(s)!, 0);
  const qBigrams = new Set<string>();
  for (let i = 1; i < questionTerms.length; i++) qBigrams.add(`${questionTerms[i - 1].stem} ${questionTerms[i].stem}`);

  const sourceCount = sources.length;
  for (const c of candidates) {
    let matched = 0;
    for (const stem of qStems) {
      if (c.stems.has(stem)) matched += weight.get(stem)!;
      else if (stem.length >= 5 && [...c.stems].some((s) => s.length >= 5 && s.slice(0, 5) === stem.slice(0, 5))) matched += 0.5 * weight.get(stem)!; // "explorer" ~ "exploration"
    }
    c.coverage = matched / totalWeight;
    let phrase = 0;
    if (qBigrams.size) {
      const sTerms = terms(c.text).filter((t) => !t.stop);
      for (let i = 1; i < sTerms.length; i++) if (qBigrams.has(`${sTerms[i - 1].stem} ${sTerms[i].stem}`)) phrase++;
    }
    const rankBonus = 0.12 * (1 - (c.source.n - 1) / Math.max(1, sourceCount));
    const positionBonus = c.position === 0 ? 0.03 : 0;
    const length = c.stems.size;
    const lengthPenalty = length > 45 ? 0.1 : length < 5 ? 0.05 : 0;
    c.score = c.coverage + 0.08 * Math.min(phrase, 3) + rankBonus + positionBonus - lengthPenalty;
  }

  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best.coverage < MIN_COVERAGE) return [];
  const chosen: Candidate[] = [best];
  for (const c of candidates.slice(1)) {
    if (chosen.length >= max) break;
    if (c.coverage <= 0) break;
    const strongEnough = c.score >= FOLLOWER_RATIO * best.score;
    if (!strongEnough && chosen.length >= 2) break;
    if (!strongEnough && c.coverage < MIN_COVERAGE / 2) break;
    if (chosen.some((k) => similar(k.stems, c.stems) || sameSpan(k, c))) continue;
    chosen.push(c);
  }
  return chosen;
}

/**
 * The blank line that joins two pages in a passage is not a paragraph break: a sentence often runs across it.
 * Blank it out (same length, so offsets hold) before splitting into sentences.
 */
function withoutPageBreak(source: AnswerSource): string {
  if (source.pageEnd === source.page) return source.text;
  const join = source.text.length - source.end - 2;
  if (join < 0 || source.text.slice(join, join + 2) !== '\n\n') return source.text;
  // A real paragraph break at the page end (sentence-final punctuation before it) stays one.
  if (/[.!?:。！？]["'”’)\]]?\s*$/.test(source.text.slice(0, join))) return source.text;
  return `${source.text.slice(0, join)}  ${source.text.slice(join + 2)}`;
}

function similar(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared) >= 0.6;
}

/** The same sentence reached through two overlapping sources. */
function sameSpan(a: Candidate, b: Candidate): boolean {
  return a.source.fileId === b.source.fileId && a.source.sid === b.source.sid && a.text === b.text;
}
