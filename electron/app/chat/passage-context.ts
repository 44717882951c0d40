// What the retrieved passages need from their whole document before an answerer reads them: the running page headers
// and footers (lines repeated at the top or bottom of many pages) blanked out, and the passage widened to whole
// sentences, so that no answer quotes "FREE CULTURE 47" or stops at "…the maximum is" because a chunk ended there.
// Offsets are kept: blanked characters become spaces, so a citation span still designates the text as stored.
import type { AnswerSource } from './answer-types';
import { splitSentences } from './sentences';
import { runAll, type Steps } from '../slices';

export interface PageText {
  page: number;
  text: string;
}

/** Lines looked at, at each end of a page, for running headers and footers (one on a page of a few lines). */
const EDGE_LINES = 2;
/** The end of a sentence or of a paragraph: nothing needs adding after it. */
const SENTENCE_END = /[.!?:;。！？…]["'”’)\]]*\s*$/u;
/** A sentence is completed over at most this many characters on either side of a passage. */
const MAX_WIDEN = 600;

/** A line as it repeats from page to page: case, spacing and page numbers aside. */
export function runningKey(line: string): string {
  return line
    .trim()
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/\b[ivxlc]{1,7}\b(?=\s*$)|^\s*\b[ivxlc]{1,7}\b/g, '#') // roman page numbers at either end
    .replace(/\s+/g, ' ');
}

function edgeLines(text: string): string[] {
  const lines = text.split('\n').filter((l) => l.trim());
  const edge = lines.length >= 2 * EDGE_LINES + 2 ? EDGE_LINES : 1;
  if (lines.length <= 2 * edge) return lines;
  return [...lines.slice(0, edge), ...lines.slice(-edge)];
}

/**
 * The kinds of document whose pages are printed pages, slides or scans, which have running headers and footers. The
 * "pages" of a Markdown, HTML or text file are its sections, and the lines that repeat at their edges are its own (a
 * README's closing code fence, a rule): blanking them would break the code and lists they close.
 */
const PAGED_KINDS: ReadonlySet<string> = new Set(['pdf', 'pptx', 'image', 'docx', 'odt', 'rtf']);

/**
 * The running headers and footers of a paged document of the given kind, as `runningKey`s: lines found among the
 * first or last lines of at least three pages (both pages of a two-page document). A document without real pages has
 * none.
 */
export function findRunningLines(pages: readonly PageText[], kind: string): Set<string> {
  return runAll(runningLinesSteps(pages, kind));
}

/** findRunningLines as steps, one page each (see slices.ts), for the main thread. */
export function* runningLinesSteps(pages: readonly PageText[], kind: string): Steps<Set<string>> {
  const withText = pages.filter((p) => p.text.trim());
  const running = new Set<string>();
  if (withText.length < 2 || !PAGED_KINDS.has(kind)) return running;
  const needed = withText.length === 2 ? 2 : 3;
  const count = new Map<string, number>();
  for (const p of withText) {
    for (const key of new Set(edgeLines(p.text).map(runningKey))) {
      if (key) count.set(key, (count.get(key) ?? 0) + 1);
    }
    yield;
  }
  for (const [key, n] of count) if (n >= needed) running.add(key);
  return running;
}

/**
 * Blanks the running lines in a passage (same length, so offsets hold). The newline that joins a blanked line to the
 * text after it goes too, unless it ends a paragraph, so a sentence running across a footer and the next page's
 * header reads as one sentence.
 */
