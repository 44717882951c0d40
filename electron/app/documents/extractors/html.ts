// Web page → the article's text. Readability removes navigation, sidebars, ads and footers. Pages that
// are not articles (search results, indexes: Readability's own isProbablyReaderable says so) or where
// it finds nothing are read whole, minus scripts and styles.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ExtractError, type ExtractedDocument } from '../types';
import { declaredHtmlCharset, decodeText } from '../decode-text';
import { htmlNodeToSections } from '../html-to-text';
import { sectionPages } from '../sections';
import type { ExtractorOptions } from './options';

/** An "article" shorter than this is a Readability miss on a page that has more to say. */
const MIN_ARTICLE_CHARS = 200;

const visibleLength = (s: string) => s.replace(/\s/g, '').length;

/**
 * Readability takes the headline and the byline out of the article it keeps (they become metadata), yet a reader asks
 * "who wrote it?" and searches for the headline's words: put them back at the top, the headline as the first heading,
 * unless the article's own text already has them.
 */
function withTitleAndByline(doc: Document, title: string | null | undefined, byline: string | null | undefined): void {
  const body = doc.body;
  const text = body.textContent ?? '';
  const top: Element[] = [];
  for (const [tag, words] of [['h1', title], ['p', byline]] as const) {
    const line = words?.replace(/\s+/g, ' ').trim();
    if (!line || text.includes(line)) continue;
    const el = doc.createElement(tag);
    el.textContent = line;
    top.push(el);
  }
  body.prepend(...top);
}

export async function extractHtml(data: Uint8Array, options: ExtractorOptions): Promise<ExtractedDocument> {
  const { name } = options;
  const html = decodeText(data, { declared: declaredHtmlCharset(data) }).text.replace(/^\uFEFF/, '');

  const { document } = parseHTML(html);
  const pageTitle = document.title?.trim() || undefined;
  const dom = document as unknown as Document;
  let article: ReturnType<Readability['parse']> = null;
  try {
    if (isProbablyReaderable(dom)) article = new Readability(dom).parse();
  } catch {
    // Readability throws on some odd trees; the whole-page reading below still works.
  }

  let read = { text: '', headings: [] as ReturnType<typeof htmlNodeToSections>['headings'] };
  if (article?.content) {
    const { document: articleDoc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    withTitleAndByline(articleDoc, article.title, article.byline);
    read = htmlNodeToSections(articleDoc.body);
  }
  if (visibleLength(read.text) < MIN_ARTICLE_CHARS) {
    // Readability rewrote the first parse, so this reads a fresh one. The root element rather than
    // <body>: markup before <html> (a stray script) makes linkedom open an empty body first.
    const whole = htmlNodeToSections(parseHTML(html).document.documentElement);
    if (visibleLength(whole.text) > visibleLength(read.text)) read = whole;
  }
  if (!/\S/.test(read.text)) throw new ExtractError('no-text', `${name}: the page contains no readable text`);
  const pages = sectionPages(read.text, read.headings);
  options.onProgress?.(1, 1);
  return {
    kind: 'html',
    mime: 'text/html',
    title: article?.title?.trim() || pageTitle,
    pages,
    pageCount: pages.length,
  };
}
