// Decides what kind of document a file is from its bytes; the extension only breaks ties between
// text formats (Markdown and CSV are plain text that no byte pattern gives away).
import path from 'node:path';
import { ExtractError, type DocumentKind } from './types';
import { controlCharRatio, decodeText, declaredHtmlCharset, looksBinary } from './decode-text';
import { IMAGE_MIME, sniffImage } from './ocr/image-info';
import { sniffZipContainer } from './extractors/zip-container';

/** Said whenever a file is refused, so the user knows what would have worked. */
const READABLE_FORMATS =
  'Docent reads (PDF, Word, PowerPoint, Excel, OpenDocument text and spreadsheets, EPUB, RTF, HTML, Markdown, CSV, plain text, and PNG, JPEG or TIFF images)';

export interface SniffResult {
  kind: DocumentKind;
  mime: string;
}

export const MIME_BY_KIND: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  markdown: 'text/markdown',
  text: 'text/plain',
  csv: 'text/csv',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  epub: 'application/epub+zip',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
  // The sniffed result names the actual format (image/png, image/jpeg, image/tiff); see IMAGE_MIME.
  image: 'image/png',
};

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx']);
const CSV_EXTENSIONS = new Set(['.csv', '.tsv']);

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function indexOfAscii(bytes: Uint8Array, needle: string, limit = bytes.length): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(limit, bytes.length)).indexOf(needle, 0, 'latin1');
}

