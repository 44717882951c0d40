// "Which driving lessons haven't I paid for?" of a table whose rows each say "Paid: Yes" or "Paid: No": every row holds
// the question's words alike (the lessons by the file's name, "paid" by the column), so the first row led, though it
// was paid. A column of yes and no is a flag, and the question says which value it asks for: "haven't … paid" the rows
// flagged no, "Which lessons have I paid for?" those flagged yes. Pure: no I/O.
import type { Field } from './form-lines';
import { contentTerms } from './function-words';
import { asksYesNo } from './question-cues';

/** A flag's value: yes or no, as tables write them. */
const YES = /^(?:yes|y|true|done|✓|✔|☑)$/i;
// (…and a "not" before the column's deed: "Reply: Not replied", "Paid: Not paid".)
const NO = /^(?:no|n|false|not\s+yet|not\s+\p{L}+|✗|✘|☐)$/iu;
/** A column saying a row has none of the thing it names: "Allergies: None". */
const NONE = /^(?:none|nil|n\/a|-|—|–)$/i;
/**
 * A question asking which rows have a thing, of a column naming it: "Which children have allergies?" of a guest list's
 * "Allergies or needs" column, any of whose values but "None" is one.
 */
const HAS_THING_Q = /^\s*(?:which|who|what)\b[^?]*\b(?:have|has|had|with)\s+(?:any\s+|an?\s+)?(\p{L}+)/iu;

/**
 * A question saying "not" of what it asks: "haven't I paid", "not yet booked", "never used"; or that it is still to be
 * done: "Which sessions still need paying?", "…are yet to be booked?".
 */
const ASKS_UNDONE = /\b(?:not|never|\p{L}+n['’]t)\b|\bstill\s+(?:need|needs|needing|has|have|to)\b|\byet\s+to\b|\bleft\s+to\b/iu;

/** What a question asks of the flag columns of a table's rows, read once per question. */
export interface FlagReader {
  /**
   * Whether a row's flag column answers the question as it asks: true where a column labelled with a word of the
   * question ("Paid" for "paid") holds the value the question asks for, false where it holds the other, undefined where
   * the row has no such column. "unpaid" asks for "Paid: No" as "not paid" does. A yes-or-no question asks whether,
   * and is answered by either value: undefined.
   */
  answers(fields: readonly Field[]): boolean | undefined;
  /**
   * The words a question says of a row's flag column by saying "un-" before its name ("unpaid" of "Paid: No"), or by
   * saying it is still to be done ("still", "need" of "Which sessions still need paying?"), which the column says.
   */
  wordsHeld(fields: readonly Field[]): string[];
}

export function flagReader(question: string): FlagReader {
  const terms = contentTerms(question);
  const asked = new Set(terms.map((t) => t.stem));
  // "unpaid", "unbooked": the words saying "un-" before a label's word, with the stems of that word.
  const unWords = terms.filter((t) => /^un\p{L}{3,}/iu.test(t.word)).map((t) => ({ word: t.word, stems: contentTerms(t.word.slice(2)).map((u) => u.stem) }));
  const still = question.match(STILL_TO_DO) ?? [];
  const undone = ASKS_UNDONE.test(question);
  const yesNo = asksYesNo(question);
  const had = undone ? undefined : HAS_THING_Q.exec(question)?.[1];
  const thing = had === undefined ? undefined : contentTerms(had)[0]?.stem;
  // A flag column the question names, by its label's word or by "un-" before it, with the words saying "un-"; asked
  // which rows have its thing, a column naming it by its first word, whose value is none or some.
  const named = (field: Field) => {
    const presence = thing === undefined ? undefined : presenceOf(field, thing);
    if (presence !== undefined) return { flag: presence, un: [] as string[] };
    const flag = flagOf(field);
    const name = labelWord(field, asked);
    if (flag === undefined || name === undefined) return undefined;
    const un = unWords.filter((u) => u.stems.includes(name)).map((u) => u.word);
    return un.length > 0 || asked.has(name) ? { flag, un } : undefined;
  };
  return {
    answers(fields) {
      if (yesNo) return undefined;
      for (const field of fields) {
        const column = named(field);
        if (!column) continue;
        // One record's flag: a window of several rows ("Paid: n/a … Paid: No") is no one row flagged.
        if (fields.filter((f) => f.label.trim().toLowerCase() === field.label.trim().toLowerCase()).length > 1) return undefined;
        return column.un.length > 0 ? !column.flag : column.flag === !undone;
      }
      return undefined;
    },
    wordsHeld(fields) {
      return fields.flatMap((field) => {
        const column = named(field);
        return column ? [...column.un, ...still] : [];
      });
    },
  };
}
/** The words saying a deed is still to be done. */
const STILL_TO_DO = /\b(?:still|yet|need|needs|needing|left)\b/gi;

function flagOf(field: Field): boolean | undefined {
  const value = field.value.trim();
  return YES.test(value) ? true : NO.test(value) ? false : undefined;
}

/** Whether the row has the thing its column names first ("Allergies or needs: Dairy free"); undefined for another column. */
function presenceOf(field: Field, thing: string): boolean | undefined {
  if (contentTerms(field.label)[0]?.stem !== thing) return undefined;
  const value = field.value.trim();
  return !(NONE.test(value) || NO.test(value) || value === '');
}

/**
 * The stem of a label of one word ("Paid"), else none; or, of a longer label, its last word where the question says
 * all its words ("tiling" of "Includes tiling" for "Which company includes tiling?").
 */
function labelWord(field: Field, asked: ReadonlySet<string>): string | undefined {
  const label = contentTerms(field.label);
  if (label.length === 1) return label[0]!.stem;
  return label.length > 1 && label.length <= 3 && label.every((t) => asked.has(t.stem)) ? label.at(-1)!.stem : undefined;
}
