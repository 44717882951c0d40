// What extraction and chunking produce. The data path reads:
// file → ExtractedDocument (text per page) → Chunk[] (spans into those pages) → vectors.

/** The kinds of file Docent reads; chosen by content sniffing, not by extension alone. */
export type DocumentKind = 'pdf' | 'docx' | 'html' | 'markdown' | 'text' | 'csv';

export interface ExtractedPage {
  /** 1-based page number (PDF pages; 1 for formats without pages). */
  page: number;
  /** The page's text in reading order. Chunk spans are offsets into this string. */
  text: string;
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
  | 'read-failed';

export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}
