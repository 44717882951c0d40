// DOCX → text with mammoth. convertToHtml rather than extractRawText: the raw text drops footnotes
// and endnotes and flattens tables and lists, while the HTML keeps them and html-to-text renders
// them as lines ("a | b" rows, "- item" lists, numbered notes at the end).
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { ExtractError, type ExtractedDocument } from '../types';
import { htmlNodeToText } from '../html-to-text';
import type { ExtractorOptions } from './options';

export async function extractDocx(data: Uint8Array, options: ExtractorOptions): Promise<ExtractedDocument> {
  const { name } = options;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) },
      // Images would come back as base64 data URIs: megabytes of noise for a text index.
      {
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        // Word's Title style is the document's title; mammoth leaves it a plain paragraph otherwise.
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
      },
    );
    html = result.value;
  } catch (err) {
    throw new ExtractError('corrupt', `${name}: damaged Word document (${err instanceof Error ? err.message : String(err)})`);
  }
  if (options.signal?.aborted) throw new ExtractError('cancelled', `${name}: cancelled`);

  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  // The "↑" links back from each note to its reference are navigation, not text.
  for (const a of Array.from(document.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]'))) a.remove();
  const text = htmlNodeToText(document.body);
  if (!/\S/.test(text)) throw new ExtractError('no-text', `${name}: the document contains no text`);

  const heading = document.querySelector('h1, h2, h3');
  const title = heading?.textContent?.trim() || undefined;
  options.onProgress?.(1, 1);
  return {
    kind: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    title,
    pages: [{ page: 1, text }],
    pageCount: 1,
  };
}
