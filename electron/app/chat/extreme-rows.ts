// "What was the highest price per litre?" of a table of heating oil deliveries: every row holds "price per litre", and
// none says "highest", so the question was refused, or answered by whichever row came first. "The highest", "the
// most", "the cheapest" of a table's column is read from the column: of the retrieved rows of the lead's table that
// hold the most of the question's other words, the one whose value in the column asked is the highest (or lowest)
// leads. The column is the one the question names ("price per litre", "fridge"), else, for money asked ("Which week
// did I spend the most?"), the one holding sums. So are the rows "over the budget" or "over the estimate": those whose
// sum is more than in the column so named. The ends of the weather ("the wettest day") and of marks ("did best in") are
// read from the columns that weigh them. Only rows retrieved are weighed, as in record-order.ts. Pure: no I/O.
import { nearForm, type Candidate, type ScoredQuestion } from './answer-sentences';
import type { Field } from './form-lines';
import { contentTerms } from './function-words';

/** "the highest", "the most expensive", "the most", "the best" (not "most recent", "most of", "most likely", "best before"). */
const HIGHEST = /\b(?:highest|largest|biggest|greatest|maximum|max|dearest|longest|heaviest|warmest|hottest|wettest|rainiest|windiest|sunniest|slowest|best|most(?:\s+expensive)?)\b(?!\s+(?:recent|recently|of|likely|important|people|common|before|by)\b)/i;
const LOWEST = /\b(?:lowest|smallest|least(?:\s+expensive)?|minimum|min|fewest|cheapest|shortest|lightest|coldest|coolest|driest|fastest|quickest|worst)\b/i;
/** "Which subject did I do best in?": the best and the worst are of a column of marks. */
const BEST_OR_WORST = /\b(?:best|worst)\b/i;
/** A column of marks, grades or scores. */
export const SCORE_LABEL = /\b(?:mark|marks|grade|grades|score|scores|points|result|results|percentage|%)/i;

/**
 * The ends of the weather, which a log says by its columns: "the wettest day" is the highest "Rain (mm)", "the coldest
 * night" the lowest "Min temp (C)". Each with the column it weighs and, of several, the one preferred.
 */
const WEATHER: ReadonlyArray<{ asked: RegExp; column: RegExp; preferred?: RegExp; words: string[] }> = [
  { asked: /\b(?:wettest|rainiest|driest)\b/i, column: /\b(?:rain|rainfall|precipitation)\b/i, words: ['rain', 'rainfall'] },
  { asked: /\b(?:coldest|coolest|chilliest)\b/i, column: /\b(?:temp|temps|temperature|temperatures)\b/i, preferred: /\b(?:min|minimum|low|lowest)\b/i, words: ['temp', 'temperature'] },
  { asked: /\b(?:hottest|warmest)\b/i, column: /\b(?:temp|temps|temperature|temperatures)\b/i, preferred: /\b(?:max|maximum|high|highest)\b/i, words: ['temp', 'temperature'] },
  { asked: /\bwindiest\b/i, column: /\b(?:wind|gust|gusts)\b/i, words: ['wind'] },
  { asked: /\bsunniest\b/i, column: /\b(?:sun|sunshine)\b/i, words: ['sunshine'] },
];

/** The words of the columns an end of the weather weighs, for the search to look for too ("coldest" is in no log). */
export function weatherColumnWords(question: string): string[] {
  return WEATHER.find((w) => w.asked.test(question))?.words ?? [];
}

/** The weather column of these rows' labels an end of the weather asks, if any. */
function weatherColumn(question: string, labels: readonly string[]): string | undefined {
  const weather = WEATHER.find((w) => w.asked.test(question));
  if (!weather) return undefined;
  const columns = labels.filter((label) => weather.column.test(label));
  return columns.find((label) => weather.preferred?.test(label)) ?? columns[0];
}

/**
 * The question with its end of the weather said by the column of a retrieved table that weighs it ("What was the Rain
 * (mm) day?" for "What was the wettest day?"), so that the table's rows, which never say "wettest", lead; undefined
 * where it asks none, or no retrieved row has such a column.
 */
export function weatherWordsAsColumn(question: string, scored: ScoredQuestion): string | undefined {
  const weather = WEATHER.find((w) => w.asked.test(question));
  if (!weather) return undefined;
  const column = weatherColumn(question, [...new Set(scored.ranked.flatMap((c) => (c.fields ?? []).map((f) => f.label)))]);
  // (With the span it is asked of, which the log's rows are: "the coldest night" of rows of days.)
  const said = new RegExp(String.raw`${weather.asked.source}(?:\s+(?:day|days|night|nights|week|weeks|month|months|morning|mornings|evening|evenings)\b)?`, 'i');
  return column === undefined ? undefined : question.replace(said, column.replace(/\s*\([^()]*\)/g, ''));
}
/** "My fastest mile", "the slowest lap": the end of a column of times taken, not of the one naming the rows. */
const SPEED = /\b(?:fastest|quickest|slowest)\b/i;
/** A time taken: "8:42", "25:31", "1:02:11". */
const DURATION = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/;

