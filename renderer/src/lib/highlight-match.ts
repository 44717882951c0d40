// Finds where in pdf.js's text items a cited passage lies, down to the characters. The extractor joined the items with
// spaces, line breaks and de-hyphenation, so character offsets into its page text do not map one-to-one onto the
// items. Matching on the letters and digits alone (no whitespace, no punctuation, no accents) is immune to those joins;
// each compact character remembers the item and the characters it came from.

/** The letters and digits of one character, decomposed (NFKD: ligatures split, accents dropped) and lower-cased. */
function compactOf(ch: string): string {
  let out = '';
  for (const c of ch.normalize('NFKD').toLowerCase()) if (/[\p{L}\p{N}]/u.test(c)) out += c;
  return out;
}

/** The compact form of a whole text: what both the extractor's text and the items agree on. */
export function compactText(text: string): string {
  let out = '';
  for (const ch of text) out += compactOf(ch);
  return out;
}

interface CompactIndex {
  text: string;
  /** For each character of `text`: the item it came from, and the [start, end) of its source character in the item. */
  owner: number[];
  start: number[];
  end: number[];
}

function indexItems(items: readonly string[]): CompactIndex {
  const index: CompactIndex = { text: '', owner: [], start: [], end: [] };
  items.forEach((str, i) => {
    let offset = 0;
    for (const ch of str) {
      for (const c of compactOf(ch)) {
        index.text += c;
        index.owner.push(i);
        index.start.push(offset);
        index.end.push(offset + ch.length);
      }
      offset += ch.length;
    }
  });
  return index;
}

/** Part of one text item: the characters [start, end) of items[item]. */
export interface ItemSpan {
  item: number;
  start: number;
  end: number;
}

function spansBetween(index: CompactIndex, from: number, to: number): ItemSpan[] {
  const spans: ItemSpan[] = [];
  for (let i = Math.max(0, from); i < to && i < index.owner.length; i++) {
    const last = spans[spans.length - 1];
    if (last && last.item === index.owner[i]) last.end = Math.max(last.end, index.end[i]);
    else spans.push({ item: index.owner[i], start: index.start[i], end: index.end[i] });
  }
  return spans;
}

/** Where `needle` occurs in `haystack` (from `from` on), the occurrence nearest `near` when it occurs more than once. */
function nearestOccurrence(haystack: string, needle: string, near: number | undefined, from = 0): number {
  let best = -1;
  for (let at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (near === undefined) return at;
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
    else if (at > near) break;
  }
  return best;
}

/**
 * The characters of the items that hold `passage`. `near` is where the passage starts, counted in compact characters
 * of the page (compactText of the page text before it): when the passage's words occur more than once on the page (a
 * running header, a repeated phrase), the occurrence there is the one cited. Tries the whole passage; then its first
 * and last stretches (a passage that runs onto the next page, or text the extractor changed in the middle).
 */
export function findCoveringSpans(items: readonly string[], passage: string, near?: number): ItemSpan[] {
  const index = indexItems(items);
  const needle = compactText(passage);
  if (needle.length === 0 || index.text.length === 0) return [];

  const whole = nearestOccurrence(index.text, needle, near);
  if (whole >= 0) return spansBetween(index, whole, whole + needle.length);

  // Stretches short enough that a change in the middle leaves them whole, long enough not to match by chance.
  const stretch = Math.min(40, Math.max(12, Math.floor(needle.length / 3)), needle.length);
  const head = nearestOccurrence(index.text, needle.slice(0, stretch), near);
  if (head >= 0) {
    const tail = index.text.indexOf(needle.slice(-stretch), head);
    const end = tail >= 0 && tail - head <= needle.length * 2 ? tail + stretch : Math.min(index.text.length, head + needle.length);
    return spansBetween(index, head, end);
  }
  // The passage may start on the previous page: anchor on its end.
  const tail = nearestOccurrence(index.text, needle.slice(-stretch), near === undefined ? undefined : near + needle.length - stretch);
  if (tail >= 0) return spansBetween(index, tail + stretch - needle.length, tail + stretch);
  return [];
}

/** The indices of the items holding `passage` (see findCoveringSpans). */
export function findCoveringItems(items: readonly string[], passage: string, near?: number): number[] {
  return [...new Set(findCoveringSpans(items, passage, near).map((span) => span.item))];
}

/** The cited part of one page's text: from `start` to `end` when the span ends on this page, else to the page's end. */
export function citedSpanOnPage(pageText: string, span: { page: number; pageEnd: number; start: number; end: number }, page: number): string {
  const from = page === span.page ? span.start : 0;
  const to = page === span.pageEnd ? span.end : pageText.length;
  return pageText.slice(Math.max(0, from), Math.max(from, Math.min(pageText.length, to)));
}
