// "How do I descale the kettle?" is answered by the steps that do it, all of them and in order, not by the one step or
// the one sentence of their section that shares the most words with the question. A procedure is a run of numbered or
// bulleted lines (a Markdown list, a PDF's "1." lines, a manual's "Step 3:"), or sentences of prose that say what to do
// (prose-steps.ts; the prose of a section headed "Resetting…"), found where the sentence that answers best is: one of
// its steps, the line that introduces it ("To descale the kettle:"), or the prose of its section above it.
import { isHeading, isNumberedCapitalsTitle, namesLikeTitle } from './answer-sentences';
import { FIELD_LINE } from './form-lines';
import { opensOnInstruction, proseStepsIn, type ProseSteps } from './prose-steps';
import { readableText } from './readable-text';
import { splitSentences } from './sentences';

/**
 * A question asking how to do something: "How do I…", "How can we…", "How to…", "What are the steps to…", "What should
 * I do…", and the same in the app's other languages. "How does it work?" or "How did the war end?" asks no procedure.
 * (asksProcedure also takes the questions a list answers whole, ASKS_LIST.)
 */
const ASKS_PROCEDURE = new RegExp(
  [
    String.raw`^\s*how\s+(?:do|can|could|should|would|must|shall)\s+(?:i|we|you|one)\b`,
    String.raw`^\s*how\s+to\b`,
    String.raw`\b(?:what|which)\s+(?:are|is)\s+the\s+(?:steps|procedure|process|instructions)\b`,
    String.raw`\b(?:steps|instructions)\s+(?:to|for)\b`,
    // "What should I do before first use?", "What do we do if the alarm sounds?"
    String.raw`^\s*what\s+(?:do|should|must|shall|can)\s+(?:i|we|you|one)\s+do\b`,
    // "Comment puis-je…", "Comment est-ce que je…", "Comment détartrer la bouilloire ?" (not "Comment votre équipe…")
    String.raw`^\s*comment\s+(?:puis-je|peut-on|faire|dois-je|faut-il|est-ce\s+qu|(?!(?:votre|notre|leur|autre|cette|entre)\b)\p{L}+(?:er|ir|re)\b)`,
    // "Wie kann ich…", "Wie entkalke ich den Wasserkocher?" (not "Wie bin ich versichert?")
    String.raw`^\s*wie\s+(?:(?!(?:bin|ist|sind|war|wäre|heiße|heißt|alt)\b)\p{L}+\s+)?(?:ich|man|wir)\b`,
    // "¿Cómo puedo…", "¿Cómo se puede…", "¿Cómo hago…" (not "¿Cómo se llama…?")
    String.raw`^\s*¿?\s*(?:cómo|como)\s+(?:puedo|podemos|se\s+puede|debo|hago|hay\s+que|tengo\s+que)\b`,
  ].join('|'),
  'iu',
);

export function asksProcedure(question: string): boolean {
  return ASKS_PROCEDURE.test(question) || ASKS_LIST.test(question);
}

/** Whether the question asks for a list whole ("What ingredients do I need?"), whose items have no order. */
export function asksList(question: string): boolean {
  return ASKS_LIST.test(question) && !ASKS_PROCEDURE.test(question);
}

/**
 * A question answered by a list as a whole, as a procedure is: "What ingredients do I need?", "Which documents must
 * I bring?", "What are the requirements?", "What's in the box?", "What comes with the kit?", "What is not included?",
 * "What does the warranty not cover?", "¿Qué no está incluido?", "Qu'est-ce qui n'est pas fourni ?", "Was ist nicht
 * enthalten?", of release notes "What's new in 4.2?", "What was fixed in 4.1.3?", "What are the known issues?", and
 * of anything listed under its name: "What are the advisories?", "What are the side effects?", "What are Noah's
 * targets?", "What desserts are there?".
 * Not "What is the capital?" nor "What are the risks of smoking?", which prose answers, nor "What does the warranty
 * cover?", which a paragraph may, nor "What has changed?", which asked of a lease quoted all of it, nor "What time do
 * I need to arrive?", which asks a time (nor does LIST_NAMED take it). Asked for someone else too: "What should my
 * child pack?".
 */
