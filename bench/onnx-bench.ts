// ONNX embedders and cross-encoders (`npm run bench -- onnx`).
//
// Speed, always, on RANDOM-WEIGHT models of the real shapes, written here with the tests' ONNX writer and run as the
// app runs them (the model thread, transformers.js on onnxruntime-node): bge-small-en-v1.5 (12 layers, 384 hidden,
// 12 heads, 30,522-token vocabulary) and ms-marco-MiniLM-L-6-v2 (6 layers, 384 hidden), each as onnxruntime's dynamic
// int8 quantisation (the catalog's model_quantized.onnx) and as fp32; bge-reranker-base's shape (12 layers, 768
// hidden) in int8. Speed does not depend on the weights' values; the WordPiece vocabulary is the 30,522 most frequent
// words and pieces of the SQuAD articles, so chunks cut into about as many tokens as with BERT's. Figures: embedding
// chunks/s at ingestion, question embedding time, rerank ms per pair and the time reranking adds to a question at
// each depth (p50/p95), wall time and the process's CPU time (this machine is shared: the load average is printed).
//
// Quality, when DOCENT_MODELS_DIR names a models folder holding real installed models (`<id>/manifest.json` + files,
// as `docent models` installs them): `npm run bench -- retrieval answers` measure each installed ONNX embedder and
// reranker as configurations of their own (model-configs.ts); here, the hybrid fusion weight of each embedder's
// semantic half against BM25 is swept over 0.3–2 (hit@1/5/10 on SQuAD dev half A through ChatService.search).
import { createHash } from 'node:crypto';
import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { chunkDocument } from '../electron/app/documents/chunker';
import type { ExtractedDocument } from '../electron/app/documents/types';
import { LexicalEmbedder } from '../electron/app/embeddings/lexical-embedder';
import { ModelThread } from '../electron/app/embeddings/model-thread';
import { onnxEmbedderSpec, onnxRerankerSpec, type OnnxEmbedderSpec, type OnnxRerankerSpec } from '../electron/app/embeddings/onnx-spec';
import { transformers } from '../electron/app/embeddings/transformers-runtime';
import { installedModelDir, type ModelManifest } from '../electron/app/models/manifest';
import { rerankHits } from '../electron/app/chat/retrieval';
import { RERANK_WINDOW_TOKENS } from '../electron/app/chat/rerank/onnx-reranker';
import { ChatService } from '../electron/app/chat/chat-service';
import { LanceDbStore } from '../electron/app/vectors/lancedb-store';
import type { ChunkHit, ChunkRecord } from '../electron/app/vectors/vector-store';
import { EventHub } from '../electron/app/events';
import { randomBertWeights, type BertShape } from '../tests/fixtures/onnx/bert-graph';
import { writeManifest, writeOnnxModelFolder } from '../tests/fixtures/onnx/tiny-models';
import { wordPieceVocab } from '../tests/fixtures/onnx/wordpiece-tokenizer';
import { percentile } from './measure';
import { loadSquad, squadFiles, startBenchApp, type SquadQuestion } from './bench-app';
import { benchModelsDir, installedOnnxModels } from './model-configs';

type Log = (line: string) => void;

const VOCAB_SIZE = 30522;
const BGE_SMALL: BertShape = { vocabSize: VOCAB_SIZE, hidden: 384, layers: 12, heads: 12, intermediate: 1536, maxPositions: 512, typeVocabSize: 2, head: 'encoder' };
const MINILM_L6: BertShape = { vocabSize: VOCAB_SIZE, hidden: 384, layers: 6, heads: 12, intermediate: 1536, maxPositions: 512, typeVocabSize: 2, head: 'classifier' };
/** XLM-RoBERTa base's transformer; its 250,002-token vocabulary is cut to 30,522 (a lookup costs the same). */
const BGE_RERANKER_BASE: BertShape = { vocabSize: VOCAB_SIZE, hidden: 768, layers: 12, heads: 12, intermediate: 3072, maxPositions: 514, typeVocabSize: 1, head: 'classifier' };
const BGE_PREFIXES = { query: 'Represent this sentence for searching relevant passages: ', passage: '' };

/** Depths and windows measured; the app's default window is RERANK_WINDOW_TOKENS. */
const DEPTHS = [10, 20, 30, 40];
const WINDOWS = [128, 256];
/** The app's ingestion hands the model thread this many chunks per call (index-document.ts EMBED_BATCH). */
const INGEST_BATCH = 64;
const KS = [1, 5, 10] as const;

