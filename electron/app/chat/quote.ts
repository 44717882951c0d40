// What the extractive answer quotes, and how a span of a source becomes a quote.
import type { Candidate } from './answer-sentences';
import { readableText } from './readable-text';

/**
 * What an answer quotes: a span of a source, and the span as a person reads it; a step of a procedure with its number,
 * on a line of its own, after the line that introduces the steps (`intro`); a bullet's (`bullet`) is not numbered.
 */
export type Quote = Pick<Candidate, 'source' | 'start' | 'end' | 'raw' | 'text' | 'code'> & { step?: number; bullet?: boolean; intro?: boolean };

/** The span `start`..`end` of a source, quoted as read. */
export function quoteOf(source: Candidate['source'], span: { start: number; end: number }, extra: Partial<Quote> = {}): Quote {
  const raw = source.text.slice(span.start, span.end);
  return { source, start: span.start, end: span.end, raw, text: readableText(raw), ...extra };
}
