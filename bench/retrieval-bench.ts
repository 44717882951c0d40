// Retrieval quality of the offline default, on half of SQuAD v1.1 dev (24 articles, 5,397 questions).
// Ingests the articles as plain-text documents (real chunker, LexicalEmbedder, LanceDB hybrid search when the store
// is available, else an in-memory BM25 + cosine hybrid with the same fusion), asks every question, and scores
// hit@1/5/10 after reranking 30 fused candidates (rerankHits), and of the fused ranking alone: a hit when a retrieved chunk contains a gold answer together with 30 characters of its gold paragraph
// around it (so the answer string alone, found in some unrelated place, does not count).
// Reference: plain BM25 (k1 1.2, b 0.75) over the gold paragraphs themselves, on the same questions.
//
// Run: npx tsx bench/retrieval-bench.ts [corporaDir] [--limit N]
import { readFile, readdir, mkdtemp, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chunkDocument } from '../electron/app/documents/chunker';
import type { Chunk, ExtractedDocument } from '../electron/app/documents/types';
import { LexicalEmbedder } from '../electron/app/embeddings/lexical-embedder';
import { terms } from '../electron/app/embeddings/lexical-terms';
import type { ChunkHit, ChunkRecord, VectorStore } from '../electron/app/vectors/vector-store';
import { prepareSources, rerankHits } from '../electron/app/chat/retrieval';
import { ExtractiveAnswerer } from '../electron/app/chat/extractive-answerer';

interface Question {
  question: string;
  /** Strings that prove the right place was found: each gold answer with 30 characters of context before or after. */
  evidence: string[];
}

interface SquadFile {
  data: Array<{ title: string; paragraphs: Array<{ context: string; qas: Array<{ question: string; answers: Array<{ answer_start: number; text: string }> }> }> }>;
}

const KS = [1, 5, 10] as const;
/** Candidates asked of the store before reranking (the app should ask for as many). */
const CANDIDATES = 30;

export async function benchRetrieval(corporaDir: string, options: { limit?: number; log?: (line: string) => void } = {}): Promise<Record<string, number>> {
  const log = options.log ?? ((line: string) => console.log(line));
  const squad = JSON.parse(await readFile(path.join(corporaDir, 'qa', 'squad-dev-a.json'), 'utf8')) as SquadFile;
  const paragraphs: string[] = [];
  let questions: Question[] = [];
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
  if (options.limit) questions = questions.slice(0, options.limit);

  // ---- ingest: chunk and embed the articles ----
  const textDir = path.join(corporaDir, 'text', 'squad-a');
  const files = (await readdir(textDir)).filter((f) => f.endsWith('.txt')).sort();
  const embedder = new LexicalEmbedder();
  const records: ChunkRecord[] = [];
  let chunkChars = 0;
  const tIngest = performance.now();
  let embedMs = 0;
  for (const file of files) {
    const text = await readFile(path.join(textDir, file), 'utf8');
    const doc: ExtractedDocument = { kind: 'text', mime: 'text/plain', pages: [{ page: 1, text }], pageCount: 1 };
    const chunks: Chunk[] = chunkDocument(doc, { size: 1000, overlap: 0.15 });
    const fileId = createHash('sha256').update(text).digest('hex').slice(0, 16);
    const t0 = performance.now();
    const vectors = await embedder.embed(chunks.map((c) => c.text), { kind: 'passage' });
    embedMs += performance.now() - t0;
    chunks.forEach((c, i) => {
      chunkChars += c.text.length;
      records.push({ sid: 'base', fileId, fileName: file, chunk: c.chunk, page: c.page, pageEnd: c.pageEnd, start: c.start, end: c.end, text: c.text, vector: vectors[i] });
    });
  }

  // ---- the store: LanceDB when its adapter is in the tree, else the same hybrid in memory ----
  const { store, kind, cleanup } = await openStore(records);
  const ingestMs = performance.now() - tIngest;

  // ---- ask ----
  const system = { hits: [0, 0, 0], latency: [] as number[], firstToken: [] as number[] };
  const fusedOnly = [0, 0, 0];
  const answerer = new ExtractiveAnswerer();
  for (const q of questions) {
    const t0 = performance.now();
    const [vector] = await embedder.embed([q.question], { kind: 'query' });
    const candidates = await store.query({ vector, text: q.question, sids: ['base'], k: CANDIDATES });
    const hits = rerankHits(q.question, candidates);
    const t1 = performance.now();
    system.latency.push(t1 - t0);
    score(system.hits, hits.map((h) => h.text), q.evidence);
    score(fusedOnly, candidates.map((h) => h.text), q.evidence);
    // Time to the first token of the offline answer, from the candidates in hand.
    for await (const event of answerer.answer({ question: q.question, history: [], sources: prepareSources(q.question, candidates, 6) })) {
      if (event.type === 'token') break;
    }
    system.firstToken.push(performance.now() - t1);
  }
  await cleanup();

  // ---- reference: BM25 over the paragraphs ----
  const bm25 = new Bm25(paragraphs);
  const reference = [0, 0, 0];
  for (const q of questions) score(reference, bm25.search(q.question, 10).map((i) => paragraphs[i]), q.evidence);

  const n = questions.length;
  const result: Record<string, number> = {
    questions: n,
    chunks: records.length,
    meanChunkChars: Math.round(chunkChars / records.length),
    meanParagraphChars: Math.round(paragraphs.reduce((s, p) => s + p.length, 0) / paragraphs.length),
    embedChunksPerSecond: Math.round(records.length / (embedMs / 1000)),
    ingestMs: Math.round(ingestMs),
    ...Object.fromEntries(KS.map((k, i) => [`hybrid_hit@${k}`, round(system.hits[i] / n)])),
    ...Object.fromEntries(KS.map((k, i) => [`fusedNoRerank_hit@${k}`, round(fusedOnly[i] / n)])),
    ...Object.fromEntries(KS.map((k, i) => [`bm25Paragraph_hit@${k}`, round(reference[i] / n)])),
    queryP50Ms: round(percentile(system.latency, 0.5)),
    queryP95Ms: round(percentile(system.latency, 0.95)),
    firstTokenP50Ms: round(percentile(system.firstToken, 0.5)),
    firstTokenP95Ms: round(percentile(system.firstToken, 0.95)),
  };
  log(`retrieval on SQuAD dev (half A): ${n} questions, ${files.length} articles → ${records.length} chunks (store: ${kind})`);
  log(`${'k'.padEnd(4)} ${'hybrid+rerank'.padStart(14)} ${'hybrid alone'.padStart(13)} ${'BM25 (paragraphs)'.padStart(18)}`);
  for (const [i, k] of KS.entries()) {
    log(`${String(k).padEnd(4)} ${pct(system.hits[i] / n).padStart(14)} ${pct(fusedOnly[i] / n).padStart(13)} ${pct(reference[i] / n).padStart(18)}`);
  }
  log(`mean chunk ${result.meanChunkChars} chars (paragraph ${result.meanParagraphChars}); embedding ${result.embedChunksPerSecond} chunks/s`);
  log(`query p50 ${result.queryP50Ms} ms, p95 ${result.queryP95Ms} ms; first answer token p50 ${result.firstTokenP50Ms} ms, p95 ${result.firstTokenP95Ms} ms`);
  return result;
}

