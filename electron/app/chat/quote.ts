// What the extractive answer quotes, and how a span of a source becomes a quote.
import type { Candidate } from './answer-sentences';
import { readableText } from './readable-text';
import { rowLineAsRead } from './table-rows';
import { splitSentences } from './sentences';

/**
 * What an answer quotes: a span of a source, and the span as a person reads it; a step of a procedure with its number,
 * on a line of its own, after the line that introduces the steps (`intro`); a bullet's (`bullet`) is not numbered.
 */
export type Quote = Pick<Candidate, 'source' | 'start' | 'end' | 'raw' | 'text' | 'code'> & { step?: number; bullet?: boolean; intro?: boolean };

/** The span `start`..`end` of a source, quoted as read (a table's row as its label and value: rowLineAsRead). */
export function quoteOf(source: Candidate['source'], span: { start: number; end: number }, extra: Partial<Quote> = {}): Quote {
  const raw = source.text.slice(span.start, span.end);
  return { source, start: span.start, end: span.end, raw, text: rowLineAsRead(raw) ?? readableText(raw), ...extra };
}

/** The sentence right after `c` in its paragraph, as a span of its source with its text; none past a blank line. */
export function sentenceAfter(c: Pick<Quote, 'source' | 'end'>): { start: number; end: number; text: string } | undefined {
  const [next] = sentencesAfter(c, 1);
  return next?.inParagraph ? { start: next.start, end: next.end, text: next.text } : undefined;
}

/**
 * The sentences after `c` up to the next heading, at most `max`, each saying whether it is in `c`'s paragraph (as
 * sentenceAfter gives the first): a letter whose every sentence is a paragraph goes on about the same thing.
 */
export function sentencesAfter(c: Pick<Quote, 'source' | 'end'>, max: number): { start: number; end: number; text: string; inParagraph: boolean }[] {
  const rest = c.source.text.slice(c.end);
  const heading = rest.search(/\n#{1,6}\s/);
  const section = heading < 0 ? rest : rest.slice(0, heading);
  const blank = section.search(/\n[ \t]*\n/);
  return splitSentences(section)
    .slice(0, max)
    .map((s) => ({ start: c.end + s.start, end: c.end + s.end, text: s.text, inParagraph: blank < 0 || s.start < blank }));
}

/** The lead of `chosen`, the span `after` it quoted next, then the others chosen but one overlapping that span. */
export function quotedAfterLead(chosen: readonly Candidate[], after: { start: number; end: number }): Quote[] {
  const [lead, ...others] = chosen;
  return [lead, quoteOf(lead.source, after), ...others.filter((c) => !(c.source === lead.source && c.start < after.end && c.end > after.start))];
}
