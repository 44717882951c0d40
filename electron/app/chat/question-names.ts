// The names a question is about, as whole phrases ("Tower Theatre", "Queen Elizabeth II", "Bank of England"), and
// whether the passages write them as such. Documents that hold "tower" in one place and "theatre" in another do not
// hold the Tower Theatre: a question about it is most likely about something they do not cover. Pure functions: no I/O.
import { terms } from '../embeddings/lexical-terms';

/**
 * Runs of two or more capitalised words or numbers (with "of", "the", "de" between them), not counting the question's
 * first word, as their content stems in order.
 */
const NAME_RUN = /(?<!^\s*)\b\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:of|the|de|du|von|van)\s+)*[\p{Lu}\p{N}][\p{L}\p{N}'’-]*)+/gu;

export function namePhrases(question: string): string[][] {
  const out: string[][] = [];
  for (const m of question.matchAll(NAME_RUN)) {
    const stems = terms(m[0]).filter((t) => !t.stop).map((t) => t.stem);
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
