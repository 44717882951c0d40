// A table in a passage, as Docent's extractors write one: Markdown rows ("| Team | $12 |" under a "| --- |" rule), or
// the rows of a Word, web or slide table ("Team | $12 | 100 GB"). Quoted as text, a row is a list of values that says
// nothing of what each one is ("Team, $12, 100 GB, 5"), and the header row names the columns without answering
// anything. So each row is offered on its own, read with its column names ("Plan: Team; Price per month: $12; …"),
// whose words then count for it ("How much storage does the Team plan have?"), and the header row is not offered.
// Pure functions: no I/O.
import { readableText, TABLE_RULE as RULE } from './readable-text';
import { fieldsOf, linesOf, type Field, type Span } from './form-lines';
import { namesMonth } from './question-cues';

export interface TableRow {
  /** Span of the row's line in the text. */
  start: number;
  end: number;
  /** The row as a person reads it: each value after its column's name when the table has a header. */
  text: string;
  /** Its values with their column names, when the table has a header of its width. */
  fields?: Field[];
}

export interface Table {
  /** Span of the whole table, header and rules included. */
  start: number;
  end: number;
  /** Its rows of values (not the header, not the rules), in order. */
  rows: TableRow[];
}

const MARKDOWN_ROW = /^\|.*\|$/;
const CELL_SEPARATOR = ' | ';

/** A row's cells, or undefined for a line that is not a table row (a Markdown row, or cells joined by " | "). */
function cellsOf(line: string): string[] | undefined {
  if (RULE.test(line)) return undefined;
  const markdown = MARKDOWN_ROW.test(line);
  if (!markdown && !line.includes(CELL_SEPARATOR)) return undefined;
  // A cell opens no line of a list: its "A. Novak" is a name with its initial, not an outline's item.
  const cells = (markdown ? line.slice(1, -1) : line).split('|').map((c) => readableText(c, false));
  return cells.length >= 2 ? cells : undefined;
}

/**
 * The tables of a passage: runs of two or more row lines. `startsDocument` says the passage begins at its document's
 * start: a table whose first line opens a passage cut from further in may have lost its header to the passage before,
 * so without a Markdown rule under it, that first row is taken for values, not for names.
 */
export function tablesIn(text: string, startsDocument: boolean): Table[] {
  const lines = linesOf(text, 0, text.length).map((l) => ({ ...l, raw: text.slice(l.start, l.end) }));
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!cellsOf(lines[i].raw)) {
      i++;
      continue;
    }
    let j = i;
    const run: Array<{ line: Span; cells: string[] | undefined }> = [];
    // A blank line ends a table.
    const joined = (k: number) => k === i || !text.slice(lines[k - 1].end, lines[k].start).includes('\n\n');
    while (j < lines.length && joined(j) && (cellsOf(lines[j].raw) || RULE.test(lines[j].raw))) {
      run.push({ line: lines[j], cells: cellsOf(lines[j].raw) });
      j++;
    }
    const rows = run.filter((r) => r.cells);
    if (rows.length >= 2) tables.push(tableOf(run, i === 0 && !startsDocument));
    i = j;
  }
  return tables;
}

function tableOf(run: Array<{ line: Span; cells: string[] | undefined }>, mayLackHeader: boolean): Table {
  const first = run[0];
  const ruled = run[1] && !run[1].cells;
  // A header names columns: a ruled first row (Markdown), or a first row of words only over rows of its width. Not
  // the first row of an unruled table of two columns: that is a list of labels and their values (a web page's
  // infobox, "Company type | Public" over "Founded | April 4, 1975"), whose rows read as "Founded: April 4, 1975".
  const rows = run.filter((r) => r.cells);
  const width = first.cells!.length;
  // (Times of day over names head a rota's slots: "12:00-14:00 | 14:00-16:00" over "Margaret, Sue | Ann, Priya".)
  const slotsAbove = figuresOnlyAbove(rows);
  const names = !mayLackHeader && first.cells!.every((c) => namesColumn(c) || (slotsAbove && CLOCK.test(c))) && rows.every((r) => r.cells!.length === width) && (!first.cells!.some((c) => /\d/.test(c)) || figuresUnder(rows) || slotsAbove || figuresOfOtherKindUnder(rows));
  // …unless every value below it is a figure of one kind and it holds none: "Phase | Dates" over "Build | January –
  // February 2027" names its two columns (an infobox's "Company type | Public" is over "Headquarters | Redmond,
  // Washington"). A list of labels has values of many kinds: "Member | Priya Natarajan" over "Monthly fee | £24.99"
  // and "Start date | 3 May 2027" is a member's details, not a column of members' fees and dates.
  const kinds = new Set(rows.slice(1).map((r) => figureKind(r.cells![1])));
  const twoNamed = width === 2 && rows.length >= 3 && kinds.size === 1 && !kinds.has(undefined);
  // A Markdown table must have a header; a list of labels and their values is written under an empty one ("| | |"),
  // and its rows read as "Minimum term: 18 months", not under names it lacks.
  const emptyHeader = ruled && first.cells!.every((c) => !c.trim());
  const header = !emptyHeader && (ruled || (names && (width > 2 || twoNamed))) ? first.cells! : undefined;
  return {
    start: first.line.start,
    end: run[run.length - 1].line.end,
    rows: (header || emptyHeader ? rows.slice(1) : rows).map(({ line, cells }) => {
      // A row of cells that each name their field ("Name: Priya Nair | Office: Leeds") is a record without a header.
      const labelled = header || cells!.length < 2 ? undefined : fieldsOf(cells!);
      return {
        start: line.start,
        end: line.end,
        text: labelled ? cells!.join('; ') : rowText(cells!, header),
        fields: labelled ?? (header && header.length === cells!.length ? cells!.map((value, k) => ({ label: header[k], value })) : undefined),
      };
    }),
  };
}