const ASKS_LIST =
  /^\s*¿?\s*qu[eé]\s+(?:no\s+)?(?:est[aá]n?\s+(?:incluid[oa]s?|cubiert[oa]s?)|incluye|cubre)(?!\p{L})|^\s*qu'est-ce\s+qui\s+(?:n'est\s+pas|est)\s+(?:inclus|compris|fourni|couvert)(?!\p{L})|^\s*was\s+ist\s+(?:nicht\s+)?(?:enthalten|inbegriffen|inklusive|versichert|abgedeckt)(?!\p{L})|^\s*what(?:'s|\s+is|\s+are)\s+(?:not\s+)?(?:included|covered|excluded|allowed|permitted|provided)\b|^\s*what\s+(?:isn't|aren't)\s+(?:included|covered|allowed|permitted|provided)\b|^\s*what\s+(?:does|do|will)\s+(?:\p{L}+\s+){1,4}?not\s+(?:include|cover)\b|^\s*what\s+(?:are|is)\s+(?:excluded|the\s+exclusions)\b|^\s*(?:what|which)\s+(?:(?!(?:time|day|date|year|month|hour|age|size)\b)\p{L}+\s+)?(?:do|does|should|must|will)\s+(?:i|we|you|one|they|he|she|(?:my|our|your)\s+\p{L}+)\s+(?:need|bring|take|pack)\b|^\s*what\s+(?:are|were)\s+the\s+(?:ingredients|requirements|prerequisites|documents\s+(?:needed|required)|materials|tools)\b|^\s*what(?:'s|\s+is|\s+comes?)\s+(?:in|with)\s+the\s+(?:box|package|kit|pack)\b|^\s*what\s+(?:does|do)\s+the\s+(?:box|package|kit|pack|set)\s+(?:include|contain)\b|^\s*what(?:'s|\s+is|\s+was)\s+new\b|^\s*what\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:fixed|added|improved)\b|^\s*what\s+are\s+the\s+(?:new\s+features|known\s+issues|bug\s+fixes|fixes|improvements)\b|^\s*what\s+(?:are|were)\s+(?:the|my|your|his|her|their|our|\p{L}+['’]s)\s+(?:\p{L}+\s+)?\p{L}+s\s*\??\s*$|^\s*what\s+\p{L}+s\s+(?:are\s+there|do\s+(?:you|they)\s+(?:have|offer|serve|sell))\s*\??\s*$/iu;

/**
 * What a list question names: the list ("ingredients" of "What ingredients do I need?", "documents" of "Which
 * documents must I bring?") and the verb that asks for it ("need"), which says nothing of what is in it.
 */
const LIST_NAMED =
  /^\s*(?:what|which)\s+(?:(?!(?:time|day|date|year|month|hour|age|size)\b)(\p{L}+)\s+)?(?:do|does|should|must|will)\s+(?:i|we|you|one|they)\s+(need|bring|take|pack)\b|^\s*what\s+(?:are|were)\s+the\s+(ingredients|requirements|prerequisites|documents|materials|tools)\b|^\s*what\s+(\p{L}+s)\s+are\s+there\s*\??\s*$/iu;

export function askedList(question: string): { noun?: string; verb?: string } | undefined {
  const m = LIST_NAMED.exec(question);
  return m ? { noun: (m[1] ?? m[3] ?? m[4])?.toLowerCase(), verb: m[2]?.toLowerCase() } : undefined;
}

/**
 * A step's line: "1. Open the lid.", "2) …", "Step 3: …", or a bullet ("- Open the lid."). Not a table row, nor "Step 1
 * of our promise is…", which is prose.
 */
