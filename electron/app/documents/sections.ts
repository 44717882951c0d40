// Cuts the text of a document without pages (plain text, Markdown, HTML, Word, OpenDocument, RTF) into pages that a
// citation can name precisely: one page per section under a heading, and any section longer than MAX_SECTION_CHARS
// cut again at a paragraph break (else a line break, else a space). Each page carries its section heading and the
// 1-based number of its first line in the whole text (ExtractedPage.section), so "§ Heading, lines 120–135" can be
// said, and the source panel shows a section rather than a whole book. One pass, linear in the text's length.
import type { ExtractedPage } from './types';

/** A heading line of the text: where its line starts, and its words (without Markdown's '#' marks). */
export interface Heading {
  offset: number;
  text: string;
  /** 1 for a title, 2 for its sections… where the format says; a heading without one nests under none and none under it. */
  level?: number;
}

/**
 * The longest page. A chunk may run from one page into the next of the same section, so pages a few times larger than
 * the largest chunk (8,000 characters) cost retrieval nothing, and the source panel still shows a few screens.
 */
export const MAX_SECTION_CHARS = 16_384;
/** Headings are names, not paragraphs: a longer one is cut. */
const MAX_HEADING_CHARS = 200;

export interface SectionOptions {
  /** The text's first line number in the file it came from (Markdown front matter removed above it: its length + 1). */
  firstLine?: number;
  maxChars?: number;
}

/**
 * The pages of `text`: exact slices of it, in order, together covering every non-blank character. `headings` must be
 * ascending by offset, each at the start of a line. Pages holding only white space are left out.
 */
export function sectionPages(text: string, headings: readonly Heading[], options: SectionOptions = {}): ExtractedPage[] {
  const maxChars = Math.max(64, options.maxChars ?? MAX_SECTION_CHARS);
  const pages: ExtractedPage[] = [];
  // Line numbers are counted once, forwards, as pages are cut.
  let counted = 0;
  let line = options.firstLine ?? 1;
  const lineAt = (offset: number): number => {
    for (let k = counted; k < offset; k++) if (text.charCodeAt(k) === 10) line++;
    counted = offset;
    return line;
  };
  const addPage = (from: number, to: number, heading: string | undefined, path: string[]) => {
    if (!hasText(text, from, to)) return;
    const firstLine = lineAt(from);
    const section = heading === undefined ? { firstLine } : { heading, firstLine };
    pages.push({ page: pages.length + 1, text: text.slice(from, to), section: path.length ? { ...section, path } : section });
  };
  const addSection = (from: number, to: number, heading: string | undefined, path: string[]) => {
    while (to - from > maxChars) {
      const cut = cutPoint(text, from, from + maxChars);
      addPage(from, cut, heading, path);
      from = cut;
    }
    addPage(from, to, heading, path);
  };

  let from = 0;
  let heading: string | undefined;
  let level: number | undefined;
  // The headings the current one is under, and the current one, with their levels.
  let open: Array<{ level: number; text: string }> = [];
  let path: string[] = [];
  for (const h of headings) {
    if (h.offset <= from && from > 0) continue;
    // A heading with nothing under it but a deeper one ("## Version 4.2.0 (released 18 November 2026)" over "### New
    // features") opens the page of the section it heads: a page of its own would be a chunk that a question about
    // what is under it finds, holding none of it.
    const bare = level !== undefined && h.level !== undefined && h.level > level && onlyHeadingLines(text, from, h.offset);
    if (!bare) {
      if (h.offset > from) addSection(from, h.offset, heading, path);
      from = h.offset;
    }
    heading = cleanHeading(h.text);
    const depth = (level = h.level);
    open = depth === undefined ? [] : open.filter((o) => o.level < depth);
    path = open.map((o) => o.text);
    if (depth !== undefined && heading !== undefined) open.push({ level: depth, text: heading });
  }
  addSection(from, text.length, heading, path);
  return pages;
}

/** Where to end a page that may not run past `limit`: after a blank line, else a line end, else a space, in its back half. */
function cutPoint(text: string, from: number, limit: number): number {
  const floor = from + Math.floor((limit - from) / 2);
  let lineEnd = -1;
  let space = -1;
  for (let k = limit - 1; k > floor; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (text.charCodeAt(k - 1) === 10) return k + 1;
      if (lineEnd < 0) lineEnd = k + 1;
    } else if (space < 0 && (c === 32 || c === 9)) space = k + 1;
  }
  if (lineEnd > 0) return lineEnd;
  if (space > 0) return space;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/** A Markdown heading's line, by its '#' marks, as every extractor writes its headings. */
