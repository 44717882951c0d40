// Questions about what a document does not say, on the very subject it is about: the case a user meets most ("Who
// discovered the reef?" of a page on the reef that never says), and the hardest to refuse, since the best sentence
// shares the question's names and topic. Other articles' questions (the bench's first absent set) share little with
// the session at all. Here every SQuAD article is kept but for its paragraphs numbered 1 modulo 4, and the questions
// of those paragraphs are asked whose gold answers the rest of the article does not hold anywhere.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { normalizeAnswer, type SquadQuestion } from './bench-app';

const leftOut = (paragraph: number) => paragraph % 4 === 1;

export interface LeftOutSet {
  /** The temporary folder holding `files`: the caller removes it. */
  dir: string;
  /** The articles without the paragraphs left out, one text file each, in a new temporary folder. */
  files: string[];
  /** The left-out paragraphs' questions that the rest of their article does not answer. */
  questions: SquadQuestion[];
}

export async function paragraphsLeftOut(titles: readonly string[], articles: readonly string[][], questions: readonly SquadQuestion[]): Promise<LeftOutSet> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'docent-bench-left-out-'));
  const kept = articles.map((paragraphs) => paragraphs.filter((_, i) => !leftOut(i)).join('\n\n'));
  const files = await Promise.all(
    titles.map(async (title, i) => {
      const file = path.join(dir, `${title.replace(/[^A-Za-z0-9]/g, '_')}.txt`);
      await writeFile(file, `${kept[i]}\n`);
      return file;
    }),
  ).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  const rest = kept.map(normalizeAnswer);
  return {
    dir,
    files,
    questions: questions.filter((q) => leftOut(q.paragraph) && q.answers.every((a) => !rest[q.article].includes(normalizeAnswer(a)))),
  };
}
