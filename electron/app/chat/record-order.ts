// "How much did the last service cost?" of a car's service history: every row that says "service" holds the question's
// words as well as the others, and the first of them, the oldest, was quoted. "The last", "the latest" or "the most
// recent" of a table's records is the one with the latest date, up to today where the list runs past it (a season's
// fixtures); "the first" or "the earliest", the one with the earliest; "the next", the first from today on. Of the
// retrieved rows of the lead's file that hold the most of the question's other words, the one so dated leads instead.
// Only rows retrieved are weighed: a long history whose latest row the search did not bring is read without it.
// Pure: no I/O; today is given.
import type { Candidate, ScoredQuestion } from './answer-sentences';
import { datesInFigures } from './calendar-ranges';
import { firstTimeOfDay } from './clock-times';
import { contentTerms } from './function-words';

/**
 * "the last service", "my latest payment", "the most recent MOT", "my current balance" (of a statement whose rows say
 * "Transfer from current account"), "the balance now"; not "last year", "last week" or "last day".
 */
const LATEST = /\b(?:last|latest|most\s+recent(?:ly)?|newest|current(?!\s+account)|currently|now)\b(?!\s+(?:year|month|week|day|night|time|name|page|minute|hour|orders?)\b)/i;
const EARLIEST = /\b(?:first|earliest|oldest)\b(?!\s+(?:year|month|week|day|night|time|name|page|minute|hour)\b)/i;
/**
 * "the next match", "our upcoming fixtures": the first record dated from today on. Not "next year", "next to", nor
 * "coming", which is as often the verb ("Who is coming to the last meeting?").
 */
const NEXT = /\b(?:next|upcoming)\b(?!\s+(?:year|month|week|day|night|time|page|minute|hour|step|steps|to|from|up|in|out|back)\b)/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAMED = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?,?\s+(\d{4})\b/iu;

/** A number for a calendar day that orders days as the calendar does (month 1 to 12); not a count of days. */
const dayNumber = (year: number, month: number, day: number) => year * 372 + (month - 1) * 31 + day;

/** The day number of the first date in `text`: "18 March 2026", else one in figures (datesInFigures). */
function dayOf(text: string): number | undefined {
  const named = NAMED.exec(text);
  if (named) return dayNumber(Number(named[3]), MONTHS.indexOf(named[2].toLowerCase().slice(0, 3)) + 1, Number(named[1]));
  const [first] = datesInFigures(text);
  return first && dayNumber(first.year, first.month, first.day);
}

/**
 * Where a row sits in time: its day, and its minute in the day (its first time of day, clock-times.ts). A day's log
 * ("2027-06-02, 20:15, Bottle") holds many rows of one date, and the last is the one latest in the day. A timetable's
 * rows give times and no date ("Departs York: 08:12"): "the first train" is the earliest of them, all on one day.
 */
function whenOf(text: string, timedOnly: boolean): { day: number; minute: number } | undefined {
  const minute = firstTimeOfDay(text);
  if (timedOnly) return minute === undefined ? undefined : { day: 0, minute };
  const day = dayOf(text);
  return day === undefined ? undefined : { day, minute: minute ?? 0 };
}

/**
 * A question of how things are now ("How much does Biscuit weigh?", "Who is the vet?"), not of what was: asked of dated
 * records, the latest answers it.
 */
const PRESENT_Q = /^\s*(?:(?:how|what|which|who|where|when)\b(?:\s+\p{L}+){0,3}?\s+)?(?:does|do|is|are|has|have)\b/iu;
const NEXT_STEM = contentTerms('next')[0].stem;

/** Whether the question asks for the last, first or next of some records ("the last service", "my next payment"). */
export function asksRecordInOrder(question: string): boolean {
  return LATEST.test(question) || EARLIEST.test(question) || NEXT.test(question);
}

/** Words that ask for an order, not what is ordered: a row holding "First service" is no likelier the first MOT. */
const ORDER_WORDS = new Set(contentTerms('last latest most recent recently newest current currently now first earliest oldest next upcoming').map((t) => t.stem));

/**
 * Where the question asks for the last, first or next of some records and the lead is a dated row: of the dated rows
 * of its file that hold the most of the question's words (its order words aside), the one so dated (it may be the
 * lead). Undefined where the question asks no such thing, or no row is so dated (nothing is next).
 */
