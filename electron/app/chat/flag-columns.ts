// "Which driving lessons haven't I paid for?" of a table whose rows each say "Paid: Yes" or "Paid: No": every row holds
// the question's words alike (the lessons by the file's name, "paid" by the column), so the first row led, though it
// was paid. A column of yes and no is a flag, and the question says which value it asks for: "haven't … paid" the rows
// flagged no, "Which lessons have I paid for?" those flagged yes. Pure: no I/O.
import type { Field } from './form-lines';
import { contentTerms } from './function-words';

/** A flag's value: yes or no, as tables write them. */
const YES = /^(?:yes|y|true|done|✓|✔|☑)$/i;
const NO = /^(?:no|n|false|not\s+yet|✗|✘|☐)$/i;

/**
 * A question saying "not" of what it asks: "haven't I paid", "not yet booked", "never used"; or that it is still to be
 * done: "Which sessions still need paying?", "…are yet to be booked?".
 */
const ASKS_UNDONE = /\b(?:not|never|\p{L}+n['’]t)\b|\bstill\s+(?:need|needs|needing|has|have|to)\b|\byet\s+to\b|\bleft\s+to\b/iu;

/**
 * Whether a row's flag column answers the question as it asks: true where a column labelled with a word of the question
 * ("Paid" for "paid") holds the value the question asks for, false where it holds the other, undefined where the row
 * has no such column. "unpaid" asks for "Paid: No" as "not paid" does. A yes-or-no question asks whether, and is
 * answered by either value: undefined.
 */
export function flagAnswers(fields: readonly Field[], question: string, yesNo: boolean): boolean | undefined {
  if (yesNo) return undefined;
  const asked = contentTerms(question);
  for (const field of fields) {
    const flag = flagOf(field);
    if (flag === undefined) continue;
    const name = labelWord(field);
    const un = unsaid(question, name).length > 0;
    if (!un && !asked.some((t) => t.stem === name)) continue;
    // One record's flag: a window of several rows ("Paid: n/a … Paid: No") is no one row flagged.
    if (fields.filter((f) => f.label.trim().toLowerCase() === field.label.trim().toLowerCase()).length > 1) return undefined;
    return un ? !flag : flag === !ASKS_UNDONE.test(question);
  }
  return undefined;
}

/**
 * The words a question says of a row's flag column by saying "un-" before its name ("unpaid" of "Paid: No"), or by
 * saying it is still to be done ("still", "need" of "Which sessions still need paying?"), which the column says.
 */
export function flagWordsHeld(fields: readonly Field[], question: string): string[] {
  const asked = new Set(contentTerms(question).map((t) => t.stem));
  return fields.flatMap((field) => {
    if (flagOf(field) === undefined) return [];
    const un = unsaid(question, labelWord(field));
    const named = un.length > 0 || asked.has(labelWord(field) ?? '');
    return [...un, ...(named ? (question.match(STILL_TO_DO) ?? []) : [])];
  });
}
/** The words saying a deed is still to be done. */
const STILL_TO_DO = /\b(?:still|yet|need|needs|needing|left)\b/gi;

function flagOf(field: Field): boolean | undefined {
  const value = field.value.trim();
  return YES.test(value) ? true : NO.test(value) ? false : undefined;
}

/** The stem of a label of one word ("Paid"), else none. */
function labelWord(field: Field): string | undefined {
  const label = contentTerms(field.label);
  return label.length === 1 ? label[0]!.stem : undefined;
}

/** The question's words saying "un-" before a label's word: "unpaid", "unbooked". */
function unsaid(question: string, name: string | undefined): string[] {
  if (name === undefined) return [];
  return contentTerms(question)
    .filter((t) => /^un\p{L}{3,}/iu.test(t.word) && contentTerms(t.word.slice(2)).some((u) => u.stem === name))
    .map((t) => t.word);
}
