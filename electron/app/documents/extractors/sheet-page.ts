// One spreadsheet sheet → one page of text, shared by XLSX and ODS. Like the CSV extractor, each row
// reads as a self-contained record ("Region: North\nQ3: 1200"), with the sheet's header row naming the
// values, and each record's start is kept with its row number so a citation can say "rows 12–18".
import type { ExtractedPage } from '../types';

export interface SheetRow {
  /** The sheet's own 1-based row number. */
  row: number;
  /** Cell texts by 0-based column; holes and '' are empty cells. */
  cells: (string | undefined)[];
}

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based column of a cell reference ("C12" → 2), or -1. */
export function columnIndex(ref: string): number {
  const m = /^\$?([A-Za-z]{1,3})/.exec(ref);
  if (!m) return -1;
  let n = 0;
  for (const ch of m[1].toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const clean = (v: string | undefined) => (v ?? '').replace(/\s*\n\s*/g, ' ').trim();
const filled = (r: SheetRow) => r.cells.reduce((n, c) => (clean(c) ? n + 1 : n), 0);

/** Runs of rows with no empty row between them: a sheet's tables, and its blocks of "label | value" lines. */
function runsOf(rows: SheetRow[]): SheetRow[][] {
  const runs: SheetRow[][] = [];
  for (const r of rows) {
    const run = runs.at(-1);
    if (run && r.row === run[run.length - 1].row + 1) run.push(r);
    else runs.push([r]);
  }
  return runs;
}

// A loop, not Math.max(...rows): a run may hold a sheet's hundreds of thousands of rows, past the arguments a call takes.
const widest = (run: SheetRow[]) => run.reduce((most, r) => Math.max(most, filled(r)), 0);
const columnsOf = (r: SheetRow) => r.cells.flatMap((c, i) => (clean(c) ? [i] : []));

/** A number, amount, percentage, date, time or truth value as a sheet shows it: a record's value, never a column's name. */
const DATA_VALUE = /^(?:[-+(]?[£$€¥]?\s?\d[\d\s,.:/-]*(?:%|[a-z]{1,3}\.?)?\)?|TRUE|FALSE)$/i;
const namesOnly = (r: SheetRow) => r.cells.every((c) => !DATA_VALUE.test(clean(c)));

/**
 * A header row set apart from its records by empty rows ("Item | Cost" then a gap, then "Paper | 42") joins their
 * run: a lone row of names only, over a run whose first row holds a value and whose columns are among its own.
 */
function joinLoneHeaders(runs: SheetRow[][]): SheetRow[][] {
  const joined: SheetRow[][] = [];
  for (const run of runs) {
    const before = joined.at(-1);
    const lone = before?.length === 1 ? before[0] : undefined;
    if (lone && filled(lone) >= 2 && namesOnly(lone) && !namesOnly(run[0])) {
      const columns = new Set(columnsOf(lone));
      if (run.every((r) => columnsOf(r).every((c) => columns.has(c)))) {
        joined[joined.length - 1] = before!.concat(run);
        continue;
      }
    }
    joined.push(run);
  }
  return joined;
}

/**
 * A run's header: its first row as wide as a table's header must be (two values, or three where the run is wider),
 * so that "Pet | Biscuit" or a title just above a wider table is a line of its own instead of naming its columns.
 */
function headerRowOf(run: SheetRow[]): number {
  const need = Math.min(3, widest(run));
  if (run.length < 2 || need < 2) return -1;
  const at = run.findIndex((r) => filled(r) >= need);
  // Two columns may be a list of labels and their values ("Plan | Unlimited calls and texts, 50GB data" over "Monthly
  // price | £18.00"): its first row is a header only where both its cells read as column names.
  return need === 2 && at >= 0 && !namesColumns(run[at]) ? -1 : at;
}

/** Cells that name columns: a few words each, without a figure or a sentence's punctuation ("Item", "Cost (£)"). */
const COLUMN_NAME = /^[^\d,.;:!?]+$/;
const COLUMN_NAME_WORDS = 4;
const namesColumns = (r: SheetRow) =>
  r.cells.every((c) => {
    const v = clean(c);
    return !v || (COLUMN_NAME.test(v) && v.split(/\s+/).length <= COLUMN_NAME_WORDS);
  });

/**
 * Whether a run after a gap goes on with the table above (a spacer row between groups of records): its values sit
 * under the header's columns and it is about as wide. A pair of "Microchip number | 985…" lines under a four-column
 * table is not, and reads as label and value.
 */
function continuesTable(run: SheetRow[], headerRow: SheetRow): boolean {
  // A row of names over rows holding values heads a table of its own ("Name | Role | Phone" under "Item | Cost | Paid"),
  // and so does the header written again.
  if (run.length >= 2 && namesOnly(run[0]) && run.slice(1).some((r) => !namesOnly(r))) return false;
  if (run.length >= 2 && run[0].cells.map(clean).join('\t') === headerRow.cells.map(clean).join('\t')) return false;
  const columns = new Set(columnsOf(headerRow));
  return run.every((r) => columnsOf(r).every((c) => columns.has(c))) && widest(run) >= Math.min(columns.size, 3);
}

/** A row read on its own: "label: value" when it holds two values, else its values in order. */
function lineOf(r: SheetRow): string {
  const values = r.cells.map(clean).filter(Boolean);
  return values.length === 2 ? `${values[0]}: ${values[1]}` : values.join(' | ');
}

/**
 * A sheet's tables are its runs of rows between empty rows. The first run that is a table (two or more rows, under a
 * header of two values or three) names its columns with its header row; a later run goes on with that header where it
 * fits under it, is a table of its own where it is one, and is lines of their own otherwise. Rows above the first
 * table (a title, "Prepared by | Sam") are lines of their own. A one-column sheet has no header.
 */
export function sheetPage(page: number, sheetName: string, rows: SheetRow[]): ExtractedPage {
  const runs = joinLoneHeaders(runsOf(rows.filter((r) => filled(r) > 0)));
  // The first table's run: the first one three values wide, else the first two wide.
  const firstTable = [3, 2].map((need) => runs.findIndex((run) => headerRowOf(run) >= 0 && widest(run) >= need)).find((i) => i >= 0) ?? -1;

  const blocks: { row: number; text: string }[] = [];
  let header: SheetRow | undefined;
  runs.forEach((run, i) => {
    let at = -1;
    if (i >= firstTable && firstTable >= 0 && !(header && continuesTable(run, header))) {
      at = i === firstTable || widest(run) >= 3 ? headerRowOf(run) : -1;
      header = at >= 0 ? run[at] : undefined;
    }
    if (!header) {
      for (const r of run) blocks.push({ row: r.row, text: lineOf(r) });
      return;
    }
    const names = header.cells.map((c, col) => clean(c) || `column ${columnLetters(col)}`);
    run.forEach((r, j) => {
      if (j < at) blocks.push({ row: r.row, text: lineOf(r) });
      if (j <= at) return;
      const lines: string[] = [];
      r.cells.forEach((c, col) => {
        const v = clean(c);
        if (v) lines.push(`${names[col] ?? `column ${columnLetters(col)}`}: ${v}`);
      });
      blocks.push({ row: r.row, text: lines.join('\n') });
    });
    // A table that is only its header row: its cells are the content.
    if (at === run.length - 1) blocks.push({ row: header.row, text: header.cells.map(clean).filter(Boolean).join(' | ') });
  });

  let text = '';
  const starts: { row: number; start: number }[] = [];
  for (const b of blocks) {
    if (text) text += '\n\n';
    starts.push({ row: b.row, start: text.length });
    text += b.text;
  }
  return { page, label: sheetName, text, rows: starts };
}