function recordInOrder(question: string, ranked: readonly Candidate[], today: number): Candidate | undefined {
  const [lead] = ranked;
  if (!lead?.fields) return undefined;
  const open = openRecord(question, ranked, lead);
  if (open) return open;
  const timedOnly = dayOf(lead.text) === undefined;
  if (!whenOf(lead.text, timedOnly)) return undefined;
  // (Rows of times without dates are not of now: "Which bus is it?" asks no latest row.)
  const current = !asksRecordInOrder(question) && PRESENT_Q.test(question) && !timedOnly;
  if (!asksRecordInOrder(question) && !current) return undefined;
  // "When is the next booster due?" of rows with a "Next due" column: the row says "next", and the latest row's is.
  const next = NEXT.test(question) && !lead.stems.has(NEXT_STEM);
  const latest = current || (!next && (LATEST.test(question) || NEXT.test(question)));
  const asked = [...new Set(contentTerms(question).map((t) => t.stem))].filter((stem) => !ORDER_WORDS.has(stem));
  const dated = ranked
    // "How much does Biscuit weigh?": of the rows its words cannot tell apart, the latest.
    .filter((c) => c.fields && c.source.fileId === lead.source.fileId && (!current || c.score === lead.score))
    .map((c) => ({ c, ...whenOf(c.text, timedOnly), held: asked.filter((stem) => c.stems.has(stem)).length }))
    .filter((r): r is { c: Candidate; day: number; minute: number; held: number } => r.day !== undefined);
  // "The next" is the first from today on; "the last" of a list running past today (a season's fixtures, payments
  // booked ahead) the latest up to today.
  const past = dated.filter((r) => r.day <= today);
  const rows = next ? dated.filter((r) => r.day >= today) : latest && past.length > 0 ? past : dated;
  const most = Math.max(...rows.map((r) => r.held));
  if (rows.length === 0 || most === 0) return undefined;
  const [best] = rows.filter((r) => r.held === most).sort((a, b) => (latest ? b.day - a.day || b.minute - a.minute : a.day - b.day || a.minute - b.minute));
  return best.c;
}

/** "now", "currently": what is going on, which a log of things ended leaves undated. */
const NOW_Q = /\b(?:now|currently|at\s+the\s+moment)\b/i;
/** A column dating a thing's end: "Finished", "Date returned", "Completed". */
const END_LABEL = /\b(?:finished|completed|ended|returned|closed|resolved|done)\b/i;

/**
 * "What is Sam reading now?" of a reading log whose rows are dated by a "Finished" column: the row of the lead's table
 * with no such date, whose thing is not finished, of those holding the most of the question's words. Undefined where
 * the question asks of no now, or the lead's date is no end, or every such row has one.
 */
function openRecord(question: string, ranked: readonly Candidate[], lead: Candidate): Candidate | undefined {
  if (!NOW_Q.test(question) || !lead.fields) return undefined;
  const first = lead.fields[0]?.label;
  const ended = lead.fields.find((f) => END_LABEL.test(f.label) && dayOf(f.value) !== undefined)?.label;
  if (ended === undefined) return undefined;
  const asked = [...new Set(contentTerms(question).map((t) => t.stem))].filter((stem) => !ORDER_WORDS.has(stem));
  const rows = ranked
    .filter((c) => c.fields && c.source.fileId === lead.source.fileId && c.fields[0]?.label === first)
    .map((c) => ({ c, held: asked.filter((stem) => c.stems.has(stem)).length, open: !c.fields!.some((f) => f.label === ended && f.value.trim() !== '') }));
  const most = Math.max(...rows.map((r) => r.held));
  return rows.find((r) => r.open && r.held === most)?.c;
}

/** How far down the ranking a dated row may be for the order words to be set aside. */
const ORDERED_ROW_DEPTH = 4;

/**
 * "How much was my last Tesco shop?" of a bank statement, without its order words ("How much was my Tesco shop?"),
 * where it asks for the last, first or next of some records and its lead is a dated row: no row says "last", and a
 * question judged on a word no sentence holds is refused. Undefined where it asks no such thing, so prose is judged as
 * asked ("Who was the last emperor?" of a history, where "last" is said).
 */
export function orderWordsAside(question: string, scored: ScoredQuestion): string | undefined {
  if (!asksRecordInOrder(question)) return undefined;
  // (A dated row close behind a sentence that says the order word itself counts too: "Which book did I borrow most
  // recently?" of a loans table, led by a letter's "Your recent blood test results…".)
  const datedRow = (c: Candidate | undefined) => c?.fields !== undefined && (dayOf(c.text) !== undefined || firstTimeOfDay(c.text) !== undefined);
  if (!scored.ranked.slice(0, ORDERED_ROW_DEPTH).some(datedRow)) return undefined;
  const aside = [LATEST, EARLIEST, NEXT].reduce((q, order) => q.replace(new RegExp(order.source, 'gi'), ' '), question);
  return aside.replace(/\s+/g, ' ').trim();
}

/**
 * The scored question with the row `recordInOrder` finds first, and the order words weighing nothing: the order says
 * them, and a row that holds "first" ("First service") adds nothing to the first MOT. Unchanged where the question
 * asks for no record in order.
 */
export function inRecordOrder(question: string, scored: ScoredQuestion, today: Date): ScoredQuestion {
  const row = recordInOrder(question, scored.ranked, dayNumber(today.getFullYear(), today.getMonth() + 1, today.getDate()));
  if (!row) return scored;
  return {
    ...scored,
    ranked: [row, ...scored.ranked.filter((c) => c !== row)],
    weights: new Map([...scored.weights].filter(([stem]) => !ORDER_WORDS.has(stem))),
    // …nor is one a field the row lacks: "the last transfer" asks no "Last" column.
    own: new Set([...scored.own].filter((stem) => !ORDER_WORDS.has(stem))),
  };
}