/** …or written in units: "5h 35m", "38m", "1 hr 5 mins", "2h". */
const DURATION_IN_UNITS = /^\s*(?:(\d{1,3})\s*(?:h|hr|hrs|hours?))?\s*(?:(\d{1,3})\s*(?:m|min|mins|minutes?))?\s*$/i;

/** A time taken in seconds, where the value is one. */
function secondsOf(value: string): number | undefined {
  const m = DURATION.exec(value);
  if (m) return m[3] === undefined ? Number(m[1]) * 60 + Number(m[2]) : Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  const u = DURATION_IN_UNITS.exec(value);
  if (!u || (u[1] === undefined && u[2] === undefined)) return undefined;
  return Number(u[1] ?? 0) * 3600 + Number(u[2] ?? 0) * 60;
}
/** A question asking a sum, whose column is the one holding money where none is named. */
const MONEY_Q = /\b(?:spend|spent|spending|cost|costs|costing|paid|pay|price|prices|expensive|cheapest|dearest|much)\b/i;
const MONEY = /[£$€¥₹]/;

/** The words saying which end is asked, which no row says: they weigh nothing in the match. */
const EXTREME_STEMS = new Set(contentTerms('highest largest biggest greatest maximum max dearest longest heaviest warmest hottest wettest rainiest windiest sunniest slowest best worst most expensive lowest smallest least minimum min fewest cheapest shortest lightest coldest coolest driest fastest quickest').map((t) => t.stem));

/** Which end of a column the question asks for, if any. */
export function extremeAsked(question: string): 'high' | 'low' | undefined {
  if (LOWEST.test(question)) return 'low';
  return HIGHEST.test(question) ? 'high' : undefined;
}

const FIGURE = /-?\d[\d,]*(?:\.\d+)?/;
/** A value that is a date: "2027-01-04", "12/01/2027", "3.2.27". */
const DATE_VALUE = /^\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4}))\s*$/;
/** A value that is a figure and nothing else: "6000", "1,024.50". */
const PLAIN_FIGURE = new RegExp(String.raw`^\s*${FIGURE.source}\s*$`);

/** The first figure of a value ("71.3p" is 71.3, "£1,024.50" 1024.5, "-18" -18), if it has one. */
export function figureOf(value: string): number | undefined {
  const m = FIGURE.exec(value);
  return m ? Number(m[0].replace(/,/g, '')) : undefined;
}

/**
 * The question without its words saying which end, where it asks one and its lead is a table's row: no row says
 * "highest", and a question judged on a word no sentence holds is refused. Undefined otherwise.
 */
export function extremeWordsAside(question: string, scored: ScoredQuestion): string | undefined {
  if (!extremeAsked(question) || !scored.ranked[0]?.fields) return undefined;
  const aside = [HIGHEST, LOWEST].reduce((q, end) => q.replace(new RegExp(end.source, 'gi'), ' '), question);
  return aside.replace(/\s+/g, ' ').trim();
}

