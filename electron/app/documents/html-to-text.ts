// Renders an HTML tree as readable plain text that keeps the structure a reader (and a retriever) needs:
// blocks on their own lines, headings marked with '#', list items with '- ' or their number,
// table rows on one line with cells separated by ' | '. Used for DOCX (via mammoth's HTML) and web pages.
import type { Heading } from './sections';

/**
 * Marks where a heading line starts while the text is built; removed (and the offsets recorded) once the text is
 * final. NUL never survives into text from a parsed page (parsers replace it) and is dropped from text nodes anyway.
 */
const HEADING_MARK = '\u0000';

/**
 * Not text of the page: code, widgets, and a site's navigation menu ("Home | Jobs | Contact"), which a saved page
 * repeats on every page of the site and which answered "Who can I talk to about the job?" of a job advert.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'NAV']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE',
  'UL', 'OL', 'LI', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'CAPTION', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD',
  'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'FORM', 'FIELDSET', 'LEGEND', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
]);
/** Blocks that end a paragraph (a blank line after them), rather than just a line. */
const PARAGRAPH = new Set(['P', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'TABLE', 'FIGURE', 'DL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'ADDRESS', 'SECTION', 'ARTICLE']);

// Minimal structural view of a DOM node, so the same code serves linkedom and any other DOM.
interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
  getAttribute?(name: string): string | null;
}

class TextWriter {
  private out: string[] = [];
  /** 0 none, 1 newline, 2 blank line owed before the next text. */
  private pendingBreak = 0;
  private atLineStart = true;
  private spaceOwed = false;
  private linePrefix = '';

  breakLine(level: 1 | 2): void {
    if (this.out.length > 0) this.pendingBreak = Math.max(this.pendingBreak, level);
    this.spaceOwed = false;
  }

  space(): void {
    if (!this.atLineStart && !this.out[this.out.length - 1]?.endsWith(' ')) this.spaceOwed = true;
  }

  /** Text to put at the start of the next line (list bullet, heading mark). */
  prefixNextLine(prefix: string): void {
    this.linePrefix = prefix;
  }

  /** Text between cells of one row: replaces any owed space, never starts a line. */
  separator(text: string): void {
    this.spaceOwed = false;
    this.out.push(text);
    this.atLineStart = false;
  }

  write(text: string): void {
    if (!text) return;
    if (this.pendingBreak) {
      this.out.push(this.pendingBreak === 2 ? '\n\n' : '\n');
      this.pendingBreak = 0;
      this.atLineStart = true;
    }
    if (this.atLineStart) {
      if (this.linePrefix) this.out.push(this.linePrefix);
      this.linePrefix = '';
    } else if (this.spaceOwed) {
      this.out.push(' ');
    }
    this.spaceOwed = false;
    this.out.push(text);
    this.atLineStart = text.endsWith('\n');
  }

  /** How many pieces have been written: a mark to tell whether an element wrote anything. */
  get pieces(): number {
    return this.out.length;
  }

  /** Whether the text written so far ends with one of these marks (spaces aside). */
  endsWithMark(marks: string): boolean {
    for (let i = this.out.length - 1; i >= 0; i--) {
      const piece = this.out[i].trimEnd();
      if (piece) return marks.includes(piece[piece.length - 1]);
    }
    return false;
  }

  toString(): string {
    return this.out.join('');
  }
}

interface WalkState {
  pre: number;
  /** Inside a table cell blocks cannot break the line, or the row would fall apart. */
  cell: number;
  /** One entry per open list: the next number of an ordered list, or null for bullets. */
  lists: (number | null)[];
  /** A description list's term was just written: its description goes on the same line, after a colon. */
  afterTerm: boolean;
  /** Where the open term's text starts (TextWriter.pieces), to tell an empty term from one with words. */
  termAt: number;
}

/** One step of the walk: a node to enter, or what to do once an element's children are done. */
type Step = NodeLike | (() => void);

export function htmlNodeToText(root: NodeLike): string {
  return htmlNodeToSections(root).text;
}

/** The text, and where each heading (h1–h6) line starts in it, with the heading's words. */
export function htmlNodeToSections(root: NodeLike): { text: string; headings: Heading[] } {
  const marked = renderText(root);
  const headings: Heading[] = [];
  const parts: string[] = [];
  let length = 0;
  let from = 0;
  for (let at = marked.indexOf(HEADING_MARK); at >= 0; at = marked.indexOf(HEADING_MARK, from)) {
    parts.push(marked.slice(from, at));
    length += at - from;
    from = at + 1;
    const lineEnd = marked.indexOf('\n', from);
    const line = marked.slice(from, lineEnd < 0 ? marked.length : lineEnd);
    const marks = /^(#{1,6}) /.exec(line);
    headings.push({ offset: length, text: line.replace(/^#{1,6} /, ''), ...(marks ? { level: marks[1].length } : {}) });
  }
  parts.push(marked.slice(from));
  return { text: parts.join(''), headings };
}

function renderText(root: NodeLike): string {
  const w = new TextWriter();
  const st: WalkState = { pre: 0, cell: 0, lists: [], afterTerm: false, termAt: 0 };
  // An explicit stack rather than recursion: a page may nest elements ten thousand deep, which overflows
  // the call stack ("Maximum call stack size exceeded") long before it is a problem for the text.
  const stack: Step[] = [root];
  while (stack.length) {
    const step = stack.pop()!;
    if (typeof step === 'function') step();
    else enter(step, w, st, stack);
  }
  return w
    .toString()
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function pushChildren(node: NodeLike, stack: Step[]): void {
  const children = node.childNodes;
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
}

/** Writes what comes before a node's children and schedules its children, then what comes after them. */
function enter(node: NodeLike, w: TextWriter, st: WalkState, stack: Step[]): void {
  if (node.nodeType === 3) {
    writeText(node.textContent ?? '', w, st);
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeName.toUpperCase();
  if (SKIP.has(tag)) return;
  if (node.getAttribute?.('hidden') != null || node.getAttribute?.('aria-hidden') === 'true') return;

  if (tag === 'BR') {
    if (st.cell) w.space();
    else w.breakLine(1);
    return;
  }
  if (tag === 'TR') {
    if (!st.cell) w.breakLine(1);
    const cells = Array.from(node.childNodes).filter((c) => {
      const name = c.nodeName.toUpperCase();
      return name === 'TD' || name === 'TH';
    });
    stack.push(() => {
      if (!st.cell) w.breakLine(1);
    });
    for (let i = cells.length - 1; i >= 0; i--) {
      stack.push(() => {
        st.cell--;
      });
      pushChildren(cells[i], stack);
      stack.push(() => {
        if (i > 0) w.separator(' | ');
        st.cell++;
      });
    }
    return;
  }

  // "Salary" then "£11,920 a year" in a description list reads as a form's field: "Salary: £11,920 a year".
  const description = tag === 'DD' && st.afterTerm && !st.cell;
  if (BLOCK.has(tag)) st.afterTerm = false;
  if (tag === 'DT') st.termAt = w.pieces;
  const block = BLOCK.has(tag) && !st.cell && !description;
  if (block) w.breakLine(PARAGRAPH.has(tag) && !st.lists.length ? 2 : 1);
  else if (BLOCK.has(tag)) w.space();

  const heading = /^H([1-6])$/.exec(tag);
  if (heading && !st.cell) w.prefixNextLine(HEADING_MARK + '#'.repeat(Number(heading[1])) + ' ');
  if (tag === 'LI' && !st.cell) w.prefixNextLine('  '.repeat(Math.max(0, st.lists.length - 1)) + listMarker(st));

  if (tag === 'UL' || tag === 'OL') st.lists.push(tag === 'OL' ? Number(node.getAttribute?.('start') ?? '1') || 1 : null);
  if (tag === 'PRE') st.pre++;
  stack.push(() => {
    // An empty heading must not lend its mark to the next paragraph.
    if (heading && !st.cell) w.prefixNextLine('');
    if (tag === 'PRE') st.pre--;
    if (tag === 'UL' || tag === 'OL') st.lists.pop();
    // A term that wrote nothing (an empty <dt>) leaves its line as it is: no colon on the line before.
    if (tag === 'DT' && !st.cell && w.pieces > st.termAt) {
      if (!w.endsWithMark(':?.!')) w.separator(':');
      w.space();
      st.afterTerm = true;
      return;
    }
    if (description) w.breakLine(1);
    else if (block) w.breakLine(PARAGRAPH.has(tag) && !st.lists.length ? 2 : 1);
    else if (BLOCK.has(tag)) w.space();
  });
  pushChildren(node, stack);
}

function writeText(text: string, w: TextWriter, st: WalkState): void {
  const raw = text.includes(HEADING_MARK) ? text.replaceAll(HEADING_MARK, '') : text;
  if (st.pre) {
    const lines = raw.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) w.breakLine(1);
      w.write(line);
    });
    return;
  }
  if (/^\s/.test(raw)) w.space();
  const words = raw.trim().replace(/\s+/g, ' ');
  if (words) {
    w.write(words);
    if (/\s$/.test(raw)) w.space();
  }
}

function listMarker(st: WalkState): string {
  // Ordered lists read better with their numbers ("step 3").
  const top = st.lists.length - 1;
  const next = st.lists[top];
  if (next == null) return '- ';
  st.lists[top] = next + 1;
  return `${next}. `;
}
