// The model thread: the one worker thread of the process that runs local models — ONNX embedders and cross-encoders
// (transformers.js on onnxruntime), Model2Vec embedders — for ingestion and for questions alike.
//
// Why one thread: onnxruntime-node 1.21 keeps the JavaScript Tensor constructor in a process-wide static, so inference
// running in two threads at once aborts the whole process ("HandleScope … without proper locking", reproduced here with
// two extraction workers; microsoft/onnxruntime#24486), and the binding cannot load again in a new thread once the
// threads that loaded it have exited ("Module did not self-register"). So this thread starts once and lives as long as
// the process, and no other thread loads onnxruntime. It uses every core for each forward pass instead.
//
// Work is cut into units of one forward pass; a question's units go before any waiting ingestion unit, so a question
// asked during a long ingestion waits for at most one batch of chunks.
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { CrossEncoder } from '../chat/rerank/cross-encoder';
import type { Embedder, ModelEmbedderSpec } from './embedder';
import { Model2VecEmbedder } from './model2vec';
import { OnnxEmbedder } from './onnx-embedder';
import type { OnnxRerankerSpec } from './onnx-spec';
import { loadInSlot } from './thread-cache';

export type ModelTask =
  /** Loads the embedder (so a broken model fails when chosen, not at the first question) and says what it is. */
  | { op: 'describe-embedder'; spec: ModelEmbedderSpec }
  | { op: 'embed'; spec: ModelEmbedderSpec; texts: string[]; kind: 'query' | 'passage' }
  | { op: 'load-reranker'; spec: OnnxRerankerSpec }
  | { op: 'rerank'; spec: OnnxRerankerSpec; question: string; passages: string[]; windowTokens: number };

/** 0 goes first (a question waiting), 1 after (ingestion). */
export type ModelPriority = 0 | 1;

export type ModelRequest = { type: 'run'; id: number; priority: ModelPriority; task: ModelTask } | { type: 'cancel'; id: number };
export type ModelResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string; cancelled?: boolean };

/** Texts per unit of embedding work: one forward pass of the embedder (see OnnxEmbedder's batches). */
export const TEXTS_PER_UNIT = 16;

/** Alone with the models, this thread gives every core to each forward pass. */
const THREADS = os.availableParallelism();

function embedder(spec: ModelEmbedderSpec): Promise<Embedder> {
  return loadInSlot<Embedder>(
    'embedder',
    JSON.stringify(spec),
    () => (spec.kind === 'model2vec' ? Model2VecEmbedder.load(spec.dir, { maxTokens: spec.maxTokens }) : OnnxEmbedder.load(spec, { threads: THREADS })),
    (loaded) => (loaded instanceof OnnxEmbedder ? loaded.dispose() : undefined),
  );
}

function reranker(spec: OnnxRerankerSpec): Promise<CrossEncoder> {
  return loadInSlot('reranker', JSON.stringify(spec), () => CrossEncoder.load(spec, { threads: THREADS }), (model) => model.dispose());
}

interface Unit {
  id: number;
  priority: ModelPriority;
  seq: number;
  run: () => Promise<void>;
}

interface Running {
  /** Units not yet run. */
  left: number;
  parts: unknown[][];
  done: (response: ModelResponse) => void;
}

const queue: Unit[] = [];
const requests = new Map<number, Running>();
let seq = 0;
let pumping = false;

function reply(response: ModelResponse): void {
  parentPort?.postMessage(response);
}

function fail(id: number, error: unknown): void {
  if (!requests.delete(id)) return;
  removeQueued(id);
  reply({ id, ok: false, error: (error as Error)?.message ?? String(error) });
}

function removeQueued(id: number): void {
  for (let i = queue.length - 1; i >= 0; i--) if (queue[i].id === id) queue.splice(i, 1);
}

/** Splits a task into units; each unit's result is one part of the answer, joined in order at the end. */
function unitsOf(task: ModelTask): Array<() => Promise<unknown[]>> {
  switch (task.op) {
    case 'describe-embedder':
      return [async () => [await embedder(task.spec).then((e) => ({ id: e.id, dimension: e.dimension, fusionWeight: e.fusionWeight }))]];
    case 'embed': {
      const units: Array<() => Promise<unknown[]>> = [];
      for (let i = 0; i < task.texts.length; i += TEXTS_PER_UNIT) {
        const texts = task.texts.slice(i, i + TEXTS_PER_UNIT);
        units.push(async () => (await embedder(task.spec)).embed(texts, { kind: task.kind }));
      }
      return units;
    }
    case 'load-reranker':
      return [async () => [await reranker(task.spec).then(() => null)]];
    case 'rerank':
      return [async () => [await (await reranker(task.spec)).score(task.question, task.passages, task.windowTokens)]];
  }
}

function resultOf(task: ModelTask, parts: unknown[][]): unknown {
  return task.op === 'embed' ? parts.flat() : parts[0][0];
}

function start(id: number, priority: ModelPriority, task: ModelTask): void {
  const units = unitsOf(task);
  if (units.length === 0) {
    reply({ id, ok: true, value: resultOf(task, [[]]) });
    return;
  }
  const running: Running = { left: units.length, parts: new Array(units.length), done: reply };
  requests.set(id, running);
  units.forEach((unit, index) =>
    queue.push({
      id,
      priority,
      seq: seq++,
      run: async () => {
        running.parts[index] = await unit();
        if (--running.left === 0 && requests.delete(id)) reply({ id, ok: true, value: resultOf(task, running.parts) });
      },
    }),
  );
  void pump();
}

async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  try {
    while (queue.length > 0) {
      let next = 0;
      for (let i = 1; i < queue.length; i++) {
        const a = queue[i];
        const b = queue[next];
        if (a.priority < b.priority || (a.priority === b.priority && a.seq < b.seq)) next = i;
      }
      const [unit] = queue.splice(next, 1);
      try {
        await unit.run();
      } catch (error) {
        fail(unit.id, error);
      }
    }
  } finally {
    pumping = false;
  }
}

parentPort?.on('message', (message: ModelRequest) => {
  if (message.type === 'cancel') {
    if (!requests.delete(message.id)) return;
    removeQueued(message.id);
    reply({ id: message.id, ok: false, error: 'cancelled', cancelled: true });
    return;
  }
  start(message.id, message.priority, message.task);
});
