// "How do I descale the kettle?" is answered by the steps that do it, all of them and in order, not by the one step or
// the one sentence of their section that shares the most words with the question. A procedure is a run of numbered or
// bulleted lines (a Markdown list, a PDF's "1." lines, a manual's "Step 3:"), found where the sentence that answers
// best is: one of its steps, the line that introduces it ("To descale the kettle:"), or the prose of its section above
// it.
import { isHeading } from './answer-sentences';
import { readableText } from './readable-text';

/**
 * A question asking how to do something: "How do I…", "How can we…", "How to…", "What are the steps to…", and the
 * same in the app's other languages. "How does it work?" or "How did the war end?" asks no procedure.
 */
const ASKS_PROCEDURE = new RegExp(
  [
    String.raw`^\s*how\s+(?:do|can|could|should|would|must|shall)\s+(?:i|we|you|one)\b`,
    String.raw`^\s*how\s+to\b`,
    String.raw`\b(?:what|which)\s+(?:are|is)\s+the\s+(?:steps|procedure|process|instructions)\b`,
    String.raw`\b(?:steps|instructions)\s+(?:to|for)\b`,
    String.raw`^\s*comment\s+(?:puis-je|peut-on|faire|dois-je|faut-il)\b`,
    String.raw`^\s*wie\s+(?:kann|muss|soll|könnte)\s+(?:ich|man|wir)\b`,
    String.raw`^\s*¿?\s*(?:cómo|como)\s+(?:puedo|se\s+puede|debo|hago|se)\b`,
  ].join('|'),
  'iu',
);

export function asksProcedure(question: string): boolean {
  return ASKS_PROCEDURE.test(question);
}

/** A step's line: "1. Open the lid.", "2) …", "Step 3: …", or a bullet ("- Open the lid."). Not a table row. */
const STEP_LINE = /^([ \t]*)(?:(\d{1,2})[.)]|(?:step|schritt|étape|paso)\s+(\d{1,2})\s*[:.)–-]?|[-*+•▪‣◦])[ \t]+(?=\S)/iu;
/** The end of a sentence: a step's line that has one is finished, and the plain line after it is not part of it. */
const FINISHED = /[.!?。！？]["'”’)\]]*\s*$/u;
/** A paragraph that goes on a list item: indented by a few spaces (Markdown's two to four, or a tab). */
const CONTINUED_PARAGRAPH = /^(?: {2,8}|\t)\S/;
/** Fewer steps are not a procedure. */
const MIN_STEPS = 2;
/** More are quoted up to this many: a longer list is a reference (a parts list), or is read at its citation. */
export const MAX_STEPS = 12;
/** The prose between the sentence that answers and the steps, at most: past that, the steps are another matter's. */
const MAX_GAP = 400;

export interface Span {
  start: number;
  end: number;
}

export interface Step extends Span {
  /** The step's number as the document gives it, or its place in a bulleted list. */
  number: number;
}

export interface Procedure {
  /** The line that introduces the steps ("To descale the kettle:"), or the heading of their section. */
  intro?: Span & { heading: boolean };
  steps: Step[];
}

interface Line extends Span {
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const text_ of text.split('\n')) {
    out.push({ start, end: start + text_.length, text: text_ });
    start += text_.length + 1;
  }
  return out;
}

/** The lists of steps in a text: runs of step lines, each step with the lines that wrap it or sit under it. */
function listsIn(text: string): Step[][] {
  const lists: Step[][] = [];
  let list: Step[] = [];
  let indent = 0;
  let marker: string | undefined;
  let blankSince = false;
  const close = () => {
    if (list.length >= MIN_STEPS) lists.push(list);
    list = [];
  };
  for (const line of linesOf(text)) {
    if (!line.text.trim()) {
      blankSince = true;
      continue;
    }
    const m = STEP_LINE.exec(line.text);
    const depth = m ? m[1].replace(/\t/g, '    ').length : 0;
    const last = list.at(-1);
    const given = m && (m[2] ?? m[3]);
    const bullet = m && !given ? m[0].trim() : undefined;
    // The next number is the next step however far in its line starts, and so is the list's own bullet after a blank
    // line: a PDF's running header, blanked out (passage-context.ts), leaves its width of spaces before it.
    if (m && (!last || depth <= indent || (given && Number(given) === last.number + 1) || (bullet && blankSince && bullet === marker))) {
      // A new numbering ("1." after "4.") starts another list.
      if (last && given && Number(given) !== last.number + 1) close();
      if (!list.length) [indent, marker] = [depth, bullet];
      const number = given ? Number(given) : (list.at(-1)?.number ?? 0) + 1;
      list.push({ start: line.start + line.text.length - line.text.trimStart().length, end: line.start + line.text.trimEnd().length, number });
    } else if (last && (m || (blankSince ? CONTINUED_PARAGRAPH : /^[ \t]/).test(line.text) || (!blankSince && !FINISHED.test(text.slice(last.start, last.end))))) {
      // A deeper item, an indented line or the rest of an unfinished line belongs to the step above it; after a blank
      // line, a paragraph indented as the item's text is (Markdown's), not the spaces left of a page's blanked header.
      last.end = line.start + line.text.trimEnd().length;
    } else {
      close();
    }
    blankSince = false;
  }
  close();
  return [...lists, ...unmarkedListsIn(text)].sort((a, b) => a[0].start - b[0].start);
}

