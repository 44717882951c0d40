// The extraction pool: worker threads that turn files into text and chunks away from the main thread.
// Each file gets a time budget (from the moment a worker starts on it) and every worker a heap limit;
// a file that blows either is stopped alone (its worker is replaced) and reported as an ExtractError.
import { MessageChannel } from 'node:worker_threads';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import pLimit from 'p-limit';
import { ExtractError, type Chunk, type ExtractedDocument } from './types';
import type { ChunkOptions } from './chunker';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_BYTES } from './limits';
import type { ExtractTask, ExtractTaskResult, WorkerMessage } from './extract-worker';
import type { OcrOptions } from './ocr/ocr-settings';
import type { LocalEmbedderSpec } from '../embeddings/embedder';
import { mayNeedOcr } from './may-need-ocr';

export interface ExtractPoolOptions {
  /** Worker threads (default: os.availableParallelism()). */
  maxThreads?: number;
  /** Default time budget per file, counted from when a worker starts on it (default 120 s). */
  timeoutMs?: number;
  /** Heap limit of each worker (V8 old generation), in MB (default 1024). */
  maxMemoryMb?: number;
  /** The worker module; default: extract-worker.ts beside this file in dev, extract-worker.cjs in the bundle. */
  workerPath?: string;
  /** Idle workers exit after this long, freeing their memory (default 30 s). */
  idleTimeoutMs?: number;
}

export interface ExtractRequest {
  name?: string;
  password?: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Overrides the pool's time budget for this file. */
  timeoutMs?: number;
  chunking?: ChunkOptions;
  /** OCR of scanned pages and images (default on, English). Time spent OCR'ing a page does not count against timeoutMs: each page has its own budget (ocr.pageTimeoutMs). */
  ocr?: Omit<Partial<OcrOptions>, 'onPage'>;
  /**
   * The worker writes the page texts for citations to `<filesDir>/<fileId>.pages.json` (see stored-pages.ts) and
   * the result's doc.pages is then empty: huge pages never cross to (nor are serialised on) the calling thread.
   */
  storePagesAs?: { filesDir: string; fileId: string };
  /** Embed the chunks in the worker with this local embedder (the result then carries their vectors). */
  embed?: LocalEmbedderSpec;
  /** The file's bytes, when the caller has them already: the worker extracts them instead of reading the file. */
  bytes?: Uint8Array;
}

export interface ExtractResult {
  doc: ExtractedDocument;
  chunks: Chunk[];
  /** One per chunk when the request named a local embedder (request.embed). */
  vectors?: Float32Array[];
  /** True when storePagesAs was given and the pages file is written (doc.pages is empty then). */
  pagesStored: boolean;
}

export interface ExtractPool {
  extract(filePath: string, request?: ExtractRequest): Promise<ExtractResult>;
  destroy(): Promise<void>;
}

export const DEFAULT_EXTRACT_TIMEOUT_MS = 120_000;

/**
 * A file given as bytes up to this size, that cannot need OCR, is sent without a message port: its progress is one
 * step, its chunks fit in the task's result, and its budget can start with the task (a worker is free for it by then).
 * A port made, transferred and closed per file, and the messages on it, were a good part of a small note's cost.
 */
const SMALL_FILE_BYTES = 64 * 1024;
export const DEFAULT_EXTRACT_MEMORY_MB = 1024;

export function defaultWorkerPath(): string {
  // In the esbuild CommonJS bundle import.meta is empty; the worker is bundled beside main.cjs.
  const url: string | undefined = import.meta.url;
  if (url?.endsWith('.ts')) return fileURLToPath(new URL('./extract-worker.ts', url));
  if (url) return fileURLToPath(new URL('./extract-worker.cjs', url));
  return path.join(__dirname, 'extract-worker.cjs');
}

/**
 * Workers inherit the parent's execArgv, which carries `--import tsx` under tsx. When TypeScript was
 * loaded some other way (tsx's register API), the .ts worker still needs the loader, so add it.
 */