const STEP_LINE = /^([ \t]*)(?:(\d{1,2})[.)]|(?:step|schritt|étape|paso)\s+(\d{1,2})\s*[:.)–-]|[-*+•▪‣◦])[ \t]+(?=\S)/iu;
/** The end of a sentence: a step's line that has one is finished, and the plain line after it is not part of it. */
const FINISHED = /[.!?。！？]["'”’)\]]*\s*$/u;
/** A paragraph that goes on a list item: indented by a few spaces (Markdown's two to four, or a tab). */
const CONTINUED_PARAGRAPH = /^(?: {2,8}|\t)\S/;
/** A Markdown code fence: the lines between two are code, never steps ("- name: Install nginx" in YAML). */
const FENCE = /^\s*(?:```|~~~)/;
/** Fewer steps are not a procedure. */
const MIN_STEPS = 2;
/**
 * More are not one either: a list that long is a reference (a parts list, a changelog), and quoting part of it would
 * drop steps without a word.
 */
export const MAX_STEPS = 20;
/**
 * Plain text between two numbered steps that belongs to the first ("Caution: the toner is hot.", a second paragraph of
 * an HTML list item, a warning that wraps over lines), at most, in characters: the next number going on says it is
 * part of the list.
 */
const MAX_NOTE = 600;
/** The prose between the sentence that answers and the steps, at most: past that, the steps are another matter's. */
const MAX_GAP = 400;

export interface Span {
  start: number;
  end: number;
}

export interface Step extends Span {
  /** The step's number as the document gives it, or its place in a bulleted or a "1. 1. 1." list. */
  number: number;
  /** The number written before it, if any: a bullet's step has none. */
  given?: number;
  /** A sentence of a paragraph that says the steps as prose ("First, …. Then …."): quoted as the prose it is. */
  prose?: boolean;
  /**
   * Such a sentence though nothing marks a sequence: a paragraph of instructions, or a section's prose. Rules and
   * stories are written so too ("Use sentence case. Avoid jargon.", "Take the left path. Count the stones."): they are
   * steps only where their heading or introduction says what they do (procedure-answer.ts).
   */
  unmarked?: boolean;
  /** The first of such steps: the sentence before it that introduces them (prose-steps.ts). */
  introducedBy?: Span;
}

export interface Procedure {
  /** The sentence right above the steps that introduces them, ending on a colon ("To descale the kettle:"). */
  intro?: Span;
  /** The heading of the steps' section ("Replacing the filter"), where the sentence that led to them is under it. */
  heading?: Span;
  steps: Step[];
}

export interface Line extends Span {
  text: string;
}

export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const text_ of text.split('\n')) {
    out.push({ start, end: start + text_.length, text: text_ });
    start += text_.length + 1;
  }
  return out;
}

/** For each line inside (or being) a code fence, the indentation of the fence that opened its block; else undefined. */
function fencedLines(lines: readonly Line[]): Array<number | undefined> {
  let open: number | undefined;
  return lines.map((line) => {
    if (!FENCE.test(line.text)) return open;
    const at = open ?? line.text.length - line.text.trimStart().length;
    open = open === undefined ? at : undefined;
    return at;
  });
}

/** The index of the line that holds offset `at`. */
export function lineAt(lines: readonly Line[], at: number): number {
  const i = lines.findIndex((l) => l.end >= at);
  return i < 0 ? lines.length - 1 : i;
}

export const trimmed = (line: Line): Span => ({ start: line.start + line.text.length - line.text.trimStart().length, end: line.start + line.text.trimEnd().length });

/** The lists of steps in a text: runs of step lines, each step with the lines that wrap it or sit under it. */
export function listsIn(text: string): Step[][] {
  const lines = linesOf(text);
  const fenced = fencedLines(lines);
  const lists: Step[][] = [];
  let list: Step[] = [];
  let indent = 0;
  let marker: string | undefined;
  let blankSince = false;
  /** The last line taken into the step above was a deeper item: a deeper number goes on that sub-list. */
  let inSubList = false;
  /** Plain lines after a finished numbered step: its own if the numbering goes on after them, else the list's end. */
  let notes: Line[] = [];
  const close = () => {
    // Code right under the last step, at the list's margin ("3. Install it:" / "```" … "```"), is that step's.
    const last = list.at(-1);
    if (last && notes.length && FENCE.test(notes[0].text) && FENCE.test(notes.at(-1)!.text) && notes.length > 1 && !text.slice(last.end, notes[0].start).includes('\n\n')) last.end = trimmed(notes.at(-1)!).end;
    if (list.length >= MIN_STEPS && list.length <= MAX_STEPS) lists.push(list);
    list = [];
    notes = [];
  };
  for (const [i, line] of lines.entries()) {
    const fence = fenced[i];
    if (fence !== undefined) {
      // Code under a step, indented as its text ("1. Clone your fork:" / "   ```bash"), is part of it; a fence at the
      // list's own margin ends the list.
      // A block at the margin between two numbered steps ("1. Clone it:" / "```" … "```" / "2. Build it.", as many a
      // README writes it) is the step's where the numbering goes on after it, as a note is.
      const last = list.at(-1);
      if (last && !notes.length && fence > indent) last.end = trimmed(line).end;
      else if (last && marker === undefined && line.end - (notes[0]?.start ?? line.start) <= MAX_NOTE) notes.push(line);
      else close();
      blankSince = false;
      continue;
    }
    if (!line.text.trim()) {
      blankSince = true;
      continue;
    }
    if (numberedTitle(lines, i)) {
      close();
      blankSince = false;
      continue;
    }
    const m = STEP_LINE.exec(line.text);
    const depth = m ? m[1].replace(/\t/g, '    ').length : 0;
    const last = list.at(-1);
    const given = m ? (m[2] ?? m[3]) : undefined;
    const bullet = m && !given ? m[0].trim() : undefined;
    // "1." again after a list of nothing but "1."s goes on with it: Markdown numbers such a list itself.
    const sameAgain = given !== undefined && last !== undefined && depth === indent && !notes.length && list.every((s) => s.given === Number(given));
    const nextNumber = given !== undefined && last !== undefined && (Number(given) === last.number + 1 || sameAgain);
    // The next number is the next step however far in its line starts, and so is the list's own bullet after a blank
    // line: a PDF's running header, blanked out (passage-context.ts), leaves its width of spaces before it. Not within a
    // sub-list, whose "2." follows its own "1.".
    if (m && (!last || depth <= indent || (!inSubList && (nextNumber || (bullet !== undefined && blankSince && !notes.length && bullet === marker))))) {
      // A new numbering ("1." after "4."), or a bullet after plain lines, starts another list.
      if (last && ((given !== undefined && !nextNumber) || (notes.length && !nextNumber))) close();
      else if (last && notes.length) last.end = trimmed(notes.at(-1)!).end;
      notes = [];
      if (!list.length) [indent, marker] = [depth, bullet];
      const number = given !== undefined && !sameAgain ? Number(given) : (list.at(-1)?.number ?? 0) + 1;
      list.push({ ...trimmed(line), number, given: given !== undefined ? Number(given) : undefined });
      inSubList = false;
    } else if (last && !notes.length && (m || (blankSince ? CONTINUED_PARAGRAPH : /^[ \t]/).test(line.text) || (!blankSince && !FINISHED.test(text.slice(last.start, last.end))))) {
      // A deeper item, an indented line or the rest of an unfinished line belongs to the step above it; after a blank
      // line, a paragraph indented as the item's text is (Markdown's), not the spaces left of a page's blanked header.
      last.end = trimmed(line).end;
      inSubList = m !== null;
    } else if (last && !m && marker === undefined && line.end - (notes[0]?.start ?? line.start) <= MAX_NOTE && !headsSection(lines, i) && !/:\s*$/.test(line.text)) {
      notes.push(line);
    } else {
      close();
      if (m) {
        [indent, marker] = [depth, bullet];
        list.push({ ...trimmed(line), number: given !== undefined ? Number(given) : 1, given: given !== undefined ? Number(given) : undefined });
        inSubList = false;
      }
    }
    blankSince = false;
  }
  close();
  const unmarked = unmarkedListsIn(lines, fenced);
  const overlapsAny = (run: Span[], others: Step[][]) => others.some((l) => run[0].start < l.at(-1)!.end && run.at(-1)!.end > l[0].start);
  const marked = [...lists, ...unmarked, ...methodParagraphsIn(lines, fenced).filter((run) => !overlapsAny(run, [...lists, ...unmarked]))];
  const runs = proseStepsIn(text).filter(({ steps }) => !overlapsAny(steps, marked) && !steps.some((step) => fenced[lineAt(lines, step.start)] !== undefined));
  const asSteps = ({ intro, steps, unmarked }: ProseSteps) =>
    steps.map((step, k): Step => ({ ...step, number: k + 1, prose: true, unmarked, introducedBy: k === 0 ? intro : undefined }));
  const sequences = runs.filter((run) => !run.unmarked).map(asSteps);
  // A section's prose whose heading says what it does is all its steps, though one of its paragraphs is instructions.
  const sections = actionSectionsIn(text, lines).filter((run) => !overlapsAny(run, [...marked, ...sequences]));
  const instructions = runs.filter((run) => run.unmarked).map(asSteps).filter((run) => !overlapsAny(run, sections));
  return [...marked, ...sequences, ...sections, ...instructions].sort((a, b) => a[0].start - b[0].start);
}

