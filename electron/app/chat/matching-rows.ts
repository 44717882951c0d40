// "How much did I spend at Tesco?" of a bank statement with two Tesco rows: both hold every word the question shares
// with the table, and neither adds a word to the other, so the follower rule quoted the first alone and the answer
// read as if there had been one payment. Where the lead is a row of a table and other retrieved rows of the same table
// hold the same words of the question, they answer it as much as the lead does: they are quoted with it, in the
// table's order, up to the answer's length. Not where the question asks for the last, first or next of them
// (record-order.ts chose one). Pure: no I/O.
import type { Candidate, ScoredQuestion } from './answer-sentences';
import { contentTerms } from './function-words';

/**
 * Scores this near are alike: the rank of the passage a row came in moves a score a little, and so do longer values,
 * which set the words of the question further apart ("Skill: Loose lead walking" beside "Skill: Leave it").
 */
const ALIKE = 0.95;

/** The key word of a row flagged as asked (heldKey). */
const FLAGGED = '(flagged)';

/**
 * The question's words a row's values hold, as one key: two rows holding the same words match the question alike. Its
 * column names are not counted: every row of a budget has a "Category", and "Which category went most over budget?"
 * is not answered by all of them.
 */
function heldKey(row: Candidate, stems: readonly string[], title: ReadonlySet<string>): string {
  // (Nor a value's word its column names: "Nut allergy" under "Allergies" says of allergies what every row's column does.
  // Nor one its file's name says, which names every row: "card" of "Send photo card" in christmas-cards.xlsx.)
  const labels = new Set([...(row.fields ?? []).flatMap((f) => contentTerms(f.label).map((t) => t.stem)), ...title]);
  const values = new Set((row.fields ?? []).flatMap((f) => contentTerms(f.value).map((t) => t.stem)).filter((stem) => !labels.has(stem)));
  // A row flagged as asked ("Paid: No" of "Which lessons haven't I paid for?") matches as one holding a word of it.
  return [...stems.filter((stem) => values.has(stem)), ...(row.flagged ? [FLAGGED] : [])].join(' ');
}

/**
 * The lead and the retrieved rows of its table that hold the same words of the question and score as well as it (a
 * row found for a figure the question gives, an eight-year-old's dose of a range of ages, leads alone), in the
 * table's order, at most `max` (of them, where some have a value saying no more than the question asks, those alone);
 * undefined where the lead is no row or no other row matches it so.
 */
export function withMatchingRows(lead: Candidate, scored: ScoredQuestion, max: number): Candidate[] | undefined {
  if (!lead.fields) return undefined;
  const stems = [...(scored.own.size > 0 ? scored.own : scored.weights.keys())];
  const title = scored.titles.get(lead.source.fileId) ?? new Set<string>();
  const key = heldKey(lead, stems, title);
  if (!key) return undefined;
  // (Rows matching by their flag alone match alike however their other words score: "Which cards haven't I sent?" is
  // every row saying "Sent: No", the one whose note says "Send photo card" no more than the others.)
  const byFlagAlone = key === FLAGGED;
  const alike = scored.ranked.filter(
    (c) => c !== lead && c.fields && c.source.fileId === lead.source.fileId && !c.aboutAnother && (byFlagAlone || c.score >= ALIKE * lead.score) && heldKey(c, stems, title) === key,
  );
  if (alike.length === 0) return undefined;
  // "What's the hotel limit in London?" of the rows "Item: Hotel outside London" and "Item: Hotel in London": both hold
  // the question's words, but the second's item says no more than the question asks. It answers alone, and so do all
  // the rows that name what is asked so; two Tesco rows that each add a word of their own both answer.
  const rows = [lead, ...alike];
  const exact = rows.filter((row) => namesOnlyAsked(row, stems));
  if (exact.length > 0 && exact.length < rows.length) return sortedInTable(exact.slice(0, max));
  return sortedInTable([lead, ...alike.slice(0, max - 1)]);
}

/** Whether one of a row's values holds the question's words and no other: "Hotel in London" of "the hotel limit in London". */
function namesOnlyAsked(row: Candidate, stems: readonly string[]): boolean {
  return (row.fields ?? []).some((f) => {
    const said = contentTerms(f.value).map((t) => t.stem);
    return said.length > 0 && said.every((stem) => stems.includes(stem));
  });
}

/** Rows in their table's order. */
function sortedInTable(rows: Candidate[]): Candidate[] {
  const inTable = (c: Candidate) => [c.source.page, c.source.start, c.start];
  const before = (a: Candidate, b: Candidate) => {
    const [x, y] = [inTable(a), inTable(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
  return rows.sort(before);
}

/** A list's item, as its line opens. */
const LIST_ITEM = /^\s*(?:[-*+•·◦▪‣–]|\d{1,3}[.)])\s/;

/** Rows of a list asked for whole that are quoted, at most: a packing list, not a year of bank statements. */
const LIST_ROWS = 12;

/**
 * "What should my child pack?" led by a row of the table under "What to pack": the table is the answer, every row of
 * it in order ("Old trousers or joggers | 3 pairs", "Torch | 1"…), not the row that scored best by chance. Undefined
 * where the lead is under no heading put as the question, or its section holds no table or list.
 */
export function rowsUnderAskedHeading(lead: Candidate, scored: ScoredQuestion): Candidate[] | undefined {
  if (!lead.underAsked || !lead.headingSpan) return undefined;
  // …or the list under "What you need", every item, for "What do I need to renew my passport?", where the lead is an
  // item or a sentence of the section ("You'll need to send your old passport after you apply.").
  const isRow = (c: Candidate) => c.fields !== undefined || (!lead.fields && LIST_ITEM.test(c.raw));
  const heading = lead.headingSpan.start;
  const byStart = new Map<number, Candidate>();
  for (const c of scored.ranked) {
    if (!isRow(c) || c.source !== lead.source || c.headingSpan?.start !== heading) continue;
    const seen = byStart.get(c.start);
    // A form's window of several lines is read as its first line's row.
    if (!seen || c.end < seen.end) byStart.set(c.start, c);
  }
  const rows = sortedInTable([...byStart.values()]).filter((c, i, all) => i === 0 || c.start >= all[i - 1].end);
  return rows.length > 1 ? rows.slice(0, LIST_ROWS) : undefined;
}
