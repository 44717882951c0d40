// What extraction and chunking produce. The data path reads:
// file → ExtractedDocument (text per page) → Chunk[] (spans into those pages) → vectors.
import type { MessageParams } from '../../../shared/model';

/** The kinds of file Docent reads; chosen by content sniffing, not by extension alone. */
export type DocumentKind = 'pdf' | 'docx' | 'html' | 'markdown' | 'text' | 'csv' | 'pptx' | 'xlsx' | 'ods' | 'epub' | 'odt' | 'rtf' | 'image';

export interface ExtractedPage {
  /** 1-based page number (PDF pages; 1 for formats without pages). */
  page: number;
  /** The page's text in reading order. Chunk spans are offsets into this string. */
  text: string;
  /**
   * Set when the text came from OCR (a scanned PDF page or an image): the recognised words, each with
   * its [start, end) offsets in `text` and its box [x0, y0, x1, y1] in the pixels of the image OCR read,
   * which was `width` × `height` (scale boxes by pageWidth / width to draw them on the page).
   */
  ocr?: OcrLayer;
  /** Why OCR produced nothing for this page (e.g. over its time budget); the page is kept, empty. */
  ocrSkipped?: string;
  /**
   * What the document itself calls this page, when it names it: a PDF's printed page label where it differs from the
   * page's place in the file ("vii", "A-3"), a sheet's name (XLSX/ODS: one page per sheet), a chapter's title (EPUB:
   * page = spine position). Slides need none: the page number is the slide number. See locate() in location.ts.
   */
  label?: string;
  /**
   * Spreadsheet and CSV pages: where each row's line(s) start in `text`, ascending by `start`; `row` is the
   * sheet's own 1-based row number (rows with no values are absent). A chunk [start, end) covers the
   * rows whose lines begin before `end`, from the last one beginning at or before `start`.
   */
  rows?: { row: number; start: number }[];
  /**
   * Text-like formats without pages (text, Markdown, HTML, DOCX, ODT, RTF, CSV): the page is a section of the
   * document (a long one is cut into several), with the heading it falls under and the 1-based line number, in the
   * whole document, of its first line, so a citation can say "§ Heading, lines 120–135" instead of "p. 1". `path`: the
   * headings above its own, outermost first, where the format says how headings nest (Markdown, HTML, Word, ODT): a
   * recipe's name over its "Method", a version over its "Fixed", which the section's own words never repeat.
   */
  section?: { heading?: string; firstLine: number; path?: string[] };
}

export interface OcrWord {
  text: string;
  start: number;
  end: number;
  bbox: [x0: number, y0: number, x1: number, y1: number];
}

export interface OcrLayer {
  width: number;
  height: number;
  words: OcrWord[];
}

export interface ExtractedDocument {
  kind: DocumentKind;
  mime: string;
  /** Title when the format carries one (HTML <title>/Readability, PDF metadata, DOCX first heading). */
  title?: string;
  pages: ExtractedPage[];
  /** Total pages of the original (a PDF may have pages with no text; they still count). */
  pageCount: number;
}

export interface Chunk {
  /** 0-based chunk number within its file. */
  chunk: number;
  /** Page where the chunk starts, and the character offset in that page's text. */
  page: number;
  start: number;
  /** Page where the chunk ends (== page unless it spans two), and the exclusive end offset in that page's text. */
  pageEnd: number;
  end: number;
  /** The chunk's text (pages joined by a blank line when it spans two). */
  text: string;
  /** The headings above the section it is in (its page's section.path), joined: embedded with it (embeddingText). */
  context?: string;
}

/** Why a file could not be read; the code is stable and shown to users through its message. */
export type ExtractErrorCode =
  | 'needs-password'
  | 'wrong-password'
  | 'no-text'
  | 'unsupported-type'
  | 'corrupt'
  | 'too-large'
  | 'timeout'
  | 'out-of-memory'
  | 'cancelled'
  | 'read-failed'
  /** OCR was needed but cannot run (a language pack is not installed, the engine failed to start). */
  | 'ocr-unavailable';

export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
    /** What the window needs to say it in the user's language beyond the file name (a size, a limit, a `reason`). */
    readonly params?: MessageParams,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}
