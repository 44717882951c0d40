// Runs in a worker thread of the extraction pool: file → ExtractedDocument → chunks.
// Everything it returns crosses a structured clone, so errors travel as {code, message}
// (an Error's own fields such as `code` would be dropped on the way).
import type { MessagePort } from 'node:worker_threads';
import { asExtractError, extractDocument } from './extract';
import { chunkDocument, embeddingText, type ChunkOptions } from './chunker';
import { resolveOcrSettings } from './ocr/ocr-settings';
import type { Chunk, ExtractErrorCode, ExtractedDocument } from './types';
import type { OcrOptions } from './ocr/ocr-settings';
import { writeStoredPages } from '../ingest/stored-pages';
import type { LocalEmbedderSpec } from '../embeddings/embedder';
import { localEmbedder } from '../embeddings/local-embedder';
import type { MessageParams } from '../../../shared/model';

export interface ExtractTask {
  filePath: string;
  name: string;
  password?: string;
  chunking?: ChunkOptions;
  /** Size limits sized to the worker's heap budget (see extractDocument). */
  maxBytes?: number;
  maxTextBytes?: number;
  /** OCR switch and languages (default on, English). */
  ocr?: Omit<Partial<OcrOptions>, 'onPage'>;
  /**
   * Write the page texts for citations here (`<filesDir>/<fileId>.pages.json`) instead of returning them: a
   * 100 MB page would take the main thread ~80 ms to receive and ~300 ms to turn into JSON.
   */
  storePagesAs?: { filesDir: string; fileId: string };
  /** Receives {type:'started'} once, then {type:'progress', done, total}, then the chunks. Transferred with the task. */
  port?: MessagePort;
  /** The file's bytes, sent by a caller that read them already (a small file): filePath is not read again. */
  bytes?: Uint8Array;
  /** A local embedder to run here too, so the chunks leave the worker with their vectors (see LocalEmbedderSpec). */
  embed?: LocalEmbedderSpec;
}

export type ExtractTaskResult =
  /** With a port the chunks come over it (WorkerMessage 'chunks'), not here; the pages are empty when stored by the worker. */
  | { ok: true; doc: ExtractedDocument; chunks?: Chunk[]; vectors?: Float32Array[]; pagesStored: boolean }
  | { ok: false; error: { code: ExtractErrorCode; message: string; params?: MessageParams } };

export type WorkerMessage =
  | { type: 'started' }
  | { type: 'progress'; done: number; total: number }
  /** OCR started on a page: the pool allows it budgetMs beyond the file's own budget until its progress message. */
  | { type: 'ocr-page'; budgetMs: number }
  /** The chunks in slices of about CHUNK_MESSAGE_CHARS, each received in a few ms; `last` closes the list. The pool answers each with a message ('next'). */
  | { type: 'chunks'; chunks: Chunk[]; vectors?: Float32Array[]; last: boolean };

/**
 * Text per chunks message. The main thread decodes a message in one go: 105,000 chunks of a 100 MB text in one
 * message blocked it for ~250 ms; a 1 MB slice takes ~2 ms. And it drains every message already queued on a port in
 * one go too, so the next slice is only sent once the pool has taken the previous one (PoolMessage 'next').
 */
const CHUNK_MESSAGE_CHARS = 1024 * 1024;

async function sendChunks(chunks: Chunk[], vectors: Float32Array[] | undefined, port: MessagePort): Promise<void> {
  const next = () => new Promise<void>((resolve) => port.once('message', () => resolve()));
  let from = 0;
  let chars = 0;
  for (let i = 0; i < chunks.length; i++) {
    chars += chunks[i].text.length;
    if (chars >= CHUNK_MESSAGE_CHARS && i + 1 < chunks.length) {
      const taken = next();
      port.postMessage({ type: 'chunks', chunks: chunks.slice(from, i + 1), vectors: vectors?.slice(from, i + 1), last: false } satisfies WorkerMessage);
      await taken;
      from = i + 1;
      chars = 0;
    }
  }
  port.postMessage({ type: 'chunks', chunks: chunks.slice(from), vectors: vectors?.slice(from), last: true } satisfies WorkerMessage);
}

/** Embedding is CPU work like extraction: done here, it never competes with the main process's IPC. */
async function embedChunks(spec: LocalEmbedderSpec, chunks: Chunk[]): Promise<Float32Array[]> {
  const embedder = await localEmbedder(spec);
  return embedder.embed(
    chunks.map(embeddingText),
    { kind: 'passage' },
  );
}

export default async function runExtractTask(task: ExtractTask): Promise<ExtractTaskResult> {
  const post = (m: WorkerMessage) => task.port?.postMessage(m);
  try {
    post({ type: 'started' });
    const doc = await extractDocument(task.filePath, {
      name: task.name,
      bytes: task.bytes,
      password: task.password,
      maxBytes: task.maxBytes,
      maxTextBytes: task.maxTextBytes,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
      ocr: {
        ...task.ocr,
        onPage: () => post({ type: 'ocr-page', budgetMs: resolveOcrSettings(task.ocr).pageTimeoutMs }),
      },
    });
    const chunks = chunkDocument(doc, task.chunking);
    // A document without chunks fails in the caller; it leaves no pages file behind.
    const storePages = task.storePagesAs && chunks.length > 0 ? task.storePagesAs : undefined;
    if (storePages) await writeStoredPages(storePages.filesDir, storePages.fileId, doc);
    const rest = storePages ? { ...doc, pages: [] } : doc;
    const vectors = task.embed && chunks.length > 0 ? await embedChunks(task.embed, chunks) : undefined;
    if (!task.port) return { ok: true, doc: rest, chunks, vectors, pagesStored: Boolean(storePages) };
    await sendChunks(chunks, vectors, task.port);
    return { ok: true, doc: rest, pagesStored: Boolean(storePages) };
  } catch (err) {
    const e = asExtractError(err, task.name);
    return { ok: false, error: { code: e.code, message: e.message, ...(e.params ? { params: e.params } : {}) } };
  } finally {
    task.port?.close();
  }
}
