// One entry point from a file on disk to its text per page: read, sniff, dispatch to the extractor.
// Whatever goes wrong comes back as an ExtractError whose message starts with the file's name.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ExtractError, type ExtractedDocument } from './types';
import { sniffDocument } from './sniff';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_BYTES, sizeParams } from './limits';
import type { ExtractorOptions } from './extractors/options';
import { extractPdf } from './extractors/pdf';
import { extractDocx } from './extractors/docx';
import { extractHtml } from './extractors/html';
import { extractText } from './extractors/text';
import { extractCsv } from './extractors/csv';
import { extractPptx } from './extractors/pptx';
import { extractXlsx } from './extractors/xlsx';
import { extractOds } from './extractors/ods';
import { extractEpub } from './extractors/epub';
import { extractOdt } from './extractors/odt';
import { extractRtf } from './extractors/rtf';
import { ZIP_CONTAINER_KINDS } from './extractors/zip-container';
import { extractImage } from './ocr/extract-image';
import { resolveOcrSettings, type OcrOptions } from './ocr/ocr-settings';
import { CONTROL_CHARACTERS } from './control-characters';

export interface ExtractOptions {
  /** Display name used in messages; defaults to the file's base name. */
  name?: string;
  password?: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** The file's bytes, when the caller has read them already: the file is then not read again. */
  bytes?: Uint8Array;
  /** Files above this size are refused before reading (default 512 MB). */
  maxBytes?: number;
  /** Text-like files (txt, md, csv, html) above this size are refused (default 128 MB). */
  maxTextBytes?: number;
  /** OCR of scanned PDF pages and images (default: on, English). */
  ocr?: Partial<OcrOptions>;
}



/** Each control character of the pages' text becomes a space, one for one, so every offset into the text holds. */
export function withoutControlCharacters(doc: ExtractedDocument): ExtractedDocument {
  for (const page of doc.pages) page.text = page.text.replace(CONTROL_CHARACTERS, ' ');
  return doc;
}

export async function extractDocument(filePath: string, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  return withoutControlCharacters(await extractAny(filePath, options));
}

async function extractAny(filePath: string, options: ExtractOptions): Promise<ExtractedDocument> {
  const name = options.name ?? path.basename(filePath);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (options.signal?.aborted) throw new ExtractError('cancelled', `${name}: cancelled`);
    const data = options.bytes ? checkedBytes(options.bytes, name, maxBytes) : await readBytes(filePath, name, maxBytes);
    const { kind } = sniffDocument(data, name);
    const maxTextBytes = options.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
    if (kind !== 'pdf' && kind !== 'docx' && kind !== 'image' && !ZIP_CONTAINER_KINDS.has(kind) && data.byteLength > maxTextBytes)
      throw new ExtractError('too-large', `${name}: ${formatMb(data.byteLength)} of text is over the ${formatMb(maxTextBytes)} limit`, sizeParams(data.byteLength, maxTextBytes));
    const opts: ExtractorOptions = { name, password: options.password, onProgress: options.onProgress, signal: options.signal };
    switch (kind) {
      case 'pdf':
        return await extractPdf(data, opts, resolveOcrSettings(options.ocr));
      case 'image':
        return await extractImage(data, opts, resolveOcrSettings(options.ocr));
      case 'docx':
        return await extractDocx(data, { ...opts, maxUnzippedBytes: maxTextBytes });
      case 'html':
        return await extractHtml(data, opts);
      case 'csv':
        return await extractCsv(data, opts);
      // Office files and EPUBs may unpack to as much as a text file may weigh.
      case 'pptx':
        return await extractPptx(data, { ...opts, maxUnzippedBytes: maxTextBytes });
      case 'xlsx':
        return await extractXlsx(data, { ...opts, maxUnzippedBytes: maxTextBytes });
      case 'ods':
        return await extractOds(data, { ...opts, maxUnzippedBytes: maxTextBytes });
      case 'epub':
        return await extractEpub(data, { ...opts, maxUnzippedBytes: maxTextBytes });
      case 'odt':
        return await extractOdt(data, { ...opts, maxUnzippedBytes: maxTextBytes });
      case 'rtf':
        return await extractRtf(data, opts);
      case 'markdown':
      case 'text':
        return await extractText(data, kind, opts);
    }
  } catch (err) {
    throw asExtractError(err, name);
  }
}

async function readBytes(filePath: string, name: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new ExtractError('read-failed', `${name}: not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    throw new ExtractError('read-failed', `${name}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  checkSize(size, name, maxBytes);
  try {
    const buf = await readFile(filePath);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (err) {
    throw new ExtractError('read-failed', `${name}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}

/** Bytes given by the caller pass the same checks as a file read here. */
function checkedBytes(bytes: Uint8Array, name: string, maxBytes: number): Uint8Array {
  checkSize(bytes.byteLength, name, maxBytes);
  return bytes;
}

function checkSize(size: number, name: string, maxBytes: number): void {
  if (size > maxBytes)
    throw new ExtractError('too-large', `${name}: ${formatMb(size)} is over the ${formatMb(maxBytes)} limit`, sizeParams(size, maxBytes));
  if (size === 0) throw new ExtractError('no-text', `${name}: the file is empty`, { reason: 'empty' });
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** Any failure, typed or not, as an ExtractError naming the file. */
export function asExtractError(err: unknown, name: string): ExtractError {
  if (err instanceof ExtractError) {
    if (err.message.startsWith(name)) return err;
    return new ExtractError(err.code, `${name}: ${err.message}`, err.params);
  }
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof RangeError && /allocation|memory|Invalid (string|array) length/i.test(message))
    return new ExtractError('out-of-memory', `${name}: too large to read in memory (${message})`);
  return new ExtractError('corrupt', `${name}: could not be read (${message})`);
}