/** Formats people drop by mistake, named so the message tells them what they gave us; `reason` is for the window. */
function knownBinaryFormat(bytes: Uint8Array): { what: string; reason: string } | null {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return { what: 'a legacy Office file (.doc/.xls/.ppt); save it as .docx or PDF', reason: 'legacy-office' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return { what: 'a PNG image', reason: 'image' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { what: 'a JPEG image', reason: 'image' };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return { what: 'a GIF image', reason: 'image' };
  if (startsWith(bytes, [0x1f, 0x8b])) return { what: 'a gzip archive', reason: 'archive' };
  return null;
}

/**
 * A PDF whose `%PDF-` header is missing or whose first bytes were cut off still begins with PDF syntax: an indirect
 * object (`1 0 obj`) within its first few hundred bytes, with perhaps the tail of a cut object (`<< /Type … >> endobj`)
 * before it, and `endobj` soon after. pdf.js reads such a file once its header is put back (shared/pdf-header.ts), and
 * one too damaged to read fails as a damaged PDF instead of being indexed as text full of `obj` and `endobj`. Only the
 * very start counts, and prose before the first object rules it out, so a text about PDF syntax is not taken for a PDF.
 */
const PDF_OBJECT_HEADER = /(?:^|[\r\n])[ \t]*\d{1,10}[ \t]+\d{1,5}[ \t]+obj\s*(?:<<|\[|\(|\/|<[0-9A-Fa-f]|[-+.\d]|true\b|false\b|null\b)/;
const PROSE = /\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/i;
const MAX_LEAD = 256;

export function startsWithPdfSyntax(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  const object = PDF_OBJECT_HEADER.exec(head);
  if (!object || object.index > MAX_LEAD) return false;
  const lead = head.slice(0, object.index).replace(/%[^\r\n]*/g, '');
  if (PROSE.test(lead.replace(/\/[A-Za-z]+/g, ''))) return false;
  // The object ends, or a cross-reference section follows, within the first 64 KB.
  const window = Math.min(bytes.length, 64 * 1024);
  return indexOfAscii(bytes, 'endobj', window) >= 0 || indexOfAscii(bytes, 'xref', window) >= 0;
}

const HTML_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|base|link|style|script)[\s>/]/i;

export function sniffDocument(bytes: Uint8Array, name: string): SniffResult {
  const ext = path.extname(name).toLowerCase();
  // Readers accept a PDF header behind up to 1 KB of junk, and real files do that; but a text file may
  // also mention "%PDF-" near its start, so the junk is only allowed when the name says .pdf.
  const pdfAt = indexOfAscii(bytes, '%PDF-', 1024);
  if (pdfAt === 0 || (pdfAt > 0 && ext === '.pdf')) return { kind: 'pdf', mime: MIME_BY_KIND.pdf };
  if (startsWithPdfSyntax(bytes)) return { kind: 'pdf', mime: MIME_BY_KIND.pdf };

  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // PPTX/XLSX by their main part beside [Content_Types].xml, EPUB/ODT/ODS by their `mimetype` entry.
    const container = sniffZipContainer(bytes);
    if (container) return { kind: container, mime: MIME_BY_KIND[container] };
    // Zip entry names are stored uncompressed, so a DOCX shows its main part's name in plain bytes.
    if (indexOfAscii(bytes, 'word/document.xml') >= 0) return { kind: 'docx', mime: MIME_BY_KIND.docx };
    const what =
      indexOfAscii(bytes, 'xl/workbook') >= 0
        ? 'an Excel workbook (.xlsx)'
        : indexOfAscii(bytes, 'ppt/presentation') >= 0
          ? 'a PowerPoint file (.pptx)'
          : indexOfAscii(bytes, 'content.xml') >= 0
            ? 'an OpenDocument file of a kind Docent does not read (only .odt and .ods)'
            : 'a ZIP archive';
    throw new ExtractError('unsupported-type', `${name}: this is ${what}, not a Word document or another format ${READABLE_FORMATS}`, {
      reason: what === 'a ZIP archive' ? 'archive' : 'other',
    });
  }

  // Read by OCR (which the extract options may turn off).
  const image = sniffImage(bytes);
  if (image) return { kind: 'image', mime: IMAGE_MIME[image] };

  // RTF is 7-bit text, but it is markup: it has its own extractor.
  if (/^\s*\{\\rtf/.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 32)).toString('latin1')))
    return { kind: 'rtf', mime: MIME_BY_KIND.rtf };

  const binary = knownBinaryFormat(bytes);
  if (binary) throw new ExtractError('unsupported-type', `${name}: this is ${binary.what}, which Docent cannot read`, { reason: binary.reason });
  if (looksBinary(bytes))
    throw new ExtractError('unsupported-type', `${name}: binary content, not text nor any format ${READABLE_FORMATS}`, { reason: 'binary' });

  const head = decodeText(prefixOnCharBoundary(bytes, 8192), { declared: declaredHtmlCharset(bytes) }).text;
  if (controlCharRatio(head) > 0.02)
    throw new ExtractError('unsupported-type', `${name}: the content is not readable text (binary or unknown encoding)`, { reason: 'binary' });

  if (HTML_START.test(head) || ((ext === '.html' || ext === '.htm' || ext === '.xhtml') && /^\s*</.test(head)))
    return { kind: 'html', mime: MIME_BY_KIND.html };
  if (CSV_EXTENSIONS.has(ext) && looksDelimited(head, ext === '.tsv' ? '\t' : null))
    return { kind: 'csv', mime: ext === '.tsv' ? 'text/tab-separated-values' : MIME_BY_KIND.csv };
  if (MARKDOWN_EXTENSIONS.has(ext)) return { kind: 'markdown', mime: MIME_BY_KIND.markdown };
  return { kind: 'text', mime: MIME_BY_KIND.text };
}

/** The first ~n bytes, cut before a UTF-8 sequence rather than inside it (so the prefix still decodes as UTF-8). */
function prefixOnCharBoundary(bytes: Uint8Array, n: number): Uint8Array {
  if (bytes.length <= n) return bytes;
  let end = n;
  while (end > n - 4 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

/** A table file's first line holds a delimiter; otherwise it is just text with a .csv name. */
function looksDelimited(head: string, delimiter: string | null): boolean {
  const firstLine = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return delimiter ? firstLine.includes(delimiter) : /[,;\t|]/.test(firstLine);
}