export async function benchOnnx(
  corporaDir: string,
  options: { log?: Log; limit?: number; speed?: ReadonlyArray<'embed' | 'rerank'> } = {},
): Promise<Record<string, number>> {
  const log = options.log ?? ((line: string) => console.log(line));
  const work = await mkdtemp(path.join(tmpdir(), 'docent-onnx-bench-'));
  try {
    const figures = await benchSpeed(corporaDir, work, log, options.speed);
    if (benchModelsDir()) Object.assign(figures, await benchQuality(corporaDir, log, options.limit));
    else log('\nfusion weights: skipped — set DOCENT_MODELS_DIR to a models folder holding real installed models (bge-small-en-v1.5, multilingual-e5-small…)');
    return figures;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Speed (random weights)

async function squadChunks(corporaDir: string): Promise<ChunkRecord[]> {
  const records: ChunkRecord[] = [];
  const lexical = new LexicalEmbedder();
  for (const file of [...(await squadFiles(corporaDir)).values()].sort()) {
    const text = await readFile(file, 'utf8');
    const doc: ExtractedDocument = { kind: 'text', mime: 'text/plain', pages: [{ page: 1, text }], pageCount: 1 };
    const chunks = chunkDocument(doc, { size: 1000, overlap: 0.15 });
    const vectors = await lexical.embed(chunks.map((c) => c.text), { kind: 'passage' });
    const fileId = createHash('sha256').update(text).digest('hex').slice(0, 16);
    chunks.forEach((c, i) =>
      records.push({ sid: 'base', fileId, fileName: path.basename(file), chunk: c.chunk, page: c.page, pageEnd: c.pageEnd, start: c.start, end: c.end, text: c.text, vector: vectors[i] }),
    );
  }
  return records;
}

/** The most frequent words of the texts as BERT's normaliser sees them (lower case, accents stripped), and their letters. */
function corpusVocabulary(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  const letters = new Set<string>();
  for (const text of texts) {
    const normal = text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
    for (const word of normal.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
      for (const ch of word) letters.add(ch);
    }
  }
  const alphabet = [...letters].sort().join('');
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  return wordPieceVocab(words, { size: VOCAB_SIZE, alphabet });
}

async function installRandom(
  dataDir: string,
  id: string,
  shape: BertShape,
  vocab: string[],
  quantize: 'none' | 'int8',
  manifest: { role: 'embed' | 'rerank'; pooling?: 'cls' | 'mean'; prefixes?: { query: string; passage: string } },
): Promise<ModelManifest> {
  const dir = installedModelDir(dataDir, id);
  await mkdir(dir, { recursive: true });
  const files = await writeOnnxModelFolder(dir, { shape, weights: randomBertWeights(shape, 3), vocab, quantize, maxTokens: 512 });
  return writeManifest(dir, {
    id,
    role: manifest.role,
    format: 'onnx',
    name: `random-weight ${id}`,
    files,
    contextLength: 512,
    ...(manifest.role === 'embed' ? { dimension: shape.hidden, pooling: manifest.pooling, prefixes: manifest.prefixes } : {}),
  });
}

/** Wall and CPU milliseconds of `work` (CPU of the whole process: the model thread's onnxruntime threads included). */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = await work();
  const wallMs = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const spread = <T>(items: readonly T[], n: number): T[] => (items.length <= n ? [...items] : Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]));

interface SpeedSetup {
  dataDir: string;
  work: string;
  records: ChunkRecord[];
  questions: SquadQuestion[];
  vocab: string[];
  thread: ModelThread;
  log: Log;
}