/**
 * Steps that lost their bullets (a PDF printed from a web page draws them as shapes, not text): the lines right under
 * a line ending on a colon, each a whole sentence of its own ("To connect it to your network:" / "Install the app." /
 * "Hold SPOT and HOME for 3 seconds."). A line that wraps, or ends without a full stop, makes them prose or a
 * table, not steps.
 */
function unmarkedListsIn(lines: readonly Line[], fenced: ReadonlyArray<number | undefined>): Step[][] {
  const lists: Step[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i] !== undefined || !/:\s*$/.test(lines[i].text) || STEP_LINE.test(lines[i].text)) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j].text.trim()) j++;
    const run: Line[] = [];
    for (; j < lines.length && lines[j].text.trim() && fenced[j] === undefined; j++) run.push(lines[j]);
    const items = run.every((l) => SENTENCE_LINE.test(l.text) && !STEP_LINE.test(l.text)) ? run : itemLines(run);
    if (items.length < MIN_STEPS || items.length > MAX_STEPS) continue;
    lists.push(items.map((l, k) => ({ ...trimmed(l), number: k + 1 })));
    i = j - run.length + items.length - 1;
  }
  return lists;
}

/**
 * Of the lines under a colon, the items of a list that lost its bullets, where they are things rather than sentences
 * ("What to bring:" / "Passport" / "Driving licence" / "Credit card in the main driver's name"): the first lines, each
 * a few words opening on a capital without a sentence's end. What follows them (a sentence, the next section) is not
 * the list's.
 */