/**
 * A cell that may name a column: words, or words with a figure that is no value ("Under 2s", "2 and over", "Year 7"):
 * not a sum, a date, a time or a share, which a record's row holds.
 */
const namesColumn = (cell: string) => {
  // (What brackets add is the column's unit or time: "Price (£)", "Period 1 (9:00)".)
  const bare = cell.replace(/\s*\([^()]*\)/g, '').trim() || cell;
  return !/\d/.test(bare) || (/\p{L}{2,}/u.test(bare) && !['money', 'date', 'time', 'share'].includes(figureKind(bare)!));
};

/**
 * Whether a first row whose names hold figures heads the rows under it: under one of its cells without a figure
 * ("Hours"), every row has one ("8am to 1pm"), as under a header, where a first row of records would hold one too.
 */
function figuresUnder(rows: ReadonlyArray<{ cells: string[] | undefined }>): boolean {
  const [first, ...below] = rows;
  return below.length > 0 && first.cells!.some((c, k) => !/\d/.test(c) && below.every((r) => /\d/.test(r.cells![k] ?? '')));
}

/**
 * …or where its figures head columns that hold none: "Period 1 (9:00) | Period 2 (10:15)" over "Biology | Chemistry",
 * a timetable's periods numbered and timed above the subjects, which no first row of records would be (two such
 * cells at least: one record may hold a figure the others lack).
 */
function figuresOnlyAbove(rows: ReadonlyArray<{ cells: string[] | undefined }>): boolean {
  const [first, ...below] = rows;
  const figured = first.cells!.map((c, k) => [c, k] as const).filter(([c]) => /\d/.test(c));
  return below.length >= 2 && figured.length >= 2 && figured.every(([, k]) => below.every((r) => !/\d/.test(r.cells![k] ?? '')));
}

/**
 * …or where each of its figures heads a column of figures of another kind: "6 mornings" over "€235" and "€245" (a
 * course's length over its prices), where a first row of records would hold a price there too.
 */
function figuresOfOtherKindUnder(rows: ReadonlyArray<{ cells: string[] | undefined }>): boolean {
  const [first, ...below] = rows;
  const figured = first.cells!.map((c, k) => [c, k] as const).filter(([c]) => /\d/.test(c));
  return (
    below.length >= 2 &&
    figured.every(([c, k]) => {
      const kinds = new Set(below.map((r) => figureKind(r.cells![k] ?? '')));
      return kinds.size === 1 && !kinds.has(undefined) && !kinds.has(figureKind(c));
    })
  );
}

const NUMERIC_DATE = /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/;
const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b/i;
const CURRENCY = /[£$€¥₹]|\b(?:GBP|USD|EUR)\b/;

/** What kind of figure a cell gives (a sum, a date, a time, a share, a count), or undefined for a cell without one. */
function figureKind(cell: string): string | undefined {
  if (!/\d/.test(cell)) return undefined;
  if (CURRENCY.test(cell)) return 'money';
  if (cell.includes('%')) return 'share';
  if (namesMonth(cell) || NUMERIC_DATE.test(cell)) return 'date';
  if (CLOCK.test(cell)) return 'time';
  // A reference ("FZ-10458", "AB12 3CD") is a code, not a count.
  return /^\s*[\d.,]/.test(cell) ? 'count' : 'code';
}

/**
 * "Plan: Team; Price per month: $12": each value after its column's name; without names, a label and its value as
 * "Founded: April 4, 1975", and a row of more values (or of another width than its header) as its values alone.
 */
function rowText(cells: string[], header: string[] | undefined): string {
  if (!header && cells.length === 2 && cells[0] && cells[1]) return `${cells[0]}: ${cells[1]}`;
  if (!header || header.length !== cells.length) return cells.filter(Boolean).join(', ');
  return cells
    .map((c, i) => (c ? (header[i] ? `${header[i]}: ${c}` : c) : ''))
    .filter(Boolean)
    .join('; ');
}

/**
 * A line of a table quoted on its own, read as its row would be without a header: "Price paid | £71.50" as "Price
 * paid: £71.50", not with the cell separator a person never wrote. Undefined for a line that is no table row.
 */
export function rowLineAsRead(line: string): string | undefined {
  const cells = line.includes('\n') ? undefined : cellsOf(line.trim());
  return cells && rowText(cells, undefined);
}

/** The parts of the spans outside every table (a span that holds a table and a sentence keeps the sentence). */
export function outsideTables<S extends { start: number; end: number }>(text: string, spans: readonly S[], tables: readonly Table[]): S[] {
  if (!tables.length) return [...spans];
  const out: S[] = [];
  for (const span of spans) {
    let pieces = [{ start: span.start, end: span.end }];
    for (const t of tables) {
      pieces = pieces.flatMap((p) =>
        t.end <= p.start || t.start >= p.end
          ? [p]
          : [
              { start: p.start, end: Math.max(p.start, t.start) },
              { start: Math.min(p.end, t.end), end: p.end },
            ],
      );
    }
    for (const p of pieces) {
      let { start, end } = p;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) out.push({ ...span, start, end });
    }
  }
  return out;
}
