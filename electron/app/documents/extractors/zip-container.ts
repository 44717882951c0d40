// Office files (PPTX, XLSX, ODT, ODS) and EPUBs are ZIP containers of XML parts. This opens one with
// fflate, reads only the parts an extractor asks for, and guards memory: every part's declared size is
// checked against the file's unpacking budget before it is inflated (a zip bomb declares gigabytes and
// is refused before any work), and fflate inflates into a buffer of exactly the declared size, so a
// part that lies about its size cannot grow past it either.
import path from 'node:path';
import { unzipSync } from 'fflate';
import { ExtractError, type DocumentKind } from '../types';
import { DEFAULT_MAX_TEXT_BYTES } from '../limits';
import { parseXml, type XmlElement } from './xml-tree';
import type { ExtractorOptions } from './options';

/** Extractors of ZIP containers also get the unpacking budget (extractDocument passes its text limit). */
export interface ContainerExtractorOptions extends ExtractorOptions {
  /** Total bytes the parts read from one file may unpack to (default: the text-file limit, 128 MB). */
  maxUnzippedBytes?: number;
}

interface ZipEntry {
  name: string;
  /** Compressed and declared uncompressed sizes, from the central directory. */
  size: number;
  originalSize: number;
}

function listEntries(data: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  unzipSync(data, {
    filter: (f) => {
      entries.push({ name: f.name, size: f.size, originalSize: f.originalSize });
      return false;
    },
  });
  return entries;
}

/** Zip paths as OPC/ODF parts name them: forward slashes, no leading slash. */
function normalizePart(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\/+/, '');
}

/** A part path relative to another part's folder ("../slides/slide1.xml", "/xl/x.xml", "Text/ch%201.xhtml"). */
export function resolvePart(fromDir: string, target: string): string {
  let t = target.split('#')[0];
  try {
    t = decodeURIComponent(t);
  } catch {
    // a stray % stays as written
  }
  t = t.replace(/\\/g, '/');
  const joined = t.startsWith('/') ? t : path.posix.join(fromDir, t);
  return normalizePart(path.posix.normalize(joined));
}

export class ZipContainer {
  private unpacked = 0;
  private readonly byPath = new Map<string, ZipEntry>();
  /** Part names are case-insensitive in OPC, and some writers disagree with their own references. */
  private readonly byLowerPath = new Map<string, ZipEntry>();

  private constructor(
    private readonly data: Uint8Array,
    private readonly fileName: string,
    private readonly what: string,
    private readonly budget: number,
    entries: ZipEntry[],
  ) {
    for (const e of entries) {
      const p = normalizePart(e.name);
      this.byPath.set(p, e);
      this.byLowerPath.set(p.toLowerCase(), e);
    }
  }

  /** @param what names the format in messages: "PowerPoint file", "EPUB book". */
  static open(data: Uint8Array, options: ContainerExtractorOptions, what: string): ZipContainer {
    let entries: ZipEntry[];
    try {
      entries = listEntries(data);
    } catch (err) {
      throw new ExtractError('corrupt', `${options.name}: damaged ${what}, its ZIP structure cannot be read (${describe(err)})`);
    }
    return new ZipContainer(data, options.name, what, options.maxUnzippedBytes ?? DEFAULT_MAX_TEXT_BYTES, entries);
  }

  paths(): string[] {
    return [...this.byPath.keys()];
  }

  has(part: string): boolean {
    return this.entry(part) !== undefined;
  }

  private entry(part: string): ZipEntry | undefined {
    const p = normalizePart(part);
    return this.byPath.get(p) ?? this.byLowerPath.get(p.toLowerCase());
  }

