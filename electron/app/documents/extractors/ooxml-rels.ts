// OOXML parts find each other through relationship files (_rels/*.rels), not through fixed names:
// the slide order, the sheet behind a tab, a slide's notes are all relationships.
import path from 'node:path';
import { attr, childElements } from './xml-tree';
import { resolvePart, type ZipContainer } from './zip-container';

export interface Relationship {
  /** The last segment of the relationship type URI: "slide", "notesSlide", "worksheet"… */
  type: string;
  /** The target part's path in the ZIP. */
  target: string;
}

/** The relationships of one part, by id (empty when it has none). */
export function readRelationships(zip: ZipContainer, part: string): Map<string, Relationship> {
  const dir = path.posix.dirname(part);
  const relsPath = path.posix.join(dir, '_rels', `${path.posix.basename(part)}.rels`);
  const rels = new Map<string, Relationship>();
  const root = zip.optionalXml(relsPath);
  if (!root) return rels;
  for (const r of childElements(root, 'Relationship')) {
    const id = attr(r, 'Id');
    const target = attr(r, 'Target');
    if (!id || !target || attr(r, 'TargetMode') === 'External') continue;
    const type = (attr(r, 'Type') ?? '').split('/').pop() ?? '';
    rels.set(id, { type, target: resolvePart(dir === '.' ? '' : dir, target) });
  }
  return rels;
}

/** The package's main part (the officeDocument relationship), or the conventional path. */
export function mainDocumentPart(zip: ZipContainer, conventional: string): string {
  for (const rel of readRelationships(zip, '').values()) {
    if (rel.type === 'officeDocument' && zip.has(rel.target)) return rel.target;
  }
  return conventional;
}

/** The main part of a package, parsed, with its relationships: where every PPTX or XLSX reading starts. */
export function openMainPart(zip: ZipContainer, conventional: string): { part: string; xml: ReturnType<ZipContainer['readXml']>; rels: Map<string, Relationship> } {
  const part = mainDocumentPart(zip, conventional);
  return { part, xml: zip.readXml(part), rels: readRelationships(zip, part) };
}

/** Targets of one relationship type, in the rels file's order. */
export function relatedParts(rels: Map<string, Relationship>, type: string): string[] {
  return [...rels.values()].filter((r) => r.type === type).map((r) => r.target);
}

/** dc:title from the package's core properties, when it was filled in. */
export function packageTitle(zip: ZipContainer): string | undefined {
  try {
    const core = zip.optionalXml('docProps/core.xml');
    const title = core ? childElements(core, 'title')[0] : undefined;
    const text = title ? title.children.filter((c) => typeof c === 'string').join('').trim() : '';
    return text || undefined;
  } catch {
    // properties are optional; a broken one must not cost the text
    return undefined;
  }
}