function itemLines(run: readonly Line[]): Line[] {
  // Items that are not a form's fields end where its fields go on: "Urgent repairs:" / "Loose ridge tiles" / "Blocked
  // gutter" is followed by "Surveyor: H. Lamb", no repair.
  const fielded = (l: Line) => FIELD_ITEM.test(l.text);
  const isItem = (l: Line) => ITEM_LINE.test(l.text) && l.text.trim().split(/\s+/).length <= MAX_ITEM_WORDS && !STEP_LINE.test(l.text) && fielded(l) === fielded(run[0]!);
  let n = 0;
  while (n < run.length && isItem(run[n])) n++;
  return run.slice(0, n);
}
/** A line naming a thing: it opens on a capital or a figure, and ends without a sentence's or a label's punctuation. */
const ITEM_LINE = /^\s*[\p{Lu}\p{N}][^\n]*[^.!?:;,。！？\s]\s*$/u;
/** A form's field: a label, a colon, a value ("Surveyor: H. Lamb"). */
const FIELD_ITEM = /^\s*[^:\n]{1,60}: \S/;
/** Past this many words, a line without a full stop is a sentence's line, not an item. */
const MAX_ITEM_WORDS = 8;

/**
 * The paragraphs under a heading that only says steps follow ("## Method", "Directions"), each a step: a recipe's
 * method written as paragraphs ("First, heat the oven…" / "In a second bowl, whisk…" / "Pour the batter…"), up to the
 * next heading. Not where a paragraph is a list or code, which are read as such, nor a single paragraph.
 */
function methodParagraphsIn(lines: readonly Line[], fenced: ReadonlyArray<number | undefined>): Step[][] {
  const lists: Step[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!saysOnlySteps(lines[i].text)) continue;
    const paragraphs: Step[] = [];
    let listed = false;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (!line.text.trim()) continue;
      if (headsSection(lines, j) || /^\s*#/.test(line.text)) break;
      listed ||= fenced[j] !== undefined || STEP_LINE.test(line.text);
      if (j > i + 1 && lines[j - 1].text.trim() && paragraphs.length) paragraphs.at(-1)!.end = trimmed(line).end;
      else paragraphs.push({ ...trimmed(line), number: paragraphs.length + 1 });
    }
    const finished = paragraphs.every((p) => FINISHED.test(lines[lineAt(lines, p.end)].text));
    if (!listed && finished && paragraphs.length >= MIN_STEPS && paragraphs.length <= MAX_STEPS) lists.push(paragraphs);
    i = j - 1;
  }
  return lists;
}

/**
 * A heading that says what its section does: "Resetting to factory settings", "How to pair the bulb", "To reset it".
 * Not the nouns in "-ing" that name a thing or a time.
 */
