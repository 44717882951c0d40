// A month or a weekday the question names that a sentence holds within a range: "June" is in "Bonfires are not
// permitted between April and September", "Wednesday" in "Office hours are 9 to 5, Monday to Friday". The sentence
// never writes the question's month, so matched as words it held nothing of it, and "Can I have a bonfire in June?" was
// refused. As number-ranges.ts does for figures. So is one a date in figures holds: "22/11/2026" is in November and on
// a Sunday, and "Who are we playing on 22 November?" of a fixtures list was refused.
import { contentTerms } from './function-words';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Each name and its short forms, by what they are written as in lower case: its cycle and its place in it. */
const PLACES = new Map<string, { cycle: string[]; index: number }>();
for (const cycle of [MONTHS, WEEKDAYS]) {
  cycle.forEach((name, index) => {
    for (const form of [name, name.slice(0, 3)]) PLACES.set(form, { cycle, index });
  });
}
for (const [short, name] of [['sept', 'september'], ['tues', 'tuesday'], ['weds', 'wednesday'], ['thur', 'thursday'], ['thurs', 'thursday']] as const) {
  PLACES.set(short, PLACES.get(name)!);
}

const WEEKDAY_PLURAL = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days$/;

/** A month or a weekday the question names, with the stem its terms give it. */
export interface AskedDay {
  stem: string;
  cycle: string[];
  index: number;
}

/** Whether a word, in lower case, is a month's or a weekday's full name. */
export function namesDayOrMonth(word: string): boolean {
  const place = PLACES.get(word);
  return place !== undefined && place.cycle[place.index] === word;
}

/** The months and weekdays a question names in full ("in June", "on Wednesday", "on Saturdays"), each once. */
export function askedDays(question: string): AskedDay[] {
  const out: AskedDay[] = [];
  for (const t of contentTerms(question)) {
    // A weekday said of every week, "on Saturdays", is the day.
    const word = PLACES.has(t.word) ? t.word : WEEKDAY_PLURAL.test(t.word) ? t.word.slice(0, -1) : t.word;
    const place = PLACES.get(word);
    if (!place || place.cycle[place.index] !== word || out.some((d) => d.stem === t.stem)) continue;
    out.push({ stem: t.stem, ...place });
  }
  return out;
}

const NAME = String.raw`(\p{L}{3,9})\.?`;
/** "April to September", "April–September", "Mon-Fri", "from October through March", "between April and September". */
const RANGE = new RegExp(String.raw`(\bbetween\s+)?\b${NAME}\s*(?:-|–|—|\bto\b|\bthrough\b|\btill\b|\buntil\b|\band\b)\s*${NAME}(?!\p{L})`, 'giu');

/** The stems of `asked` days that `text` holds within one of its ranges of months or of weekdays, ends included. */
export function daysInRanges(asked: readonly AskedDay[], text: string): Set<string> {
  const held = new Set<string>();
  if (asked.length === 0) return held;
  for (const m of text.matchAll(RANGE)) {
    // "and" joins a range only after "between": "Monday and Friday" are two days.
    if (!m[1] && /\band\b/i.test(m[0])) continue;
    const from = PLACES.get(m[2].toLowerCase());
    const to = PLACES.get(m[3].toLowerCase());
    if (!from || !to || from.cycle !== to.cycle || from.index === to.index) continue;
    for (const day of asked) {
      if (day.cycle !== from.cycle) continue;
      // A range may run over the cycle's end: "October to March" holds January.
      const length = from.cycle.length;
      const offset = (day.index - from.index + length) % length;
      if (offset <= (to.index - from.index + length) % length) held.add(day.stem);
    }
  }
  return held;
}

/**
 * A short form written by a date, capitalised: "Wed 7 July", "Sat 10 July", "7 Jul", "Jul 2027". Not alone, where
 * "Sat", "Wed", "Sun" and "Mar" are words of their own.
 */
const SHORT_BY_DATE = /(?<=\d\s?)(\p{Lu}\p{Ll}{2,3})\.?(?!\p{L})|(?<!\p{L})(\p{Lu}\p{Ll}{2,3})\.?(?=,?\s?\d)/gu;

/**
 * The stems of `asked` days (named in full by the question) that `text` writes in a short form by a date: "Wednesday"
 * in a rota's "Wed 7 July".
 */
export function daysAbbreviated(asked: readonly AskedDay[], text: string): Set<string> {
  const held = new Set<string>();
  if (asked.length === 0) return held;
  const hold = (written: string) => {
    const place = PLACES.get(written);
    if (!place || place.cycle[place.index] === written) return;
    for (const day of asked) if (day.cycle === place.cycle && day.index === place.index) held.add(day.stem);
  };
  for (const m of text.matchAll(SHORT_BY_DATE)) hold((m[1] ?? m[2]).toLowerCase());
  // A line of opening hours writes its days so without dates: "Mon, Tue, Thu 9-7; Wed closed; Fri 9-5; Sat 9-4". Three
  // short weekdays or more are days, whatever stands by them.
  const shortDays = [...text.matchAll(SHORT_WORD)].map((m) => m[1].toLowerCase()).filter((w) => PLACES.get(w)?.cycle === WEEKDAYS && !WEEKDAYS.includes(w));
  if (new Set(shortDays).size >= 3) shortDays.forEach(hold);
  return held;
}
const SHORT_WORD = /(?<!\p{L})(\p{Lu}\p{Ll}{2,4})\.?(?!\p{L})/gu;

