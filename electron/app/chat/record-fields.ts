// A spreadsheet's row quoted whole answers the question about any of its fields: "Who is the HR Director?" is answered by
// the name on the role's row. But the row that matches a question's name does not answer every question about that
// name: "What is Chen Wei's email address?" asked of a staff list without an e-mail column found Chen Wei's row and
// quoted it, phone and office, as if it answered. A record says what it holds by its column names, so a question that
// asks for something neither its names nor its values hold is a question the documents do not answer. Pure: no I/O.
import { contentTerms } from './function-words';
import type { Field } from './form-lines';

/** Words that ask for a record as a whole, not for a field of it: "Tell me about Chen Wei", "Show the details of March". */
export const WHOLE_RECORD: ReadonlySet<string> = new Set(
  contentTerms('tell show give describe list find look know about details information info everything row entry record').map((t) => t.stem),
);

/** Two stems of one word: the same, or sharing their first five letters ("employee", "employees"), as the scoring has it. */
function sameWord(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
}

const stemsOf = (text: string) => contentTerms(text).map((t) => t.stem);

/**
 * Whether the question asks for a field the record does not have: some of its own words are neither in the record's
 * column names nor in its values, and it names no column but the ones it finds the record by ("the Enterprise plan"
 * names the Plan column by its value; "What is the storage of the Enterprise plan?" also asks for Storage). Column
 * names are matched as written, not by meaning: "email" is near "phone" in meaning, and quoting the phone for the
 * e-mail is the fault this stops. A question whose wh-word names the kind of answer ("Where does she work?", "How
 * much was spent?") is answered by a field the question does not name whose value is of that kind (`answersKind`),
 * whatever its column is called.
 */
export function asksAbsentField(questionStems: ReadonlySet<string>, fields: readonly Field[], answersKind?: (value: string) => boolean): boolean {
  const asked = [...questionStems].filter((q) => !WHOLE_RECORD.has(q));
  const has = (stems: readonly string[]) => asked.some((q) => stems.some((s) => sameWord(q, s)));
  const asksFor = (field: Field) => has(stemsOf(field.label)) && !has(stemsOf(field.value));
  if (fields.some(asksFor)) return false;
  const named = (field: Field) => has(stemsOf(field.label)) || has(stemsOf(field.value));
  if (answersKind && fields.some((f) => !named(f) && answersKind(f.value))) return false;
  const held = fields.flatMap((f) => [...stemsOf(f.label), ...stemsOf(f.value)]);
  return asked.some((q) => !held.some((s) => sameWord(q, s)));
}
