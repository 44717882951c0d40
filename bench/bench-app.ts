// What the retrieval and answers benchmarks share: SQuAD dev half A as questions with their evidence, and Docent itself
// started on a fresh data dir with documents ingested into a session through the app's own path (extraction worker,
// chunker, embedder, vector store, with the base library beside them), so the figures measure what users get.
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDocent, type DocentApp } from '../electron/app/docent';
import { cleanEnv } from '../tests/helpers/clean-env';
import { linkBenchModels, modelBenchConfigs } from './model-configs';

/**
 * A configuration the benchmarks measure: the offline default, and (added by whoever brings one) an installed
 * embedder or reranker, as the environment or settings the app reads. `available` says why it cannot run here.
 */
export interface BenchConfig {
  label: string;
  /** Extra environment for createDocent (e.g. DOCENT_EMBEDDINGS=onnx). */
  env?: Record<string, string>;
  /** Settings applied before ingesting (e.g. `{ rerank: { model: 'ms-marco-minilm-l6', depth: 20 } }`). */
  settings?: Parameters<DocentApp['handlers']['settings.set']>[0];
  /** Undefined when it can run; otherwise why not (printed, and the configuration skipped). */
  unavailable?: () => Promise<string | undefined>;
}

/** The configurations measured. The offline default always; the installed ONNX embedders and rerankers (DOCENT_MODELS_DIR). */
export function benchConfigs(): BenchConfig[] {
  return [{ label: 'offline default (lexical hybrid, no model)' }, ...modelBenchConfigs()];
}

export interface SquadQuestion {
  id: string;
  /** Index of the article in squad-dev-a.json. */
  article: number;
  /** Index of the question's paragraph within its article. */
  paragraph: number;
  title: string;
  question: string;
  answers: string[];
  /** Each gold answer with 30 characters of its own paragraph beside it: where the answer is, not just its words. */
  evidence: string[];
}

interface SquadFile {
  data: Array<{ title: string; paragraphs: Array<{ context: string; qas: Array<{ id: string; question: string; answers: Array<{ answer_start: number; text: string }> }> }> }>;
}

/** Characters of the gold paragraph that must come with an answer for a passage to count as holding it. */
const CONTEXT = 30;

/**
 * The gold answer with 30 characters of its paragraph: before it, or after it, or split between the two where the
 * answer sits at an end of its paragraph. Never the bare answer string, which can occur anywhere.
 */
export function evidenceFor(context: string, start: number, text: string): string[] {
  const end = start + text.length;
  const out = new Set<string>();
  for (const from of [start - CONTEXT, start]) {
    // A window of the answer plus CONTEXT characters, slid inside the paragraph where the paragraph is too short.
    const a = Math.max(0, Math.min(from, context.length - text.length - CONTEXT));
    const b = Math.min(context.length, a + text.length + CONTEXT);
    if (a <= start && b >= end && b - a >= text.length + Math.min(CONTEXT, context.length - text.length)) out.add(context.slice(a, b));
  }
  return [...out];
}

export async function loadSquad(corporaDir: string): Promise<{ questions: SquadQuestion[]; titles: string[]; paragraphs: string[]; articles: string[][] }> {
  const squad = JSON.parse(await readFile(path.join(corporaDir, 'qa', 'squad-dev-a.json'), 'utf8')) as SquadFile;
  const questions: SquadQuestion[] = [];
  const paragraphs: string[] = [];
  squad.data.forEach((article, index) => {
    for (const [at, p] of article.paragraphs.entries()) {
      paragraphs.push(p.context);
      for (const qa of p.qas) {
        const evidence = qa.answers.flatMap(({ answer_start, text }) => evidenceFor(p.context, answer_start, text));
        questions.push({ id: qa.id, article: index, paragraph: at, title: article.title, question: qa.question, answers: [...new Set(qa.answers.map((a) => a.text))], evidence: [...new Set(evidence)] });
      }
    }
  });
  return { questions, titles: squad.data.map((a) => a.title), paragraphs, articles: squad.data.map((a) => a.paragraphs.map((p) => p.context)) };
}

/** The plain-text file of a SQuAD article: its title with every character outside [A-Za-z0-9] as "_". */
export async function squadFiles(corporaDir: string): Promise<Map<string, string>> {
  const dir = path.join(corporaDir, 'text', 'squad-a');
  const names = (await readdir(dir)).filter((f) => f.endsWith('.txt'));
  return new Map(names.map((f) => [f.replace(/\.txt$/, ''), path.join(dir, f)]));
}

export function squadFileOf(files: Map<string, string>, title: string): string {
  const file = files.get(title.replace(/[^A-Za-z0-9]/g, '_'));
  if (!file) throw new Error(`no text file for the SQuAD article "${title}"`);
  return file;
}

export interface BenchApp {
  app: DocentApp;
  ingestMs: number;
  /** A new session holding these files (ingested through the app), beside the base library. */
  session(files: string[]): Promise<string>;
  close(): Promise<void>;
}

/** Docent on a fresh data dir, with a configuration applied. */
export async function startBenchApp(config: BenchConfig): Promise<BenchApp> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'docent-bench-'));
  await mkdir(path.join(dir, 'data'));
  linkBenchModels(path.join(dir, 'data'));
  const app = await createDocent({ dataDir: path.join(dir, 'data'), env: cleanEnv(config.env ?? {}) });
  if (config.settings) await app.handlers['settings.set'](config.settings);
  await app.baseSynced();
  let ingestMs = 0;
  return {
    app,
    get ingestMs() {
      return ingestMs;
    },
    async session(files) {
      const { sid } = await app.handlers['sessions.create']({ title: 'bench' });
      const t0 = performance.now();
      const results = await app.ingest.start(sid, files.map((file) => ({ path: file }))).done;
      ingestMs += performance.now() - t0;
      const failed = results.filter((r) => r.status !== 'ready');
      if (failed.length) throw new Error(`ingest failed: ${failed.map((r) => `${r.file}: ${r.error?.message ?? r.status}`).join('; ')}`);
      return sid;
    },
    async close() {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Lower case, punctuation removed, spaces squeezed, padded so that a match is of whole words. */
export function normalizeAnswer(text: string): string {
  return ` ${text.toLowerCase().replace(/[\p{P}\p{S}]/gu, '').replace(/\s+/g, ' ').trim()} `;
}

/** The answer's text before its first citation marker. */
export function firstSentence(answer: string): string {
  return answer.split(/\[\d+\]/)[0];
}

export function holdsGold(text: string, answers: readonly string[]): boolean {
  const t = normalizeAnswer(text);
  return answers.some((a) => normalizeAnswer(a).trim() !== '' && t.includes(normalizeAnswer(a)));
}