export function isHeadingLine(line: string): boolean {
  return ATX.test(line);
}

/**
 * Whether every line of text[from, to) that is not blank is a heading. Stops at the first that is not: a section of a
 * long book is not cut into lines to learn that its second line is prose.
 */
function onlyHeadingLines(text: string, from: number, to: number): boolean {
  for (let start = from; start < to; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline > to ? to : newline;
    const line = text.slice(start, end);
    if (line.trim() && !isHeadingLine(line)) return false;
    start = end + 1;
  }
  return true;
}

function hasText(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c > 32 && c !== 0xa0 && c !== 0xfeff) return true;
  }
  return false;
}

function cleanHeading(raw: string): string | undefined {
  const words = raw.replace(/\s+/g, ' ').trim();
  if (!words) return undefined;
  return words.length > MAX_HEADING_CHARS ? `${words.slice(0, MAX_HEADING_CHARS - 1)}…` : words;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-{2,})[ \t]*$/;
/** Lines that start a list item, a quote or a table row: such a paragraph is no setext heading. */
const NOT_HEADING_START = /^ {0,3}(?:[>*+|-]|\d{1,9}[.)])/;

/**
 * Markdown's headings: `# ATX` lines and setext headings (a paragraph underlined with === or ---), never inside a
 * fenced code block. The heading's section starts at its first line.
 */
export function markdownHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  let fence: string | null = null;
  /** Where the current paragraph began; -1 between paragraphs, NO_HEADING in a list, quote or table. */
  let paragraphStart = -1;
  const NO_HEADING = -2;
  let paragraphLines: string[] = [];
  forEachLine(text, (line, start) => {
    const fenced = FENCE.exec(line);
    if (fence !== null) {
      if (fenced && fenced[1][0] === fence[0] && fenced[1].length >= fence.length && !line.trim().slice(fenced[1].length)) fence = null;
      return;
    }
    if (fenced) {
      fence = fenced[1];
      paragraphStart = -1;
      return;
    }
    const atx = ATX.exec(line);
    if (atx) {
      headings.push({ offset: start, text: (atx[2] ?? '').replace(/[ \t]+#+$/, ''), level: atx[1].length });
      paragraphStart = -1;
      return;
    }
    if (!line.trim()) {
      paragraphStart = -1;
      return;
    }
    if (paragraphStart >= 0 && SETEXT_UNDERLINE.test(line)) {
      headings.push({ offset: paragraphStart, text: paragraphLines.join(' '), level: line.trim().startsWith('=') ? 1 : 2 });
      paragraphStart = -1;
      return;
    }
    if (paragraphStart === NO_HEADING) return;
    if (paragraphStart < 0) {
      if (NOT_HEADING_START.test(line)) {
        paragraphStart = NO_HEADING;
        return;
      }
      paragraphStart = start;
      paragraphLines = [];
    }
    // A heading is one line or a few; a long paragraph is never one, so its lines need not be kept.
    if (paragraphLines.length < 4) paragraphLines.push(line.trim());
  });
  return headings;
}

const CHAPTER = /^(?:CHAPTER|Chapter|PART|Part|BOOK|Book|SECTION|Section|ACT|Act|APPENDIX|Appendix|PROLOGUE|Prologue|EPILOGUE|Epilogue|PREFACE|Preface|INTRODUCTION|Introduction)\b/;

/**
 * Plain text has no markup, but books name their chapters on lines of their own ("CHAPTER IV", "Part Two: Winter"):
 * a short line standing alone between blank lines that begins with such a word starts a section.
 */
export function plainTextHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  let previousBlank = true;
  let candidate: Heading | null = null;
  forEachLine(text, (line, start) => {
    const blank = !line.trim();
    if (candidate) {
      if (blank) headings.push(candidate);
      candidate = null;
    }
    const trimmed = line.trim();
    if (previousBlank && !blank && trimmed.length <= 80 && CHAPTER.test(trimmed)) candidate = { offset: start, text: trimmed };
    previousBlank = blank;
  });
  if (candidate) headings.push(candidate);
  return headings;
}

/** Calls `visit` with each line (without its '\n') and the offset where it starts. */
function forEachLine(text: string, visit: (line: string, start: number) => void): void {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    visit(text.slice(start, end), start);
    start = end + 1;
  }
}