  readBytes(part: string): Uint8Array {
    const entry = this.entry(part);
    if (!entry) throw new ExtractError('corrupt', `${this.fileName}: damaged ${this.what}, the part ${normalizePart(part)} is missing`);
    if (this.unpacked + entry.originalSize > this.budget)
      throw new ExtractError(
        'too-large',
        `${this.fileName}: its contents unpack to more than the ${formatMb(this.budget)} limit (${entry.name} alone declares ${formatMb(entry.originalSize)})`,
      );
    this.unpacked += entry.originalSize;
    let out: Uint8Array | undefined;
    try {
      const files = unzipSync(this.data, { filter: (f) => f.name === entry.name });
      out = files[entry.name];
    } catch (err) {
      throw new ExtractError('corrupt', `${this.fileName}: damaged ${this.what}, ${entry.name} cannot be unpacked (${describe(err)})`);
    }
    if (!out) throw new ExtractError('corrupt', `${this.fileName}: damaged ${this.what}, ${entry.name} cannot be unpacked`);
    return out;
  }

  readText(part: string): string {
    return decodeXmlBytes(this.readBytes(part));
  }

  readXml(part: string): XmlElement {
    const text = this.readText(part);
    try {
      return parseXml(text);
    } catch (err) {
      throw new ExtractError('corrupt', `${this.fileName}: damaged ${this.what}, ${normalizePart(part)} is not valid XML (${describe(err)})`);
    }
  }

  /** A part that may be absent (notes, shared strings, styles). */
  optionalXml(part: string): XmlElement | undefined {
    return this.has(part) ? this.readXml(part) : undefined;
  }
}

/** XML parts are UTF-8 nearly always; UTF-16 is allowed by the spec and announces itself with a BOM. */
function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

const ODF_KINDS: [RegExp, DocumentKind][] = [
  [/^application\/vnd\.oasis\.opendocument\.text(-template|-master)?$/, 'odt'],
  [/^application\/vnd\.oasis\.opendocument\.spreadsheet(-template)?$/, 'ods'],
  [/^application\/epub\+zip$/, 'epub'],
];

/**
 * The kind of a ZIP-based document, from its listing: OOXML by its main part beside
 * [Content_Types].xml, EPUB and OpenDocument by their `mimetype` entry. When the ZIP's directory is
 * damaged, the entry names still stand in plain bytes, so they decide, and the extractor then reports
 * the damage. Null for ZIPs that are none of these.
 */
export function sniffZipContainer(bytes: Uint8Array): DocumentKind | null {
  let entries: ZipEntry[] | null = null;
  try {
    entries = listEntries(bytes);
  } catch {
    entries = null;
  }
  if (!entries) return sniffDamagedZip(bytes);
  const names = new Set(entries.map((e) => normalizePart(e.name)));
  if (names.has('[Content_Types].xml')) {
    if (names.has('ppt/presentation.xml')) return 'pptx';
    if (names.has('xl/workbook.xml')) return 'xlsx';
    if (names.has('word/document.xml')) return 'docx';
  }
  const mimetype = entries.find((e) => e.name === 'mimetype' && e.originalSize < 256);
  if (mimetype) {
    try {
      const value = new TextDecoder().decode(unzipSync(bytes, { filter: (f) => f.name === 'mimetype' }).mimetype).trim();
      for (const [re, kind] of ODF_KINDS) if (re.test(value)) return kind;
      return null;
    } catch {
      // fall through to the names
    }
  }
  if (names.has('META-INF/container.xml') && [...names].some((n) => n.toLowerCase().endsWith('.opf'))) return 'epub';
  return null;
}

function sniffDamagedZip(bytes: Uint8Array): DocumentKind | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (s: string) => head.indexOf(s, 0, 'latin1') >= 0;
  if (has('[Content_Types].xml')) {
    if (has('ppt/presentation.xml')) return 'pptx';
    if (has('xl/workbook.xml')) return 'xlsx';
  }
  // The mimetype entry comes first, stored uncompressed: its name and value sit side by side.
  const m = /^mimetype(application\/[a-z0-9.+-]+)/.exec(head.subarray(30, 30 + 120).toString('latin1'));
  if (m) for (const [re, kind] of ODF_KINDS) if (re.test(m[1])) return kind;
  return null;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** Kinds read from a ZIP container: their budget is what their parts unpack to, not the file's size. */
export const ZIP_CONTAINER_KINDS: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['pptx', 'xlsx', 'ods', 'epub', 'odt']);