async function benchSpeed(corporaDir: string, work: string, log: Log, parts: ReadonlyArray<'embed' | 'rerank'> = ['embed', 'rerank']): Promise<Record<string, number>> {
  const records = await squadChunks(corporaDir);
  const setup: SpeedSetup = {
    dataDir: path.join(work, 'speed'),
    work,
    records,
    questions: (await loadSquad(corporaDir)).questions,
    vocab: corpusVocabulary(records.map((r) => r.text)),
    thread: ModelThread.shared(),
    log,
  };
  log(`onnx speed — RANDOM WEIGHTS of the real shapes; ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} at start`);
  const figures: Record<string, number> = {};
  if (parts.includes('embed')) Object.assign(figures, await benchEmbedSpeed(setup));
  if (parts.includes('rerank')) Object.assign(figures, await benchRerankSpeed(setup));
  figures.loadAverageAtEnd = round(loadavg()[0]);
  log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end (2 idle cores would read ≤ 2)`);
  return figures;
}

/** Embedders: a sample of SQuAD chunks as ingestion hands them over, then questions one by one. */
async function benchEmbedSpeed({ dataDir, records, questions, vocab, thread, log }: SpeedSetup): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const t = await transformers();
  const chunkSample = spread(records, 256).map((r) => r.text);
  const questionSample = spread(questions, 60).map((q) => q.question);
  for (const [id, quantize, chunks] of [
    ['bge-small-q8', 'int8', chunkSample],
    ['bge-small-fp32', 'none', chunkSample.slice(0, 128)],
  ] as const) {
    const manifest = await installRandom(dataDir, id, BGE_SMALL, vocab, quantize, { role: 'embed', pooling: 'cls', prefixes: BGE_PREFIXES });
    const spec: OnnxEmbedderSpec = await onnxEmbedderSpec(dataDir, manifest);
    await thread.describeEmbedder(spec); // loaded before timing, as the app loads it when chosen
    // Tokens per chunk, counted here with the model's tokenizer (the main thread only tokenizes; it runs no model).
    const dir = installedModelDir(dataDir, id);
    const tokenizer = new t.PreTrainedTokenizer(JSON.parse(await readFile(path.join(dir, 'tokenizer.json'), 'utf8')), JSON.parse(await readFile(path.join(dir, 'tokenizer_config.json'), 'utf8')));
    const tokens = chunks.map((c) => Math.min(512, tokenizer.encode(c).length));
    const ingest = await timed(async () => {
      for (let i = 0; i < chunks.length; i += INGEST_BATCH) await thread.embed(spec, chunks.slice(i, i + INGEST_BATCH), 'passage');
    });
    const query: number[] = [];
    for (const q of questionSample) query.push((await timed(() => thread.embed(spec, [q], 'query'))).wallMs);
    const key = `embed_${id}`;
    figures[`${key}_chunksPerSecond`] = round(chunks.length / (ingest.wallMs / 1000));
    figures[`${key}_cpuMsPerChunk`] = round(ingest.cpuMs / chunks.length);
    figures[`${key}_tokensPerChunk`] = round(tokens.reduce((a, b) => a + b, 0) / tokens.length);
    figures[`${key}_queryP50Ms`] = round(percentile(query, 50));
    figures[`${key}_queryP95Ms`] = round(percentile(query, 95));
    log(
      `${id}: ${figures[`${key}_chunksPerSecond`]} chunks/s at ingestion (${chunks.length} SQuAD chunks, ${figures[`${key}_tokensPerChunk`]} tokens each, ` +
        `${figures[`${key}_cpuMsPerChunk`]} CPU-ms per chunk); a question embeds in p50 ${figures[`${key}_queryP50Ms`]} ms, p95 ${figures[`${key}_queryP95Ms`]} ms`,
    );
  }
  return figures;
}

/** Cross-encoders: the first-stage candidates of real questions (lexical hybrid + sentence rerank), as the app reranks them. */
async function benchRerankSpeed({ dataDir, work, records, questions, vocab, thread, log }: SpeedSetup): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const lexical = new LexicalEmbedder();
  const store = await LanceDbStore.open({ dir: path.join(work, 'vectors'), table: 'lexical', vectorWeight: lexical.fusionWeight });
  await store.upsert(records);
  const candidates: Array<{ question: string; hits: ChunkHit[] }> = [];
  for (const q of spread(questions, 40)) {
    const [vector] = await lexical.embed([q.question], { kind: 'query' });
    candidates.push({ question: q.question, hits: rerankHits(q.question, await store.query({ vector, text: q.question, sids: ['base'], k: 50 })) });
  }
  await store.close();

  const rerankers: Array<[string, BertShape, 'int8' | 'none', number[], number[], number]> = [
    ['minilm-l6-q8', MINILM_L6, 'int8', DEPTHS, WINDOWS, 40],
    ['minilm-l6-fp32', MINILM_L6, 'none', [10, 30], [], 20],
    ['bge-reranker-base-q8', BGE_RERANKER_BASE, 'int8', [10, 15, 20], [], 20],
  ];
  for (const [id, shape, quantize, depths, windows, questionCount] of rerankers) {
    const manifest = await installRandom(dataDir, id, shape, vocab, quantize, { role: 'rerank' });
    const spec: OnnxRerankerSpec = await onnxRerankerSpec(dataDir, manifest);
    await thread.loadReranker(spec);
    const runs = [...depths.map((depth) => ({ depth, window: RERANK_WINDOW_TOKENS })), ...windows.map((window) => ({ depth: 30, window }))];
    for (const { depth, window } of runs) {
      const wall: number[] = [];
      const cpuPerQuestion: number[] = [];
      let cpu = 0;
      let pairs = 0;
      let tokens = 0;
      for (const c of candidates.slice(0, questionCount)) {
        const passages = c.hits.slice(0, depth).map((h) => h.text);
        const run = await timed(() => thread.rerank(spec, c.question, passages, window));
        wall.push(run.wallMs);
        cpuPerQuestion.push(run.cpuMs);
        cpu += run.cpuMs;
        pairs += passages.length;
        tokens += run.value.tokens;
      }
      const key = `rerank_${id}_d${depth}_w${window}`;
      figures[`${key}_msPerPair`] = round(wall.reduce((a, b) => a + b, 0) / pairs, 2);
      figures[`${key}_cpuMsPerPair`] = round(cpu / pairs, 2);
      figures[`${key}_tokensPerPair`] = round(tokens / pairs);
      figures[`${key}_addedP50Ms`] = round(percentile(wall, 50));
      figures[`${key}_addedP95Ms`] = round(percentile(wall, 95));
      // CPU time bounds the wall time on idle cores: one free core takes at most this long, two take about half.
      figures[`${key}_cpuP95Ms`] = round(percentile(cpuPerQuestion, 95));
      log(
        `${id} depth ${depth}, window ${window}: ${figures[`${key}_msPerPair`]} ms per pair (${figures[`${key}_cpuMsPerPair`]} CPU-ms, ` +
          `${figures[`${key}_tokensPerPair`]} tokens); adds p50 ${figures[`${key}_addedP50Ms`]} ms, p95 ${figures[`${key}_addedP95Ms`]} ms to a question ` +
          `(CPU p95 ${figures[`${key}_cpuP95Ms`]} ms)`,
      );
    }
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------------------------
// Quality (real models)

async function benchQuality(corporaDir: string, log: Log, limit = 1000): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const embedders = installedOnnxModels().filter((m) => m.role === 'embed');
  if (embedders.length === 0) {
    log(`\nfusion weights: no installed ONNX embedder in ${benchModelsDir()}`);
    return figures;
  }
  const { questions: all } = await loadSquad(corporaDir);
  const questions = spread(all, limit);
  const files = [...(await squadFiles(corporaDir)).values()].sort();
  log(`\nfusion weight of the semantic half on SQuAD dev half A: ${questions.length} of ${all.length} questions, through ChatService.search`);
  log(`${'embedder, vector weight'.padEnd(46)} ${KS.map((k) => `hit@${k}`.padStart(7)).join(' ')}`);
  for (const embedder of embedders) {
    const bench = await startBenchApp({ label: embedder.id, settings: { embeddings: { provider: 'onnx', onnxModel: embedder.id } } });
    try {
      const sid = await bench.session(files);
      const app = bench.app;
      for (const weight of [0.3, 0.5, 1, 2]) {
        // The app's own search over the app's table, with this fusion weight (the app uses the embedder's fusionWeight).
        const store = await LanceDbStore.open({ dir: path.join(app.dataDir, 'vectors'), table: app.embedder().id, vectorWeight: weight });
        const chat = new ChatService({ sessions: app.sessions, embedder: () => app.embedder(), store: () => store, answerer: () => { throw new Error('search only'); }, events: new EventHub() });
        const hits = KS.map(() => 0);
        for (const q of questions) {
          const rank = (await chat.search(sid, q.question, 10)).findIndex((h) => q.evidence.some((e) => h.text.includes(e)));
          KS.forEach((k, i) => rank >= 0 && rank < k && hits[i]++);
        }
        await store.close();
        const name = `${embedder.id}, vector weight ${weight}`;
        KS.forEach((k, i) => (figures[`${name}_hit@${k}`] = round((100 * hits[i]) / questions.length)));
        log(`${name.padEnd(46)} ${KS.map((k) => `${figures[`${name}_hit@${k}`].toFixed(1)}%`.padStart(7)).join(' ')}`);
      }
    } finally {
      await bench.close();
    }
  }
  return figures;
}

