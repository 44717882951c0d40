// Cuts a document's pages into chunks of about `size` characters for embedding and retrieval.
// Chunks end at sentence or paragraph boundaries where they can, overlap their neighbours by about one
// sentence, may run from the end of one page into the start of the next (a sentence does not stop at
// a page break), and are always exact spans of the page texts so a citation can point at the page.
// One pass over the text, linear in its length.
//
// Invariant (tested): a chunk on one page is pages[page].text.slice(start, end); a chunk spanning two
// is pages[page].text.slice(start).trimEnd() + '\n\n' + pages[pageEnd].text.slice(0, end).trimStart().
import type { Chunk, ExtractedDocument, ExtractedPage } from './types';
import { SELF_CONTAINED_PAGES } from './location';
import { isHeadingLine } from './sections';
import { runAll, type Steps } from '../slices';

export interface ChunkOptions {
  /** Target chunk length in characters (default 1000). A chunk never exceeds it. */
  size?: number;
  /** Share of `size` repeated from the end of one chunk at the start of the next (default 0.15). */
  overlap?: number;
}

export const DEFAULT_CHUNK_SIZE = 1000;
export const DEFAULT_CHUNK_OVERLAP = 0.15;
const PAGE_JOIN = '\n\n';

/** A sentence (or a piece of an over-long one): a trimmed span of one page's text. */
interface Unit {
  /** Index into doc.pages. */
  p: number;
  start: number;
  end: number;
}

/**
 * Units packed in one typed array (p, start, end): a 100 MB text has millions of sentences, and as
 * objects they would take several times the text's own memory inside a worker's heap budget.
 */
class UnitList {
  private data = new Int32Array(3 * 1024);
  length = 0;