/** The label of the column asked: the one naming most of the question's words, else the one holding sums. */
function columnAsked(question: string, rows: readonly Candidate[]): string | undefined {
  const asked = new Set(contentTerms(question).map((t) => t.stem).filter((stem) => !EXTREME_STEMS.has(stem)));
  const labels = [...new Set(rows.flatMap((c) => c.fields!.map((f) => f.label)))];
  // Fastest is the least time taken, in whatever column holds times ("Split", "Time", "Pace").
  if (SPEED.test(question)) return labels.find((label) => rows.every((c) => secondsOf(valueOf(c.fields!, label) ?? '') !== undefined));
  // The longest of things the question names by no column is the one going furthest or lasting longest: "What was
  // the longest ride?" of a ride log's "Distance (km)".
  const lengthColumn = LENGTH_Q.test(question) ? labels.find((label) => LENGTH_LABEL.test(label)) : undefined;
  // A column of figures, though a row may leave it empty ("Used since last" of a meter's first reading); not of dates,
  // whose year is a figure: "Order date" names "order" of "the most expensive grocery order", and weighs nothing.
  const figured = (label: string) => {
    const given = rows.map((c) => valueOf(c.fields!, label)?.trim()).filter((v) => v);
    return given.length >= 2 && given.every((v) => figureOf(v!) !== undefined && !DATE_VALUE.test(v!));
  };
  // The thing "Which week has the most kilometres?" asks which one of is the row's name, not the column weighed: of
  // "Week" and "Total km", each naming a word of it, the second.
  const which = contentTerms(WHICH_ONE.exec(question)?.[1] ?? '')[0]?.stem;
  const namesWhich = (label: string) => (contentTerms(label).some((t) => t.stem === which) ? 1 : 0);
  // "The wettest day" weighs the rain column, "the coldest night" the lowest of the minimum temperatures.
  const weather = weatherColumn(question, labels.filter(figured));
  if (weather !== undefined) return weather;
  // "Which subject did I do best in?" weighs the marks (of a mark and a grade, the finer: the mark).
  if (BEST_OR_WORST.test(question)) {
    const scores = labels.filter((label) => SCORE_LABEL.test(label) && figured(label));
    const score = scores.find((label) => /\b(?:mark|marks|score|scores|percentage|%)/i.test(label)) ?? scores[0];
    if (score !== undefined) return score;
  }
  const named = labels
    // (In a near form too: "Used since last (m3)" for "When did we use the most water?".)
    .map((label) => ({ label, held: contentTerms(label).filter((t) => asked.has(t.stem) || [...asked].some((stem) => nearForm(stem, t.stem))).length }))
    .filter((l) => l.held > 0 && figured(l.label))
    .sort((a, b) => b.held - a.held || namesWhich(a.label) - namesWhich(b.label));
  if (named.length > 0) return named[0].label;
  if (lengthColumn !== undefined && figured(lengthColumn)) return lengthColumn;
  if (!MONEY_Q.test(question)) return undefined;
  return labels.find((label) => figured(label) && rows.every((c) => MONEY.test(valueOf(c.fields!, label) ?? '')));
}

/**
 * Whether the question asks an end of a column of the lead's table ("Which team has lost the most games?" of a league
 * table's "Lost" column): the columns weigh the rows, though no value says the question's other words ("games").
 */
export function extremeColumnAsked(question: string, lead: Candidate, scored: ScoredQuestion): boolean {
  if (!extremeAsked(question) || !lead.fields) return false;
  const rows = scored.ranked.filter((c) => c.fields && c.source.fileId === lead.source.fileId);
  return columnAsked(question, rows) !== undefined;
}

/** The spans a log's rows are, which name what an end is asked of, not which rows. */
const ROW_SPANS = new Set(contentTerms('day days night nights week weeks month months morning mornings evening evenings').map((t) => t.stem));

/** "the longest ride", "the shortest walk": an end of how far or how long. */
const LENGTH_Q = /\b(?:longest|shortest|furthest|farthest)\b/i;
/** A column saying how far or how long: "Distance (km)", "Length", "Duration", "Miles". */
const LENGTH_LABEL = /\b(?:distance|length|duration|km|kms|kilometres|miles|mileage)\b/i;

/** "Which week…", "What day…": the word naming what the question asks which one of. */
const WHICH_ONE = /^\s*(?:which|what)\s+(\p{L}+)\b/iu;

export const valueOf = (fields: readonly Field[], label: string) => fields.find((f) => f.label === label)?.value;

/**
 * "Which items went over the estimate?", "Which weeks did I go over budget?", "Which items are quoted over budget?":
 * rows whose sum in one column (the one the question names, where it names one) is more than in the column the
 * question names as the limit ("Estimated", "Budget").
 */
const OVER_Q = /\b(?:over|above|more\s+than|exceed(?:ed)?)\s+(?:the\s+|my\s+|our\s+|their\s+)?(budget|estimate|estimated|planned|allowance|limit)\b|\b(overspent|overspend)\b/i;

/** A column holding a limit set beforehand, whatever the question calls it. */
const LIMIT_LABEL = /\b(?:budget|budgeted|planned|plan|estimate|estimated|allowance|target|forecast|limit)\b/i;

/**
 * The scored question with the rows over the limit first, in their order, and the table's other rows ranked below
 * every one of them; unchanged where the question asks no such thing, or the lead's table has no such two columns.
 */
