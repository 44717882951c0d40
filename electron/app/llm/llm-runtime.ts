// The main process's side of local inference: starts the inference process on first use, sends it typed requests and
// turns its replies back into promises and streams. If the process dies (a native crash in llama.cpp, the OS killing
// it), the requests in flight fail with a clear error and the next request starts a fresh process: the app goes on.
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EventChannel } from './event-channel';
import { LlmError } from './llm-error';
import type {
  ChatTurn,
  GenerateOptions,
  GenerationStats,
  ModelCheck,
  ModelInfo,
  ModelRef,
  ProcessOptions,
  RuntimeReply,
  RuntimeRequest,
  RuntimeStage,
} from './protocol';
import { isRuntimeReply } from './protocol';

export interface LlmRuntimeOptions extends ProcessOptions {
  /** The inference process's script; default: inference-process.ts beside this file in dev, llm-process.mjs when bundled. */
  entry?: string;
}

export type GenerationEvent =
  | { type: 'stage'; stage: RuntimeStage; done?: number; total?: number }
  | { type: 'verdict'; found: boolean }
  | { type: 'token'; text: string }
  | { type: 'done'; stats: GenerationStats };

/** The local chat model service the answerer, the query rewriter and the summarizer use. */
export interface ChatModelRuntime {
  check(model: ModelRef, signal?: AbortSignal): Promise<ModelCheck>;
  prepare(model: ModelRef, options?: { signal?: AbortSignal; onStage?: (stage: RuntimeStage) => void }): Promise<ModelInfo>;
  count(model: ModelRef, texts: string[], signal?: AbortSignal): Promise<number[]>;
  generate(model: ModelRef, messages: ChatTurn[], options: GenerateOptions, signal?: AbortSignal): AsyncIterable<GenerationEvent>;
}

export function defaultEntry(): string {
  // In the esbuild CommonJS bundle import.meta is empty; the process script is bundled beside main.cjs.
  const url: string | undefined = import.meta.url;
  if (url?.endsWith('.ts')) return fileURLToPath(new URL('./inference-process.ts', url));
  if (url) return fileURLToPath(new URL('./llm-process.mjs', url));
  return path.join(__dirname, 'llm-process.mjs');
}

/** A TypeScript entry (development, tests) runs under tsx's loader; the bundled one needs nothing. */
function execArgvFor(entry: string): string[] {
  if (!entry.endsWith('.ts')) return [];
  const here = typeof __filename === 'string' ? __filename : import.meta.url;
  return ['--import', pathToFileURL(createRequire(here).resolve('tsx')).href];
}

type JobRequest = Extract<RuntimeRequest, { type: 'prepare' | 'check' | 'count' | 'generate' }>;

interface Pending {
  request: JobRequest;
  onReply: (reply: RuntimeReply) => void;
  onFailure: (error: LlmError) => void;
}

export class LlmRuntime implements ChatModelRuntime {
  #child: ChildProcess | undefined;
  /** Set once the process said it unloaded and is exiting on purpose. */
  #retiring = false;
  #stderrTail = '';
  readonly #pending = new Map<string, Pending>();
  readonly #entry: string;
  readonly #processOptions: ProcessOptions;
  #closed = false;

  constructor(options: LlmRuntimeOptions = {}) {
    const { entry, ...processOptions } = options;
    this.#entry = entry ?? defaultEntry();
    this.#processOptions = processOptions;
  }

