// A receipt, an invoice or a form read from a PDF is a block of short lines without a sentence's punctuation, which the
// sentence splitter keeps as one "sentence" of up to hundreds of characters: quoting it answers "How much did the SSD
// cost?" with the whole receipt. Such a block is offered line by line instead, each line alone and with the one or two
// after it (an item's name, then its price on the next line). Wrapped prose is never taken for a form: its lines run
// longer, or continue the sentence of the line before in lower case. Pure functions: no I/O.
import { KEY_LINE } from './readable-text';

export interface Span {
  start: number;
  end: number;
  /** A window of a form's lines: its first line, where the question's words must be (a name, then its price). */
  firstLine?: Span;
  /** One or more lines of a form, where a label and its value ("Commission: 10%") are a whole answer. */
  inForm?: boolean;
  /**
   * A line of one field among others, each set apart by empty lines ("Pay date: …", "Tax code: 1257L", as a sheet's
   * label and value pairs are written): its neighbours are other fields, not its context, as a form's are.
   */
  amongFields?: boolean;
  /** The span as a person reads it, where that is more than its text without markup (a table row with its column names). */
  text?: string;
  /** A record's fields, where the span is a row of a table or a spreadsheet ("Role" and "HR Director"). */
  fields?: Field[];
}

/** A field of a record: its column's name and its value. */
export interface Field {
  label: string;
  value: string;
}

/** A form's lines are short; a wrapped prose line runs longer. */
const MAX_FORM_LINE = 60;
/**
 * …though some of its lines may run longer, up to this, where their lengths vary as a form's do: a court's parties
 * ("THE MINISTER FOR EDUCATION, IRELAND AND THE ATTORNEY GENERAL"), a calendar's entry with its note.
 */
const MAX_LONG_FORM_LINE = 90;
/** …in a block of this many lines or more: in fewer, a wrapped sentence's lines vary as much. */
const MIN_LINES_WITH_LONG = 5;
/**
 * Wrapped prose fills its column: its lines but the last run to near the longest (this share of it or more), where a
 * form's lines stop where their field ends.
 */
const FILLED_LINE = 0.8;
/** Share of a block's lines that fill the column when the block is wrapped prose. */
const MIN_FILLED_SHARE = 0.7;
/** Lines offered together at most: an item's name, a detail, its price. */
const WINDOW_LINES = 3;
/** Most lines that may start in lower case (a wrapped detail, "with HDMI & Ethernet"); prose continues so most of them. */
const MAX_LOWER_STARTS = 0.2;

const LIST_ITEM = /^(?:[-*+•·◦▪‣–]\s|\d{1,3}[.)]\s)/;

/** The non-blank lines of text[start, end), trimmed, as spans of the text. */
export function linesOf(text: string, start: number, end: number): Span[] {
  const lines: Span[] = [];
  let at = start;
  while (at < end) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    let s = at;
    let e = lineEnd;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) lines.push({ start: s, end: e });
    at = lineEnd + 1;
  }
  return lines;
}

/**
 * The lines of a span that reads as a form, or undefined for a sentence (or fewer than three lines, but two fields).
 */
export function formLines(text: string, span: Span): Span[] | undefined {
  const lines = linesOf(text, span.start, span.end);
  if (lines.length < 2) return undefined;
  // Every line a field of its own ("Name: Ms Joanna Whitfield", "Your polling station: St Mark's Church Hall, Chapel
  // Street, Lowton."): a form however long its lines, as wrapped prose never opens each line with a label. Two are
  // enough: a payslip's "Basic pay: £2,450.00" and "Overtime (6 hours): £148.50" under "Payments" answer apart.
  if (lines.every((l) => FIELD_LINE.test(text.slice(l.start, l.end)))) return lines;
  if (lines.length < 3) return undefined;
  const lengths = lines.map((l) => l.end - l.start);
  const longest = Math.max(...lengths);
  if (longest > MAX_LONG_FORM_LINE) return undefined;
  if (longest > MAX_FORM_LINE && (lines.length < MIN_LINES_WITH_LONG || filledShare(lengths, longest) >= MIN_FILLED_SHARE)) return undefined;
  // A sentence that introduces a list ("The limits are\n- 20 MB…") is quoted with its list, whole.
  if (lines.some((l) => LIST_ITEM.test(text.slice(l.start, l.end)))) return undefined;
  // A setting's "port: 5432" starts in lower case and is a line of its own all the same, and so does a form's field
  // whose label goes on from the one before ("I assessed your case on: 11 January" / "and, because of the following
  // condition(s): lower back pain").
  const lowerStarts = lines
    .slice(1)
    .filter((l) => /^\p{Ll}/u.test(text.slice(l.start, l.start + 1)) && !KEY_LINE.test(text.slice(l.start, l.end)) && !FIELD_LINE.test(text.slice(l.start, l.end))).length;
  if (lowerStarts > MAX_LOWER_STARTS * (lines.length - 1)) return undefined;
  return withWrappedValues(text, lines);
}

