// The grounded-answer prompt, and reading its `[n]` citation markers back out of an answer.
import type { AnswerRequest, AnswerSource, AnswerTurn } from './answer-types';

export interface PromptMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface PromptLimits {
  /** Earlier turns kept for follow-ups (a question and its answer are two turns). */
  maxHistoryTurns: number;
  /** Each earlier turn is cut to this many characters. */
  maxHistoryChars: number;
  /** Each source passage is cut to this many characters. */
  maxSourceChars: number;
}

export const DEFAULT_PROMPT_LIMITS: PromptLimits = { maxHistoryTurns: 6, maxHistoryChars: 2_000, maxSourceChars: 6_000 };

export const SYSTEM_PROMPT = [
  "You are Docent, an assistant that answers questions about the user's own documents.",
  'Answer only from the numbered sources given with the question; do not use outside knowledge.',
  'After every statement that comes from a source, cite it with its number in square brackets, like [1] or [2][3].',
  'Cite only numbers that appear in the list of sources.',
  "If the sources do not contain the answer, say plainly that you don't know from these documents; do not guess.",
  'Answer in the language of the question. Be concise.',
].join('\n');

/** `p. 7`, or `pp. 7–8` for a passage that crosses a page break. */
export function pageLabel(source: Pick<AnswerSource, 'page' | 'pageEnd'>): string {
  return source.pageEnd > source.page ? `pp. ${source.page}–${source.pageEnd}` : `p. ${source.page}`;
}

function clip(text: string, max: number): string {
  const flat = text.trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** `[1] report.pdf, p. 7: …text…`, one block per source. */
export function formatSources(sources: AnswerSource[], maxSourceChars = DEFAULT_PROMPT_LIMITS.maxSourceChars): string {
  return sources.map((s) => `[${s.n}] ${s.fileName}, ${pageLabel(s)}: ${clip(s.text, maxSourceChars)}`).join('\n\n');
}

/**
 * Earlier answers carry `[n]` markers that pointed into *their* source lists; left in, the model would read them as
 * references to today's sources. They are removed from the history it sees.
 */
function withoutCitations(text: string): string {
  return text.replace(CITATION_GROUP, '').replace(/[ \t]{2,}/g, ' ').replace(/\s+([.,;:!?])/g, '$1');
}

function historyMessages(history: AnswerTurn[], limits: PromptLimits): PromptMessage[] {
  return history
    .filter((turn) => turn.text.trim() !== '')
    .slice(-limits.maxHistoryTurns)
    .map((turn) => ({
      role: turn.role,
      content: clip(turn.role === 'assistant' ? withoutCitations(turn.text) : turn.text, limits.maxHistoryChars),
    }));
}

/** `Question: …`, in its self-contained form when a follow-up was rewritten, with the words the user asked beside it. */
export function questionLine(request: Pick<AnswerRequest, 'question' | 'standalone'>): string {
  const asked = request.question.trim();
  const standalone = request.standalone?.trim();
  return standalone && standalone !== asked ? `Question: ${standalone}\n(The user asked: "${asked}")` : `Question: ${asked}`;
}

export function buildPromptMessages(
  request: Pick<AnswerRequest, 'question' | 'history' | 'sources' | 'standalone'>,
  limits: PromptLimits = DEFAULT_PROMPT_LIMITS,
  systemPrompt = SYSTEM_PROMPT,
): PromptMessage[] {
  const sources =
    request.sources.length > 0
      ? `Sources:\n\n${formatSources(request.sources, limits.maxSourceChars)}`
      : 'Sources: none were found in the documents for this question.';
  return [
    { role: 'system', content: systemPrompt },
    ...historyMessages(request.history, limits),
    { role: 'user', content: `${sources}\n\n${questionLine(request)}` },
  ];
}

// `[1]`, `[1, 2]`, `[1; 3]`, `[2-4]`, `[2–4]`; adjacent groups like `[1][3]` are matched one by one.
const CITATION_GROUP = /\[\s*\d+(?:\s*(?:[,;]|[-–])\s*\d+)*\s*\]/g;

/** Every source number cited in the text, in order of first appearance. Ranges are expanded (at most 50 numbers). */
export function citedNumbers(text: string): number[] {
  const seen = new Set<number>();
  for (const group of text.match(CITATION_GROUP) ?? []) {
    for (const part of group.slice(1, -1).split(/[,;]/)) {
      const range = /^\s*(\d+)\s*[-–]\s*(\d+)\s*$/.exec(part);
      if (range) {
        const from = Number(range[1]);
        const to = Number(range[2]);
        if (to >= from && to - from < 50) for (let n = from; n <= to; n++) seen.add(n);
      } else {
        seen.add(Number(part.trim()));
      }
    }
  }
  return [...seen];
}

/** The sources the text actually cites, ascending by number; numbers that name no source are dropped. */
export function citedSources(text: string, sources: AnswerSource[]): AnswerSource[] {
  const byNumber = new Map(sources.map((source) => [source.n, source]));
  return citedNumbers(text)
    .filter((n) => byNumber.has(n))
    .sort((a, b) => a - b)
    .map((n) => byNumber.get(n)!);
}
