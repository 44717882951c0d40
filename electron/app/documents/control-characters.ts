// Control characters but tab and line breaks. A PDF whose font has no Unicode map gives its glyph codes as them
// ("Replicating\u0002TAM\u0002and"): they are no text, and a quote of them shows as boxes. Shared by the PDF extractor
// (to tell such a page, see pdf.ts) and extract.ts (to blank them out of every document's text).
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