/**
 * A field's value wrapped onto the next line, as a PDF's column wraps it, is that field's still: "Not covered: routine
 * care such as vaccinations, flea and worm treatment, and dental" over "cleaning." is one line, not a field cut short
 * and a word alone. A line going on in lower case after a field's line that ends mid-sentence joins it.
 */
function withWrappedValues(text: string, lines: Span[]): Span[] {
  const out: Span[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    const said = text.slice(line.start, line.end);
    const before = prev && text.slice(prev.start, prev.end);
    if (prev && before && FIELD_LINE.test(before) && !/[.!?:;]$/.test(before) && /^\p{Ll}/u.test(said) && !FIELD_LINE.test(said) && !KEY_LINE.test(said)) out[out.length - 1] = { start: prev.start, end: line.end };
    else out.push(line);
  }
  return out;
}

/**
 * Share of the lines that run to near the longest line, as wrapped prose's lines do, but the first (a sentence may
 * start halfway through its line) and the last (a paragraph's last line stops short). Blocks have five lines or more.
 */
function filledShare(lengths: readonly number[], longest: number): number {
  const wrapped = lengths.slice(1, -1);
  return wrapped.filter((n) => n >= FILLED_LINE * longest).length / wrapped.length;
}

/**
 * The span as candidates: a sentence as it is, a form as each of its lines, alone and with up to two that follow. A
 * window of several lines answers only when its first line holds words of the question ("Portable SSD 2TB" …
 * "$289.00"), not the price of the item before it (see answer-sentences.ts).
 */
export function answerWindows(text: string, span: Span): Span[] {
  const records = recordLines(text, span);
  if (records) return records;
  const lines = formLines(text, span);
  if (!lines) return [span];
  const out: Span[] = [];
  const lineText = (k: number) => text.slice(lines[k].start, lines[k].end);
  // A line of a list under a label saying what follows ("Advisories:" over "Nearside front tyre worn…" and "Rear brake
  // discs slightly corroded"): neither a field nor another such label.
  const listed = (k: number) => k < lines.length && !FIELD_LINE.test(lineText(k)) && !INTRO_LINE.test(lineText(k));
  for (let i = 0; i < lines.length; i++) {
    out.push({ ...lines[i], inForm: true });
    // Such a label is offered with its whole list, and only so: an item or two of it is not what it lists.
    if (INTRO_LINE.test(lineText(i)) && listed(i + 1)) {
      let last = i + 1;
      while (last - i < MAX_LISTED && listed(last + 1)) last++;
      out.push({ start: lines[i].start, end: lines[last].end, firstLine: lines[i], inForm: true });
      continue;
    }
    for (let n = 2; n <= WINDOW_LINES && i + n <= lines.length; n++) out.push({ start: lines[i].start, end: lines[i + n - 1].end, firstLine: lines[i], inForm: true });
  }
  return out;
}
/** A form's label with no value after it, for the lines under it: "Advisories (monitor and repair if necessary):". */
const INTRO_LINE = /:\s*$/;
/** Items of a form's list offered with its label at most. */
const MAX_LISTED = 8;

/**
 * A line that is a whole record: two or more "label: value" fields joined by ";" or "|" ("Name: Rachel Kim; Role: Head
 * of Customer Success; Location: Toronto"), as a directory or a list of contacts is written.
 */
const RECORD_LINE = /^[^:;|\n]{1,40}: [^;|\n]*[^;|\s](?:\s*[;|]\s*[^:;|\n]{1,40}: [^;|\n]*[^;|\s])+\s*[;|]?$/;

/**
 * The lines of a span that is a list of such records, each offered alone with its fields, or undefined for any other
 * span: however long its lines, it is not wrapped prose, and a record quoted with the next one would give one person's
 * role with another's name.
 */
function recordLines(text: string, span: Span): Span[] | undefined {
  const lines = linesOf(text, span.start, span.end);
  if (lines.length < 2 || !lines.every((l) => RECORD_LINE.test(text.slice(l.start, l.end)))) return undefined;
  return lines.map((l) => ({ ...l, inForm: true, fields: fieldsOf(text.slice(l.start, l.end).split(/\s*[;|]\s*/).filter(Boolean)) }));
}

/** A field of a record as the spreadsheet extractors write one: "Department: Finance". */
export const FIELD_LINE = /^([^:\n]{1,60}): \S/;

