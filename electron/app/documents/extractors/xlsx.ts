// XLSX → one page per worksheet, in tab order, labelled "sheet <name>", each row a record of
// "header: value" lines (sheet-page.ts). Values are what Excel last displayed: formulas by their
// cached <v>, shared strings resolved, numbers to 15 significant digits (Excel's own precision),
// dates and times from the cell's number format. Worksheets are read as a stream: they are the parts
// that get big.
import { ExtractError, type ExtractedDocument, type ExtractedPage } from '../types';
import { attr, childElements, descendants, prefixedAttr, streamXml, type XmlElement } from './xml-tree';
import { ZipContainer, type ContainerExtractorOptions } from './zip-container';
import { openMainPart, packageTitle, readRelationships, relatedParts } from './ooxml-rels';
import { columnIndex, sheetPage, type SheetRow } from './sheet-page';

const WHAT = 'Excel workbook';

export async function extractXlsx(data: Uint8Array, options: ContainerExtractorOptions): Promise<ExtractedDocument> {
  const { name } = options;
  const zip = ZipContainer.open(data, options, WHAT);
  const { xml: workbook, rels } = openMainPart(zip, 'xl/workbook.xml');
  const date1904 = descendants(workbook, 'workbookPr').some((p) => /^(1|true)$/.test(attr(p, 'date1904') ?? ''));

  // Some writers leave out the workbook's relationships; the conventional names then stand in.
  const sharedStringsPart = relatedParts(rels, 'sharedStrings')[0] ?? 'xl/sharedStrings.xml';
  const strings = zip.has(sharedStringsPart) ? readSharedStrings(zip.readText(sharedStringsPart)) : [];
  const formats = readCellFormats(zip.optionalXml(relatedParts(rels, 'styles')[0] ?? 'xl/styles.xml'));

  const sheets = descendants(workbook, 'sheet');
  if (sheets.length === 0) throw new ExtractError('corrupt', `${name}: damaged ${WHAT}, it lists no sheets`);
  const pages: ExtractedPage[] = [];
  for (const [i, sheet] of sheets.entries()) {
    if (options.signal?.aborted) throw new ExtractError('cancelled', `${name}: cancelled`);
    const rel = rels.get(prefixedAttr(sheet, 'id') ?? '') ?? (rels.size === 0 ? { type: 'worksheet', target: `xl/worksheets/sheet${i + 1}.xml` } : undefined);
    // Chart sheets and macro sheets hold no cells; they keep their tab number all the same.
    if (rel?.type === 'worksheet' && zip.has(rel.target)) {
      const rows = readSheetRows(zip.readText(rel.target), { strings, formats, date1904 });
      pages.push(sheetPage(i + 1, attr(sheet, 'name') ?? `Sheet${i + 1}`, rows));
    }
    options.onProgress?.(i + 1, sheets.length);
  }
  if (!pages.some((p) => /\S/.test(p.text))) throw new ExtractError('no-text', `${name}: the workbook contains no values`);
  return {
    kind: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    title: packageTitle(zip),
    pages,
    pageCount: sheets.length,
  };
}

/** Shared strings in order; rich-text runs joined; phonetic guides (<rPh>, furigana) left out. */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current: string | null = null;
  let inText = 0;
  let inPhonetic = 0;
  streamXml(xml, {
    open(tag) {
      if (tag === 'si') current = '';
      else if (tag === 't') inText++;
      else if (tag === 'rPh') inPhonetic++;
    },
    close(tag) {
      if (tag === 'si') {
        out.push(current ?? '');
        current = null;
      } else if (tag === 't') inText--;
      else if (tag === 'rPh') inPhonetic--;
    },
    text(t) {
      if (current !== null && inText > 0 && inPhonetic === 0) current += t;
    },
  });
  return out;
}

type ValueFormat = 'number' | 'percent' | 'date' | 'time' | 'datetime';

/** The display kind of each cell style index (cellXfs order), from its number format. */
function readCellFormats(styles: XmlElement | undefined): ValueFormat[] {
  if (!styles) return [];
  const custom = new Map<string, string>();
  for (const f of descendants(styles, 'numFmt')) custom.set(attr(f, 'numFmtId') ?? '', attr(f, 'formatCode') ?? '');
  const cellXfs = descendants(styles, 'cellXfs')[0];
  if (!cellXfs) return [];
  return childElements(cellXfs, 'xf').map((xf) => {
    const id = attr(xf, 'numFmtId') ?? '0';
    const code = custom.get(id);
    return code !== undefined ? formatOfCode(code) : builtinFormat(Number(id));
  });
}

function builtinFormat(id: number): ValueFormat {
  if (id === 9 || id === 10) return 'percent';
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) return 'time';
  if (id === 22) return 'datetime';
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return 'date';
  return 'number';
}

