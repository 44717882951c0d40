// Text placed in an exported Markdown file as plain text: a session title, a question, a file name or a quote holding
// "\n# …" or "<img onerror=…>" must come out as those characters, not as a new heading or live HTML in whatever
// viewer opens the export.

/** Every ASCII punctuation character may be backslash-escaped in CommonMark, and then is literal. */
const MARKDOWN_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** One line of literal text: line breaks become spaces, Markdown and HTML syntax is escaped. */
export function markdownInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}

/** An answer keeps its Markdown (lists, emphasis) but no raw HTML: `<` and `&` are escaped. */
export function markdownWithoutHtml(text: string): string {
  return text.replace(/[<&]/g, (c) => `\\${c}`);
}