export function blankRunningLines(text: string, running: ReadonlySet<string>): string {
  if (running.size === 0) return text;
  let out = text;
  let at = 0;
  const blanked: number[] = [];
  const blank = (from: number, to: number) => {
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  };
  for (const line of text.split('\n')) {
    const start = at;
    const end = at + line.length;
    at = end + 1;
    if (!line.trim() || !running.has(runningKey(line))) continue;
    blank(start, end);
    blanked.push(start);
    if (out[end] === '\n' && out[end + 1] !== '\n' && end + 1 < out.length) blank(end, end + 1);
    else if (start > 0 && out[start - 1] === '\n' && out[start - 2] !== '\n') blank(start - 1, start);
  }
  // Between blank lines, as a PDF's text has them ("…above the Bank of England base" / "" / header / "" / footer / "" /
  // "rate."), the lines around a blanked one still read as paragraph breaks: where the text before does not end a
  // sentence and the text after goes on in lower case, the whole space between them is one sentence's.
  for (const at of blanked) {
    let from = at;
    while (from > 0 && /\s/.test(out[from - 1])) from--;
    let to = at;
    while (to < out.length && /\s/.test(out[to])) to++;
    if (from > 0 && !SENTENCE_END.test(out.slice(Math.max(0, from - 4), from)) && /^\p{Ll}/u.test(out.slice(to, to + 1))) blank(from, to);
  }
  return out;
}

/**
 * Widens a passage to whole sentences at both ends: a chunk that was cut in the middle of a long sentence gets the rest
 * of it, and a passage that stops at the foot of a page mid-sentence gets the end of the sentence from the next page
 * (joined by a blank line, as the chunker joins pages), so the answer never quotes half a sentence.
 */
export function widenToSentences(source: AnswerSource, pages: ReadonlyMap<number, string>, selfContained = false): AnswerSource {
  const first = pages.get(source.page);
  const last = pages.get(source.pageEnd);
  let { start, end, text, pageEnd } = source;
  if (first !== undefined && start > 0 && start <= first.length) {
    const from = Math.max(0, start - MAX_WIDEN);
    const window = first.slice(from, Math.min(first.length, start + MAX_WIDEN));
    const containing = splitSentences(window).find((s) => from + s.start < start && from + s.end > start);
    if (containing) {
      const newStart = from + containing.start;
      text = first.slice(newStart, start) + text;
      start = newStart;
    }
  }
  if (last !== undefined && end < last.trimEnd().length) {
    const from = Math.max(0, end - MAX_WIDEN);
    const window = last.slice(from, Math.min(last.length, end + MAX_WIDEN));
    const containing = splitSentences(window).find((s) => from + s.start < end && from + s.end > end);
    if (containing) {
      const newEnd = from + containing.end;
      text = text + last.slice(end, newEnd);
      end = newEnd;
    }
  } else if (last !== undefined && !selfContained && !SENTENCE_END.test(text)) {
    // The passage ends with its page, mid-sentence: the sentence goes on at the top of the next page. Not a slide's or
    // a sheet's: its last bullet ("Agency fees £30,000, contingency £9,600") ends there, and the next slide's title
    // ("Risks") is no part of it.
    const next = pages.get(source.pageEnd + 1);
    const sentence = next === undefined ? undefined : splitSentences(next.slice(0, MAX_WIDEN))[0];
    if (next !== undefined && sentence) {
      text = `${text.trimEnd()}\n\n${next.slice(0, sentence.end)}`;
      pageEnd = source.pageEnd + 1;
      end = sentence.end;
    }
  }
  return start === source.start && end === source.end && pageEnd === source.pageEnd ? source : { ...source, start, end, pageEnd, text };
}

/** A passage ready for an answerer: whole sentences, running headers and footers blanked. */
export function inDocumentContext(
  source: AnswerSource,
  pages: readonly PageText[] | undefined,
  running: ReadonlySet<string>,
  /** Its pages are slides, sheets or chapters, each ending its own text (SELF_CONTAINED_PAGES). */
  selfContained = false,
): AnswerSource {
  let out = source;
  if (pages) {
    const byNumber = new Map<number, string>();
    // Without their running lines: a sentence that goes on over the page goes on after the next page's header
    // ("…above the Bank of England base" / "Northwind — Service Agreement" / "rate."), not in it.
    for (const p of pages) if (p.page === source.page || p.page === source.pageEnd || p.page === source.pageEnd + 1) byNumber.set(p.page, blankRunningLines(p.text, running));
    out = widenToSentences(out, byNumber, selfContained);
  }
  const text = blankRunningLines(out.text, running);
  return text === out.text ? out : { ...out, text };
}
