// CSV/TSV → one block of lines per row, "header: value", so each row reads as a self-contained
// record for retrieval ("Name: 佐藤太郎 / Age: 30 / City: 東京"). A long table is cut into pages of whole
// records, each knowing where its rows start, so a citation says "rows 120–135" (row 1 is the header row).
import Papa from 'papaparse';
import { ExtractError, type ExtractedDocument, type ExtractedPage } from '../types';
import { decodeText } from '../decode-text';
import { MAX_SECTION_CHARS } from '../sections';
import type { ExtractorOptions } from './options';

const RECORD_GAP = '\n\n';

export async function extractCsv(data: Uint8Array, options: ExtractorOptions): Promise<ExtractedDocument> {
  const { name } = options;
  const source = decodeText(data).text.replace(/^\uFEFF/, '');
  // Blank lines are kept so that row numbers match what a spreadsheet app shows; they are skipped below.
  const parsed = Papa.parse<string[]>(source, { skipEmptyLines: false, delimiter: name.toLowerCase().endsWith('.tsv') ? '\t' : '' });
  const rows = parsed.data;
  const headerAt = rows.findIndex((row) => row.some((cell) => cell.trim()));
  if (headerAt < 0) throw new ExtractError('no-text', `${name}: the table is empty`);

  const header = rows[headerAt].map((h, i) => h.trim() || `column ${i + 1}`);
  const pages: ExtractedPage[] = [];
  let parts: string[] = [];
  let rowStarts: { row: number; start: number }[] = [];
  let length = 0;
  const closePage = () => {
    if (!parts.length) return;
    pages.push({ page: pages.length + 1, text: parts.join(''), rows: rowStarts });
    parts = [];
    rowStarts = [];
    length = 0;
  };
  for (let r = headerAt + 1; r < rows.length; r++) {
    const lines: string[] = [];
    rows[r].forEach((value, i) => {
      const v = value.trim();
      if (v) lines.push(`${header[i] ?? `column ${i + 1}`}: ${v.replace(/\s*\n\s*/g, ' ')}`);
    });
    if (!lines.length) continue;
    const record = lines.join('\n');
    if (length > 0 && length + RECORD_GAP.length + record.length > MAX_SECTION_CHARS) closePage();
    if (length > 0) {
      parts.push(RECORD_GAP);
      length += RECORD_GAP.length;
    }
    rowStarts.push({ row: r + 1, start: length });
    parts.push(record);
    length += record.length;
  }
  closePage();
  // A one-row file is only a header: its cells are the content.
  if (!pages.length) pages.push({ page: 1, text: header.join(' | '), rows: [{ row: headerAt + 1, start: 0 }] });
  options.onProgress?.(1, 1);
  return { kind: 'csv', mime: 'text/csv', pages, pageCount: pages.length };
}
