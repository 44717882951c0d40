// `npm run bench -- models`: local chat models on this machine, through the app's own path — the inference process
// (llama.cpp off the main thread), the LocalAnswerer with its token budget, and the Summarize action's map-reduce.
// Speed does not depend on the weights' values, so the models offered are measured as random-weight GGUFs with their
// real shapes and Q4_K_M quantisation (Qwen2.5 1.5B, Llama 3.2 3B); every figure of those says "random weights". Any
// real GGUF in the folder DOCENT_MODELS_DIR is measured the same way.
//
// Figures per model: load time, memory (the inference process's peak RSS and the runtime's estimate), prompt reading
// and generation in tokens/s (separately), time to the first token of an answer with one source and with six, the main
// thread's event-loop delay while the model works, and the time to summarise freeculture.pdf (≈350 pages). The summary
// is measured on its first parts and extrapolated to the whole book unless DOCENT_BENCH_FULL_SUMMARY=1 (a random 1.5B
// model on 2 cores takes over an hour for the whole book). DOCENT_BENCH_SHAPES=qwen2.5-1.5b,llama3.2-3b (or `none`)
// chooses the random-weight shapes.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { createDocent, type DocentApp } from '../electron/app/docent';
import type { AnswerSource } from '../electron/app/chat/answer-types';
import { LocalAnswerer } from '../electron/app/chat/local-answerer';
import { installedChatModel } from '../electron/app/llm/installed-chat-model';
import { LlmRuntime, type ChatModelRuntime, type GenerationEvent } from '../electron/app/llm/llm-runtime';
import type { ChatTurn, GenerationStats, ModelRef } from '../electron/app/llm/protocol';
import type { ChatEvent } from '../shared/model';
import { LLAMA32_3B_SHAPE, QWEN25_15B_SHAPE, writeModel, type ModelShape } from '../tests/fixtures/gguf/llama-model';
import { cleanEnv } from '../tests/helpers/clean-env';
import { MIB } from './measure';

const SHAPES: Record<string, ModelShape> = { 'qwen2.5-1.5b': QWEN25_15B_SHAPE, 'llama3.2-3b': LLAMA32_3B_SHAPE };
/** Parts of the book read before the summary time is extrapolated. */
const SUMMARY_PARTS = 3;
const SIX_SOURCES_QUESTION = 'What does the book say about copyright law and the creative commons?';

interface BenchModel {
  /** Printed before every figure: says when the weights are random. */
  label: string;
  file: string;
}

