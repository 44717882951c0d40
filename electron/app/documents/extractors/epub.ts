// EPUB → one page per chapter (spine item): page = position in the OPF spine, which is the reading
// order (file names and manifest order mean nothing). Each is labelled "chapter N: Title", the title
// coming from the book's table of contents (EPUB 3 nav, else EPUB 2 NCX), else the chapter's first
// heading. Chapters are XHTML, rendered by the same html-to-text as web pages and DOCX.
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { ExtractError, type ExtractedDocument, type ExtractedPage } from '../types';
import { htmlNodeToText } from '../html-to-text';
import { attr, descendants, firstChild, textContent, type XmlElement } from './xml-tree';
import { resolvePart, ZipContainer, type ContainerExtractorOptions } from './zip-container';

const WHAT = 'EPUB book';
const HTML_TYPES = new Set(['application/xhtml+xml', 'text/html', 'application/x-dtbook+xml']);
/** Font obfuscation "encrypts" fonts only; anything else in encryption.xml is DRM on the text. */
const FONT_OBFUSCATION = new Set(['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#RC']);

interface ManifestItem {
  path: string;
  mediaType: string;
  properties: string;
}

export async function extractEpub(data: Uint8Array, options: ContainerExtractorOptions): Promise<ExtractedDocument> {
  const { name } = options;
  const zip = ZipContainer.open(data, options, WHAT);
  refuseDrm(zip, name);

  const opfPath = packagePath(zip, name);
  const opf = zip.readXml(opfPath);
  const opfDir = path.posix.dirname(opfPath) === '.' ? '' : path.posix.dirname(opfPath);
  const manifest = new Map<string, ManifestItem>();
  for (const item of descendants(opf, 'item')) {
    const id = attr(item, 'id');
    const href = attr(item, 'href');
    if (id && href) manifest.set(id, { path: resolvePart(opfDir, href), mediaType: attr(item, 'media-type') ?? '', properties: attr(item, 'properties') ?? '' });
  }
  const spineEl = descendants(opf, 'spine')[0];
  const spine = spineEl
    ? descendants(spineEl, 'itemref')
        .map((r) => manifest.get(attr(r, 'idref') ?? ''))
        .filter((i): i is ManifestItem => !!i)
    : [];
  if (spine.length === 0) throw new ExtractError('corrupt', `${name}: damaged ${WHAT}, its reading order (spine) is empty`);

  const tocTitles = tableOfContents(zip, manifest, spineEl);
  const metadata = descendants(opf, 'metadata')[0];
  const bookTitle = metadata ? descendants(metadata, 'title').map((t) => textContent(t).trim()).find(Boolean) : undefined;

  const pages: ExtractedPage[] = [];
  for (const [i, item] of spine.entries()) {
    if (options.signal?.aborted) throw new ExtractError('cancelled', `${name}: cancelled`);
    const page = readChapter(zip, item, i + 1, tocTitles);
    if (page) pages.push(page);
    options.onProgress?.(i + 1, spine.length);
  }
  if (pages.length === 0) throw new ExtractError('no-text', `${name}: the book contains no text`);
  return { kind: 'epub', mime: 'application/epub+zip', title: bookTitle, pages, pageCount: spine.length };
}

/** One spine item as a page; null for items with no text (a cover image, an SVG page). */
function readChapter(zip: ZipContainer, item: ManifestItem, n: number, tocTitles: Map<string, string>): ExtractedPage | null {
  if (!HTML_TYPES.has(item.mediaType) && !/\.x?html?$/i.test(item.path)) return null;
  if (!zip.has(item.path)) return null;
  const { document } = parseHTML(zip.readText(item.path));
  markNotes(document);
  const text = htmlNodeToText(document.body ?? document.documentElement);
  if (!/\S/.test(text)) return null;
  const heading = document.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.replace(/\s+/g, ' ').trim();
  const title = tocTitles.get(item.path) || heading || document.title?.trim() || undefined;
  return { page: n, ...(title ? { label: title } : {}), text };
}

