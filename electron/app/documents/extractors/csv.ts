// CSV/TSV → one block of lines per row, "header: value", so each row reads as a self-contained
// record for retrieval ("Name: 佐藤太郎 / Age: 30 / City: 東京").
import Papa from 'papaparse';
import { ExtractError, type ExtractedDocument } from '../types';
import { decodeText } from '../decode-text';
import type { ExtractorOptions } from './options';

export async function extractCsv(data: Uint8Array, options: ExtractorOptions): Promise<ExtractedDocument> {
  const { name } = options;
  const source = decodeText(data).text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(source, { skipEmptyLines: 'greedy', delimiter: name.toLowerCase().endsWith('.tsv') ? '\t' : '' });
  const rows = parsed.data;
  if (rows.length === 0) throw new ExtractError('no-text', `${name}: the table is empty`);

  const header = rows[0].map((h, i) => h.trim() || `column ${i + 1}`);
  const records: string[] = [];
  // Where each record starts in the text, by its row in the table (the header is row 1), so a citation says its rows.
  const starts: { row: number; start: number }[] = [];
  let length = 0;
  rows.slice(1).forEach((row, i) => {
    const lines: string[] = [];
    row.forEach((value, col) => {
      const v = value.trim();
      if (v) lines.push(`${header[col] ?? `column ${col + 1}`}: ${v.replace(/\s*\n\s*/g, ' ')}`);
    });
    if (!lines.length) return;
    const record = lines.join('\n');
    if (records.length) length += 2;
    starts.push({ row: i + 2, start: length });
    length += record.length;
    records.push(record);
  });
  // A one-row file is only a header: its cells are the content.
  const text = records.length ? records.join('\n\n') : header.join(' | ');
  options.onProgress?.(1, 1);
  const page = records.length ? { page: 1, text, rows: starts } : { page: 1, text, rows: [{ row: 1, start: 0 }] };
  return { kind: 'csv', mime: 'text/csv', pages: [page], pageCount: 1 };
}
