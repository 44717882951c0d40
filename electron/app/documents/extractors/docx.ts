// DOCX → text with mammoth. convertToHtml rather than extractRawText: the raw text drops footnotes
// and endnotes and flattens tables and lists, while the HTML keeps them and html-to-text renders
// them as lines ("a | b" rows, "- item" lists, numbered notes at the end), cut into sections under its headings.
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { ExtractError, type ExtractedDocument } from '../types';
import { zipSync, type Zippable } from 'fflate';
import { htmlNodeToSections } from '../html-to-text';
import { sectionPages } from '../sections';
import { DEFAULT_MAX_TEXT_BYTES } from '../limits';
import type { ContainerExtractorOptions } from './zip-container';
import { inflateZipEntry, listZipEntries, ZipReadError } from './zip-reader';

export async function extractDocx(data: Uint8Array, options: ContainerExtractorOptions): Promise<ExtractedDocument> {
  const { name } = options;
  const safe = boundedDocx(data, options);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(safe.buffer, safe.byteOffset, safe.byteLength) },
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
  const { text, headings } = htmlNodeToSections(document.body);
  if (!/\S/.test(text)) throw new ExtractError('no-text', `${name}: the document contains no text`);
  const pages = sectionPages(text, headings);

  const heading = document.querySelector('h1, h2, h3');
  const title = heading?.textContent?.trim() || undefined;
  options.onProgress?.(1, 1);
  return {
    kind: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    title,
    pages,
    pageCount: pages.length,
  };
}

/**
 * mammoth's jszip inflates whatever a part's stream holds, whatever its header says: a zip bomb would fill the memory
 * (off the worker's heap, so its limit does not stop it). So the parts mammoth reads (XML and relationships; images are
 * never read, see convertImage) are unpacked here first, within the file's unpacking budget and never past their
 * declared sizes, and mammoth gets them re-packed, stored.
 */
function boundedDocx(data: Uint8Array, options: ContainerExtractorOptions): Uint8Array {
  const { name } = options;
  const budget = options.maxUnzippedBytes ?? DEFAULT_MAX_TEXT_BYTES;
  try {
    const parts = listZipEntries(data).filter((e) => /\.(xml|rels)$/i.test(e.name));
    const declared = parts.reduce((sum, e) => sum + e.originalSize, 0);
    if (declared > budget) {
      const biggest = parts.reduce((a, b) => (b.originalSize > a.originalSize ? b : a));
      throw new ExtractError(
        'too-large',
        `${name}: its text unpacks to more than the ${formatMb(budget)} limit (${biggest.name} alone declares ${formatMb(biggest.originalSize)}); a zip bomb or a huge document`,
      );
    }
    const files: Zippable = {};
    for (const e of parts) files[e.name] = [inflateZipEntry(data, e), { level: 0 }];
    return zipSync(files);
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    if (err instanceof ZipReadError && err.reason === 'oversize')
      throw new ExtractError('too-large', `${name}: ${err.message}; a zip bomb or a damaged file, not read`);
    throw new ExtractError('corrupt', `${name}: damaged Word document, its ZIP structure cannot be read (${err instanceof Error ? err.message : String(err)})`);
  }
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