/**
 * Note references read "[1]" (as in DOCX and ODT text) rather than a bare "1" glued to the word, and
 * the "↩" links from each note back to its reference go: they are navigation, not text.
 */
function markNotes(document: ReturnType<typeof parseHTML>['document']): void {
  for (const a of Array.from(document.querySelectorAll('a'))) {
    const kind = `${a.getAttribute('epub:type') ?? ''} ${a.getAttribute('role') ?? ''} ${a.getAttribute('class') ?? ''}`;
    if (/\b(backlink|doc-backlink|footnote-back)\b/.test(kind)) a.remove();
    else if (/\b(noteref|doc-noteref|footnote-ref)\b/.test(kind) && a.textContent?.trim()) a.textContent = `[${a.textContent.trim()}]`;
  }
}

/** The OPF package document: named by META-INF/container.xml, else the only .opf there is. */
function packagePath(zip: ZipContainer, name: string): string {
  const container = zip.optionalXml('META-INF/container.xml');
  const rootfile = container ? descendants(container, 'rootfile').map((r) => attr(r, 'full-path')).find(Boolean) : undefined;
  if (rootfile && zip.has(resolvePart('', rootfile))) return resolvePart('', rootfile);
  const opf = zip.paths().find((p) => p.toLowerCase().endsWith('.opf'));
  if (!opf) throw new ExtractError('corrupt', `${name}: damaged ${WHAT}, it has no package document (.opf)`);
  return opf;
}

function refuseDrm(zip: ZipContainer, name: string): void {
  const encryption = zip.has('META-INF/encryption.xml') ? zip.readXml('META-INF/encryption.xml') : undefined;
  if (!encryption) return;
  const drm = descendants(encryption, 'EncryptionMethod').some((m) => !FONT_OBFUSCATION.has(attr(m, 'Algorithm') ?? ''));
  if (drm) throw new ExtractError('unsupported-type', `${name}: this EPUB is protected by DRM (its text is encrypted), so Docent cannot read it`, { reason: 'drm' });
}

/** Chapter file → its title in the table of contents (the first entry pointing into it wins). */
function tableOfContents(zip: ZipContainer, manifest: Map<string, ManifestItem>, spine: XmlElement | undefined): Map<string, string> {
  const titles = new Map<string, string>();
  const add = (file: string, title: string) => {
    const t = title.replace(/\s+/g, ' ').trim();
    if (t && !titles.has(file)) titles.set(file, t);
  };
  try {
    const nav = [...manifest.values()].find((i) => i.properties.split(/\s+/).includes('nav'));
    if (nav && zip.has(nav.path)) {
      const { document } = parseHTML(zip.readText(nav.path));
      const navs = Array.from(document.querySelectorAll('nav'));
      const toc = navs.find((n) => /\btoc\b/.test(n.getAttribute('epub:type') ?? '')) ?? navs[0];
      const dir = path.posix.dirname(nav.path);
      for (const a of Array.from(toc?.querySelectorAll('a[href]') ?? []))
        add(resolvePart(dir === '.' ? '' : dir, a.getAttribute('href') ?? ''), a.textContent ?? '');
    }
    const ncxItem = manifest.get(spine ? (attr(spine, 'toc') ?? '') : '') ?? [...manifest.values()].find((i) => i.mediaType === 'application/x-dtbncx+xml');
    if (ncxItem && zip.has(ncxItem.path)) {
      const ncx = zip.readXml(ncxItem.path);
      const dir = path.posix.dirname(ncxItem.path);
      for (const point of descendants(ncx, 'navPoint')) {
        const label = firstChild(point, 'navLabel');
        const src = firstChild(point, 'content');
        if (label && src) add(resolvePart(dir === '.' ? '' : dir, attr(src, 'src') ?? ''), textContent(label));
      }
    }
  } catch (err) {
    // A broken table of contents costs the titles, not the book; a budget overrun still stops it.
    if (err instanceof ExtractError && err.code === 'too-large') throw err;
  }
  return titles;
}