  /** Loads the model (unless it is loaded) and says what it can take. */
  prepare(model: ModelRef, options: { signal?: AbortSignal; onStage?: (stage: RuntimeStage) => void } = {}): Promise<ModelInfo> {
    return this.#call({ type: 'prepare', id: randomUUID(), model }, options.signal, (reply, resolve) => {
      if (reply.type === 'stage') options.onStage?.(reply.stage);
      if (reply.type === 'prepared') resolve(reply.info);
    });
  }

  /** Whether the model can run on this machine (it is not loaded): throws an LlmError saying why not. */
  check(model: ModelRef, signal?: AbortSignal): Promise<ModelCheck> {
    return this.#call({ type: 'check', id: randomUUID(), model }, signal, (reply, resolve) => {
      if (reply.type === 'checked') resolve(reply.check);
    });
  }

  count(model: ModelRef, texts: string[], signal?: AbortSignal): Promise<number[]> {
    return this.#call({ type: 'count', id: randomUUID(), model, texts }, signal, (reply, resolve) => {
      if (reply.type === 'counted') resolve(reply.counts);
    });
  }

  /**
   * Streams a reply. Aborting `signal` ends the stream at once (nothing more is yielded) and tells the process to stop;
   * a failure ends it with an LlmError after whatever had arrived.
   */
  generate(model: ModelRef, messages: ChatTurn[], options: GenerateOptions, signal?: AbortSignal): AsyncIterable<GenerationEvent> {
    const channel = new EventChannel<GenerationEvent>();
    if (signal?.aborted) {
      channel.end();
      return channel;
    }
    const id = randomUUID();
    const onAbort = () => {
      this.#forget(id, true);
      channel.end();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (error?: LlmError) => {
      signal?.removeEventListener('abort', onAbort);
      this.#forget(id, false);
      channel.end(error);
    };
    this.#send({
      request: { type: 'generate', id, model, messages, options },
      onReply: (reply) => {
        if (reply.type === 'stage') channel.push({ type: 'stage', stage: reply.stage, done: reply.done, total: reply.total });
        else if (reply.type === 'verdict') channel.push({ type: 'verdict', found: reply.found });
        else if (reply.type === 'token') channel.push({ type: 'token', text: reply.text });
        else if (reply.type === 'done') {
          channel.push({ type: 'done', stats: reply.stats });
          finish();
        } else if (reply.type === 'failed') finish(LlmError.fromInfo(reply.error));
      },
      onFailure: (error) => finish(error),
    });
    return channel;
  }

  /** The inference process's id while one runs (it exits by itself after a while idle, unloading its model). */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** Asks the process to unload its model and exit (it also does so by itself after a while idle). */
  unload(): void {
    if (this.#child?.connected && this.#pending.size === 0) this.#child.send({ type: 'unload' } satisfies RuntimeRequest);
  }

  /** Stops the process; requests in flight fail. */
  async close(): Promise<void> {
    this.#closed = true;
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.ref(); // so that waiting for its exit keeps the event loop alive
    child.kill();
    await exited;
  }

  #call<T>(request: JobRequest, signal: AbortSignal | undefined, handle: (reply: RuntimeReply, resolve: (value: T) => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason ?? new Error('cancelled'));
      const onAbort = () => {
        this.#forget(request.id, true);
        reject(signal?.reason ?? new Error('cancelled'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => {
        signal?.removeEventListener('abort', onAbort);
        this.#forget(request.id, false);
      };
      this.#send({
        request,
        onReply: (reply) => {
          if (reply.type === 'failed') {
            settle();
            reject(LlmError.fromInfo(reply.error));
            return;
          }
          handle(reply, (value) => {
            settle();
            resolve(value);
          });
        },
        onFailure: (error) => {
          settle();
          reject(error);
        },
      });
    });
  }

  #send(pending: Pending): void {
    if (this.#closed) {
      pending.onFailure(new LlmError('model-runtime-stopped', 'The local model runtime is shut down.', { reason: 'closed' }));
      return;
    }
    this.#pending.set(pending.request.id, pending);
    const child = this.#ensureChild();
    // While a request is pending the process keeps the app alive (and its exit is seen); idle, it does not.
    child.ref();
    child.channel?.ref();
    child.send(pending.request);
  }

  #forget(id: string, cancel: boolean): void {
    if (!this.#pending.delete(id)) return;
    if (cancel && this.#child?.connected) this.#child.send({ type: 'cancel', id } satisfies RuntimeRequest);
    // An idle process must not keep the app (or the CLI) from exiting.
    if (this.#pending.size === 0) {
      this.#child?.channel?.unref();
      this.#child?.unref();
    }
  }

  #ensureChild(): ChildProcess {
    if (this.#child && this.#child.connected && !this.#retiring) return this.#child;
    this.#retiring = false;
    this.#stderrTail = '';
    const child = fork(this.#entry, [JSON.stringify(this.#processOptions)], {
      execArgv: execArgvFor(this.#entry),
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    child.stderr?.setEncoding('utf8');
    // The pipe is a socket: unreferenced, it does not keep the app (or the CLI) running once nothing is pending.
    (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
    child.stderr?.on('data', (text: string) => {
      this.#stderrTail = (this.#stderrTail + text).slice(-2000);
    });
    child.on('message', (message) => {
      if (!isRuntimeReply(message)) return;
      if (message.type === 'unloaded') {
        this.#retiring = true;
        return;
      }
      this.#pending.get(message.id)?.onReply(message);
    });
    child.on('error', () => undefined);
    child.on('exit', (code, signal) => this.#onExit(child, code, signal));
    child.unref();
    this.#child = child;
    return child;
  }

  #onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.#child !== child) return;
    this.#child = undefined;
    const pending = [...this.#pending.values()];
    if (pending.length === 0) return;
    if (this.#retiring && code === 0 && !this.#closed) {
      // It unloaded while idle just as new requests were sent: they go to a fresh process.
      this.#retiring = false;
      this.#pending.clear();
      for (const p of pending) this.#send(p);
      return;
    }
    const how = signal ? `it was stopped by ${signal}` : `it exited with code ${code}`;
    const lastLine = this.#stderrTail.trim().split('\n').filter(Boolean).at(-1);
    const reason = lastLine ? `${how}: ${lastLine}` : how;
    const error = new LlmError('model-runtime-stopped', `The local model's process stopped unexpectedly (${reason}).`, { reason });
    this.#pending.clear();
    for (const p of pending) p.onFailure(error);
  }
}