const ACTION_HEADING = /^(?:#{1,6}\s+)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:how to\s+\p{L}|to\s+\p{L}|(?!(?:every|no|some|any)thing\b|morning\b|evening\b|building\b|ceiling\b|spring\b|string\b|thing\b|king\b|ring\b|wedding\b|clothing\b|during\b|bring\b|sing\b|wing\b|sibling\b)\p{L}{2,}ing\b)/iu;

/**
 * The prose of a section whose heading says what it does ("# Resetting to factory settings" over "A factory reset
 * erases all your settings… With the router switched on, push a straightened paper clip into the hole marked RESET…"),
 * each sentence a step, where one of them says what to do: a manual's or a help page's procedure written as prose,
 * however few of its sentences are instructions. Its first paragraph, and those after it that say what to do, up to
 * the next heading or a line that is no sentence ("Was this article helpful? Yes / No"); none where a list or code
 * follows, whose steps the prose introduces.
 */
function actionSectionsIn(text: string, lines: readonly Line[]): Step[][] {
  const sections: Step[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!ACTION_HEADING.test(lines[i].text.trim()) || !(headsSection(lines, i) || /^\s*#{1,6}\s/.test(lines[i].text))) continue;
    const sentences: Array<Span & { text: string }> = [];
    let from: number | undefined;
    let listed = false;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j].text;
      if (!line.trim()) continue;
      listed = STEP_LINE.test(line) || FENCE.test(line);
      if (listed || headsSection(lines, j) || /^\s*#/.test(line)) break;
      from ??= lines[j].start;
      // A paragraph ends at a blank line, or at the title of the next section where there are none.
      if (j + 1 < lines.length && lines[j + 1].text.trim() && !headsSection(lines, j + 1)) continue;
      // A paragraph ends here: prose if its last line ends a sentence; after the first, one that says what to do.
      if (!FINISHED.test(line)) break;
      const paragraph = splitSentences(text.slice(from, lines[j].end)).map((s) => ({ start: from! + s.start, end: from! + s.end, text: s.text }));
      if (sentences.length && !paragraph.some((s) => opensOnInstruction(s.text))) break;
      sentences.push(...paragraph);
      from = undefined;
    }
    // Prose over a list or code introduces the steps there ("The filter catches scale. Clean it every week." / "1. …").
    if (!listed && sentences.length >= MIN_STEPS && sentences.length <= MAX_STEPS && sentences.some((s) => opensOnInstruction(s.text))) {
      sections.push(sentences.map((s, k) => ({ start: s.start, end: s.end, number: k + 1, prose: true, unmarked: true })));
    }
    i = j - 1;
  }
  return sections;
}

/** A line that is a sentence of its own: it opens on a capital and ends on a full stop. */
const SENTENCE_LINE = /^\s*\p{Lu}.*[.!。！]["'”’)\]]*\s*$/u;

/**
 * The procedures that the sentence at `at` (a span of `text`) is part of or leads to: a list of steps it overlaps,
 * and those that follow it in its section, each within a few lines of it or of the one before, no heading between.
 * `lists`: the text's lists (listsIn), where the caller has them already.
 */
export function proceduresAt(text: string, at: Span, lists: readonly Step[][] = listsIn(text)): Procedure[] {
  const out: Procedure[] = [];
  let reach = at.end;
  for (const steps of lists) {
    const first = steps[0];
    const last = steps.at(-1)!;
    if (last.end <= at.start) continue;
    const overlaps = at.start < last.end && at.end > first.start;
    if (!overlaps) {
      if (first.start < reach) continue;
      const gapLines = linesOf(text.slice(reach, first.start));
      if (first.start - reach > MAX_GAP || gapLines.some((l, i) => headsSection(gapLines, i) && !saysOnlySteps(l.text) && !PART_OF_STEPS.test(l.text.trim()))) break;
    }
    const intro = first.prose ? first.introducedBy : introOf(text, first.start);
    out.push({ intro, heading: headingOver(text, first.start, Math.min(at.start, first.start)), steps });
    // A step leads to no other list: the next one, past its own, is another matter's.
    if (overlaps) break;
    reach = last.end;
  }
  return out;
}

/**
 * The sentence right above the steps that start at `listStart`, when it ends on a colon ("To descale the kettle:";
 * the whole sentence, which may wrap over lines, not the rest of its paragraph).
 */
function introOf(text: string, listStart: number): Span | undefined {
  const before = text.slice(0, listStart).trimEnd();
  if (!before.endsWith(':')) return captionOf(text, listStart);
  const paragraphStart = Math.max(0, before.search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/) + 1);
  const [sentence] = splitSentences(before.slice(paragraphStart)).slice(-1);
  if (!sentence || STEP_LINE.test(sentence.text) || sentence.end - sentence.start > MAX_GAP) return undefined;
  return { start: paragraphStart + sentence.start, end: paragraphStart + sentence.end };
}

/**
 * A line of its own right above the list, unfinished, that names what the list is: "Advisories (monitor and repair if
 * necessary)" over an MOT certificate's items, "Things to bring" over a packing list. Not the last line of a
 * paragraph wrapped over several, nor a sentence.
 */
const CAPTION_LINE = /^[ \t]*\p{Lu}[^\n.!?:;]{0,60}$/u;
function captionOf(text: string, listStart: number): Span | undefined {
  const lineEnd = text.lastIndexOf('\n', listStart - 1);
  if (lineEnd < 0) return undefined;
  const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  const line = text.slice(lineStart, lineEnd);
  // The paragraph is that one line: a blank line or nothing above it.
  const alone = lineStart === 0 || /(?:^|\n)[ \t]*\n$/.test(text.slice(0, lineStart));
  if (!alone || !CAPTION_LINE.test(line) || STEP_LINE.test(line)) return undefined;
  return trimmed({ start: lineStart, end: lineEnd, text: line });
}

/**
 * The heading of the section of the steps at `listStart`, where the sentence at `from` is under it, or where it only
 * says steps follow ("## Method" under a recipe's description).
 */
function headingOver(text: string, listStart: number, from: number): Span | undefined {
  const lines = linesOf(text.slice(0, listStart));
  // A title is told by the line under it as well (titleAfterSentence): each whole line is judged among the text's.
  const whole = linesOf(text);
  const heads = (i: number) => (lines[i].end === whole[i].end ? headsSection(whole, i) : headsSection(lines, i));
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (!l.text.trim()) continue;
    // A title in capitals ("5. FROTHING MILK") is one over anything, even steps said as prose.
    if (heads(i) || isNumberedCapitalsTitle(l.text)) return l.start <= from || saysOnlySteps(l.text) ? trimmed(l) : undefined;
    if (STEP_LINE.test(l.text) || listStart - l.start > MAX_GAP * 2) return undefined;
  }
  return undefined;
}