  push(p: number, start: number, end: number): void {
    if (this.length * 3 + 3 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const k = this.length * 3;
    this.data[k] = p;
    this.data[k + 1] = start;
    this.data[k + 2] = end;
    this.length++;
  }

  at(i: number): Unit {
    const k = i * 3;
    return { p: this.data[k], start: this.data[k + 1], end: this.data[k + 2] };
  }
}

export function chunkDocument(doc: ExtractedDocument, options: ChunkOptions = {}): Chunk[] {
  return runAll(chunkingSteps(doc, options));
}

/**
 * chunkDocument as steps (see slices.ts): it yields after every window of sentence segmentation and every chunk, so
 * the main thread can cut a whole book into passages (for a summary) without stalling.
 */
export function* chunkingSteps(doc: ExtractedDocument, options: ChunkOptions = {}): Steps<Chunk[]> {
  const size = Math.max(20, Math.floor(options.size ?? DEFAULT_CHUNK_SIZE));
  const overlapChars = Math.floor(size * Math.min(0.5, Math.max(0, options.overlap ?? DEFAULT_CHUNK_OVERLAP)));
  const units = new UnitList();
  for (let p = 0; p < doc.pages.length; p++) yield* collectUnits(doc.pages[p].text, p, size, units);
  if (units.length === 0) return [];

  /**
   * Two units can share a chunk when on one page or on consecutive pages of a flowing document (a PDF's pages, the
   * pieces of one long section). Slides, sheets and chapters, and sections under different headings, are units of
   * meaning of their own, so a chunk never runs from one into the next.
   */
  const flowing = !SELF_CONTAINED_PAGES.has(doc.kind);
  const adjacentPages = (a: Unit, b: Unit) => a.p === b.p || (flowing && b.p === a.p + 1 && joinable(doc.pages[a.p], doc.pages[b.p]));

  /**
   * The last unit index of the chunk that starts at unit i: units are added while the chunk text
   * (pages joined by a blank line) stays within `size`, crossing at most one page break.
   */
  const pack = (i: number): number => {
    const first = units.at(i);
    let j = i;
    let firstPageLength = -1; // set once the chunk has crossed into the next page
    let secondPageStart = 0;
    while (j + 1 < units.length) {
      const next = units.at(j + 1);
      let length: number;
      if (next.p === units.at(j).p) {
        length = firstPageLength < 0 ? next.end - first.start : firstPageLength + PAGE_JOIN.length + (next.end - secondPageStart);
      } else {
        if (firstPageLength >= 0 || !adjacentPages(units.at(j), next)) break;
        length = units.at(j).end - first.start + PAGE_JOIN.length + (next.end - next.start);
      }
      if (length > size) break;
      if (next.p !== units.at(j).p) {
        firstPageLength = units.at(j).end - first.start;
        secondPageStart = next.start;
      }
      j++;
    }
    return j;
  };

  /** Where the chunk after units[i..j] starts: whole sentences from its end, at most overlapChars, one page. */
  const overlapStart = (i: number, j: number): number => {
    let back = j + 1;
    let length = 0;
    while (back - 1 > i) {
      const u = units.at(back - 1);
      if (u.p !== units.at(j).p) break;
      const extended = back === j + 1 ? u.end - u.start : length + (units.at(back).start - u.start);
      if (extended > overlapChars) break;
      length = extended;
      back--;
    }
    return back;
  };

  const chunks: Chunk[] = [];
  let i = 0;
  let prevEnd = -1;
  while (i < units.length) {
    let j = pack(i);
    // An overlap start that cannot reach past the previous chunk (page limit) would only repeat it.
    if (j <= prevEnd) {
      i = prevEnd + 1;
      j = pack(i);
    }
    chunks.push(makeChunk(doc, chunks.length, units.at(i), units.at(j)));
    if (j === units.length - 1) break;
    yield;
    prevEnd = j;
    i = overlapStart(i, j);
  }
  return chunks;

  function makeChunk(d: ExtractedDocument, n: number, first: Unit, last: Unit): Chunk {
    const context = contextOf(d.pages[first.p], first.start);
    if (first.p === last.p) {
      const page = d.pages[first.p];
      return { chunk: n, page: page.page, start: first.start, pageEnd: page.page, end: last.end, text: page.text.slice(first.start, last.end), ...context };
    }
    const a = d.pages[first.p];
    const b = d.pages[last.p];
    const endA = trimmedEnd(a.text);
    const startB = trimmedStart(b.text);
    return {
      chunk: n,
      page: a.page,
      start: first.start,
      pageEnd: b.page,
      end: last.end,
      text: a.text.slice(first.start, endA) + PAGE_JOIN + b.text.slice(startB, last.end),
      ...context,
    };
  }
}

/**
 * What a chunk's own text leaves out of where it is: the headings above its section ("Vegan cookies" over "### Method"),
 * and the section's own heading where the chunk starts past it. None for a chunk that says it all.
 */
function contextOf(page: ExtractedPage, start: number): { context?: string } {
  const heading = page.section?.heading;
  // A page opens with the headings of the sections it is the first words of ("## Version 4.2.0" over "### New
  // features", sections.ts): those are in its first chunk's text already.
  const opening = start === 0 ? openingHeadings(page.text) : '';
  const names = [...(page.section?.path ?? []).filter((name) => !opening.includes(name)), ...(heading && start > 0 ? [heading] : [])];
  return names.length ? { context: names.join(' › ') } : {};
}

/**
 * The text a chunk is embedded as: its own, after what its text leaves out of where it is, so that "At what temperature
 * are the vegan cookies baked?" finds the steps under the cookies' "Method" that never say "cookies". The stored text,
 * which citations point into, is the chunk's own.
 */
export function embeddingText(chunk: Pick<Chunk, 'text' | 'context'>): string {
  return chunk.context ? `${chunk.context}\n\n${chunk.text}` : chunk.text;
}

/** The heading lines that open a page's text, with white space collapsed as section names have it. */
function openingHeadings(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!isHeadingLine(line)) break;
    lines.push(line.replace(/\s+/g, ' '));
  }
  return lines.join('\n');
}

/** Consecutive pages of a flowing document join unless they are sections under different headings. */
function joinable(a: ExtractedPage, b: ExtractedPage): boolean {
  if (b.page !== a.page + 1) return false;
  return !a.section || !b.section || a.section.heading === b.section.heading;
}

