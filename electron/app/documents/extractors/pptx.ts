// PPTX → one page per slide, page = slide number, labelled "slide N". Slide order is the
// presentation's list (sldIdLst), not the part names: slide7.xml may well be shown second. Each page is
// the slide's text (shapes in their stacking order, tables as "a | b" rows) and then its speaker notes
// after "Notes:", which is often where the substance of a talk is.
import { ExtractError, type ExtractedDocument, type ExtractedPage } from '../types';
import { attr, childElements, descendants, firstChild, prefixedAttr, textContent, type XmlElement } from './xml-tree';
import { ZipContainer, type ContainerExtractorOptions } from './zip-container';
import { openMainPart, packageTitle, readRelationships, relatedParts } from './ooxml-rels';

const WHAT = 'PowerPoint file';

export async function extractPptx(data: Uint8Array, options: ContainerExtractorOptions): Promise<ExtractedDocument> {
  const { name } = options;
  const zip = ZipContainer.open(data, options, WHAT);
  const { xml: presentation, rels } = openMainPart(zip, 'ppt/presentation.xml');
  let slideParts = descendants(presentation, 'sldId')
    .map((s) => rels.get(prefixedAttr(s, 'id') ?? ''))
    .filter((r) => r?.type === 'slide')
    .map((r) => r!.target);
  // Without a usable slide list (a writer that skipped it), the part numbers are the best order left.
  if (slideParts.length === 0) slideParts = numberedParts(zip.paths(), /^ppt\/slides\/slide(\d+)\.xml$/i);
  if (slideParts.length === 0) throw new ExtractError('no-text', `${name}: the presentation has no slides`);

  const pages: ExtractedPage[] = [];
  let firstTitle: string | undefined;
  for (const [i, part] of slideParts.entries()) {
    if (options.signal?.aborted) throw new ExtractError('cancelled', `${name}: cancelled`);
    const slide = zip.readXml(part);
    const texts = shapeTexts(slide);
    firstTitle ??= texts.find((t) => t.placeholder === 'title' || t.placeholder === 'ctrTitle')?.text;
    let text = texts.map((t) => t.text).join('\n\n');
    const notesPart = relatedParts(readRelationships(zip, part), 'notesSlide')[0];
    const notes = notesPart && zip.has(notesPart) ? notesText(zip.readXml(notesPart)) : '';
    if (notes) text += `${text ? '\n\n' : ''}Notes: ${notes}`;
    pages.push({ page: i + 1, text });
    options.onProgress?.(i + 1, slideParts.length);
  }
  if (!pages.some((p) => /\S/.test(p.text))) throw new ExtractError('no-text', `${name}: the slides contain no text`);
  return {
    kind: 'pptx',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    title: packageTitle(zip) ?? firstTitle,
    pages,
    pageCount: slideParts.length,
  };
}

function numberedParts(paths: string[], pattern: RegExp): string[] {
  return paths
    .map((p) => ({ p, n: Number(pattern.exec(p)?.[1]) }))
    .filter((x) => Number.isFinite(x.n))
    .sort((a, b) => a.n - b.n)
    .map((x) => x.p);
}

interface ShapeText {
  /** The placeholder type ("title", "body", "sldNum"…), when the shape is one. */
  placeholder?: string;
  text: string;
}

/** The text of every shape on a slide (or notes page), in stacking order. */
function shapeTexts(root: XmlElement, bullets = true): ShapeText[] {
  const out: ShapeText[] = [];
  const tree = descendants(root, 'spTree')[0];
  if (tree) collectShapes(tree, out, bullets);
  return out;
}

/** `bullets`: a body placeholder's paragraphs are a slide's bullets (not a notes page's prose). */
function collectShapes(el: XmlElement, out: ShapeText[], bullets: boolean): void {
  for (const child of childElements(el)) {
    switch (child.name) {
      case 'sp': {
        const ph = descendants(firstChild(child, 'nvSpPr') ?? child, 'ph')[0];
        const body = firstChild(child, 'txBody');
        // A placeholder with no type attribute is a body placeholder.
        const placeholder = ph ? (attr(ph, 'type') ?? 'body') : undefined;
        const text = body ? (bullets && (placeholder === 'body' || placeholder === 'obj') ? bulletedText(body) : bodyText(body, '\n')) : '';
        if (text) out.push({ placeholder, text });
        break;
      }
      case 'graphicFrame':
        for (const table of descendants(child, 'tbl')) {
          const rows = descendants(table, 'tr')
            .map((tr) => childElements(tr, 'tc').map((tc) => bodyText(tc, ' ')).join(' | '))
            .filter((r) => r.replace(/[|\s]/g, ''));
          if (rows.length) out.push({ text: rows.join('\n') });
        }
        break;
      case 'grpSp':
        collectShapes(child, out, bullets);
        break;
      case 'AlternateContent': {
        // The same content twice, for newer and older readers: take one.
        const choice = firstChild(child, 'Choice') ?? firstChild(child, 'Fallback');
        if (choice) collectShapes(choice, out, bullets);
        break;
      }
    }
  }
}

/** The paragraphs of a text body (or table cell), one per line unless joined otherwise. */
function bodyText(body: XmlElement, joiner: string): string {
  return paragraphsOf(body).map((p) => p.text).join(joiner);
}

/** A text body's paragraphs that hold text, spaces collapsed, and whether each is shown with a bullet. */
function paragraphsOf(body: XmlElement): Array<{ text: string; bulleted: boolean }> {
  return descendants(body, 'p')
    .map((p) => ({ text: paragraphText(p).replace(/[ \t]+/g, ' ').trim(), bulleted: !descendants(p, 'buNone').length }))
    .filter((p) => p.text);
}

/**
 * A body placeholder's paragraphs, which a slide shows as bullets unless told not to (<a:buNone/>): each written as a
 * list item ("- Costs were flat"), so that its bullets read as separate points, not as one sentence run on over
 * line breaks ("…not mobile friendly Enquiries through the website fell 18%…"), and a question asking for the list
 * ("What are the main risks?") is answered with all of it. A body of one paragraph is a line of text.
 */
function bulletedText(body: XmlElement): string {
  const paragraphs = paragraphsOf(body);
  if (paragraphs.length < 2) return paragraphs.map((p) => p.text).join('\n');
  return paragraphs.map((p) => (p.bulleted ? `- ${p.text}` : p.text)).join('\n');
}

function paragraphText(p: XmlElement): string {
  let s = '';
  for (const c of childElements(p)) {
    if (c.name === 'r' || c.name === 'fld') for (const t of childElements(c, 't')) s += textContent(t);
    else if (c.name === 'br') s += '\n';
  }
  return s;
}

/** The speaker notes: the notes page's body placeholder (not its slide image, number or header). */
function notesText(notes: XmlElement): string {
  const shapes = shapeTexts(notes, false);
  const body = shapes.filter((s) => s.placeholder === 'body');
  const chosen = body.length ? body : shapes.filter((s) => !['sldImg', 'sldNum', 'hdr', 'ftr', 'dt'].includes(s.placeholder ?? ''));
  return chosen.map((s) => s.text).join('\n');
}