/** A date in figures: day, month and year ("22/11/2026", "6.12.26") or year first ("2026-11-22"); not "4.1.30.2". */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})(?![\d/.-])/g;

/** A calendar day: its year, its month (1 to 12) and its day of the month. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * The dates `text` writes in figures, in order. Read day first as written outside the US, unless the day would be
 * over 12 and the month not ("11/22/2026"), or the year comes first; a two-digit year is this century's. A date that
 * cannot be (31/02/2026) is left out.
 */
export function datesInFigures(text: string): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [a, b, c] = [Number(m[1]), Number(m[3]), Number(m[4])];
    let [year, month, day] = m[1].length === 4 ? [a, b, c] : [c < 100 ? 2000 + c : c, b, a];
    if (m[1].length !== 4 && month > 12 && day <= 12) [month, day] = [day, month];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (month >= 1 && month <= 12 && date.getUTCDate() === day) out.push({ year, month, day });
  }
  return out;
}

/** The stems of `asked` days that `text` holds as dates in figures (datesInFigures): the month and the weekday of each. */
export function daysInDates(asked: readonly AskedDay[], text: string): Set<string> {
  const held = new Set<string>();
  if (asked.length === 0) return held;
  for (const { year, month, day } of datesInFigures(text)) {
    const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7; // Monday first, as WEEKDAYS
    for (const d of asked) if ((d.cycle === MONTHS && d.index === month - 1) || (d.cycle === WEEKDAYS && d.index === weekday)) held.add(d.stem);
  }
  return held;
}

/** A day of a month the question names by its number: "6 February", "February 6th", "the 6th of Feb". */
export interface AskedDate {
  month: number;
  day: number;
  /** The question's words for it, as written ("6", "February"): what a date in figures on that day holds. */
  words: string[];
}

const DAY_THEN_MONTH = /(?<![\p{L}\p{N}])(\d{1,2}(?:st|nd|rd|th)?)\s+(?:of\s+)?(\p{L}{3,9})(?!\p{L})/gu;
const MONTH_THEN_DAY = /(?<![\p{L}\p{N}])(\p{L}{3,9})\.?\s+(\d{1,2}(?:st|nd|rd|th)?)(?![\p{L}\p{N}])/gu;

/**
 * The month (1 to 12) a word names, in full or short. "3 may" is a verb's: months that are words too ("may", "march")
 * count capitalised only.
 */
function monthNamed(word: string): number | undefined {
  const place = PLACES.get(word.toLowerCase());
  if (!place || place.cycle !== MONTHS || /^(?:may|mar|march)$/.test(word)) return undefined;
  return place.index + 1;
}

/** The days of months the question names with their numbers, each once. */
export function askedDates(question: string): AskedDate[] {
  const out: AskedDate[] = [];
  const add = (dayWord: string, monthWord: string) => {
    const month = monthNamed(monthWord);
    const day = Number(/^\d+/.exec(dayWord)![0]);
    if (month === undefined || day < 1 || day > 31) return;
    if (!out.some((d) => d.month === month && d.day === day)) out.push({ month, day, words: [dayWord, monthWord] });
  };
  for (const m of question.matchAll(DAY_THEN_MONTH)) add(m[1], m[2]);
  for (const m of question.matchAll(MONTH_THEN_DAY)) add(m[2], m[1]);
  for (const [name, month, day] of FIXED_HOLIDAYS) {
    const said = name.exec(question)?.[0];
    if (said && !out.some((d) => d.month === month && d.day === day)) out.push({ month, day, words: said.split(/\s+/) });
  }
  return out;
}

/**
 * Days named for what falls on them, the same date every year: "Is the museum open on Christmas Day?" asks of 25
 * December, which "Closed 24 to 26 December." holds. Christmas alone is its day, not its eve.
 */
