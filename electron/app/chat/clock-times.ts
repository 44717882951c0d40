// A time of day the question asks of, held by a sentence that writes it otherwise: "1pm" is a baby log's "13:00", "9.15am"
// a notice's "09:15", "noon" a timetable's "12:00". Matched as words they share nothing ("1pm" against "13" and "00"), and
// "How much did the baby drink at 1pm?" of a feeding log was refused. As calendar-ranges.ts does for dates.
import { contentTerms } from './function-words';

/**
 * A time the question names, as minutes after midnight, with the stems its terms give it; a part of the day ("morning")
 * is a run of them, from `minutes` to `until`.
 */
export interface AskedTime {
  minutes: number;
  until?: number;
  stems: string[];
}

/**
 * The parts of the day, as a timetable's times fall in them: "What's on Saturday morning?" of "Circuits | Saturday |
 * 9am", which never says "morning". An evening begins where a working day ends; a morning not at midnight, which
 * ends "from 3pm until midnight".
 */
const PARTS_OF_DAY: Array<{ words: RegExp; minutes: number; until: number }> = [
  { words: /\b(?:mornings?|breakfast)\b/gi, minutes: 5 * 60, until: 11 * 60 + 59 },
  // (Lunch is around midday, whatever a school calls it.)
  { words: /\b(?:lunch|lunchtime)\b/gi, minutes: 11 * 60 + 30, until: 14 * 60 + 30 },
  { words: /\bafternoons?\b/gi, minutes: 12 * 60, until: 17 * 60 + 59 },
  { words: /\b(?:evenings?|tonight|night|nights|bedtime|supper|teatime)\b/gi, minutes: 17 * 60, until: 23 * 60 + 59 },
];

/**
 * "1pm", "1 p.m.", "1:30pm", "9.15am" (12-hour, minutes optional); "13:00", "09:15", "13.00" (24-hour, minutes required,
 * not after a currency sign nor inside a longer number or a date).
 */
const TWELVE_HOUR = /(?<![\p{L}\p{N}.:])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\.?(?![\p{L}\p{N}])/giu;
const TWENTY_FOUR_HOUR = /(?<![\p{L}\p{N}.:£$€¥-])(\d{1,2})[:.](\d{2})(?![\p{N}]|[.:]\d)/gu;
const NAMED = /\b(noon|midday|midnight)\b/gi;
const NAMED_MINUTES: Record<string, number> = { noon: 720, midday: 720, midnight: 0 };

/** Each time of day `text` writes, with where it is written. */
function timesIn(text: string): Array<{ minutes: number; at: number; length: number }> {
  const out: Array<{ minutes: number; at: number; length: number }> = [];
  for (const m of text.matchAll(TWELVE_HOUR)) {
    const hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    if (hour < 1 || hour > 12 || minute > 59) continue;
    out.push({ minutes: ((hour % 12) + (m[3]!.toLowerCase() === 'p' ? 12 : 0)) * 60 + minute, at: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(TWENTY_FOUR_HOUR)) {
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    // A 12-hour time's figures ("1:30" of "1:30pm") are read with their "pm" above.
    if (hour > 23 || minute > 59 || out.some((t) => t.at === m.index)) continue;
    out.push({ minutes: hour * 60 + minute, at: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(NAMED)) out.push({ minutes: NAMED_MINUTES[m[1]!.toLowerCase()]!, at: m.index, length: m[0].length });
  return out;
}

/** The first time of day `text` writes, in minutes after midnight; undefined where it writes none. */
export function firstTimeOfDay(text: string): number | undefined {
  return timesIn(text).sort((a, b) => a.at - b.at)[0]?.minutes;
}

/** The times of day a question names, each once. */
export function askedTimes(question: string): AskedTime[] {
  const out: AskedTime[] = [];
  for (const t of timesIn(question)) {
    if (out.some((a) => a.minutes === t.minutes)) continue;
    const stems = contentTerms(question.slice(t.at, t.at + t.length)).map((term) => term.stem);
    if (stems.length) out.push({ minutes: t.minutes, stems });
  }
  for (const part of PARTS_OF_DAY) {
    const stems = [...question.matchAll(part.words)].flatMap((m) => contentTerms(m[0]).map((term) => term.stem));
    if (stems.length) out.push({ minutes: part.minutes, until: part.until, stems });
  }
  return out;
}

/** The question's stems for each asked time that `text` writes, in whatever form: "1pm" of "Time: 13:00". */
export function wordsOfTimesIn(asked: readonly AskedTime[], text: string): string[] {
  if (asked.length === 0) return [];
  const held = timesIn(text).map((t) => t.minutes);
  return asked.filter((a) => held.some((minutes) => minutes >= a.minutes && minutes <= (a.until ?? a.minutes))).flatMap((a) => a.stems);
}

/** Each time the question names, in the forms a document may write it, for a search: "1pm" as "13:00" and "1pm". */
export function timeFormsAsked(question: string): string[] {
  return askedTimes(question).flatMap(({ minutes, until }) => {
    if (until !== undefined) return [];
    const hour = Math.floor(minutes / 60);
    const minute = minutes % 60;
    const twelve = `${hour % 12 || 12}${minute ? `:${String(minute).padStart(2, '0')}` : ''}${hour < 12 ? 'am' : 'pm'}`;
    return [`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, twelve];
  });
}