/** Random-weight GGUFs are written once into the temp folder and reused by later runs. */
async function randomWeightModels(): Promise<BenchModel[]> {
  const wanted = (process.env.DOCENT_BENCH_SHAPES ?? Object.keys(SHAPES).join(','))
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'none');
  const dir = path.join(os.tmpdir(), 'docent-bench-models');
  await mkdir(dir, { recursive: true });
  const models: BenchModel[] = [];
  for (const key of wanted) {
    const shape = SHAPES[key];
    if (!shape) throw new Error(`DOCENT_BENCH_SHAPES: no shape "${key}" (known: ${Object.keys(SHAPES).join(', ')})`);
    const file = path.join(dir, `${key}-q4_k_m-random-v1.gguf`);
    if (!existsSync(file)) {
      const started = performance.now();
      await writeModel(`${file}.partial`, shape, 'q4_k_m');
      await rename(`${file}.partial`, file);
      console.log(`models: wrote ${file} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    models.push({ label: `${key} Q4_K_M (random weights)`, file });
  }
  return models;
}

/** Every .gguf in DOCENT_MODELS_DIR (and one folder below), measured as real models. */
async function realModels(): Promise<BenchModel[]> {
  const dir = process.env.DOCENT_MODELS_DIR;
  if (!dir) return [];
  const found: BenchModel[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name.toLowerCase().endsWith('.gguf')) found.push({ label: `${entry.name} (real weights)`, file: full });
    else if (entry.isDirectory()) {
      for (const inner of await readdir(full)) {
        if (inner.toLowerCase().endsWith('.gguf')) found.push({ label: `${entry.name}/${inner} (real weights)`, file: path.join(full, inner) });
      }
    }
  }
  if (found.length === 0) console.log(`models: no .gguf file in DOCENT_MODELS_DIR=${dir}`);
  return found;
}

/** The inference processes this process started: their peak resident memory (Linux /proc; 0 elsewhere). */
async function childPeakRssMiB(): Promise<number> {
  let peak = 0;
  const pids = await readdir('/proc').catch(() => [] as string[]);
  for (const pid of pids) {
    if (!/^\d+$/.test(pid)) continue;
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
    if (ppid !== process.pid) continue;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (!/inference-process|llm-process/.test(cmdline)) continue;
    peak = Math.max(peak, Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) / 1024);
  }
  return peak;
}

/** The runtime as the answerer sees it, keeping the prompt of each generation for the figures. */
function recording(runtime: ChatModelRuntime, prompts: ChatTurn[][]): ChatModelRuntime {
  return {
    check: (model, signal) => runtime.check(model, signal),
    prepare: (model, options) => runtime.prepare(model, options),
    count: (model, texts, signal) => runtime.count(model, texts, signal),
    generate(model, messages, options, signal): AsyncIterable<GenerationEvent> {
      prompts.push(messages);
      return runtime.generate(model, messages, options, signal);
    },
  };
}

async function generationStats(runtime: ChatModelRuntime, model: ModelRef, content: string, maxTokens: number): Promise<GenerationStats> {
  for await (const event of runtime.generate(model, [{ role: 'user', content }], { maxTokens, temperature: 0 })) {
    if (event.type === 'done') return event.stats;
  }
  throw new Error('the generation ended without its statistics');
}

/** Time from asking to the first token of the answer (or of its "not in your documents" line), and the prompt read. */
async function firstToken(runtime: ChatModelRuntime, model: ModelRef, question: string, sources: AnswerSource[]): Promise<{ ms: number; promptTokens: number }> {
  const prompts: ChatTurn[][] = [];
  const answerer = new LocalAnswerer({ runtime: recording(runtime, prompts), model });
  const controller = new AbortController();
  const started = performance.now();
  let ms = NaN;
  for await (const event of answerer.answer({ question, history: [], sources, signal: controller.signal })) {
    if (event.type === 'token' && Number.isNaN(ms)) {
      ms = performance.now() - started;
      // The first token is what is measured; the rest of the answer is not waited for.
      controller.abort();
    }
  }
  // The prompt the answerer built within its budget, counted by the model's tokenizer (the chat template aside).
  const counts = prompts[0] ? await runtime.count(model, prompts[0].map((m) => m.content)) : [];
  return { ms, promptTokens: counts.length ? counts.reduce((a, b) => a + b, 0) : NaN };
}

function delays(histogram: IntervalHistogram): { maxMs: number; p99Ms: number } {
  return { maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6 };
}

/** A long text from the book, for reading speed: `count` characters, from `offset` (a fresh prompt, never cached). */
function bookText(sources: AnswerSource[], offset: number, count: number): string {
  const all = sources.map((s) => s.text).join('\n');
  return all.slice(offset % Math.max(1, all.length - count), (offset % Math.max(1, all.length - count)) + count);
}

async function measureModel(app: DocentApp, sid: string, fileId: string, dataDir: string, bench: BenchModel, book: AnswerSource[]): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const put = (key: string, value: number) => {
    figures[`${bench.label}: ${key}`] = value;
    // Printed as it comes: on a busy machine a whole run takes long, and a figure is worth seeing at once.
    console.log(`models:   ${key} = ${Number.isInteger(value) ? value : value.toFixed(3)}`);
  };
  const manifest = await app.models.import(bench.file);
  const model = (await installedChatModel(dataDir, manifest.id))!;

  // 1. Speeds, on a runtime of the bench's own (a separate inference process, as the app's).
  // The main thread's delay with nothing to do, for comparison: on a busy machine the scheduler alone delays it.
  const idle = monitorEventLoopDelay({ resolution: 10 });
  idle.enable();
  await new Promise((resolve) => setTimeout(resolve, 5000));
  idle.disable();
  put('main thread event-loop delay idle (baseline, 5 s), max ms', delays(idle).maxMs);
  put('main thread event-loop delay idle (baseline, 5 s), p99 ms', delays(idle).p99Ms);

  // Retrieved before the delay is monitored: the figure is about the model working, not about the search.
  const oneSource = await app.chat.retrieve(sid, 'Who is the author of Free Culture?', []);
  const six = await app.chat.retrieve(sid, SIX_SOURCES_QUESTION, []);
  const runtime = new LlmRuntime();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  try {
    const started = performance.now();
    const info = await runtime.prepare(model);
    put('load s', (performance.now() - started) / 1000);
    put('context window (tokens)', info.contextSize);
    put('memory estimated by the runtime MiB', info.memoryBytes / MIB);

    const reading = await generationStats(runtime, model, bookText(book, 0, 4000), 1);
    put('prompt reading tokens/s', reading.evaluatedPromptTokens / (reading.promptMs / 1000));
    const writing = await generationStats(runtime, model, 'Write a long story about a library.', 64);
    put('generation tokens/s', writing.generatedTokens / (writing.generateMs / 1000));
    put('generation tokens measured', writing.generatedTokens);

    const short = await firstToken(runtime, model, 'Who is the author of Free Culture?', oneSource.slice(0, 1));
    put('first token, short question + 1 source s', short.ms / 1000);
    put('first token, short question: prompt tokens (≈)', short.promptTokens);
    const sixAnswer = await firstToken(runtime, model, SIX_SOURCES_QUESTION, six.slice(0, 6));
    put(`first token, ${Math.min(6, six.length)} sources s`, sixAnswer.ms / 1000);
    put(`first token, ${Math.min(6, six.length)} sources: prompt tokens kept by the budget (≈)`, sixAnswer.promptTokens);
    put('inference process peak RSS MiB', await childPeakRssMiB());
  } finally {
    loop.disable();
    await runtime.close();
  }
  const loopDelay = delays(loop);
  put('main thread event-loop delay while generating, max ms', loopDelay.maxMs);
  put('main thread event-loop delay while generating, p99 ms', loopDelay.p99Ms);

  // 2. The Summarize action on freeculture.pdf, through the app (its own inference process and the chat events).
  await app.handlers['settings.set']({ answers: { provider: 'local', localModel: manifest.id } });
  const full = process.env.DOCENT_BENCH_FULL_SUMMARY === '1';
  const summaryLoop = monitorEventLoopDelay({ resolution: 10 });
  let firstPartAt = 0;
  let partsDone = 0;
  let partsTotal = 0;
  let stopped = false;
  let requestId = '';
  const off = app.onEvent('chat', (event: ChatEvent) => {
    if (event.type !== 'progress' || event.requestId !== requestId || event.stage !== 'summarizing') return;
    partsTotal = event.total ?? partsTotal;
    if (event.done === 0 && !firstPartAt) firstPartAt = performance.now();
    partsDone = event.done ?? partsDone;
    if (!full && partsDone >= SUMMARY_PARTS && !stopped) {
      stopped = true;
      app.chat.cancel(requestId);
    }
  });
  summaryLoop.enable();
  const started = performance.now();
  try {
    const run = await app.chat.summarize(sid, fileId);
    requestId = run.requestId;
    const message = await run.done;
    const ended = performance.now();
    put('summary: parts of the book (map)', partsTotal);
    if (full) {
      put('summarize freeculture.pdf, whole book, min', (ended - started) / 60_000);
      put('summarize: status complete (1 = yes)', message.status === 'complete' ? 1 : 0);
    } else if (partsDone > 0 && firstPartAt) {
      const perPart = (ended - firstPartAt) / partsDone;
      put(`summary: s per part (measured on ${partsDone})`, perPart / 1000);
      // The map over every part, plus one more part's time for the reduce (its notes are shorter than a part).
      put('summarize freeculture.pdf, extrapolated, min', ((firstPartAt - started) + perPart * (partsTotal + 1)) / 60_000);
    }
  } finally {
    summaryLoop.disable();
    off();
  }
  put('main thread event-loop delay while summarizing, max ms', delays(summaryLoop).maxMs);
  await app.handlers['settings.set']({ answers: { provider: 'extractive' } });
  // The copy in the data folder goes (a real model can be gigabytes); the data folder is removed at the end anyway.
  await app.models.deleteFiles(manifest.id).catch(() => undefined);
  return figures;
}

export async function benchModels(corporaDir: string): Promise<Record<string, number>> {
  const models = [...(await randomWeightModels()), ...(await realModels())];
  if (models.length === 0) {
    console.log('models: nothing to measure (DOCENT_BENCH_SHAPES=none and no DOCENT_MODELS_DIR)');
    return {};
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'docent-bench-models-data-'));
  const app = await createDocent({ dataDir, env: cleanEnv(), syncBase: false });
  const figures: Record<string, number> = {};
  try {
    const sid = (await app.handlers['sessions.current'](undefined)).sid;
    const [doc] = await app.ingest.start(sid, [{ path: path.join(corporaDir, 'pdf', 'text_normal', 'freeculture.pdf') }]).done;
    if (doc.status !== 'ready') throw new Error(`freeculture.pdf was not ingested: ${JSON.stringify(doc.error)}`);
    figures['freeculture.pdf pages'] = doc.pages;
    const book = await app.chat.retrieve(sid, 'free culture', []);
    for (const bench of models) {
      console.log(`models: measuring ${bench.label}…`);
      Object.assign(figures, await measureModel(app, sid, doc.fileId, dataDir, bench, book));
    }
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  figures['cores'] = os.availableParallelism();
  return figures;
}