const FIXED_HOLIDAYS: [RegExp, number, number][] = [
  [/\bChristmas\s+Eve\b/i, 12, 24],
  [/\bChristmas(?:\s+Day)?\b(?!\s+Eve)/i, 12, 25],
  [/\bBoxing\s+Day\b/i, 12, 26],
  [/\bNew\s+Year['’]?s\s+Eve\b/i, 12, 31],
  [/\bNew\s+Year['’]?s(?:\s+Day)\b/i, 1, 1],
  [/\bValentine['’]?s\s+Day\b/i, 2, 14],
  [/\bHallowe['’]?en\b/i, 10, 31],
];

/** "24 to 26 December", "24–26 Dec": a run of days of one month, written with its name. */
const DAYS_OF_MONTH = /(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|till)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(\p{L}{3,9})(?!\p{L})/gu;

/** The days of months `text` writes with the month's name, alone or in a run: [month, first day, last day]. */
function daysNamedIn(text: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  const add = (monthWord: string, from: number, to: number) => {
    const month = monthNamed(monthWord);
    if (month !== undefined && from >= 1 && from <= to && to <= 31) out.push([month, from, to]);
  };
  for (const m of text.matchAll(DAYS_OF_MONTH)) add(m[3], Number(m[1]), Number(m[2]));
  for (const m of text.matchAll(DAY_THEN_MONTH)) add(m[2], parseInt(m[1], 10), parseInt(m[1], 10));
  for (const m of text.matchAll(MONTH_THEN_DAY)) add(m[1], parseInt(m[2], 10), parseInt(m[2], 10));
  return out;
}

/**
 * The question's words for each asked date that `text` writes in figures: "6 February" is what "2027-02-06" and
 * "06/02/2027" say. A fixtures sheet writes its dates so, and "Who do we play on 6 February?" found nothing of it.
 */
export function wordsOfDatesIn(asked: readonly AskedDate[], text: string): string[] {
  if (asked.length === 0) return [];
  const dates = datesInFigures(text);
  const named = daysNamedIn(text);
  const holds = (a: AskedDate) => dates.some((d) => d.month === a.month && d.day === a.day) || named.some(([month, from, to]) => month === a.month && from <= a.day && a.day <= to);
  return asked.filter(holds).flatMap((a) => a.words);
}

/** The parts of a week a text names, and the weekdays (their places in WEEKDAYS) each holds. */
const WEEK_PARTS: ReadonlyArray<{ name: RegExp; days: readonly number[] }> = [
  { name: /\bweek-?ends?\b/i, days: [5, 6] },
  { name: /\bweek-?days?\b/i, days: [0, 1, 2, 3, 4] },
];

/**
 * The stems of `asked` weekdays that `text` holds as a part of the week it names: "Saturday" is in "from 8am to 11am at
 * weekends", "Wednesday" in "on weekdays" ("What time is breakfast on Saturday?" had been answered by a restaurant's
 * "Served Tuesday to Saturday", which says the day).
 */
export function daysInWeekParts(asked: readonly AskedDay[], text: string): Set<string> {
  const held = new Set<string>();
  if (!asked.some((d) => d.cycle === WEEKDAYS)) return held;
  for (const part of WEEK_PARTS) {
    if (!part.name.test(text)) continue;
    for (const day of asked) if (day.cycle === WEEKDAYS && part.days.includes(day.index)) held.add(day.stem);
  }
  return held;
}

/** "weekend" of a question, read as its two days. */
const WEEKEND_Q = /\bweek-?ends?\b/i;
const WEEKEND_DAYS = askedDays('saturday sunday');

/** Whether a question asks of a weekend: "Do I need to work weekends?". */
export function asksWeekend(question: string): boolean {
  return WEEKEND_Q.test(question);
}

/**
 * The stem of "weekend" where the question says it and `text` names a day of one, as a weekday, in a range or in a
 * date: "one Saturday in two" answers "Do I need to work weekends?", and "Monday to Saturday" "Are you open at the
 * weekend?". Empty otherwise.
 */
export function weekendHeld(question: string, text: string): string[] {
  const asked = WEEKEND_Q.exec(question);
  if (!asked) return [];
  const said = new Set(contentTerms(text).map((t) => t.stem));
  const held = WEEKEND_DAYS.some((d) => said.has(d.stem)) || daysInRanges(WEEKEND_DAYS, text).size > 0 || daysAbbreviated(WEEKEND_DAYS, text).size > 0 || daysInDates(WEEKEND_DAYS, text).size > 0;
  return held ? contentTerms(asked[0]).map((t) => t.stem) : [];
}

/** Each weekday's name as the answerer's stems write it, in WEEKDAYS' order. */
const WEEKDAY_STEMS = WEEKDAYS.map((name) => contentTerms(name)[0]!.stem);
/** Every day of the week, said so: "open every day", "daily", "seven days a week". */
const EVERY_DAY = /\b(?:every\s*day|daily|(?:7|seven)\s+days|all\s+week)\b/i;

/**
 * Whether the question asks of one weekday that a text naming other weekdays never holds, by its name, in a range, a
 * part of the week or an abbreviation: "What time does the library open on Sunday?" of a list of late openings on
 * Tuesday and Thursday. Not a text open every day.
 */
export function otherWeekdaysOnly(question: string, text: string): boolean {
  const asked = askedDays(question).filter((d) => d.cycle === WEEKDAYS);
  if (asked.length !== 1 || EVERY_DAY.test(text)) return false;
  const said = new Set(contentTerms(text).map((t) => t.stem));
  const day = asked[0]!;
  const holds = said.has(day.stem) || daysInRanges(asked, text).size > 0 || daysInWeekParts(asked, text).size > 0 || daysAbbreviated(asked, text).size > 0 || daysInDates(asked, text).size > 0;
  const others = WEEKDAY_STEMS.some((stem, i) => i !== day.index && said.has(stem));
  return others && !holds;
}