function formatOfCode(code: string): ValueFormat {
  // Literal text ("days", \x) and brackets ([Red], [$-409]) are not date tokens; [h] elapsed time is.
  const section = code.split(';')[0];
  const bare = section
    .replace(/"[^"]*"|\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/AM\/PM|A\/P/gi, 'h');
  // "m" after an hour or before seconds is minutes; anywhere else it is the month.
  const dateTokens = bare.replace(/(h+[^a-z0-9]*)m+/gi, '$1').replace(/m+([^a-z0-9]*s)/gi, '$1');
  const date = /[ydm]/i.test(dateTokens);
  const time = /[hs]/i.test(bare);
  if (date && time) return 'datetime';
  if (date) return 'date';
  if (time) return 'time';
  if (bare.includes('%')) return 'percent';
  return 'number';
}

interface SheetContext {
  strings: string[];
  formats: ValueFormat[];
  date1904: boolean;
}

/** The rows with values of one worksheet's XML, in sheet order. */
export function readSheetRows(xml: string, ctx: SheetContext): SheetRow[] {
  const rows: SheetRow[] = [];
  let row: SheetRow | null = null;
  let nextRow = 1;
  let nextCol = 0;
  let cell: { col: number; type: string; style: number; v: string; inline: string } | null = null;
  let capture: 'v' | 'inline' | null = null;
  let inPhonetic = 0;
  streamXml(xml, {
    open(tag, a) {
      if (tag === 'row') {
        const r = Number(a.r);
        row = { row: Number.isInteger(r) && r > 0 ? r : nextRow, cells: [] };
        nextRow = row.row + 1;
        nextCol = 0;
      } else if (tag === 'c' && row) {
        const col = a.r ? columnIndex(a.r) : -1;
        cell = { col: col >= 0 ? col : nextCol, type: a.t ?? 'n', style: Number(a.s ?? 0) || 0, v: '', inline: '' };
        nextCol = cell.col + 1;
      } else if (cell && tag === 'v') capture = 'v';
      else if (cell && tag === 't' && cell.type === 'inlineStr') capture = 'inline';
      else if (tag === 'rPh') inPhonetic++;
    },
    close(tag) {
      if (tag === 'v' || tag === 't') capture = null;
      else if (tag === 'rPh') inPhonetic--;
      else if (tag === 'c' && cell && row) {
        const value = cellText(cell, ctx);
        if (value) row.cells[cell.col] = value;
        cell = null;
      } else if (tag === 'row' && row) {
        if (row.cells.length) rows.push(row);
        row = null;
      }
    },
    text(t) {
      if (!cell || inPhonetic) return;
      if (capture === 'v') cell.v += t;
      else if (capture === 'inline') cell.inline += t;
    },
  });
  return rows;
}

function cellText(cell: { type: string; style: number; v: string; inline: string }, ctx: SheetContext): string {
  const v = cell.v.trim();
  switch (cell.type) {
    case 's':
      return ctx.strings[Number(v)] ?? '';
    case 'inlineStr':
      return cell.inline || cell.v;
    case 'str':
    case 'e':
      return cell.v;
    case 'b':
      return v === '' ? '' : v === '1' || v.toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
    case 'd':
      return v.replace(/T00:00:00(\.0+)?Z?$/, '').replace('T', ' ');
    default: {
      if (v === '') return '';
      const n = Number(v);
      if (!Number.isFinite(n)) return v;
      const format = ctx.formats[cell.style] ?? 'number';
      if (format === 'number') return formatNumber(n);
      if (format === 'percent') return `${formatNumber(n * 100)}%`;
      return excelSerialToText(n, ctx.date1904, format);
    }
  }
}

/** 15 significant digits, as Excel shows: 0.1+0.2 is 0.3, not 0.30000000000000004. */
export function formatNumber(n: number): string {
  return String(Number(n.toPrecision(15)));
}

const DAY_MS = 86_400_000;

/** ISO date ("2024-03-31"), time ("14:30") or both, from an Excel serial date. */
export function excelSerialToText(serial: number, date1904: boolean, format: 'date' | 'time' | 'datetime'): string {
  const days = Math.floor(serial);
  const seconds = Math.round((serial - days) * 86_400);
  // The 1900 system counts a 29 February 1900 that never was (Lotus's bug, kept for compatibility),
  // so serials after it are one day ahead of the calendar.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const at = new Date(epoch + days * DAY_MS + seconds * 1000);
  const date = at.toISOString().slice(0, 10);
  const hh = String(Math.floor(seconds / 3600) % 24).padStart(2, '0');
  const mm = String(Math.floor(seconds / 60) % 60).padStart(2, '0');
  const ss = seconds % 60;
  const time = `${hh}:${mm}${ss ? `:${String(ss).padStart(2, '0')}` : ''}`;
  if (format === 'time' || (format !== 'date' && days === 0 && !date1904)) return time;
  if (format === 'date' || seconds === 0) return date;
  return `${date} ${time}`;
}
