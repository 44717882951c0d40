// The offline answerer's "not found", as the core writes it (the CLI prints it; the window says it in its own language
// from the answer's `notFound` field), and the lead of the nearest sentence it may show after it, which the window
// finds in the stored text to say in its own language too.
export const NOT_FOUND_MESSAGE = "I couldn't find this in your documents.";
export const NEAREST_LEAD = 'The closest passage in your documents:';

/** The part of a "not found" answer's text after NEAREST_LEAD (the quote and its marker), or '' when it has none. */
export function nearestQuoteOf(text: string): string {
  const at = text.indexOf(NEAREST_LEAD);
  return at < 0 ? '' : text.slice(at + NEAREST_LEAD.length).trim();
}
