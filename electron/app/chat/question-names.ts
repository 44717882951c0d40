// The names a question is about, as whole phrases ("Tower Theatre", "Queen Elizabeth II", "Bank of England"), and
// whether the passages write them as such. Documents that hold "tower" in one place and "theatre" in another do not
// hold the Tower Theatre: a question about it is most likely about something they do not cover. Pure functions: no I/O.
import { terms } from '../embeddings/lexical-terms';
import { nameRuns } from './name-runs';

/**
 * The names of two or more words (numbers included: "Super Bowl 50"), as their content stems in order. A run that
 * starts the question is left out: its first word is capitalised by grammar, not as a name.
 */
export function namePhrases(question: string): string[][] {
  const out: string[][] = [];
  const start = question.search(/\S/);
  for (const run of nameRuns(question, { numbers: true })) {
    if (run.index === start) continue;
    const stems = terms(run.text).filter((t) => !t.stop).map((t) => t.stem);
    if (stems.length >= 2) out.push(stems);
  }
  return out;
}

/** Share of the question's name phrases that some passage writes word for word (small words aside); 1 when it names none. */
export function namePhrasesFound(question: string, passages: readonly string[]): number {
  const names = namePhrases(question);
  if (!names.length) return 1;
  const written = passages.map((p) => ` ${terms(p).filter((t) => !t.stop).map((t) => t.stem).join(' ')} `);
  return names.filter((name) => written.some((w) => w.includes(` ${name.join(' ')} `))).length / names.length;
}
