// Splits passage text into sentences with exact character spans, so a quoted sentence can be highlighted where it is.
import { REFERENCE, TRAILING_FUNCTION_WORD } from './readable-text';
import { FIELD_LINE } from './form-lines';
import { MESSAGE_STAMP } from './messaging-export';

/** Reference markers right after a sentence's full stop ("…OEM HTC.[75][76] Microsoft is…", Wikipedia's way). */
const REFERENCES_AFTER = new RegExp(`^(?:${REFERENCE.source})+`);

export interface SentenceSpan {
  /** Offsets into the text given: text.slice(start, end) === the sentence (trimmed). */
  start: number;
  end: number;
  text: string;
}

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sr jr st vs etc eg ie cf al fig figs no nos vol vols pp ed eds inc ltd co corp dept est approx ca gen gov sen rep rev lt col capt sgt incl excl jan feb mar apr jun jul aug sep sept oct nov dec mt ft'.split(' '),
);

/**
 * Abbreviations a figure follows (a page, section, clause or article cited, a phone number, a limit): none ends a
 * sentence before its figure. "pp." is not among them: it is one of the ABBREVIATIONS, which never end one.
 */
const BEFORE_A_FIGURE = new Set('p s ss para paras art arts cl cls sec secs ch chs tel ph ext max min reg regs sch'.split(' '));

/** Words that open a sentence and never follow an initial in a name: "The", "This", "We", "You". */
const OPENS_SENTENCE_ONLY = /^\s+(?:The|This|These|Those|It|We|You|They|He|She|There|Our|Your|Their|Please|If)\s/;
/** A capital letter that is a unit after its figure ("40 °C", "12 V", "16A"), where an initial's capital is a name's. */
const UNIT_AFTER_FIGURE = /(?:°|\p{N}[ \t]?)\p{Lu}$/u;

/**
 * Whether the word ending `before` is an abbreviation standing on its own before a figure: a whole word ("s" of "the
 * 1990s" is none), not a unit after its own figure ("20 min").
 */
function citesFigure(before: string): boolean {
  return /(?:^|[^\p{L}\p{N}])\p{L}+$/u.test(before) && !/\p{N}[ \t]*\p{L}+$/u.test(before);
}

/**
 * The party before the "v." of a case's name ("Roe v. Wade", "Wisconsin v. Yoder"): a capitalised word right before
 * it. With a capital after it, the "v." is "versus", which no sentence ends on.
 */
