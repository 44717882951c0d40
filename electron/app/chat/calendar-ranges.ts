// A month or a weekday the question names that a sentence holds within a range: "June" is in "Bonfires are not
// permitted between April and September", "Wednesday" in "Office hours are 9 to 5, Monday to Friday". The sentence
// never writes the question's month, so matched as words it held nothing of it, and "Can I have a bonfire in June?" was
// refused. As number-ranges.ts does for figures.
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
for (const [short, name] of [['sept', 'september'], ['tues', 'tuesday'], ['thur', 'thursday'], ['thurs', 'thursday']] as const) {
  PLACES.set(short, PLACES.get(name)!);
}

/** A month or a weekday the question names, with the stem its terms give it. */
export interface AskedDay {
  stem: string;
  cycle: string[];
  index: number;
}

/** The months and weekdays a question names in full ("in June", "on Wednesday"), each once. */
export function askedDays(question: string): AskedDay[] {
  const out: AskedDay[] = [];
  for (const t of contentTerms(question)) {
    const place = PLACES.get(t.word);
    if (!place || place.cycle[place.index] !== t.word || out.some((d) => d.stem === t.stem)) continue;
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
