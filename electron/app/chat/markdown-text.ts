// Text placed in an exported Markdown file as plain text: a session title, a question, a file name or a quote holding
// "\n# …" or "<img onerror=…>" must come out as those characters, not as a new heading or live HTML in whatever
// viewer opens the export. Only what could change the rendering is escaped, so the raw file stays readable
// ("file_pdfjs_test.pdf" and "What is 2+2?" are left alone).

/** Characters that start or end emphasis, code, links, HTML, entities, strikethrough, tables or heading closers. */
const ALWAYS = /[\\`*[\]<>&~|#]/g;
/** `_` is emphasis only where it is not inside a word (CommonMark never treats "a_b" as emphasis). */
const LONE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/** One line of literal text: line breaks become spaces, Markdown and HTML syntax is escaped. */
export function markdownInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ALWAYS, (c) => `\\${c}`)
    .replace(LONE_UNDERSCORE, '\\_');
}

/** An answer keeps its Markdown (lists, emphasis) but no raw HTML: `<` and `&` are escaped. */
export function markdownWithoutHtml(text: string): string {
  return text.replace(/[<&]/g, (c) => `\\${c}`);
}
