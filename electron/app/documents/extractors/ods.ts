// ODS (OpenDocument spreadsheet) → one page per sheet, as XLSX does (sheet-page.ts). A cell's value is
// its typed office:value (the cached result when it holds a formula); text cells and displayed
// currencies read as shown. Repeated rows and columns (how ODF stores runs of equal cells, and the
// empty millions of rows after the data) are expanded only where they hold values.
import { ExtractError, type ExtractedDocument, type ExtractedPage } from '../types';
import { localName, streamXml } from './xml-tree';
import { ZipContainer, type ContainerExtractorOptions } from './zip-container';
import { sheetPage, type SheetRow } from './sheet-page';
import { formatNumber } from './xlsx';
import { odfTitle } from './odf-meta';

const WHAT = 'OpenDocument spreadsheet';
/** Runs of equal values longer than this are a styling artefact, not data. */
const MAX_REPEAT_ROWS = 1000;
const MAX_COLUMNS = 1024;

export async function extractOds(data: Uint8Array, options: ContainerExtractorOptions): Promise<ExtractedDocument> {
  const { name } = options;
  const zip = ZipContainer.open(data, options, WHAT);
  const xml = zip.readText('content.xml');
  let sheets: { name: string; rows: SheetRow[] }[];
  try {
    sheets = readOdsSheets(xml);
  } catch (err) {
    throw new ExtractError('corrupt', `${name}: damaged ${WHAT}, content.xml cannot be read (${err instanceof Error ? err.message : String(err)})`);
  }
  if (sheets.length === 0) throw new ExtractError('no-text', `${name}: the spreadsheet has no sheets`);
  const pages: ExtractedPage[] = sheets.map((s, i) => sheetPage(i + 1, s.name, s.rows));
  options.onProgress?.(1, 1);
  if (!pages.some((p) => /\S/.test(p.text))) throw new ExtractError('no-text', `${name}: the spreadsheet contains no values`);
  return {
    kind: 'ods',
    mime: 'application/vnd.oasis.opendocument.spreadsheet',
    title: odfTitle(zip),
    pages,
    pageCount: sheets.length,
  };
}

/** An ODF attribute by its usual prefixed name, or by local name under any prefix but LibreOffice's calcext. */
function odfAttr(attrs: Record<string, string>, qualified: string): string | undefined {
  if (qualified in attrs) return attrs[qualified];
  const local = localName(qualified);
  for (const key in attrs) if (localName(key) === local && !key.startsWith('calcext:')) return attrs[key];
  return undefined;
}

interface CellState {
  attrs: Record<string, string>;
  paragraphs: string[];
  repeat: number;
}

export function readOdsSheets(xml: string): { name: string; rows: SheetRow[] }[] {
  const sheets: { name: string; rows: SheetRow[] }[] = [];
  let sheet: { name: string; rows: SheetRow[] } | null = null;
  let tableDepth = 0;
  let nextRow = 1;
  let row: { cells: (string | undefined)[]; repeat: number } | null = null;
  let col = 0;
  let cell: CellState | null = null;
  let paragraphDepth = 0;
  let skipDepth = 0;

  streamXml(xml, {
    open(tag, a) {
      if (skipDepth) {
        skipDepth++;
        return;
      }
      if (tag === 'table') {
        tableDepth++;
        if (tableDepth === 1) {
          sheet = { name: odfAttr(a, 'table:name') ?? `Sheet${sheets.length + 1}`, rows: [] };
          nextRow = 1;
        }
        return;
      }
      if (tableDepth !== 1) return;
      if (tag === 'table-row') {
        row = { cells: [], repeat: Math.max(1, Number(odfAttr(a, 'table:number-rows-repeated')) || 1) };
        col = 0;
      } else if ((tag === 'table-cell' || tag === 'covered-table-cell') && row) {
        cell = { attrs: a, paragraphs: [], repeat: Math.max(1, Number(odfAttr(a, 'table:number-columns-repeated')) || 1) };
      } else if (cell && (tag === 'annotation' || tag === 'note-citation')) {
        // Comments on a cell are not its value.
        skipDepth = 1;
      } else if (cell && (tag === 'p' || tag === 'h')) {
        if (paragraphDepth++ === 0) cell.paragraphs.push('');
      } else if (cell && paragraphDepth) {
        if (tag === 's') appendToCell(cell, ' '.repeat(Math.min(100, Number(odfAttr(a, 'text:c')) || 1)));
        else if (tag === 'tab') appendToCell(cell, ' ');
        else if (tag === 'line-break') appendToCell(cell, '\n');
      }
    },
    close(tag) {
      if (skipDepth) {
        skipDepth--;
        return;
      }
      if (tag === 'table') {
        if (tableDepth === 1 && sheet) sheets.push(sheet);
        tableDepth--;
        return;
      }
      if (tableDepth !== 1) return;
      if ((tag === 'p' || tag === 'h') && cell) paragraphDepth--;
      else if ((tag === 'table-cell' || tag === 'covered-table-cell') && cell && row) {
        const value = odsCellValue(cell);
        const times = value ? Math.min(cell.repeat, MAX_COLUMNS - col) : 0;
        for (let i = 0; i < times; i++) row.cells[col + i] = value;
        col += cell.repeat;
        cell = null;
      } else if (tag === 'table-row' && row && sheet) {
        if (row.cells.some(Boolean)) {
          for (let i = 0; i < Math.min(row.repeat, MAX_REPEAT_ROWS); i++) sheet.rows.push({ row: nextRow + i, cells: row.cells });
        }
        nextRow += row.repeat;
        row = null;
      }
    },
    text(t) {
      if (!skipDepth && cell && paragraphDepth) appendToCell(cell, t);
    },
  });
  return sheets;
}

function appendToCell(cell: CellState, text: string): void {
  cell.paragraphs[cell.paragraphs.length - 1] += text;
}

function odsCellValue(cell: CellState): string {
  const a = cell.attrs;
  const shown = cell.paragraphs.join('\n').trim();
  const value = odfAttr(a, 'office:value');
  switch (odfAttr(a, 'office:value-type')) {
    case 'float':
      return value !== undefined && Number.isFinite(Number(value)) ? formatNumber(Number(value)) : shown;
    case 'percentage':
      return value !== undefined && Number.isFinite(Number(value)) ? `${formatNumber(Number(value) * 100)}%` : shown;
    case 'date': {
      const d = odfAttr(a, 'office:date-value') ?? '';
      return d ? d.replace(/T00:00(:00)?(\.\d+)?$/, '').replace(/T(\d\d:\d\d)(:00)?(\.\d+)?$/, ' $1').replace('T', ' ') : shown;
    }
    case 'time': {
      const m = /^-?PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S$/.exec(odfAttr(a, 'office:time-value') ?? '');
      if (!m) return shown;
      const s = Math.round(Number(m[3]));
      return `${m[1].padStart(2, '0')}:${m[2].padStart(2, '0')}${s ? `:${String(s).padStart(2, '0')}` : ''}`;
    }
    case 'boolean': {
      const b = odfAttr(a, 'office:boolean-value');
      return b === undefined ? shown : b === 'true' ? 'TRUE' : 'FALSE';
    }
    default:
      // string, currency (shown with its symbol) and untyped cells read as displayed.
      return shown || (value ?? '');
  }
}