export function workerExecArgv(workerPath: string): string[] | undefined {
  if (!workerPath.endsWith('.ts')) return undefined;
  if (process.execArgv.some((a) => a.includes('tsx'))) return undefined;
  const here = typeof __filename === 'string' ? __filename : import.meta.url;
  const loader = createRequire(here).resolve('tsx');
  return [...process.execArgv, '--import', pathToFileURL(loader).href];
}

export function createExtractPool(options: ExtractPoolOptions = {}): ExtractPool {
  const workerPath = options.workerPath ?? defaultWorkerPath();
  const poolTimeout = options.timeoutMs ?? DEFAULT_EXTRACT_TIMEOUT_MS;
  const memoryMb = options.maxMemoryMb ?? DEFAULT_EXTRACT_MEMORY_MB;
  const threads = Math.max(1, options.maxThreads ?? os.availableParallelism());
  const piscina = new Piscina<ExtractTask, ExtractTaskResult>({
    filename: workerPath,
    maxThreads: threads,
    // No idle workers at start-up: each costs tens of MB and the app may never ingest anything.
    minThreads: 0,
    idleTimeout: options.idleTimeoutMs ?? 30_000,
    execArgv: workerExecArgv(workerPath),
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
  });
  // A worker's result that lands just as its task is dropped (the pool shutting down on quit, the file cancelled) has no
  // task left to go to: piscina emits that as an "error" event, and an EventEmitter with no listener for it throws, out
  // of the main process's event loop. The file's own promise has already settled (cancelled), so it is only logged.
  piscina.on('error', (error: unknown) => {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.warn(`[docent] extraction pool: ${message}`);
  });
  // Keep inputs well inside the heap budget. A worker that hits its limit inside native code (ICU,
  // a huge string join) is not stopped cleanly by Node: the whole process aborts. So refuse early.
  const mb = 1024 * 1024;
  const maxBytes = Math.min(DEFAULT_MAX_BYTES, Math.floor((memoryMb * mb) / 2));
  const maxTextBytes = Math.min(DEFAULT_MAX_TEXT_BYTES, Math.floor((memoryMb * mb) / 8));
  let destroyed = false;
  // Files are handed to piscina only when a worker is free for them, so piscina's own queue stays empty: a task
  // aborted while waiting there stalled every task queued behind it for good (piscina 5.3, piscinajs/piscina#805) —
  // ending one session during a big drop left other sessions' files "being added" forever.
  const workers = pLimit(threads);

  /** Waits for a free worker; rejects at once if the file is cancelled meanwhile. Call the returned function when done. */
  function freeWorker(signal: AbortSignal): Promise<() => void> {
    return new Promise((resolve, reject) => {
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const onAbort = () => reject(new Error('cancelled while waiting for a worker'));
      signal.addEventListener('abort', onAbort, { once: true });
      void workers(() => {
        // Cancelled while waiting: the turn is handed straight on.
        if (signal.aborted) return undefined;
        signal.removeEventListener('abort', onAbort);
        resolve(release);
        return held;
      });
    });
  }

  async function extract(filePath: string, request: ExtractRequest = {}): Promise<ExtractResult> {
    const name = request.name ?? path.basename(filePath);
    if (destroyed) throw new ExtractError('cancelled', `${name}: the extraction pool is shut down`);
    if (request.signal?.aborted) throw new ExtractError('cancelled', `${name}: cancelled`);
    const timeoutMs = request.timeoutMs ?? poolTimeout;

    const stop = new AbortController();
    let why: 'timeout' | 'cancelled' | null = null;
    let timer: NodeJS.Timeout | undefined;
    let deadline = 0;
    /** While a page is being OCR'd: what was left of the file's own budget when it started. */
    let leftBeforeOcr: number | null = null;
    const armTimer = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        why ??= 'timeout';
        stop.abort();
      }, Math.max(0, deadline - Date.now()));
    };
    const onCancel = () => {
      why ??= 'cancelled';
      stop.abort();
    };
    request.signal?.addEventListener('abort', onCancel, { once: true });

    // A small file given as bytes that cannot need OCR goes without a port (see SMALL_FILE_BYTES).
    const small = request.bytes !== undefined && request.bytes.byteLength <= SMALL_FILE_BYTES && !mayNeedOcr(request.bytes);
    const channel = small ? undefined : new MessageChannel();
    const chunks: Chunk[] = [];
    const vectors: Float32Array[] = [];
    let chunksComplete: () => void = () => {};
    const allChunks = new Promise<void>((resolve) => (chunksComplete = resolve));
    channel?.port1.on('message', (m: WorkerMessage) => {
      if (m.type === 'chunks') {
        for (const c of m.chunks) chunks.push(c);
        for (const v of m.vectors ?? []) vectors.push(v);
        if (m.last) chunksComplete();
        // Ask for the next slice only now, so each arrives in its own turn of the event loop.
        else setImmediate(() => channel!.port1.postMessage('next'));
      } else if (m.type === 'started') {
        // The budget counts work, not time queued behind other files.
        deadline = Date.now() + timeoutMs;
        armTimer();
      } else if (m.type === 'ocr-page') {
        // An OCR'd page takes seconds and has its own budget: it is granted on top of the file's, and
        // the time it really took is given back when the page is done (its progress message).
        leftBeforeOcr ??= deadline - Date.now();
        deadline = Date.now() + leftBeforeOcr + m.budgetMs;
        armTimer();
      } else {
        if (leftBeforeOcr !== null) {
          deadline = Date.now() + leftBeforeOcr;
          leftBeforeOcr = null;
          armTimer();
        }
        request.onProgress?.(m.done, m.total);
      }
    });
    // The port stays referenced while the file is extracted (it is closed below, whatever happens): the last slices of
    // chunks can arrive after the task's result, when nothing else may be keeping the event loop alive, and an
    // unreferenced port would let the process drain with the file half received.

    const task: ExtractTask = {
      filePath,
      name,
      password: request.password,
      chunking: request.chunking,
      ocr: request.ocr,
      maxBytes,
      maxTextBytes,
      storePagesAs: request.storePagesAs,
      embed: request.embed,
      bytes: request.bytes,
      port: channel?.port2,
    };
    let release: (() => void) | undefined;
    try {
      release = await freeWorker(stop.signal);
      if (!channel) {
        // No 'started' message will come: the worker is free for this file now, so its budget starts now.
        deadline = Date.now() + timeoutMs;
        armTimer();
      }
      const result = await piscina.run(task, { signal: stop.signal, ...(channel ? { transferList: [channel.port2] } : {}) });
      // The result and the port's messages travel separately: the last chunks may still be on their way.
      if (result.ok && !result.chunks) {
        await allChunks;
        return { doc: result.doc, chunks, vectors: vectors.length === chunks.length && vectors.length > 0 ? vectors : undefined, pagesStored: result.pagesStored };
      }
      return resultOf(result);
    } catch (err) {
      throw failureOf(err);
    } finally {
      release?.();
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onCancel);
      channel?.port1.close();
    }

    /** A result that carries its chunks (not sent over a port), or the worker's typed failure. */
    function resultOf(result: ExtractTaskResult): ExtractResult {
      if (!result.ok) throw new ExtractError(result.error.code, result.error.message, result.error.params);
      return { doc: result.doc, chunks: result.chunks ?? [], vectors: result.vectors, pagesStored: result.pagesStored };
    }

    /** Why the task failed, as an ExtractError naming the file. */
    function failureOf(err: unknown): ExtractError {
      if (err instanceof ExtractError) return err;
      if (why === 'timeout')
        return new ExtractError('timeout', `${name}: took longer than ${formatSeconds(timeoutMs)}; stopped`, { seconds: Math.round(timeoutMs / 1000) });
      if (why === 'cancelled') return new ExtractError('cancelled', `${name}: cancelled`);
      const e = err as { code?: string; message?: string };
      if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory/i.test(e?.message ?? ''))
        return new ExtractError('out-of-memory', `${name}: needed more than the ${memoryMb} MB memory budget; stopped`, { limit: memoryMb });
      if (destroyed) return new ExtractError('cancelled', `${name}: the extraction pool was shut down`);
      return new ExtractError('corrupt', `${name}: the extraction worker failed (${e?.message ?? String(err)})`);
    }
  }

  return {
    extract,
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await piscina.destroy();
    },
  };
}

function formatSeconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