export function overLimitFirst(question: string, scored: ScoredQuestion): ScoredQuestion {
  const asked = OVER_Q.exec(question);
  const [lead] = scored.ranked;
  if (!asked || !lead?.fields) return scored;
  const limitWord = contentTerms(asked[1] ?? 'budget')[0]!.stem;
  // (The lead's table: its file's rows under the same first column, not another sheet's.)
  const table = scored.ranked.filter((c) => c.fields && c.source.fileId === lead.source.fileId && c.fields[0]?.label === lead.fields![0]?.label);
  // (The table's columns, though the lead leaves one empty.)
  const labels = [...new Set(table.flatMap((c) => c.fields!.map((f) => f.label)))];
  // Sums, with their currency or as plain figures in every row giving one ("Budget | 6000", "Quoted | 6450"; a gift
  // not yet bought leaves its "Spent" empty).
  const money = (label: string) => {
    const given = table.map((c) => valueOf(c.fields!, label)?.trim()).filter((v): v is string => Boolean(v));
    return given.length >= 2 && (given.every((v) => MONEY.test(v)) || given.every((v) => PLAIN_FIGURE.test(v)));
  };
  // (Named by the question's word, else by another for a limit set beforehand: "Planned (€)" is the budget.)
  const limit =
    labels.find((label) => money(label) && contentTerms(label).some((t) => t.stem === limitWord || t.stem.startsWith(limitWord.slice(0, 5)))) ??
    labels.find((label) => money(label) && LIMIT_LABEL.test(label));
  // The sum weighed against it is the column the question names ("Which items are quoted over budget?"), else the first.
  const askedStems = new Set(contentTerms(question).map((t) => t.stem));
  const sums = labels.filter((label) => label !== limit && money(label));
  const other = sums.find((label) => contentTerms(label).some((t) => askedStems.has(t.stem))) ?? sums[0];
  if (!limit || !other) return scored;
  // (A row leaving either empty is over nothing.)
  const overBy = (c: Candidate) => (figureOf(valueOf(c.fields!, other) ?? '') ?? -Infinity) - (figureOf(valueOf(c.fields!, limit) ?? '') ?? Infinity);
  const over = table.filter((c) => overBy(c) > 0);
  if (over.length === 0) return scored;
  // "Which category went most over budget?" asks the one row over by the most, alone.
  if (extremeAsked(question) === 'high') {
    const most = over.reduce((a, b) => (overBy(b) > overBy(a) ? b : a));
    return { ...scored, ranked: [{ ...most, score: Math.max(...over.map((c) => c.score)) }, ...scored.ranked.filter((c) => c !== most)] };
  }
  // All of them answer alike, as tied rows do, and are quoted together as rows flagged as asked are (matching-rows.ts),
  // though no value of theirs says a word of the question; the table's others are no answer.
  return answeringAlike(scored, table, over, Math.max(...over.map((c) => c.score)));
}

/**
 * The scored question with `rows` of `table` first, in their order, at score `top` and flagged as asked (quoted together
 * as matching-rows.ts quotes rows flagged so), and the table's other rows ranked at most half of it: they are no answer.
 */
export function answeringAlike(scored: ScoredQuestion, table: readonly Candidate[], rows: readonly Candidate[], top: number): ScoredQuestion {
  const others = new Set(table.filter((c) => !rows.includes(c)));
  const rest = scored.ranked.filter((c) => !rows.includes(c)).map((c) => (others.has(c) ? { ...c, score: Math.min(c.score, top * 0.5) } : c));
  return { ...scored, ranked: [...rows.map((c) => ({ ...c, score: top, flagged: true })), ...rest] };
}

/**
 * The scored question with the row whose value is the highest (or lowest) of the column asked first, and the words
 * saying which end weighing nothing. Unchanged where the question asks no end, its lead is no row, or no column of the
 * lead's table is asked.
 */
export function inExtremeOrder(question: string, scored: ScoredQuestion): ScoredQuestion {
  const end = extremeAsked(question);
  const [lead] = scored.ranked;
  if (!end || !lead?.fields) return scored;
  // (Not the span each row is, which the end is asked of: "day" of "the driest day" is no note's "rain all day".)
  const asked = [...scored.own].filter((stem) => !EXTREME_STEMS.has(stem));
  const finding = asked.filter((stem) => !ROW_SPANS.has(stem));
  const table = scored.ranked.filter((c) => c.fields && c.source.fileId === lead.source.fileId);
  // (Words its file's name says name the whole table: "bathroom" of "Which bathroom quote is cheapest?" of
  // bathroom-quotes.xlsx finds no one row, though one company's name says it.)
  const title = scored.titles.get(lead.source.fileId) ?? new Set<string>();
  const held = (c: Candidate) => finding.filter((stem) => c.stems.has(stem) && !title.has(stem)).length;
  const most = Math.max(...table.map(held));
  const rows = table.filter((c) => held(c) === most);
  const column = columnAsked(question, rows);
  if (rows.length < 2 || column === undefined) return scored;
  // (A row leaving the column empty is at neither end.)
  const value = (c: Candidate) => {
    const cell = valueOf(c.fields!, column) ?? '';
    return secondsOf(cell) ?? figureOf(cell) ?? (end === 'high' ? -Infinity : Infinity);
  };
  const [row] = [...rows].sort((a, b) => (end === 'high' ? value(b) - value(a) : value(a) - value(b)));
  return {
    ...scored,
    ranked: [row, ...scored.ranked.filter((c) => c !== row)],
    weights: new Map([...scored.weights].filter(([stem]) => !EXTREME_STEMS.has(stem))),
    own: new Set(asked),
  };
}
