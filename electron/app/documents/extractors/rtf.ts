// RTF → text, cut into sections of bounded size (RTF has no fixed pages). The conversion itself is rtf-to-text.ts.
import { ExtractError, type ExtractedDocument } from '../types';
import { controlCharRatio } from '../decode-text';
import { rtfToText } from './rtf-to-text';
import { sectionPages } from '../sections';
import type { ExtractorOptions } from './options';

export async function extractRtf(data: Uint8Array, options: ExtractorOptions): Promise<ExtractedDocument> {
  const { name } = options;
  // RTF is 7-bit text; any 8-bit byte in it is a character of the document's code page, which the
  // converter decodes, so read the bytes one to one.
  const source = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  if (!/^\s*\{\\rtf/.test(source.slice(0, 64))) throw new ExtractError('corrupt', `${name}: not an RTF document (no {\\rtf header)`);
  const { text, title, openGroups } = rtfToText(source);
  if (openGroups > 1)
    throw new ExtractError('corrupt', `${name}: damaged RTF document, it ends inside ${openGroups} unclosed groups (cut short?)`);
  if (controlCharRatio(text) > 0.02) throw new ExtractError('corrupt', `${name}: damaged RTF document, its text is binary garbage`);
  if (!/\S/.test(text)) throw new ExtractError('no-text', `${name}: the document contains no text`);
  const pages = sectionPages(text, []);
  options.onProgress?.(1, 1);
  return { kind: 'rtf', mime: 'application/rtf', title, pages, pageCount: pages.length };
}