const CASE_NAME_BEFORE = /\p{Lu}[\p{L}'’.-]*[ \t]$/u;

/**
 * What follows a time of day in the same sentence: a range of days or a date ("5 p.m. Monday to Friday", "9 a.m. 14
 * May"). Not "9 p.m. Sunday hours are shorter", where the day opens the next sentence.
 */
const DAYS_OR_DATE_AFTER =
  /^\s*(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*(?:(?:to|through|till|until|and)\b|[–,-]|\d|$))/i;

/**
 * Whether the '.' at `dot` ends the number that opens a heading or a list item ("## 1.", "2.3.", "Step 4."), rather than a
 * sentence that ends on a number: the number opens its line, and the line before ends a sentence or a paragraph
 * ("…in the year\n12. Then" ends a sentence).
 */
function opensBlockAsNumber(text: string, dot: number): boolean {
  const lineStart = text.lastIndexOf('\n', dot - 1) + 1;
  const head = text.slice(lineStart, dot);
  // …or names its number: "Step 4. Lay the wardrobe on its front…".
  if (!/^[ \t]*(?:#{1,6}[ \t]+)?(?:(?:Step|Stage|Part|Section|Chapter|Day|Week|Round|Question|Task|Rule|Note)[ \t]+)?\d{1,3}(?:\.\d{1,3})*$/.test(head)) return false;
  if (head.includes('#')) return true;
  return opensParagraph(text, lineStart) || followsSentence(text, lineStart);
}

/**
 * Whether the line at `lineStart` follows a finished sentence: a PDF's text often has no blank lines, and there a
 * heading or a list item opens the line after a sentence's end.
 */
export function followsSentence(text: string, lineStart: number): boolean {
  return /[.!?:;。！？]["'”’)\]]*\s*$/u.test(text.slice(Math.max(0, lineStart - 200), lineStart));
}

/**
 * A numbered heading that names its section by a clause, as a leaflet's or a guide's do: "1. What Paracetamol Tablets
 * are and what they are used for", "2. Before you take Paracetamol", "5. How to store it". Such a line may end on a
 * small word and is still no wrapped line.
 */
export const NUMBERED_CLAUSE_HEADING = /^\d{1,2}\.\s+(?:What|How|Before|After|When|While|If|Why|Until|Once|Whether)\b[^.!?:;]{0,90}$/;

/**
 * A heading that is a question put as a title, which may end on a small word: "What to work on", "Where to go",
 * "Who to ask for".
 */
const QUESTION_TITLE = /^(?:what|how|where|when|who|which|why)\s+to\s+\p{L}+(?:\s+\p{L}+){0,3}$/iu;
/** Whether a line is a question put as a title ("What to work on"), a heading though it ends on a small word. */
export const isQuestionTitle = (line: string): boolean => QUESTION_TITLE.test(line.replace(/^\s*#{1,6}\s+/, '').trim());

/** Whether `at` opens the text or a paragraph: only blank space, after a blank line, before it. */
function opensParagraph(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  return !before.trim() || /\n[ \t]*\n[ \t]*$/.test(before);
}

/**
 * A line that opens a bracket or a quote it does not close goes on in the next line: 'an essay ["Beyond' is not a
 * heading over 'Markdown"](…) in which…'.
 */
function leavesOpen(line: string): boolean {
  const count = (re: RegExp) => line.match(re)?.length ?? 0;
  return count(/\[/g) > count(/\]/g) || count(/\(/g) > count(/\)/g) || count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}

/** Words that bind a sentence together; a heading has few of them. */
const PROSE_WORDS = /\b(?:the|a|an|of|to|in|on|at|by|for|with|from|and|or|but|as|that|which|who|is|are|was|were|be|been|has|have|had|shall|will|would|may|must|can|could|should|between|under|its|their|this|these)\b/gi;
/**
 * A sentence's verb, where a heading has none: "This Agreement is made…" goes on, "Termination of the Agreement by the
 * Customer", "Annual Report of the Board of Directors" or "Manage the team of the sales department" are titles and items.
 */
const FINITE_VERB = /\b(?:is|are|was|were|be|been|being|has|have|had|shall|will|would|may|might|must|can|could|should|does|do|did)\b/i;
/** Lines of wrapped prose are about as long as each other: within this ratio of the longest of the next ones. */
const WRAPPED_RATIO = 0.75;

/**
 * Whether a line without final punctuation is wrapped prose going on in the next line, rather than a heading: a PDF's
 * narrow column (an A5 page) wraps lines under 60 characters, and a name may open the next one ("This Agreement is made
 * on 3 March 2025 between Northwind" / "Analytics Ltd, registered in England…"). Such a line reads as a sentence (three
 * or more of its binding words, one of them a verb) and is about as long as the lines that follow it in its paragraph;
 * a heading is shorter than the prose under it, or longer than the short lines of a list or a form under it.
 */
function wrapsProse(line: string, rest: string): boolean {
  if ((line.match(PROSE_WORDS)?.length ?? 0) < 3 || !FINITE_VERB.test(line)) return false;
  const next = rest.split(/\n[ \t]*\n/, 1)[0].split('\n').slice(0, 3).map((l) => l.trim().length);
  const longest = Math.max(0, ...next);
  return longest > 0 && line.length >= WRAPPED_RATIO * longest && longest >= WRAPPED_RATIO * line.length;
}

/** A letter's or an email's greeting on a line of its own: "Dear Mr Quinn,", "Hi Sarah,", "Dear Sir or Madam,". */
const SALUTATION = /^[ \t]*(?:dear|hi|hello|hey)\b[^.!?\n]{0,60},[ \t]*$/i;
/** Whether a line is a letter's greeting ("Dear Mr Quinn,", "Hi all,"): finished, though it ends on a comma. */
export const isSalutation = (line: string): boolean => SALUTATION.test(line);

/** Longest message of a chat export kept whole: beyond it, a message is a letter and splits as prose. */
const MAX_MESSAGE = 320;

/** Whether the line starting at `start` is a chat export's message short enough to keep whole (MESSAGE_STAMP). */
function isShortMessage(text: string, start: number): boolean {
  if (!MESSAGE_STAMP.test(text.slice(start, start + 60))) return false;
  const end = text.indexOf('\n', start);
  return (end < 0 ? text.length : end) - start <= MAX_MESSAGE;
}

/**
 * Sentence boundaries: after . ! ? (and their full-width forms) followed by space and something that can start a
 * sentence, and at line breaks that separate blocks (blank lines, list items, headings). Abbreviations, initials and
 * decimals do not end a sentence.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = 0;
  const push = (end: number) => {
    let s = from;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    from = end;
  };
  // Whether the current line is a short message, read once a line, when a sentence's end is first met on it.
  let lineStart = 0;
  let shortMessage: boolean | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      lineStart = i + 1;
      shortMessage = undefined;
      // A blank line, or a line that does not continue the sentence (the next starts with a bullet, a digit or a capital
      // after a line without final punctuation is a heading), ends a block.
      const next = text.slice(i + 1).match(/^[ \t]*(\n|[-•*–·|>]|#{1,6}\s|<\/?[A-Za-z]|\d+[.)]\s|\S)/);
      const pending = text.slice(from, i).trim();
      // The sentence opened its line: one that opened after another's full stop ("…of £1,325. The Landlord will protect
      // the deposit with the Deposit" / "Protection Service…") is the end of a wrapped line, not a heading.
      const opensLine = !text.slice(text.lastIndexOf('\n', i - 1) + 1, from).trim();
      const lineIsWholeSentence = pending.length > 0 && !pending.includes('\n') && opensLine;
      // A short line with no final punctuation, not ending on a function word, before a capital: a heading or a label.
      // A `header: value` field of a table row (CSV, sheets) is not one: the row's fields stay one record.
      const recordField = FIELD_LINE.test(pending);
      // A title over a block of fields ("Minutes of the board\nDate: 14 May\nPresent: …") is one too, however long.
      const fieldFollows = /^[ \t]*\p{Lu}[^:\n]{0,40}: \S/u.test(text.slice(i + 1, i + 60));
      // A leaflet's numbered heading reads as prose and may end on a small word, but opens its paragraph, or in a PDF
      // without blank lines, the line after a finished sentence.
      const pendingLine = text.lastIndexOf('\n', i - 1) + 1;
      const clauseHeading =
        (NUMBERED_CLAUSE_HEADING.test(pending) && (opensParagraph(text, pendingLine) || followsSentence(text, pendingLine))) || QUESTION_TITLE.test(pending);
      const heading =
        lineIsWholeSentence &&
        !recordField &&
        (pending.length < 60 || fieldFollows || clauseHeading) &&
        !/[,;:-]$/.test(pending) &&
        (clauseHeading || (!TRAILING_FUNCTION_WORD.test(pending) && !leavesOpen(pending) && !wrapsProse(pending, text.slice(i + 1)))) &&
        /^\p{Lu}/u.test(next?.[1] ?? '');
      // Markdown blocks (table rows, quotes, headings) start blocks too, and so does an XML element on its own line
      // after one that closed (an element that opens mid-sentence, "is\n<literal>8080", continues the sentence).
      const element = /^<\/?[A-Za-z]/.test(next?.[1] ?? '') && />$/.test(pending);
      // A numbered section's title over its first clause, with no blank line between ("8. Governing law" / "8.1 This…").
      const section = /^(\d{1,3})\.?\s+\p{Lu}[^.!?:;]*$/u.exec(pending);
      const clause = section !== null && text.slice(i + 1, i + 16).trimStart().startsWith(`${section[1]}.1 `);
      // A record's fields stay one block, but a line after them that is no field is not one of them: "Address: Rua de
      // Cima do Muro 21" / "Check-in from 14:00" are a field and a note, not one sentence.
      // Not a line indented under the field, which details it ("Train: AP 133" / "  Depart Lisboa 09:09").
      const lastLine = text.slice(text.lastIndexOf('\n', i - 1) + 1, i);
      const nextEnd = text.indexOf('\n', i + 1);
      const nextLine = text.slice(i + 1, nextEnd < 0 ? undefined : nextEnd);
      const indent = (line: string) => /^[ \t]*/.exec(line)![0].length;
      const recordEnds =
        FIELD_LINE.test(lastLine.trim()) &&
        /^\p{Lu}/u.test(next?.[1] ?? '') &&
        !FIELD_LINE.test(nextLine.trim()) &&
        indent(nextLine) <= indent(lastLine) &&
        // …and not a field whose value wraps ("Note: the deposit is protected by the" / "Deposit Protection Service…").
        !/[,;:-]$/.test(lastLine.trim()) &&
        !TRAILING_FUNCTION_WORD.test(lastLine.trim()) &&
        !leavesOpen(lastLine) &&
        !wrapsProse(lastLine.trim(), text.slice(i + 1));
      // A Markdown heading is a line of its own, whatever it ends on: "## What to watch for" / "Some drooling…".
      const markdownHeading = opensLine && /^#{1,6}[ \t]/.test(pending);
      // A chat export's next message starts another block, whatever the last one ended on.
      const message = MESSAGE_STAMP.test(nextLine);
      // A letter's greeting ends on a comma and is no part of what follows: "Dear Mr Peter Quinn," / "Your appointment".
      const greeting = SALUTATION.test(lastLine) && /^\p{Lu}/u.test(next?.[1] ?? '');
      if (next && (next[1] === '\n' || /^[-•*–·|>]|^#{1,6}\s|^\d+[.)]\s/.test(next[1]) || heading || markdownHeading || element || clause || recordEnds || message || greeting)) {
        push(i + 1);
      }
      continue;
    }
    if (ch === '。' || ch === '！' || ch === '？') {
      // "「ウゥー、ワン！！」そのとたん": the marks and closing brackets after the first belong to the sentence it ends.
      let j = i + 1;
      // Straight quotes are left alone: '他说。"你好"' opens a quote after the full stop as often as it closes one.
      while (j < text.length && /[。！？!?」』）】〕”’]/u.test(text[j])) j++;
      push(j);
      i = j - 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Closing quotes and brackets belong to the sentence they end, and so do the reference markers after it, and the
    // marks closing a bold or italic run ("**Tuesday 15 June 2027, 7pm.** Chair: Patricia Lowe.").
    let j = i + 1;
    while (j < text.length && /["'”’)\]*_]/.test(text[j])) j++;
    j += REFERENCES_AFTER.exec(text.slice(j, j + 80))?.[0].length ?? 0;
    if (j < text.length && !/\s/.test(text[j])) continue; // "3.5", "e.g.x", "U.S."
    // A chat message is said as one: "Right, Grandad's 80th! I've booked the back room at The Red Lion for Sunday 6
    // June" answers when the party is only whole.
    if ((shortMessage ??= isShortMessage(text, lineStart))) continue;
    if (ch === '.' && opensBlockAsNumber(text, i)) continue; // "## 1. Working hours", "2. Mix the flour."
    // A leader of dots before a value on its line ("Full service ........ £65.00", a contents page's "Fees ..... 12")
    // ends no sentence: the item and its price are one line. An ellipsis has three dots.
    if (ch === '.' && text.slice(i - 3, i) === '...' && /^[^\S\n]*[^\s.]/.test(text.slice(j))) continue;
    if (ch === '.') {
      const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(from, i - 12), i))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      // A dotted abbreviation ("e.g.", "i.e.") never ends a sentence; "a.m." and "p.m." do, but not before the range
      // of days or the date they are followed by ("9 a.m. to 5 p.m. Monday to Friday").
      const dotted = /(?:^|[^\p{L}.])((?:\p{L}\.)+\p{L})$/u.exec(text.slice(Math.max(from, i - 12), i))?.[1].replace(/\./g, '').toLowerCase();
      if (dotted && ABBREVIATIONS.has(dotted)) continue;
      if ((dotted === 'am' || dotted === 'pm') && DAYS_OR_DATE_AFTER.test(text.slice(j, j + 12))) continue;
      // A page, section, clause or article cited, a phone number or a limit: "p. 24", "s. 21 of the Act", "para. 4.2",
      // "Art. 5 GDPR", "tel. 0113 496 0021", "max. 5 kg". Not a unit after its figure ("Bake for 20 min. 3 eggs…").
      if (BEFORE_A_FIGURE.has(word.toLowerCase()) && /^\s*\+?\d/.test(text.slice(j)) && citesFigure(text.slice(Math.max(from, i - 16), i))) continue;
      if (word === 'v' && CASE_NAME_BEFORE.test(text.slice(Math.max(from, i - 40), i - 1)) && /^\s*\p{Lu}/u.test(text.slice(j))) continue; // "Roe v. Wade"
      // An initial ("J. R. R. Tolkien"), not a unit after its figure ("5 to 40 °C.", "12 V.").
      // Not a letter ending a sentence before a word no name is ("…and analyse it in R. The module is worth…").
      if (word.length === 1 && /\p{Lu}/u.test(word) && !UNIT_AFTER_FIGURE.test(text.slice(Math.max(from, i - 4), i)) && !OPENS_SENTENCE_ONLY.test(text.slice(j))) continue;
      const after = /^\s*(\S)/.exec(text.slice(j))?.[1];
      if (after && /[\p{Ll}]/u.test(after)) continue; // "approx. three", lower case goes on
    }
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}
