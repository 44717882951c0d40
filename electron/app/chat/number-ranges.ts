// A figure the question gives that a sentence holds within a range: "my 8 year old" is in "Children aged 6 to 12
// years", "I have worked here 4 years" in "3–5 years of service: 20 days", "an order of £60" in "orders over £50". The
// sentence never writes the question's figure, so matched as words it holds nothing of it, and a dose table's row for
// adults ("12 years and over") was quoted to a parent asking about an eight-year-old.
import { contentTerms } from './function-words';

/** A figure of the question with what it counts: the word after it ("year" of "8-year-old") or a currency before it. */
export interface AskedFigure {
  /** The figure's stem as the question's terms write it ("8"). */
  stem: string;
  value: number;
  unit: string;
}

const CURRENCY = '[$£€¥₹]';
/** A figure: digits, with thousands grouped by commas and a decimal part ("1,350.50"). */
const FIGURE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** What a figure counts: a currency sign before it, or the word after it ("8-year-old", "12 years"). */
const UNIT_AFTER = String.raw`(?:\s*-?\s*([\p{L}]+))?`;

const valueOf = (figure: string) => Number(figure.replace(/,/g, ''));
/** Short forms of the units of time, as forms and tables write them: "8 yrs", "2 hrs", "3 wks". */
const UNIT_ALIASES: Record<string, string> = {
  y: 'years', yr: 'years', yrs: 'years', yo: 'years',
  h: 'hours', hr: 'hours', hrs: 'hours',
  min: 'minutes', mins: 'minutes',
  wk: 'weeks', wks: 'weeks',
  mo: 'months', mos: 'months', mth: 'months', mths: 'months',
};
const stemOf = (word: string) => contentTerms(word.toLowerCase())[0]?.stem ?? '';
const TIME_UNITS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes'].map(stemOf));
/** An age written before its figure, which then counts years: "aged 6 to 12", "Ages 4 and up", "age of 65 or over". */
const AGE_BEFORE = /\bage[ds]?\s+(?:of\s+|from\s+)?(?:between\s+|(?:over|above|under|below)\s+)?$/i;
/**
 * What a figure counts: the currency before it, the word after it ("years", "yrs"), or, after "aged", years (unless
 * the word after is another unit of time). A plural figure after a bound ("over 65s", "under 5s") counts people's ages.
 */
function unitOf(word: string | undefined, currency: string | undefined, before = ''): string {
  if (currency) return currency;
  const lower = word?.toLowerCase() ?? '';
  const stem = stemOf(UNIT_ALIASES[lower] ?? lower);
  if (AGE_BEFORE.test(before) && !TIME_UNITS.has(stem)) return stemOf('years');
  if (lower === 's' && /\b(?:over|under)[\s-]$/i.test(before)) return stemOf('years');
  return stem;
}
/** The text just before a match: what says that its figure is an age. */
const before = (text: string, m: RegExpMatchArray) => text.slice(Math.max(0, m.index! - 24), m.index!);

/** The question's whole figures that say what they count, each once. Not a year, a time or a part of a code. */
export function askedFigures(question: string): AskedFigure[] {
  const out: AskedFigure[] = [];
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}.,:/-])(${CURRENCY})?\s?(\d+)(?!\p{N}|[.,:/]\d)${UNIT_AFTER}`, 'gu');
  for (const m of question.matchAll(re)) {
    const unit = unitOf(m[3], m[1], before(question, m));
    if (!unit || out.some((f) => f.stem === m[2])) continue;
    out.push({ stem: m[2], value: Number(m[2]), unit });
  }
  return out;
}

interface Span {
  low: number;
  high: number;
  unit: string;
}

/**
 * The ranges `text` states, each with what it counts: "6 to 12 years", "6–12 years", "between 6 and 12 years",
 * "12 years and over", "over £50", "under 6 years", "up to 3 days". A bound alone ("over 50") holds a figure beyond
 * it; the unit must be written with it, so "over 2,900 reefs" is no range of years.
 */
function rangesIn(text: string): Span[] {
  const spans: Span[] = [];
  const closed = new RegExp(
    String.raw`(?:\bbetween\s+)?(${CURRENCY})?(${FIGURE})(?:\s*([\p{L}]+))?\s*(?:-|–|—|\bto\b|\bthrough\b|\band\b)\s*(${CURRENCY})?(${FIGURE})${UNIT_AFTER}`,
    'giu',
  );
  for (const m of text.matchAll(closed)) {
    // "and" joins a range only after "between": "3 eggs and 200 g sugar" is none.
    if (/\band\b/i.test(m[0]) && !/^between\b/i.test(m[0])) continue;
    const [low, high] = [valueOf(m[2]), valueOf(m[5])];
    const unit = unitOf(m[6] ?? m[3], m[4] ?? m[1], before(text, m));
    // "5 ml to 12-year-olds" counts two things: no range.
    const lowUnit = m[3] || m[1] ? unitOf(m[3], m[1], before(text, m)) : unit;
    if (unit && lowUnit === unit && low < high) spans.push({ low, high, unit });
  }
  // "12 years and over", "ages 4 and up", "12 and under", "18+": one end, the figure itself included.
  const open = new RegExp(
    String.raw`(${CURRENCY})?(${FIGURE})(?:${UNIT_AFTER}\s+(?:and|or)\s+(over|above|older|more|up(?:wards?)?|under|below|younger|less|fewer)\b|\+${UNIT_AFTER})`,
    'giu',
  );
  for (const m of text.matchAll(open)) {
    const unit = unitOf(m[3] ?? m[5], m[1], before(text, m));
    if (!unit) continue;
    const value = valueOf(m[2]);
    spans.push(/^(?:under|below|younger|less|fewer)/i.test(m[4] ?? '') ? { low: -Infinity, high: value, unit } : { low: value, high: Infinity, unit });
  }
  // "Under-16s must be supervised" as "under 16s" does.
  const bound = new RegExp(String.raw`\b(over|above|more\s+than|older\s+than|under|below|less\s+than|younger\s+than|up\s+to)(?:\s+|-(?=\d))(${CURRENCY})?(${FIGURE})${UNIT_AFTER}`, 'giu');
  for (const m of text.matchAll(bound)) {
    const unit = unitOf(m[4], m[2], text.slice(Math.max(0, m.index! - 24), m.index! + m[1].length + 1));
    if (!unit) continue;
    const value = valueOf(m[3]);
    const upper = /^(?:under|below|less|younger|up)/i.test(m[1]);
    spans.push(upper ? { low: -Infinity, high: /^up/i.test(m[1]) ? value : value - 1e-9, unit } : { low: value + 1e-9, high: Infinity, unit });
  }
  return spans;
}

/** The stems of `asked` figures that `text` holds within one of its ranges of the same unit. */
export function figuresInRanges(asked: readonly AskedFigure[], text: string): Set<string> {
  const held = new Set<string>();
  if (asked.length === 0) return held;
  const spans = rangesIn(text);
  for (const figure of asked) if (spans.some((s) => s.unit === figure.unit && figure.value >= s.low && figure.value <= s.high)) held.add(figure.stem);
  return held;
}