function trimmedEnd(text: string): number {
  let e = text.length;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

function trimmedStart(text: string): number {
  let s = 0;
  while (s < text.length && isSpace(text.charCodeAt(s))) s++;
  return s;
}

/** Exactly the characters String.prototype.trim removes, so spans agree with trimStart/trimEnd. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const sentences = new Intl.Segmenter('und', { granularity: 'sentence' });

/** A heading's or list item's number alone: "1.", "## 2.3.", "4)". */
const SECTION_NUMBER = /^(?:#{1,6}[ \t]*)?\d{1,3}(?:\.\d{1,3})*[.)]$/;

/**
 * Text handed to the sentence segmenter at once. V8's segmenter costs time in proportion to the whole string for every
 * sentence it returns, so a 1 MB page took minutes (time grew with the square of its length); windows of a few KB
 * keep it linear. A window ends at a paragraph break where it can (sentences never cross one), else its last,
 * possibly unfinished, sentence is left to the next window.
 */
const SEGMENT_WINDOW = 4096;

/**
 * The page's sentences as trimmed spans. A single line break is not a sentence end (PDF lines wrap
 * mid-sentence), so the segmenter reads a copy where lone '\n' are spaces: same length, same offsets.
 */
function* collectUnits(text: string, p: number, size: number, out: UnitList): Steps<void> {
  /** A heading's or item's number ("## 1.", "2.3.") held back for the words after it. */
  let held: { start: number; end: number } | undefined;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) return;
    // The segmenter ends a "sentence" after the number of "## 1. Working hours": the number stays with its words, so a
    // chunk never ends on "## 1." while the next one starts on "Working hours".
    if (e - s <= 16 && SECTION_NUMBER.test(text.slice(s, e))) {
      held = { start: held?.start ?? s, end: e };
      return;
    }
    if (held) {
      s = held.start;
      held = undefined;
    }
    if (e - s <= size) out.push(p, s, e);
    else hardSplit(text, p, s, e, size, out);
  };
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + SEGMENT_WINDOW);
    let wholeWindow = end === text.length;
    if (!wholeWindow) {
      const para = lastParagraphBreak(text, at + SEGMENT_WINDOW / 2, end);
      if (para > 0) {
        end = para;
        wholeWindow = true;
      }
    }
    let lastStart = -1;
    let previous = -1;
    for (const { index } of sentences.segment(lineBreaksAsSpaces(text, at, end))) {
      if (previous >= 0) push(at + previous, at + index);
      previous = index;
      lastStart = index;
    }
    yield;
    if (wholeWindow || lastStart > 0) {
      // The last sentence of a window cut mid-paragraph may be unfinished: the next window reads it again.
      if (wholeWindow) push(at + lastStart, end);
      at = wholeWindow ? end : at + lastStart;
      continue;
    }
    // One sentence longer than the window: cut it at a space in the window's back half (hardSplit cuts what is too long).
    const cut = lastSpaceCut(text, at + SEGMENT_WINDOW / 2, end);
    push(at, cut);
    at = cut;
  }
  if (held) out.push(p, held.start, held.end); // a number that ends the page keeps its own unit
}

/** The end of the last blank-line run ("\n\n") inside [from, to), or -1; the scan never leaves the window. */
function lastParagraphBreak(text: string, from: number, to: number): number {
  for (let k = to - 1; k > from; k--) {
    if (text.charCodeAt(k) === 10 && text.charCodeAt(k - 1) === 10) return k + 1;
  }
  return -1;
}

/** Just after the last white space in [from, to), else `to` moved off a surrogate pair's middle. */
function lastSpaceCut(text: string, from: number, to: number): number {
  for (let k = to - 1; k > from; k--) if (isSpace(text.charCodeAt(k))) return k + 1;
  return isHighSurrogate(text.charCodeAt(to - 1)) ? to - 1 : to;
}

/** text[from, to) with every lone '\n' (no '\n' on either side, looking past the window's edges too) as a space. */
function lineBreaksAsSpaces(text: string, from: number, to: number): string {
  const lead = from > 0 ? 1 : 0;
  const padded = text.slice(from - lead, Math.min(text.length, to + 1));
  const view = padded.replace(/(?<!\n)\n(?!\n)/g, ' ');
  return view.slice(lead, lead + (to - from));
}

/** Cuts a run longer than `size` (no sentence ends: a table dump, a 100 MB line) at spaces where possible. */
function hardSplit(text: string, p: number, s: number, e: number, size: number, out: UnitList): void {
  while (s < e) {
    if (e - s <= size) {
      out.push(p, s, e);
      return;
    }
    let cut = s + size;
    // Prefer the last space in the back half of the window; the scan is bounded by the window.
    const floor = s + Math.floor(size / 2);
    let k = cut;
    while (k > floor && !isSpace(text.charCodeAt(k))) k--;
    if (k > floor) cut = k;
    else if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--; // never split a surrogate pair
    let pieceEnd = cut;
    while (pieceEnd > s && isSpace(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
    out.push(p, s, pieceEnd);
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
