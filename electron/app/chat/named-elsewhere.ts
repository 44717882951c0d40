// "What is the warranty period of the AeroLume X2?" asked of a kettle's warranty card and the AeroLume's FAQ: the card's
// "A replaced product is covered only for the rest of the original warranty period." shares every word of the question
// but the name, and the name is what the FAQ is named by. A sentence of a document that never says a name the question
// asks about, where another document is named by it, is about something else, however many other words it shares: it
// does not answer, and where no sentence of a document saying the name does, the documents do not hold the answer.
import type { Candidate, ScoredQuestion } from './answer-sentences';
import { nameStems } from './answer-sentences';
import { contentTerms } from './function-words';

/**
 * The candidates left once those about another name are dropped (aboutAnotherName): all of them where no name of the
 * question names a document. Where the best of all did not say the name, the best left must say something
 * the question asks beyond the name ("warranty", "period"), else none answers: "How do I connect the X2 to Wi-Fi?" is
 * all the AeroLume's FAQ has on "the warranty period of the AeroLume X2", for the words it shares.
 */
export function withoutOtherNames(scored: ScoredQuestion, question: string): Candidate[] {
  const another = aboutAnotherName(scored, question);
  if (!another) return scored.ranked;
  const left = scored.ranked.filter((c) => !another(c));
  if (!scored.ranked[0] || !another(scored.ranked[0])) return left;
  const names = nameStems(question);
  const asked = [...scored.own].filter((stem) => !names.has(stem));
  const [best] = left;
  return best && asked.some((stem) => best.stems.has(stem) || best.section?.has(stem)) ? left : [];
}

/**
 * Which candidates are of a document that says none of a name the question asks about, which names another of the
 * passages' documents (its file name or its first line). Undefined where no name of the question names a document.
 */
export function aboutAnotherName(scored: ScoredQuestion, question: string): ((c: Candidate) => boolean) | undefined {
  const names = [...nameStems(question)].filter((stem) => scored.own.has(stem));
  const naming = names.filter((stem) => [...scored.titles.values()].some((title) => title.has(stem)));
  if (naming.length === 0) return undefined;
  // What each file's passages and name say, read once per file.
  const said = new Map<string, Set<string>>();
  const saidBy = (c: Candidate) => {
    let words = said.get(c.source.fileId);
    if (!words) {
      words = new Set(scored.titles.get(c.source.fileId));
      for (const other of scored.ranked) {
        if (other.source.fileId !== c.source.fileId) continue;
        for (const stem of other.stems) words.add(stem);
        for (const stem of other.section ?? []) words.add(stem);
      }
      for (const source of new Set(scored.ranked.map((r) => r.source))) {
        if (source.fileId === c.source.fileId) for (const t of contentTerms(source.text)) words.add(t.stem);
      }
      said.set(c.source.fileId, words);
    }
    return words;
  };
  return (c) => naming.some((stem) => !saidBy(c).has(stem));
}
