// Retrieval quality on half of SQuAD v1.1 dev (24 articles, 5,397 questions), measured on the path the app runs:
// the articles are ingested into a session through Docent itself (extraction worker, chunker, embedder, LanceDB, the
// base library beside them) and every question goes through ChatService.search, as `docent search` and the answers
// do. A question is a hit at k when one of the first k passages holds a gold answer together with 30 characters of
// its gold paragraph (evidenceFor): the bare answer string, which may occur anywhere, never counts.
// Reference: plain BM25 (k1 1.2, b 0.75) over the gold paragraphs themselves, on the same questions and rule.
// Each configuration of benchConfigs() (the offline default; installed embedders and rerankers) gets its own figures.
//
// Run: npm run bench -- retrieval   (or npx tsx bench/retrieval-bench.ts [corporaDir] [--limit N])
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { terms } from '../electron/app/embeddings/lexical-terms';
import { percentile } from './measure';
import { benchConfigs, loadSquad, squadFileOf, squadFiles, startBenchApp, type SquadQuestion } from './bench-app';

const KS = [1, 5, 10] as const;

export async function benchRetrieval(corporaDir: string, options: { limit?: number; log?: (line: string) => void } = {}): Promise<Record<string, number>> {
  const log = options.log ?? ((line: string) => console.log(line));
  const { questions: all, titles, paragraphs } = await loadSquad(corporaDir);
  const questions = options.limit ? all.slice(0, options.limit) : all;
  const files = await squadFiles(corporaDir);
  const articleFiles = titles.map((t) => squadFileOf(files, t));
  const result: Record<string, number> = { questions: questions.length };

  // Reference: BM25 over the gold paragraphs.
  const bm25 = new Bm25(paragraphs);
  const reference = [0, 0, 0];
  for (const q of questions) score(reference, bm25.search(q.question, 10).map((i) => paragraphs[i]), q);
  KS.forEach((k, i) => (result[`bm25Paragraphs_hit@${k}`] = round(reference[i] / questions.length)));

  log(`retrieval on SQuAD dev (half A): ${questions.length} questions, ${titles.length} articles, through ChatService.search`);
  log(`${'configuration'.padEnd(46)} ${KS.map((k) => `hit@${k}`.padStart(7)).join(' ')}  p50 ms  p95 ms`);
  log(`${'BM25 over the gold paragraphs (reference)'.padEnd(46)} ${reference.map((h) => pct(h / questions.length).padStart(7)).join(' ')}`);
  for (const [c, config] of benchConfigs().entries()) {
    const why = await config.unavailable?.();
    if (why) {
      log(`${config.label.padEnd(46)} skipped: ${why}`);
      continue;
    }
    const bench = await startBenchApp(config);
    try {
      const sid = await bench.session(articleFiles);
      const hits = [0, 0, 0];
      const ms: number[] = [];
      for (const q of questions) {
        const t0 = performance.now();
        const found = await bench.app.chat.search(sid, q.question, 10);
        ms.push(performance.now() - t0);
        score(hits, found.map((h) => h.text), q);
      }
      const prefix = c === 0 ? '' : `${config.label}: `;
      KS.forEach((k, i) => (result[`${prefix}hit@${k}`] = round(hits[i] / questions.length)));
      result[`${prefix}queryP50Ms`] = round(percentile(ms, 50));
      result[`${prefix}queryP95Ms`] = round(percentile(ms, 95));
      result[`${prefix}ingestMs`] = Math.round(bench.ingestMs);
      log(
        `${config.label.padEnd(46)} ${hits.map((h) => pct(h / questions.length).padStart(7)).join(' ')}  ${percentile(ms, 50).toFixed(1).padStart(6)}  ${percentile(ms, 95).toFixed(1).padStart(6)}`,
      );
    } finally {
      await bench.close();
    }
  }
  return result;
}

function score(hits: number[], texts: string[], q: SquadQuestion): void {
  const first = texts.findIndex((t) => q.evidence.some((e) => t.includes(e)));
  if (first < 0) return;
  KS.forEach((k, i) => {
    if (first < k) hits[i]++;
  });
}

/** BM25 (k1 1.2, b 0.75) over stemmed content words, with an inverted index. */
class Bm25 {
  private readonly postings = new Map<string, Array<[number, number]>>();
  private readonly lengths: number[];
  private readonly avgLength: number;

  constructor(docs: string[]) {
    this.lengths = docs.map((doc, i) => {
      const tf = new Map<string, number>();
      const words = terms(doc).filter((t) => !t.stop);
      for (const t of words) tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
      for (const [stem, count] of tf) {
        const list = this.postings.get(stem) ?? [];
        list.push([i, count]);
        this.postings.set(stem, list);
      }
      return words.length;
    });
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length);
  }

  search(query: string, k: number): number[] {
    const n = this.lengths.length;
    const scores = new Map<number, number>();
    for (const stem of new Set(terms(query).filter((t) => !t.stop).map((t) => t.stem))) {
      const list = this.postings.get(stem);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const [doc, tf] of list) {
        const norm = tf + 1.2 * (1 - 0.75 + (0.75 * this.lengths[doc]) / this.avgLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * 2.2) / norm);
      }
    }
    return [...scores].sort((a, b) => b[1] - a[1]).slice(0, k).map(([doc]) => doc);
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : undefined;
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit') ?? process.env.DOCENT_CORPORA ?? path.resolve(fileURLToPath(import.meta.url), '..', '..', '..', 'shared', 'corpora');
  benchRetrieval(dir, { limit }).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
