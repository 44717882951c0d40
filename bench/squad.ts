// SQuAD v1.1 dev, half A (the team corpora's qa/squad-dev-a.json and text/squad-a/), as the retrieval benchmarks read
// it: every question with the evidence that proves the right place was found — each gold answer with 30 characters of
// its gold paragraph before or after it, so the answer string alone, found in some unrelated place, does not count.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

export interface SquadQuestion {
  question: string;
  evidence: string[];
}

interface SquadFile {
  data: Array<{ title: string; paragraphs: Array<{ context: string; qas: Array<{ question: string; answers: Array<{ answer_start: number; text: string }> }> }> }>;
}

export async function loadSquad(corporaDir: string): Promise<{ paragraphs: string[]; questions: SquadQuestion[] }> {
  const squad = JSON.parse(await readFile(path.join(corporaDir, 'qa', 'squad-dev-a.json'), 'utf8')) as SquadFile;
  const paragraphs: string[] = [];
  const questions: SquadQuestion[] = [];
  for (const article of squad.data) {
    for (const p of article.paragraphs) {
      paragraphs.push(p.context);
      for (const qa of p.qas) {
        const evidence = qa.answers.flatMap(({ answer_start: s, text }) => [
          p.context.slice(Math.max(0, s - 30), s + text.length),
          p.context.slice(s, s + text.length + 30),
        ]);
        questions.push({ question: qa.question, evidence: [...new Set(evidence)] });
      }
    }
  }
  return { paragraphs, questions };
}

/** The 24 articles as plain-text files (paragraphs separated by a blank line), sorted by name. */
export async function squadArticleFiles(corporaDir: string): Promise<string[]> {
  const dir = path.join(corporaDir, 'text', 'squad-a');
  return (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

/** Rank (0-based) of the first text holding any of the evidence, or -1. */
export function firstHit(texts: readonly string[], evidence: readonly string[]): number {
  return texts.findIndex((t) => evidence.some((e) => t.includes(e)));
}