/** The labels of a span whose every line is a field, in order, or undefined for any other span (or a lone field). */
export function recordLabels(text: string, span: Span): string[] | undefined {
  const lines = linesOf(text, span.start, span.end);
  if (lines.length < 2) return undefined;
  const labels: string[] = [];
  for (const l of lines) {
    const m = FIELD_LINE.exec(text.slice(l.start, l.end));
    if (!m) return undefined;
    labels.push(m[1]);
  }
  return labels;
}

/**
 * A spreadsheet's row as a whole record, read as a person reads a table's row: "Name: Elif Yilmaz; Role: HR Director;
 * Office: Istanbul". Its fields answer together ("Who is the HR Director?" is answered by the name on the role's row),
 * unlike a form's, where each line is a field of its own.
 */
export function recordSpan(text: string, span: Span): Span {
  const lines = linesOf(text, span.start, span.end).map((l) => text.slice(l.start, l.end));
  return { start: span.start, end: span.end, inForm: true, fields: fieldsOf(lines), text: lines.join('; ') };
}

/**
 * A record's fields one at a time, each after the field that says whose record it is: "Name: Daniel Ruiz; Location:
 * Madrid". Quoted where the whole record answered an earlier question ("What is Daniel's email?") and a follow-up asks
 * another of its fields ("Where is he based?"): that field answers it, where the record again would repeat the previous
 * answer, and another person's record would answer it wrongly. Whose it is: the first field, as a record is keyed, but
 * for an identifier or a date (whoseField). A record of two fields has no part but the whole.
 */
export function recordParts(fields: readonly Field[] | undefined): RecordPart[] {
  if (!fields || fields.length < 3) return [];
  const whose = whoseField(fields);
  return fields.filter((f) => f !== whose).map((f) => ({ whose, field: f }));
}

/**
 * The field that says whose a record is: its first that names something, not an identifier ("ID: 102") nor a date or
 * a time ("Date: 19 October" of an events list, whose event is "Event: Barn dance").
 */
export function whoseField(fields: readonly Field[]): Field {
  const names = (f: Field) => !IDENTIFIER.test(f.label) && !/^[\d#\s.-]+$/.test(f.value) && !WHEN_LABEL.test(f.label) && !DATE_VALUE.test(f.value);
  return fields.slice(0, 3).find(names) ?? fields[0];
}

/** A column of dates or times. */
const WHEN_LABEL = /^\s*(?:date|day|time|when|start|end|from|until)\b/i;
/** A value that is a date or a time: "19 October", "2025-10-12", "12/10/2025", "19:30". */
const DATE_VALUE = /^\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d{2})/u;

/** A field of a record and the field that says whose record it is. */
export interface RecordPart {
  whose: Field;
  field: Field;
}

/** A column that identifies a record without naming it. */
const IDENTIFIER = /^\s*(?:id|no\.?|nr\.?|number|#|ref|reference|code)\s*$/i;

/** Parts of one record quoted together ("Event: Barn dance; Date: 19 October; Venue: Village Green"). */
export function joinParts(parts: readonly RecordPart[]): { text: string; fields: Field[] } | undefined {
  if (!parts.length) return undefined;
  const fields = [parts[0].whose, ...parts.map((p) => p.field)];
  return { text: fields.map((f) => `${f.label}: ${f.value}`).join('; '), fields };
}

/** The fields of lines that each read "label: value" ("Cashier: Emily Rodriguez"), or undefined when one does not. */
export function fieldsOf(lines: readonly string[]): Field[] | undefined {
  const fields: Field[] = [];
  for (const line of lines) {
    const label = FIELD_LINE.exec(line)?.[1];
    if (label === undefined) return undefined;
    fields.push({ label, value: line.slice(label.length + 1).trim() });
  }
  return fields.length ? fields : undefined;
}

/**
 * A label inside a field's value, as a form printed several fields to a line writes it: "Date of test: 11 October 2027
 * Test result: Pass", "Make: Ford Model: Fiesta". A capitalised word and at most two lower-case ones before a colon.
 */
const INNER_LABEL = /\s(\p{Lu}[\p{Ll}]+(?:\s\p{Ll}+){0,2}):\s+(?=\S)/gu;

/** The fields a field's value holds after its own ("Test result: Pass" of the one above), each with its value. */
export function innerFields(field: Field): Field[] {
  const marks = [...field.value.matchAll(INNER_LABEL)];
  return marks.map((m, i) => ({ label: m[1]!, value: field.value.slice(m.index! + m[0].length, marks[i + 1]?.index ?? field.value.length).trim() }));
}
