// OpenDocument package metadata shared by the ODT and ODS extractors.
import { descendants, textContent } from './xml-tree';
import type { ZipContainer } from './zip-container';

/** dc:title from meta.xml, when it was filled in. */
export function odfTitle(zip: ZipContainer): string | undefined {
  try {
    const meta = zip.optionalXml('meta.xml');
    const title = meta ? descendants(meta, 'title')[0] : undefined;
    return (title && textContent(title).trim()) || undefined;
  } catch {
    // metadata is optional; a broken meta.xml must not cost the text
    return undefined;
  }
}
