// Runs in a worker thread of the extraction pool: file → ExtractedDocument → chunks.
// Everything it returns crosses a structured clone, so errors travel as {code, message}
// (an Error's own fields such as `code` would be dropped on the way).
import type { MessagePort } from 'node:worker_threads';
import { asExtractError, extractDocument } from './extract';
import { chunkDocument, type ChunkOptions } from './chunker';
import { resolveOcrSettings } from './ocr/ocr-settings';
import type { Chunk, ExtractErrorCode, ExtractedDocument } from './types';
import type { OcrOptions } from './ocr/ocr-settings';

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
  /** Receives {type:'started'} once, then {type:'progress', done, total}. Transferred with the task. */
  port?: MessagePort;
}

export type ExtractTaskResult =
  | { ok: true; doc: ExtractedDocument; chunks: Chunk[] }
  | { ok: false; error: { code: ExtractErrorCode; message: string } };

export type WorkerMessage =
  | { type: 'started' }
  | { type: 'progress'; done: number; total: number }
  /** OCR started on a page: the pool allows it budgetMs beyond the file's own budget until its progress message. */
  | { type: 'ocr-page'; budgetMs: number };

export default async function runExtractTask(task: ExtractTask): Promise<ExtractTaskResult> {
  const post = (m: WorkerMessage) => task.port?.postMessage(m);
  try {
    post({ type: 'started' });
    const doc = await extractDocument(task.filePath, {
      name: task.name,
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
    return { ok: true, doc, chunks };
  } catch (err) {
    const e = asExtractError(err, task.name);
    return { ok: false, error: { code: e.code, message: e.message } };
  } finally {
    task.port?.close();
  }
}