function score(hits: number[], texts: string[], evidence: string[]): void {
  const first = texts.findIndex((t) => evidence.some((e) => t.includes(e)));
  if (first < 0) return;
  KS.forEach((k, i) => {
    if (first < k) hits[i]++;
  });
}

async function openStore(records: ChunkRecord[]): Promise<{ store: Pick<VectorStore, 'query'>; kind: string; cleanup: () => Promise<void> }> {
  const adapter = fileURLToPath(new URL('../electron/app/vectors/lancedb-store.ts', import.meta.url));
  if (existsSync(adapter) && process.env.DOCENT_BENCH_STORE !== 'memory') {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'docent-bench-'));
    try {
      const mod = (await import(pathToFileURL(adapter).href)) as {
        LanceDbStore: { open(o: { dir: string; table: string; dimension?: number; vectorWeight?: number }): Promise<VectorStore> };
      };
      const store = await mod.LanceDbStore.open({ dir, table: 'bench', dimension: 512, vectorWeight: new LexicalEmbedder().fusionWeight });
      await store.upsert(records);
      return {
        store,
        kind: 'lancedb hybrid',
        cleanup: async () => {
          await store.close();
          await rm(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      console.warn(`LanceDB store unusable (${(error as Error).message}); falling back to the in-memory hybrid`);
    }
  }
  return { store: new MemoryHybrid(records), kind: 'in-memory BM25 + cosine, RRF', cleanup: async () => {} };
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

  scores(query: string): Map<number, number> {
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
    return scores;
  }

  search(query: string, k: number): number[] {
    return [...this.scores(query)].sort((a, b) => b[1] - a[1]).slice(0, k).map(([doc]) => doc);
  }
}

/** The LanceDB hybrid's shape in memory: BM25 and cosine rankings fused by reciprocal rank (k = 60). */
class MemoryHybrid implements Pick<VectorStore, 'query'> {
  private readonly bm25: Bm25;
  constructor(private readonly records: ChunkRecord[]) {
    this.bm25 = new Bm25(records.map((r) => r.text));
  }

  async query(q: { vector: Float32Array | number[]; text: string; k: number }): Promise<ChunkHit[]> {
    const depth = Math.max(50, q.k * 5);
    const lexical = [...this.bm25.scores(q.text)].sort((a, b) => b[1] - a[1]).slice(0, depth).map(([i]) => i);
    const dense = this.records
      .map((r, i) => {
        let dot = 0;
        for (let d = 0; d < q.vector.length; d++) dot += q.vector[d] * (r.vector[d] as number);
        return [i, dot] as const;
      })
      .sort((a, b) => b[1] - a[1])
      .slice(0, depth)
      .map(([i]) => i);
    const fused = new Map<number, number>();
    for (const list of [lexical, dense]) list.forEach((i, rank) => fused.set(i, (fused.get(i) ?? 0) + 1 / (60 + rank + 1)));
    return [...fused]
      .sort((a, b) => b[1] - a[1])
      .slice(0, q.k)
      .map(([i, s]) => {
        const { vector: _vector, ...rest } = this.records[i];
        return { ...rest, score: s };
      });
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
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
