// The file name extensions of the formats Docent reads, for the file picker and for walking a folder (where a file of
// another kind is skipped and counted rather than read and refused). A single dropped file is judged by its content
// (electron/app/documents/sniff.ts), whatever its name. Pure TypeScript: no Node, no DOM.

/** Documents with text: PDF, Office and OpenDocument, EPUB, RTF, web pages, Markdown, plain text and tables. */
export const DOCUMENT_EXTENSIONS = [
  '.pdf', '.docx', '.pptx', '.xlsx', '.ods', '.odt', '.epub', '.rtf',
  '.html', '.htm', '.xhtml', '.md', '.markdown', '.mdown', '.mkd', '.mdx', '.txt', '.text', '.csv', '.tsv',
] as const;

/** Images, read by OCR when it is on. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.tif', '.tiff'] as const;

/** `name`'s extension, lower-cased, with its dot ('' when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot).toLowerCase() : '';
}
