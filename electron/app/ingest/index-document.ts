// The heart of the data path, shared by session documents and the base library:
// extract (in the worker pool) → chunk → embed → store, reporting progress by stage.
import type { IngestStage } from '../../../shared/model';
import type { Chunk, ExtractedDocument } from '../documents/types';
import { embeddingText } from '../documents/chunker';
import type { Embedder } from '../embeddings/embedder';
import type { ChunkRecord, VectorStore } from '../vectors/vector-store';
import type { LocalEmbedderSpec } from '../embeddings/embedder';
import { writeStoredPages } from './stored-pages';

export interface ExtractPoolLike {
  extract(
    filePath: string,
    options: {
      name: string;
      password?: string;
      onProgress?: (done: number, total: number) => void;
      signal?: AbortSignal;
      chunking?: { size: number; overlap: number };
      ocr?: { enabled: boolean; languages: string[] };
      storePagesAs?: { filesDir: string; fileId: string };
      embed?: LocalEmbedderSpec;
      bytes?: Uint8Array;
    },
  ): Promise<{ doc: ExtractedDocument; chunks: Chunk[]; vectors?: Float32Array[]; pagesStored?: boolean }>;
}

export interface IndexTarget {
  sid: string;
  fileId: string;
  name: string;
  /** The owner's copy of the file, and the folder where its page texts are kept for citations. */
  copyPath: string;
  filesDir: string;
  password?: string;
  /** The copy's bytes when the caller holds them already (a small file just copied): then they are not read again. */
  bytes?: Uint8Array;
}

export interface IndexTools {
  pool: ExtractPoolLike;
  embedder: Embedder;
  store: VectorStore;
  chunking: { size: number; overlap: number };
  /** OCR of image-only pages and image files (the settings' on/off and languages). */
  ocr?: { enabled: boolean; languages: string[] };
}

const EMBED_BATCH = 64;
const STORE_BATCH = 2048;

export class NoTextError extends Error {
  readonly code = 'no-text';
}

/**
 * Indexes one file. `onStored` is called before the first write to the store, so a caller can know that a failure
 * from then on may have left vectors to delete.
 */
export async function indexDocument(
  target: IndexTarget,
  tools: IndexTools,
  options: {
    signal: AbortSignal;
    progress: (stage: IngestStage, done: number, total: number) => void;
    /** Called once the worker has given back the text, chunks (and local vectors): the CPU-heavy part is over. */
    onExtracted?: () => void;
    /** Awaited before the first write to the store (the caller's record of the file must be on disk first). */
    beforeStore?: () => Promise<void>;
    onStored?: () => void;
    /** Whether other files are on their way to the store now (asked at the store step; see UpsertOptions). */
    othersComing?: () => boolean;
  },
): Promise<{ doc: ExtractedDocument; chunks: Chunk[] }> {
  const { signal, progress } = options;
  progress('extract', 0, 1);
  const { doc, chunks, pagesStored, vectors: embeddedInWorker } = await tools.pool.extract(target.copyPath, {
    name: target.name,
    password: target.password,
    signal,
    chunking: tools.chunking,
    ocr: tools.ocr,
    onProgress: (done, total) => progress('extract', done, total),
    // The worker writes the page texts: a huge page would block this thread to receive and serialise.
    storePagesAs: { filesDir: target.filesDir, fileId: target.fileId },
    // A local embedder runs in the worker too; a remote one (OpenAI-compatible) is network I/O and stays here.
    embed: tools.embedder.workerSpec,
    bytes: target.bytes,
  });
  options.onExtracted?.();
  progress('chunk', chunks.length, chunks.length);
  if (chunks.length === 0) throw new NoTextError(`${target.name}: no text to index`);
  if (!pagesStored) await writeStoredPages(target.filesDir, target.fileId, doc);

  const vectors: Float32Array[] = embeddedInWorker?.length === chunks.length ? embeddedInWorker : [];
  if (vectors.length) progress('embed', vectors.length, chunks.length);
  for (let i = vectors.length; i < chunks.length; i += EMBED_BATCH) {
    signal.throwIfAborted();
    const batch = chunks.slice(i, i + EMBED_BATCH).map(embeddingText);
    vectors.push(...(await tools.embedder.embed(batch, { kind: 'passage', signal })));
    progress('embed', vectors.length, chunks.length);
    // Yield between batches so IPC and the other files of the job stay responsive.
    await new Promise((resolve) => setImmediate(resolve));
  }

  const records: ChunkRecord[] = chunks.map((c, i) => ({
    sid: target.sid,
    fileId: target.fileId,
    fileName: target.name,
    chunk: c.chunk,
    page: c.page,
    pageEnd: c.pageEnd,
    start: c.start,
    end: c.end,
    text: c.text,
    vector: vectors[i],
  }));
  await options.beforeStore?.();
  signal.throwIfAborted();
  options.onStored?.();
  for (let i = 0; i < records.length; i += STORE_BATCH) {
    signal.throwIfAborted();
    // A long document is stored in parts; the store's indexes catch up after the last one, not after each.
    await tools.store.upsert(records.slice(i, i + STORE_BATCH), { signal, moreFollow: i + STORE_BATCH < records.length, othersComing: options.othersComing?.() });
    progress('store', Math.min(i + STORE_BATCH, records.length), records.length);
  }
  return { doc, chunks };
}