/**
 * A heading or an introduction that only says steps follow ("## Method", "Instructions", "Follow these steps:"): the
 * section above it goes on under it, and what the steps do is said above it (a recipe's title and description).
 */
const ONLY_STEPS = /^(?:#{1,6}\s*)?(?:method|instructions|directions|steps|procedure|preparation|how to|(?:please\s+)?(?:follow|do)\s+(?:these|the following)(?:\s+steps)?|zubereitung|anleitung|schritte|vorgehen|préparation|étapes|mode d'emploi|instrucciones|pasos|preparación)\s*:?\s*$/iu;

/** A heading over what the steps need ("## Ingredients", "You will need"), also part of the section above it. */
const PART_OF_STEPS = /^(?:#{1,6}\s*)?(?:ingredients|what you(?:'ll| will)? need|you will need|materials|tools|equipment|requirements|zutaten|material|ingrédients|matériel|ingredientes|materiales)\s*:?\s*$/iu;

export function saysOnlySteps(line: string): boolean {
  return ONLY_STEPS.test(line.trim());
}

/** Past this many words, a line of its own is a sentence that lacks its full stop rather than a title. */
const MAX_TITLE_WORDS = 8;

/**
 * Whether the i-th line is a heading: marked or in Title Case (isHeading), or a PDF's title in sentence case
 * ("Charging the battery"), a few words in a paragraph of their own, without a sentence's or a label's punctuation.
 */
function headsSection(lines: readonly Line[], i: number): boolean {
  const line = lines[i].text.trim();
  if (numberedTitle(lines, i)) return true;
  if (!line || STEP_LINE.test(lines[i].text)) return false;
  if (isHeading(line)) return true;
  const alone = (k: number) => k < 0 || k >= lines.length || !lines[k].text.trim();
  // Not a label and its value ("Applies to: Netlink X200 and X300"), which is a line of the section, not its title.
  const titleLike = /^\p{Lu}/u.test(line) && !/[.!?:;,。！？]$/u.test(line) && !FIELD_LINE.test(line) && line.split(/\s+/).length <= MAX_TITLE_WORDS;
  return titleLike && ((alone(i - 1) && alone(i + 1)) || titleAfterSentence(lines, i));
}

/**
 * Whether the i-th line titles a section of a PDF's text without blank lines: a few words after a line that ends a
 * sentence, over a line that opens one, and read as a title, not as a step left without its full stop
 * (namesLikeTitle): "Cleaning the filter" between "…hold Temp and Spin for 3 seconds." and "Clean the drain pump
 * filter every three months.".
 */
function titleAfterSentence(lines: readonly Line[], i: number): boolean {
  const line = lines[i].text.trim();
  const before = lines[i - 1]?.text.trim();
  const after = lines[i + 1]?.text.trim();
  const ends = (l: string) => /[.!?。！？]["'”’)\]]*$/u.test(l);
  // Over prose: a sentence, or a line wrapped at the page's width. Not over a list's next short line ("Flour" /
  // "Sugar").
  const overProse = after !== undefined && /^\p{Lu}/u.test(after) && (ends(after) || after.length >= WRAPPED_LINE);
  return before !== undefined && ends(before) && overProse && !/\p{N}/u.test(line) && namesLikeTitle(line);
}
/** A line this long without a sentence's end is prose wrapped at the page's width. */
const WRAPPED_LINE = 50;

/** Words of a numbered section's title, at most ("1. Purpose", "4. Claiming expenses"). */
const MAX_NUMBERED_TITLE_WORDS = 5;
/** …and of one with its text on the very next line, no blank line between ("4. Printing" / "Print from any…"). */
const MAX_TIGHT_TITLE_WORDS = 3;

/**
 * Whether the i-th line is the numbered title of a section of a policy or a report ("1. Introduction", "4. Claiming
 * expenses") rather than a step: a few words without a sentence's end, over a paragraph of text, not over the next
 * item; or a title in capitals, over anything ("3. BEFORE FIRST USE" over its "Step 1:" lines). Its paragraph is its
 * section's, and a list of such titles is no procedure.
 */
function numberedTitle(lines: readonly Line[], i: number): boolean {
  if (isNumberedCapitalsTitle(lines[i].text)) return true;
  const title = /^\s*\d{1,2}[.)]?\s+(\p{Lu}[^.!?:;,。！？]*)$/u.exec(lines[i].text.trimEnd())?.[1];
  if (!title) return false;
  const words = title.trim().split(/\s+/).length;
  let k = i + 1;
  while (k < lines.length && !lines[k].text.trim()) k++;
  if (k >= lines.length || STEP_LINE.test(lines[k].text) || !/^\s*\p{Lu}/u.test(lines[k].text)) return false;
  return words <= (k > i + 1 ? MAX_NUMBERED_TITLE_WORDS : MAX_TIGHT_TITLE_WORDS);
}

/** How far code under a step is set in the answer, as a command under the step's words. */
const CODE_INDENT = '   ';

/**
 * A step as a person reads it: its words without the number or bullet, and the code under it (fenced, or indented as
 * a Markdown code block is) on lines of their own, as written, where a command is read.
 */
export function stepText(text: string, step: Span): string {
  const raw = text.slice(step.start, step.end);
  // Where the step's words start: a Markdown code block under it is indented four more, after a blank line or a colon.
  const codeColumn = (STEP_LINE.exec(raw)?.[0].length ?? 0) + 4;
  const parts: string[] = [];
  let prose: string[] = [];
  let fence: number | undefined;
  let inCode = false;
  let afterBlank = false;
  const endProse = () => {
    const words = readableText(prose.join('\n'));
    if (words) parts.push(words);
    prose = [];
  };
  const lines = raw.split('\n');
  for (const [i, line] of lines.entries()) {
    const indent = line.length - line.trimStart().length;
    if (FENCE.test(line)) {
      endProse();
      fence = fence === undefined ? indent : undefined;
    } else if (fence !== undefined || (i > 0 && line.trim() && indent >= codeColumn && (afterBlank || inCode || /:\s*$/.test(lines[i - 1])))) {
      endProse();
      inCode = fence === undefined;
      if (line.trim()) parts.push(CODE_INDENT + line.slice(Math.min(indent, fence ?? codeColumn)).trimEnd());
    } else if (line.trim()) {
      inCode = false;
      prose.push(i === 0 ? line.replace(STEP_LINE, '') : line);
    }
    afterBlank = !line.trim();
  }
  endProse();
  return parts.join('\n');
}
