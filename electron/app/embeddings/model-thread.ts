// The main process's side of the model thread (model-worker.ts): one worker thread per process, started on first use
// and kept until the process ends (onnxruntime-node cannot be loaded again in a new thread; see model-worker.ts). It
// does not keep the process alive while idle. Every Docent instance in the process shares it.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { workerExecArgv } from '../documents/extract-pool';
import type { ModelEmbedderSpec } from './embedder';
import type { ModelPriority, ModelRequest, ModelResponse, ModelTask } from './model-worker';
import type { OnnxRerankerSpec } from './onnx-spec';

export class ModelThreadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelThreadError';
  }
}

/** Time a task may take: loading a model included, plus a forward pass per unit on a slow, busy machine. */
const TASK_BASE_MS = 180_000;
const TASK_PER_UNIT_MS = 60_000;
/** The thread's JavaScript heap (tokenizers of multilingual models are large); model weights live outside it. */
const HEAP_MB = 2048;

/** The model thread's script: model-worker.ts in a checkout, model-worker.cjs beside main.cjs when bundled. */
export function defaultModelWorkerPath(): string {
  // In the esbuild CommonJS bundle import.meta is empty; the worker is bundled beside main.cjs.
  const url: string | undefined = import.meta.url;
  if (url?.endsWith('.ts')) return fileURLToPath(new URL('./model-worker.ts', url));
  if (url) return fileURLToPath(new URL('./model-worker.cjs', url));
  return path.join(__dirname, 'model-worker.cjs');
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class ModelThread {
  private static instance: ModelThread | undefined;

  /** The process's model thread. */
  static shared(): ModelThread {
    ModelThread.instance ??= new ModelThread(defaultModelWorkerPath());
    return ModelThread.instance;
  }

  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  private constructor(private readonly workerPath: string) {}

  describeEmbedder(spec: ModelEmbedderSpec): Promise<{ id: string; dimension: number; fusionWeight?: number }> {
    return this.run({ op: 'describe-embedder', spec }, 0);
  }

  /** Questions go before passages waiting to be embedded for ingestion. */
  embed(spec: ModelEmbedderSpec, texts: string[], kind: 'query' | 'passage', signal?: AbortSignal): Promise<Float32Array[]> {
    return this.run({ op: 'embed', spec, texts, kind }, kind === 'query' ? 0 : 1, signal, Math.ceil(texts.length / 16));
  }

  loadReranker(spec: OnnxRerankerSpec): Promise<void> {
    return this.run({ op: 'load-reranker', spec }, 0);
  }

  rerank(spec: OnnxRerankerSpec, question: string, passages: string[], windowTokens: number, signal?: AbortSignal): Promise<{ scores: number[]; tokens: number }> {
    return this.run({ op: 'rerank', spec, question, passages, windowTokens }, 0, signal);
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const options = { execArgv: workerExecArgv(this.workerPath), resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } };
    // The bundled worker (.cjs) loads directly. A TypeScript one (development, tests, benchmarks) is required through
    // tsx's CommonJS hook, registered in the thread first: a worker's entry file is loaded before --import's loader.
    const worker = this.workerPath.endsWith('.ts')
      ? new Worker(`require(${JSON.stringify(createRequire(import.meta.url).resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(this.workerPath)});`, { ...options, eval: true })
      : new Worker(this.workerPath, options);
    worker.unref();
    worker.on('message', (response: ModelResponse) => {
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.settle(response.id);
      if (response.ok) pending.resolve(response.value);
      else pending.reject(new ModelThreadError(response.error));
    });
    const lost = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      for (const [id, pending] of [...this.pending]) {
        this.settle(id);
        pending.reject(new ModelThreadError(`the model thread stopped (${why}); restart Docent if local models keep failing`));
      }
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private settle(id: number): void {
    this.pending.delete(id);
    // Idle, the thread must not keep the process (a CLI command, a test) from ending.
    if (this.pending.size === 0) this.worker?.unref();
  }

  private run<T>(task: ModelTask, priority: ModelPriority, signal?: AbortSignal, units = 1): Promise<T> {
    signal?.throwIfAborted();
    const worker = this.thread();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timeoutMs = TASK_BASE_MS + TASK_PER_UNIT_MS * units;
      const timer = setTimeout(() => stop(new ModelThreadError(`a local model took longer than ${Math.round(timeoutMs / 1000)} s and was given up`)), timeoutMs);
      const onAbort = () => stop(signal?.reason instanceof Error ? signal.reason : new DOMException('cancelled', 'AbortError'));
      const cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      // The running forward pass finishes in the thread; its result is dropped and its queued units are removed.
      const stop = (error: Error) => {
        if (!this.pending.has(id)) return;
        this.settle(id);
        cleanup();
        worker.postMessage({ type: 'cancel', id } satisfies ModelRequest);
        reject(error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (value) => {
          cleanup();
          resolve(value as T);
        },
        reject: (error) => {
          cleanup();
          reject(error);
        },
      });
      worker.ref();
      worker.postMessage({ type: 'run', id, priority, task } satisfies ModelRequest);
    });
  }
}
