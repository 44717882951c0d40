// Citations stored before locations were data kept them as English words ("slide 4", "sheet Q3, rows 12–18",
// "chapter 3: Title", "pp. 7–8"). Reading one back turns those words into a CitationLocation, so old sessions say the
// same as new ones in every language; words it cannot read are dropped and the page numbers stand.
// Pure TypeScript: no Node, no DOM (shared/model.ts runs it inside the citation schema).
import type { CitationLocation } from './model';

/** One end of a location as the old words gave it: its unit's number (and, for "pp. 7–8", the last page too). */
type Point = Omit<CitationLocation, 'first' | 'last' | 'lastLabel' | 'lines'> & { n: number; nLast?: number };

const POINTS: [RegExp, (m: RegExpExecArray, page: number) => Point][] = [
  [/^pp?\. (\d+)(?:–(\d+))?$/, (m) => ({ kind: 'page', n: Number(m[1]), ...(m[2] ? { nLast: Number(m[2]) } : {}) })],
  [/^slide (\d+)$/, (m) => ({ kind: 'slide', n: Number(m[1]) })],
  [/^chapter (\d+)(?:: (.+))?$/s, (m) => ({ kind: 'chapter', n: Number(m[1]), ...(m[2] ? { label: m[2] } : {}) })],
  [
    /^sheet (.+?)(?:, rows? (\d+)(?:–(\d+))?)?$/s,
    (m, page) => ({ kind: 'sheet', n: page, label: m[1], ...(m[2] ? { rows: { first: Number(m[2]), last: Number(m[3] ?? m[2]) } } : {}) }),
  ],
  [/^rows? (\d+)(?:–(\d+))?$/, (m, page) => ({ kind: 'sheet', n: page, rows: { first: Number(m[1]), last: Number(m[2] ?? m[1]) } })],
];

function parsePoint(words: string, page: number): Point | undefined {
  for (const [pattern, build] of POINTS) {
    const match = pattern.exec(words.trim());
    if (match) return build(match, page);
  }
  return undefined;
}

/** The location old words describe, for a citation from `page` to `pageEnd`; undefined when the words are not ones Docent wrote. */
export function parseLegacyLocation(words: string, page: number, pageEnd: number): CitationLocation | undefined {
  const [fromWords, toWords, extra] = words.split(' – ');
  if (extra !== undefined) return undefined;
  const from = parsePoint(fromWords, Math.max(1, page));
  const to = toWords === undefined ? undefined : parsePoint(toWords, Math.max(1, pageEnd));
  if (!from || (toWords !== undefined && (!to || to.kind !== from.kind)) || !(from.n >= 1)) return undefined;
  const last = to ? to.n : (from.nLast ?? from.n);
  const out: CitationLocation = { kind: from.kind, first: from.n, last };
  if (from.label) out.label = from.label;
  if (to?.label && to.label !== from.label) out.lastLabel = to.label;
  const rows = from.rows && (to ? (to.rows ? { first: from.rows.first, last: to.rows.last } : undefined) : from.rows);
  if (rows) out.rows = rows;
  return out;
}

/** For z.preprocess: a stored citation whose `location` is a string gets it as data (or none). */
export function upgradeLegacyCitation(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const citation = value as { location?: unknown; page?: unknown; pageEnd?: unknown };
  if (typeof citation.location !== 'string') return value;
  const page = typeof citation.page === 'number' ? citation.page : 1;
  const pageEnd = typeof citation.pageEnd === 'number' ? citation.pageEnd : page;
  const { location: words, ...rest } = citation;
  const location = parseLegacyLocation(words, page, pageEnd);
  return location ? { ...rest, location } : rest;
}
