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

/**
 * The header is the first row with two or more values: a title line above a table ("Budget 2024")
 * is kept as text of its own instead of naming column A. A one-column sheet has no header.
 */
export function sheetPage(page: number, sheetName: string, rows: SheetRow[]): ExtractedPage {
  const nonEmpty = rows.filter((r) => filled(r) > 0);
  const headerAt = nonEmpty.findIndex((r) => filled(r) >= 2);
  const header = headerAt >= 0 ? nonEmpty[headerAt].cells.map((c, i) => clean(c) || `column ${columnLetters(i)}`) : [];

  const blocks: { row: number; text: string }[] = [];
  nonEmpty.forEach((r, i) => {
    if (i === headerAt) return;
    if (headerAt < 0 || i < headerAt) {
      blocks.push({ row: r.row, text: r.cells.map(clean).filter(Boolean).join(' | ') });
      return;
    }
    const lines: string[] = [];
    r.cells.forEach((c, col) => {
      const v = clean(c);
      if (v) lines.push(`${header[col] ?? `column ${columnLetters(col)}`}: ${v}`);
    });
    blocks.push({ row: r.row, text: lines.join('\n') });
  });
  // A sheet that is only a header row: its cells are the content.
  if (headerAt >= 0 && blocks.length === headerAt) {
    const h = nonEmpty[headerAt];
    blocks.push({ row: h.row, text: h.cells.map(clean).filter(Boolean).join(' | ') });
  }

  let text = '';
  const starts: { row: number; start: number }[] = [];
  for (const b of blocks) {
    if (text) text += '\n\n';
    starts.push({ row: b.row, start: text.length });
    text += b.text;
  }
  return { page, label: sheetName, text, rows: starts };
}
