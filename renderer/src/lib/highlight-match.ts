// Finds which pdf.js text items hold a cited passage. The extractor joined the items with spaces, line breaks
// and de-hyphenation, so character offsets into its page text do not map one-to-one onto the items. Matching on
// the letters and digits alone (no whitespace, no punctuation) is immune to those joins.

/** Letters and digits only, lower-cased: what both the extractor's text and the items agree on. */
function compactChars(text: string): string[] {
  return Array.from(text.normalize('NFKC').toLowerCase()).filter((ch) => /[\p{L}\p{N}]/u.test(ch));
}

interface CompactIndex {
  text: string;
  /** For each character of `text`, the item it came from. */
  owner: number[];
}

function indexItems(items: readonly string[]): CompactIndex {
  let text = '';
  const owner: number[] = [];
  items.forEach((str, i) => {
    for (const ch of compactChars(str)) {
      text += ch;
      owner.push(i);
    }
  });
  return { text, owner };
}

function itemsBetween(index: CompactIndex, from: number, to: number): number[] {
  const found = new Set<number>();
  for (let i = from; i < to && i < index.owner.length; i++) found.add(index.owner[i]);
  return [...found].sort((a, b) => a - b);
}

/**
 * The indices of the items covering `passage`. Tries the whole passage; then its first and last stretches (a
 * passage that runs onto the next page, or text the extractor changed in the middle); then, as a last resort,
 * every item whose own text appears in the passage.
 */
export function findCoveringItems(items: readonly string[], passage: string): number[] {
  const index = indexItems(items);
  const needle = compactChars(passage).join('');
  if (needle.length === 0 || index.text.length === 0) return [];

  const whole = index.text.indexOf(needle);
  if (whole >= 0) return itemsBetween(index, whole, whole + needle.length);

  const stretch = Math.min(40, needle.length);
  const head = index.text.indexOf(needle.slice(0, stretch));
  if (head >= 0) {
    const tail = index.text.indexOf(needle.slice(-stretch), head);
    const end = tail >= 0 ? tail + stretch : Math.min(index.text.length, head + needle.length);
    return itemsBetween(index, head, end);
  }
  // The passage may start on the previous page: anchor on its end.
  const tail = index.text.indexOf(needle.slice(-stretch));
  if (tail >= 0) return itemsBetween(index, Math.max(0, tail + stretch - needle.length), tail + stretch);

  const fallback: number[] = [];
  items.forEach((str, i) => {
    const own = compactChars(str).join('');
    if (own.length >= 6 && needle.includes(own)) fallback.push(i);
  });
  return fallback;
}

/** The cited part of one page's text: from `start` to `end` when the span ends on this page, else to the page's end. */
export function citedSpanOnPage(pageText: string, span: { page: number; pageEnd: number; start: number; end: number }, page: number): string {
  const from = page === span.page ? span.start : 0;
  const to = page === span.pageEnd ? span.end : pageText.length;
  return pageText.slice(Math.max(0, from), Math.max(from, Math.min(pageText.length, to)));
}
