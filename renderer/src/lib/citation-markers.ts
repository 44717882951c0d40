// Splits an answer into text and `[n]` markers so each marker can link to its citation.

export type AnswerPart = { kind: 'text'; text: string } | { kind: 'marker'; n: number; raw: string };

const MARKER = /\[(\d{1,3})\]/g;

/** Markers that name no known citation stay plain text, so the answer never loses characters. */
export function splitAnswer(text: string, known: ReadonlySet<number>): AnswerPart[] {
  const parts: AnswerPart[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    const n = Number(match[1]);
    if (!known.has(n)) continue;
    const index = match.index ?? 0;
    if (index > last) parts.push({ kind: 'text', text: text.slice(last, index) });
    parts.push({ kind: 'marker', n, raw: match[0] });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
