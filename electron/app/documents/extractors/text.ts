// Plain text and Markdown: decoded with the detected encoding and kept as written, one page.
import { ExtractError, type DocumentKind, type ExtractedDocument } from '../types';
import { decodeText } from '../decode-text';
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
  if (kind === 'markdown') {
    const fm = FRONT_MATTER.exec(text);
    if (fm) {
      const t = /^title:\s*["']?(.+?)["']?\s*$/m.exec(fm[1]);
      title = t?.[1];
      text = text.slice(fm[0].length);
    }
    title ??= /^#\s+(.+)$/m.exec(text)?.[1]?.trim();
  }
  // Old Mac and Windows line ends become \n so every format's offsets mean the same thing.
  text = text.replace(/\r\n?/g, '\n');
  if (!/\S/.test(text)) throw new ExtractError('no-text', `${options.name}: the file is empty`);
  options.onProgress?.(1, 1);
  return {
    kind,
    mime: kind === 'markdown' ? 'text/markdown' : 'text/plain',
    title,
    pages: [{ page: 1, text }],
    pageCount: 1,
  };
}