/**
 * Steps that lost their bullets (a PDF printed from a web page draws them as shapes, not text): the lines right under
 * a line ending on a colon, each a whole sentence of its own ("To connect it to your network:" / "Install the app." /
 * "Hold SPOT and HOME for 3 seconds."). A line that wraps, or ends without a full stop, makes them prose or a
 * table, not steps.
 */
function unmarkedListsIn(text: string): Step[][] {
  const lists: Step[][] = [];
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    if (!/:\s*$/.test(lines[i].text) || STEP_LINE.test(lines[i].text)) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j].text.trim()) j++;
    const run: Line[] = [];
    for (; j < lines.length && lines[j].text.trim(); j++) run.push(lines[j]);
    if (run.length < MIN_STEPS || !run.every((l) => SENTENCE_LINE.test(l.text) && !STEP_LINE.test(l.text))) continue;
    lists.push(run.map((l, k) => ({ start: l.start + l.text.length - l.text.trimStart().length, end: l.start + l.text.trimEnd().length, number: k + 1 })));
    i = j - 1;
  }
  return lists;
}

/** A line that is a sentence of its own: it opens on a capital and ends on a full stop. */
const SENTENCE_LINE = /^\s*\p{Lu}.*[.!。！]["'”’)\]]*\s*$/u;

/**
 * The procedure that the sentence at `at` (a span of `text`) is part of: a list of steps it overlaps, or one that
 * follows it in the same section, within a few lines and no heading between. Undefined when there is none.
 */
export function procedureAt(text: string, at: Span): Procedure | undefined {
  for (const steps of listsIn(text)) {
    const first = steps[0];
    const last = steps.at(-1)!;
    const overlaps = at.start < last.end && at.end > first.start;
    const gap = text.slice(at.end, first.start);
    const gapLines = linesOf(gap);
    const above = at.end <= first.start && gap.length <= MAX_GAP && !gapLines.some((_, i) => headsSection(gapLines, i));
    if (!overlaps && !above) continue;
    return { intro: introOf(text, first.start, Math.min(at.start, first.start)), steps: steps.slice(0, MAX_STEPS) };
  }
  return undefined;
}

/**
 * What introduces the steps that start at `listStart`: the line right above them when it ends on a colon ("To
 * descale the kettle:"; only its last sentence), else the heading of their section when nothing but prose stands
 * between the two and the sentence that answered (at `from`) is under it.
 */
function introOf(text: string, listStart: number, from: number): Procedure['intro'] {
  const before = text.slice(0, listStart).trimEnd();
  if (before.endsWith(':')) {
    // The whole sentence that ends on the colon, which may wrap over lines: back to the end of the sentence before it,
    // the start of its paragraph, or the heading over it.
    const opening = sentenceStart(before);
    if (opening !== undefined && !STEP_LINE.test(before.slice(opening))) return { start: opening, end: before.length, heading: false };
  }
  const lines = linesOf(text.slice(0, listStart));
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (!l.text.trim()) continue;
    if (headsSection(lines, i)) return l.start <= from ? { start: l.start, end: l.start + l.text.trimEnd().length, heading: true } : undefined;
    if (STEP_LINE.test(l.text) || listStart - l.start > MAX_GAP * 2) return undefined;
  }
  return undefined;
}

/** Where the sentence that ends `text` starts; undefined when it starts too far back to be an introduction. */
function sentenceStart(text: string): number | undefined {
  const floor = Math.max(0, text.length - MAX_GAP);
  for (let i = text.length - 1; i > floor; i--) {
    const head = text.slice(0, i);
    if (/[.!?。！？]["'”’)\]]*$/u.test(head) && /\s/.test(text[i])) return i + (text.slice(i).length - text.slice(i).trimStart().length);
    if (text[i - 1] === '\n') {
      const lineAbove = head.slice(0, -1).split('\n').at(-1)!;
      if (!lineAbove.trim() || isHeading(lineAbove)) return i + (text.slice(i).length - text.slice(i).trimStart().length);
    }
  }
  return floor === 0 ? text.length - text.trimStart().length : undefined;
}

/** Past this many words, a line of its own is a sentence that lacks its full stop rather than a title. */
const MAX_TITLE_WORDS = 8;

/**
 * Whether the i-th line is a heading: marked or in Title Case (isHeading), or a PDF's title in sentence case
 * ("Charging the battery"), a few words in a paragraph of their own, without a sentence's or a label's punctuation.
 */
function headsSection(lines: readonly Line[], i: number): boolean {
  const line = lines[i].text.trim();
  if (!line || STEP_LINE.test(lines[i].text)) return false;
  if (isHeading(line)) return true;
  const alone = (k: number) => k < 0 || k >= lines.length || !lines[k].text.trim();
  return alone(i - 1) && alone(i + 1) && /^\p{Lu}/u.test(line) && !/[.!?:;,。！？]$/u.test(line) && line.split(/\s+/).length <= MAX_TITLE_WORDS;
}

/** A step as a person reads it: its words without the number or bullet. */
export function stepText(text: string, step: Span): string {
  return readableText(text.slice(step.start, step.end).replace(STEP_LINE, ''));
}
