// Plain text and Markdown: decoded with the detected encoding and kept as written, cut into sections (Markdown
// headings, a book's chapter lines, else pieces of bounded size) that name their heading and first line.
import { ExtractError, type DocumentKind, type ExtractedDocument } from '../types';
import { decodeText } from '../decode-text';
import { markdownHeadings, plainTextHeadings, sectionPages } from '../sections';
import type { ExtractorOptions } from './options';

/** YAML front matter is metadata for site generators, not prose; its `title:` is kept as the title. */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n/;

export async function extractText(
  data: Uint8Array,
  kind: Extract<DocumentKind, 'text' | 'markdown'>,
  options: ExtractorOptions,
): Promise<ExtractedDocument> {
  let text = decodeText(data).text.replace(/^\uFEFF/, '');
  let title: string | undefined;
  /** Line numbers count from the file's own first line, front matter included. */
  let firstLine = 1;
  if (kind === 'markdown') {
    const fm = FRONT_MATTER.exec(text);
    if (fm) {
      const t = /^title:\s*["']?(.+?)["']?\s*$/m.exec(fm[1]);
      title = t?.[1];
      text = text.slice(fm[0].length);
      firstLine += countLineBreaks(fm[0]);
    }
    title ??= /^#\s+(.+)$/m.exec(text)?.[1]?.trim();
  } else {
    title = plainTextTitle(text);
  }
  // Old Mac and Windows line ends become \n so every format's offsets mean the same thing.
  text = text.replace(/\r\n?/g, '\n');
  if (!/\S/.test(text)) throw new ExtractError('no-text', `${options.name}: the file is empty`);
  const pages = sectionPages(text, kind === 'markdown' ? markdownHeadings(text) : plainTextHeadings(text), { firstLine });
  options.onProgress?.(1, 1);
  return {
    kind,
    mime: kind === 'markdown' ? 'text/markdown' : 'text/plain',
    title,
    pages,
    pageCount: pages.length,
  };
}

/**
 * A plain text's title: its first line, where that reads as one ("LISBON CONFERENCE TRIP - ITINERARY"): short, not a
 * sentence or a greeting (no final punctuation) and not a field ("Traveller: Dana"). "Summarize the itinerary" then
 * finds the file named lisbon-trip.txt.
 */
function plainTextTitle(text: string): string | undefined {
  const first = /^\s*(.+)/.exec(text)?.[1].trim() ?? '';
  if (first.length < 3 || first.length > 80 || !/\p{L}/u.test(first)) return undefined;
  if (/[.,;:!?]$/.test(first) || /^[^:]{1,30}:\s/.test(first)) return undefined;
  return first;
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
