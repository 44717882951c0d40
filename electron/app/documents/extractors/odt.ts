// ODT → text, in sections under its headings. content.xml's body is mapped to plain HTML (headings, paragraphs, lists,
// tables) and rendered by html-to-text, so an ODT reads like a DOCX of the same content. Footnotes and
// endnotes leave their mark in the text ("[1]") and their words at the end ("[1] The note."), where a
// retriever finds them and a reader can match them up.
import { parseHTML } from 'linkedom';
import { ExtractError, type ExtractedDocument } from '../types';
import { htmlNodeToSections } from '../html-to-text';
import { sectionPages } from '../sections';
import { attr, childElements, descendants, firstChild, prefixedAttr, textContent, type XmlElement, type XmlNode } from './xml-tree';
import { ZipContainer, type ContainerExtractorOptions } from './zip-container';
import { odfTitle } from './odf-meta';

const WHAT = 'OpenDocument text';

/** Content that is not the document's text: comments, deleted text of tracked changes, declarations. */
const SKIP = new Set([
  'annotation', 'annotation-end', 'tracked-changes', 'sequence-decls', 'variable-decls', 'user-field-decls',
  'forms', 'soft-page-break', 'table-columns', 'table-column', 'covered-table-cell', 'image', 'note-citation',
]);

export async function extractOdt(data: Uint8Array, options: ContainerExtractorOptions): Promise<ExtractedDocument> {
  const { name } = options;
  const zip = ZipContainer.open(data, options, WHAT);
  const content = zip.readXml('content.xml');
  const body = firstChild(descendants(content, 'body')[0] ?? content, 'text');
  if (!body) throw new ExtractError('corrupt', `${name}: damaged ${WHAT}, content.xml has no text body`);

  const notes: string[] = [];
  let html = odfToHtml(body, { notes, parent: '' });
  if (notes.length) html += notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const { text, headings } = htmlNodeToSections(document.body);
  if (!/\S/.test(text)) throw new ExtractError('no-text', `${name}: the document contains no text`);
  const pages = sectionPages(text, headings);
  options.onProgress?.(1, 1);
  const firstHeading = descendants(body, 'h')[0];
  return {
    kind: 'odt',
    mime: 'application/vnd.oasis.opendocument.text',
    title: odfTitle(zip) ?? (firstHeading ? textContent(firstHeading).trim() || undefined : undefined),
    pages,
    pageCount: pages.length,
  };
}

interface Ctx {
  /** Note texts, already prefixed with their mark, in order of appearance. */
  notes: string[];
  parent: string;
}

function odfToHtml(el: XmlElement, ctx: Ctx): string {
  return el.children.map((c) => nodeToHtml(c, { ...ctx, parent: el.name })).join('');
}

function nodeToHtml(node: XmlNode, ctx: Ctx): string {
  if (typeof node === 'string') return escapeHtml(node);
  const inner = () => odfToHtml(node, ctx);
  if (SKIP.has(node.name)) return '';
  switch (node.name) {
    case 'h': {
      const level = Math.min(6, Math.max(1, Number(prefixedAttr(node, 'outline-level')) || 1));
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'p':
      return `<p>${inner()}</p>`;
    case 'list':
      return `<ul>${inner()}</ul>`;
    case 'list-item':
    case 'list-header':
      return `<li>${inner()}</li>`;
    case 'table':
      return `<table>${inner()}</table>`;
    case 'table-row':
      return `<tr>${inner()}</tr>`;
    case 'table-cell': {
      const cellHtml = `<td>${inner()}</td>`;
      const repeat = Math.min(64, Math.max(1, Number(prefixedAttr(node, 'number-columns-repeated')) || 1));
      return repeat > 1 && /\S/.test(textContent(node)) ? cellHtml.repeat(repeat) : cellHtml;
    }
    case 's':
      return ' '.repeat(Math.min(100, Number(prefixedAttr(node, 'c')) || 1));
    case 'tab':
      return ' ';
    case 'line-break':
      return '<br>';
    case 'note':
      return noteToHtml(node, ctx);
    case 'title':
    case 'desc':
      // svg:title / svg:desc describe a drawing; text:title (a field) is the document's title.
      return ctx.parent === 'frame' ? '' : inner();
    default:
      return inner();
  }
}

function noteToHtml(note: XmlElement, ctx: Ctx): string {
  const citation = firstChild(note, 'note-citation');
  const mark = (citation && (attr(citation, 'text:label') ?? textContent(citation).trim())) || String(ctx.notes.length + 1);
  const body = firstChild(note, 'note-body');
  const words = body
    ? childElements(body)
        .map((p) => textContent(p).replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' ')
    : '';
  if (words) ctx.notes.push(`[${mark}] ${words}`);
  return `[${escapeHtml(mark)}]`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
