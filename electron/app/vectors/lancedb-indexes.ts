// Which indexes the chunk table carries, when they are built, and how they are kept current.
import './lancedb-runtime';
import { Index, type Table } from '@lancedb/lancedb';
import type { VectorMetric } from './lancedb-metric';

/**
 * BM25 over `text`. The simple tokenizer splits on anything that is not a letter or digit, lower-cases and folds
 * accents (café → cafe), so Latin-script languages tokenize well; stemming and stop words are English. Scripts
 * without spaces (Chinese, Japanese) come out as one long token per run and are left to the vector half.
 * Positions are not stored: Docent never sends phrase queries, and the index is smaller and faster to build.
 */
export const FTS_INDEX = () =>
  Index.fts({ baseTokenizer: 'simple', language: 'English', stem: true, removeStopWords: true, lowercase: true, asciiFolding: true, withPosition: false });

/** Few distinct sids (base + one per session): a bitmap answers `sid IN (…)` cheapest. */
export const SID_INDEX = () => Index.bitmap();

/**
 * IVF_FLAT keeps exact distances inside each probed partition (recall 1.0 measured at 20k rows), while IVF_PQ and HNSW
 * took 100× longer to build and needed tuning for recall (STACK.md). Below this many rows a prefiltered flat scan
 * is as fast, so no ANN index is built. Questions on the sids the store holds in memory (resident-vectors.ts, the
 * usual case) skip both; the index serves sids too large to hold.
 */
export const ANN_MIN_ROWS = 50_000;
export const ANN_INDEX = (metric: VectorMetric) => Index.ivfFlat({ distanceType: metric });

/**
 * Rows added after an index was built are searched by brute force beside it (checked on 0.31.0: fresh rows are
 * found by full-text search before any optimize). That is slow for BM25 (5k unindexed chunks of 120 words: ~400 ms
 * per query, against 3 ms indexed), so an ingest job that leaves this many folds them in with `optimize`. Folding
 * compacts the table too, which rewrites all of it (seconds at 100k chunks), so it is not done for every small document.
 */
export const FOLD_UNINDEXED_ROWS = 1_000;
/**
 * New rows are folded in once they are this share of the indexed ones, however few. The brute-force search weighs a
 * word by the indexed rows alone and does not stem the new rows' words: with the index built on a session's first
 * file of 7 chunks and 285 added after it, "Who interviewed Obama?" ranked a Wikipedia line with the literal word
 * "interviewed" above the news article's interview (its "Obama" in all 7 indexed rows weighed next to nothing), and
 * the article was not retrieved at all. Waiting for a share, not a count, keeps the total cost of folds linear in the
 * rows added (a geometric series), so the 5,000th file of a folder costs what the 5th did; an ingest job folds what is
 * left when it ends (`foldNewRows`).
 */
export const FOLD_SHARE = 0.5;

const NAMES = { text: 'text_idx', sid: 'sid_idx', vector: 'vector_idx' } as const;

/** Brings the indexes up to date after a write. Runs inside the table's write queue. */
export async function maintainIndexes(table: Table, metric: VectorMetric): Promise<void> {
  const existing = new Set((await table.listIndices()).map((index) => index.name));
  if (!existing.has(NAMES.sid)) await table.createIndex('sid', { config: SID_INDEX() });
  if (!existing.has(NAMES.text)) await table.createIndex('text', { config: FTS_INDEX() });
  const rows = await table.countRows();
  if (rows >= ANN_MIN_ROWS) {
    const vector = existing.has(NAMES.vector) ? await table.indexStats(NAMES.vector) : undefined;
    // Partitions trained on the first half of the data describe the rest poorly: retrain when the table doubles.
    if (!vector || vector.numIndexedRows * 2 < rows) {
      await table.createIndex('vector', { config: ANN_INDEX(metric), replace: true });
    }
  }
  if (outweighsIndex(await table.indexStats(NAMES.text))) await table.optimize();
}

type IndexStats = Awaited<ReturnType<Table['indexStats']>>;

/** The rows the full-text index does not cover are FOLD_SHARE of those it does, or more. */
function outweighsIndex(text: IndexStats): boolean {
  const unindexed = text?.numUnindexedRows ?? 0;
  return unindexed > 0 && unindexed >= FOLD_SHARE * (text?.numIndexedRows ?? 0);
}

/**
 * At open: a table whose new rows outweigh its full-text index (written before folds went by share, when a session's
 * index could cover its first file alone) is folded once, so its first question is weighed over all of its rows.
 */
export async function foldIfOutweighed(table: Table): Promise<void> {
  if (!(await table.listIndices()).some((index) => index.name === NAMES.text)) return;
  if (outweighsIndex(await table.indexStats(NAMES.text))) await table.optimize();
}

/**
 * Folds rows the full-text index does not cover yet into it at an ingest job's end: when they are a share of the
 * indexed ones that would skew their words' weights, or enough to slow every question down.
 */
export async function foldNewRows(table: Table): Promise<void> {
  const text = await table.indexStats(NAMES.text);
  if ((text?.numUnindexedRows ?? 0) >= FOLD_UNINDEXED_ROWS || outweighsIndex(text)) await table.optimize();
}

/**
 * Builds every index afresh. Used when erasing: an index built while deleted rows existed may still hold their
 * tokens (the FTS dictionary), their sids or their vectors (IVF_FLAT stores them), and a rebuilt one cannot.
 */
export async function rebuildIndexes(table: Table, metric: VectorMetric): Promise<void> {
  const existing = new Set((await table.listIndices()).map((index) => index.name));
  const rows = await table.countRows();
  await table.createIndex('sid', { config: SID_INDEX(), replace: true });
  await table.createIndex('text', { config: FTS_INDEX(), replace: true });
  if (existing.has(NAMES.vector) || rows >= ANN_MIN_ROWS) {
    if (rows >= ANN_MIN_ROWS) await table.createIndex('vector', { config: ANN_INDEX(metric), replace: true });
    else await table.dropIndex(NAMES.vector);
  }
}
