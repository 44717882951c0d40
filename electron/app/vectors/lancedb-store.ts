// The embedded default VectorStore: LanceDB on disk in `<data>/vectors`, one table per embedder (a table's vector
// length is fixed). Retrieval is hybrid: cosine vector search and BM25 full-text search, both prefiltered on
// `sid IN (base, session)`, fused by reciprocal rank. Deletes are made physical by `purgeDeleted` (lancedb-erasure).
// Vectors are compared by dot product over unit-length vectors where the table was made so (lancedb-metric).
import './lancedb-runtime';
import { mkdir } from 'node:fs/promises';
import * as lancedb from '@lancedb/lancedb';
import type { Connection, Table } from '@lancedb/lancedb';
import { purgeTable, markPurgePending, type PurgeReport } from './lancedb-erasure';
import { chunksPredicate, filePredicate, filesPredicate, sessionPredicate, sidsPredicate } from './lancedb-filter';
import { TableGate } from './lancedb-gate';
import { GroupCommit } from '../group-commit';
import { lanceSession } from './lancedb-cache';
import { foldIfOutweighed, foldNewRows, maintainIndexes } from './lancedb-indexes';
import { forgetMetric, markUnitVectors, metricOf, type VectorMetric } from './lancedb-metric';
import { byScoreThenId, fuseByReciprocalRank, RRF_K } from './lancedb-rrf';
import { chunkSchema, dimensionOf, HIT_COLUMNS, hitFromRow, tableNameFor, toArrowTable, unitVector, validateBatch } from './lancedb-schema';
import { ResidentVectors, type SidLoader } from './resident-vectors';
import type { ChunkHit, ChunkRecord, UpsertOptions, VectorQuery, VectorStore } from './vector-store';

export interface LanceDbStoreOptions {
  /** `<data>/vectors`; created if missing. */
  dir: string;
  /** The embedder id; cleaned to a safe table name (lancedb-schema tableNameFor). */
  table: string;
  /**
   * How much the vector half counts against the full-text half (1) in the fused ranking: the embedder's
   * `fusionWeight` (0.3 for the lexical embedder, which mostly repeats BM25; 1 for a semantic model). Default 1.
   */
  vectorWeight?: number;
}

/** Each half of a hybrid query fetches this many candidates per wanted hit, so fusion has overlap to work with. */
const CANDIDATES_PER_HIT = 3;
const MIN_CANDIDATES = 30;
const MAX_K = 1000;
/** Rows written in one commit at most: a commit's rows are converted to Arrow in memory at once. */
const MAX_ROWS_PER_COMMIT = 16_384;
/**
 * Index upkeep (maintainIndexes: four LanceDB calls reading the table's metadata) runs once this many rows were
 * committed since the last, not after every commit: a folder of small notes commits every few notes, and upkeep after
 * each was a fixed cost per file. A fold (lancedb-indexes.ts) comes at most this many rows late; a job's end catches up
 * (refreshIndexes).
 */
const UPKEEP_EVERY_ROWS = 256;
/**
 * Group commit (see `groupCommit`): the longest an upsert waits for others, and the rows that end the wait sooner.
 * An upsert told that nothing else is coming does not wait (UpsertOptions.othersComing: an ingest job's last file, a
 * file dropped alone), so the window can be as long as a folder's throughput wants: 300 ms took a folder of 5,000
 * notes 8% less time than 100 ms (four interleaved pairs of `npm run bench -- bulk`, 10.3 s against 11.3 s on
 * average), and 600 ms no less again.
 */
export const COMMIT_GATHER_MS = 300;
const COMMIT_GATHER_ROWS = 1024;
/** Upserts within this long of the last commit are a stream and gather; one after a quiet spell is written at once. */
const STREAM_GAP_MS = 1000;
/** Files named in one delete predicate: "remove all failed" may name thousands. */
const DELETE_FILES_AT_ONCE = 500;
/** A question longer than this adds nothing to BM25 but cost. */
const MAX_QUERY_TEXT = 2000;
/** Letters or digits in any script: without one, the text has nothing full-text search could match. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

export class LanceDbStore implements VectorStore {
  readonly kind = 'lancedb' as const;
  /** After `purgeDeleted` the deleted chunks are gone from the disk; nothing lingers elsewhere. */
  readonly keepsDeletedRecordsForAWhile = false;

  private readonly gate = new TableGate();
  private closed = false;
  /** The vectors of the sids asked lately, scanned in memory instead of read from disk for each question. */
  private resident: ResidentVectors | undefined;

  get location(): string {
    return `lancedb:${this.dir}#${this.tableName}`;
  }

  private constructor(
    private readonly db: Connection,
    private readonly dir: string,
    /** The cleaned table name. */
    readonly tableName: string,
    private table: Table | undefined,
    private dimension: number | undefined,
    private readonly vectorWeight: number,
    /** How the table's vectors are compared; a new table is made with unit vectors and dot product. */
    private metric: VectorMetric,
  ) {}

  static async open(options: LanceDbStoreOptions): Promise<LanceDbStore> {
    const name = tableNameFor(options.table);
    await mkdir(options.dir, { recursive: true });
    const db = await lancedb.connect(options.dir, {}, lanceSession());
    let table: Table | undefined;
    let dimension: number | undefined;
    let metric: VectorMetric = 'dot';
    if ((await db.tableNames()).includes(name)) {
      table = await db.openTable(name);
      dimension = dimensionOf(await table.schema());
      metric = await metricOf(options.dir, name);
      // Best effort: the index's weights are a matter of answer quality, never a reason not to open the sessions.
      await foldIfOutweighed(table).catch((error: Error) =>
        console.warn(`[docent] LanceDB: table "${name}" could not fold its new rows into its full-text index at open (${error.message}); the next ingest tries again`),
      );
    } else await forgetMetric(options.dir, name);
    const vectorWeight = options.vectorWeight ?? 1;
    if (!(vectorWeight >= 0)) throw new RangeError(`LanceDB store: vectorWeight must be a number ≥ 0, got ${options.vectorWeight}`);
    return new LanceDbStore(db, options.dir, name, table, dimension, vectorWeight, metric);
  }

  /** The vector length of this table, once its first batch has fixed it. */
  get vectorDimension(): number | undefined {
    return this.dimension;
  }

  /**
   * Stores chunks. Upserts that arrive while an earlier one is being written are gathered and written together, in one
   * atomic commit: a job adding thousands of small files commits in batches by itself, and each commit costs the
   * table a version and a fragment, so fewer commits also keep queries and compaction cheap.
   */
  upsert(records: ChunkRecord[], options: UpsertOptions = {}): Promise<void> {
    let dimension: number;
    try {
      this.assertOpen();
      options.signal?.throwIfAborted();
      if (records.length === 0) return Promise.resolve();
      dimension = validateBatch(records);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise<void>((resolve, reject) => {
      // The newest upsert knows best whether others are on their way (its own further parts count).
      this.moreExpected = Boolean(options.moreFollow) || (options.othersComing ?? true);
      this.waiting.push({ records, dimension, signal: options.signal, moreFollow: options.moreFollow, resolve, reject });
      this.waitingRows += records.length;
      if (this.waiting.length === 1) {
        this.firstWaitingSince = performance.now();
        void this.gate.write(() => this.writeWaiting());
      } else this.groupCommit.added();
    });
  }

  /** Upserts waiting for the next commit, their rows, and since when the first of them waits. */
  private waiting: { records: ChunkRecord[]; dimension: number; signal?: AbortSignal; moreFollow?: boolean; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private waitingRows = 0;
  private firstWaitingSince = 0;
  /**
   * Upserts that stream in (a folder's files, each stored on its own) gather for up to COMMIT_GATHER_MS into one commit:
   * each commit has a fixed cost (it reads the table's fragments to merge by id, and writes a fragment and a version),
   * which was most of a small file's cost when each took its own. Waiting happens inside the write gate, so a delete
   * asked after an upsert still comes after its commit.
   */
  private readonly groupCommit = new GroupCommit({
    maxWaitMs: COMMIT_GATHER_MS,
    streamGapMs: STREAM_GAP_MS,
    enough: () => this.waitingRows >= COMMIT_GATHER_ROWS,
    expectMore: () => this.moreExpected,
  });
  private moreExpected = true;

  /**
   * Writes waiting upserts of one vector length in one commit (one at a time: runs inside the write gate), up to
   * MAX_ROWS_PER_COMMIT rows. The indexes are looked after once the queue is empty and enough rows came since the last
   * time (UPKEEP_EVERY_ROWS), not after each commit.
   */
  private async writeWaiting(): Promise<void> {
    await this.groupCommit.gather(this.firstWaitingSince);
    const taken = this.waiting;
    this.waiting = [];
    this.waitingRows = 0;
    const dimension = taken.find((w) => !w.signal?.aborted)?.dimension;
    const batch: typeof taken = [];
    let rows = 0;
    for (const w of taken) {
      if (w.signal?.aborted) w.reject(w.signal.reason);
      else if (w.dimension === dimension && (rows === 0 || rows + w.records.length <= MAX_ROWS_PER_COMMIT)) {
        batch.push(w);
        rows += w.records.length;
      } else {
        this.waiting.push(w);
        this.waitingRows += w.records.length;
      }
    }
    const more = this.waiting.length > 0;
    if (more) void this.gate.write(() => this.writeWaiting());
    if (!batch.length || dimension === undefined) return;
    // Within one commit a later copy of a record replaces an earlier one, as it would across two.
    const byId = new Map<string, ChunkRecord>();
    let table: Table;
    try {
      table = await this.tableFor(dimension);
      for (const w of batch) for (const r of w.records) byId.set(`${r.sid}#${r.fileId}#${r.chunk}`, r);
      const data = toArrowTable([...byId.values()], chunkSchema(dimension), { unitVectors: this.metric === 'dot' });
      // One atomic commit: re-sending a chunk replaces it instead of adding a twin, and a crash leaves all or nothing.
      // (Measured at 100k chunks, re-sending 5k: mergeInsert ~0.2 s, as fast as delete-then-add, which is two commits.)
      try {
        await table.mergeInsert('id').whenMatchedUpdateAll().whenNotMatchedInsertAll().execute(data);
      } catch (error) {
        // Whether the commit landed is not known here: what is held of these sids is read again when next asked.
        for (const record of byId.values()) this.resident?.forget(record.sid);
        throw error;
      }
      this.residentFor(dimension).upserted([...byId.values()].map((r) => ({ sid: r.sid, id: `${r.sid}#${r.fileId}#${r.chunk}`, vector: r.vector })));
    } catch (error) {
      for (const w of batch) w.reject(error);
      return;
    } finally {
      this.groupCommit.wrote();
    }
    // The rows are stored. A failure to bring the indexes up to date leaves them found by a slower scan and the next
    // commit tries again, so it fails no one; and while more rows wait, their own commit comes first.
    const partsFollow = batch.some((w) => w.moreFollow);
    const since = (this.rowsSinceUpkeep.get(table) ?? Infinity) + byId.size;
    this.rowsSinceUpkeep.set(table, since);
    if (!more && !partsFollow && this.waiting.length === 0 && since >= UPKEEP_EVERY_ROWS) await this.keepIndexesUp(table);
    for (const w of batch) w.resolve();
  }

  async query(query: VectorQuery): Promise<ChunkHit[]> {
    this.assertOpen();
    const filter = sidsPredicate(query.sids);
    const k = query.k;
    if (!Number.isInteger(k) || k < 1 || k > MAX_K) throw new RangeError(`LanceDB query: k must be an integer from 1 to ${MAX_K}, got ${k}`);
    const table = this.table;
    if (!table) return [];
    if (query.vector?.length !== this.dimension) {
      throw new Error(`LanceDB query: the question's vector has ${query.vector?.length ?? 0} dimensions; table "${this.tableName}" stores ${this.dimension}`);
    }
    const text = typeof query.text === 'string' ? query.text.slice(0, MAX_QUERY_TEXT) : '';
    const candidates = Math.max(MIN_CANDIDATES, k * CANDIDATES_PER_HIT);
    return this.gate.read(async () => {
      const resident = this.residentFor(this.dimension!);
      // A sid that cannot be read into memory is searched by LanceDB itself, as before: the question still gets answered.
      const inMemory = await resident.load(query.sids, this.sidLoader(table)).catch(() => false);
      const vectorHalf: Promise<Record<string, unknown>[]> = inMemory
        ? Promise.resolve(resident.nearest(query.vector, query.sids, candidates))
        : table
            .query()
            .nearestTo(this.metric === 'dot' ? unitVector(query.vector) : Float32Array.from(query.vector))
            .distanceType(this.metric)
            .where(filter)
            .select(HIT_COLUMNS)
            .limit(candidates)
            .toArray();
      // A match query is tokenized like the index and never parsed as query syntax, so `AND OR (` or quotes are just text.
      const textHalf = SEARCHABLE.test(text)
        ? table.query().fullTextSearch(new lancedb.MatchQuery(text, 'text')).where(filter).select([...HIT_COLUMNS, '_score']).limit(candidates).toArray()
        : Promise.resolve([]);
      const [byVector, byText] = (await Promise.all([vectorHalf, textHalf])) as Record<string, unknown>[][];
      const textRanked = byScoreThenId(byText, (row) => Number(row._score), (row) => String(row.id));
      const best = fuseByReciprocalRank([byVector, textRanked], (row) => String(row.id), RRF_K, [this.vectorWeight, 1]).slice(0, k);
      // Hits found in memory carry only their id: their columns are read for the few that made the cut.
      const bare = best.filter(({ item }) => item.text === undefined).map(({ item }) => String(item.id));
      const rows = new Map<string, Record<string, unknown>>();
      if (bare.length) for (const row of await table.query().where(chunksPredicate(query.sids, bare)).select(HIT_COLUMNS).toArray()) rows.set(String(row.id), row);
      // A chunk deleted since the vectors were scanned is left out.
      return best.flatMap(({ item, score }) => {
        const row = item.text === undefined ? rows.get(String(item.id)) : item;
        return row ? [hitFromRow(row, score)] : [];
      });
    });
  }

  async prepare(sids: string[]): Promise<void> {
    this.assertOpen();
    const table = this.table;
    if (!table || this.dimension === undefined) return;
    sidsPredicate(sids); // checks every sid before any is read
    const resident = this.residentFor(this.dimension);
    await this.gate.read(() => resident.load(sids, this.sidLoader(table)));
  }

  private residentFor(dimension: number): ResidentVectors {
    if (this.resident?.dimension !== dimension) this.resident = new ResidentVectors({ dimension });
    return this.resident;
  }

  /** Reads one sid's ids and vectors from the table, batch by batch. */
  private sidLoader(table: Table): SidLoader {
    const dimension = this.dimension!;
    return async function* (sid: string) {
      for await (const batch of table.query().where(sessionPredicate(sid)).select(['id', 'vector'])) {
        const ids = batch.getChild('id')!.toArray() as string[];
        // The list's values, all rows end to end (the vector column is never null).
        const vectors = batch.getChild('vector')!.getChildAt(0)!.toArray() as Float32Array;
        if (vectors.length !== ids.length * dimension) throw new Error(`LanceDB: read ${vectors.length} vector values for ${ids.length} rows of ${dimension}`);
        yield { ids, vectors };
      }
    };
  }

  async deleteFile(sid: string, fileId: string): Promise<void> {
    await this.deleteWhere(filePredicate(sid, fileId), sid, [fileId]);
  }

  /** Deletes many files' chunks in a few commits (a predicate names at most DELETE_FILES_AT_ONCE files). */
  async deleteFiles(sid: string, fileIds: readonly string[]): Promise<void> {
    for (let i = 0; i < fileIds.length; i += DELETE_FILES_AT_ONCE) {
      const some = fileIds.slice(i, i + DELETE_FILES_AT_ONCE);
      await this.deleteWhere(filesPredicate(sid, some), sid, some);
    }
  }

  async deleteSession(sid: string): Promise<void> {
    await this.deleteWhere(sessionPredicate(sid), sid);
  }

  async countSession(sid: string): Promise<number> {
    return this.countWhere(sessionPredicate(sid));
  }

  async countFile(sid: string, fileId: string): Promise<number> {
    return this.countWhere(filePredicate(sid, fileId));
  }

  /**
   * Compacts, rewrites what compaction left holding deleted rows, rebuilds the indexes and drops every older version,
   * so deleted chunks are gone from data files, versions and index files. Cheap when nothing was deleted.
   */
  async purgeDeleted(): Promise<void> {
    this.assertOpen();
    await this.gate.write(async () => {
      if (this.table) this.lastPurge = await purgeTable(this.table, this.dir, this.tableName, this.gate, this.metric);
    });
  }

  async refreshIndexes(): Promise<void> {
    this.assertOpen();
    await this.gate.write(async () => {
      if (!this.table) return;
      // Upkeep skipped after the last commits (fewer rows than UPKEEP_EVERY_ROWS) is done now, then what is left folded.
      if (this.rowsSinceUpkeep.get(this.table)) await this.keepIndexesUp(this.table);
      await foldNewRows(this.table);
    });
  }

  /**
   * Rows committed to each table since its indexes were last looked after; a table not in the map (new, reopened,
   * replaced) has never been looked at by this process and is looked after at its first commit.
   */
  private readonly rowsSinceUpkeep = new WeakMap<Table, number>();

  /** Index upkeep (runs inside the write gate). A failure leaves the count, so the next commit tries again. */
  private async keepIndexesUp(table: Table): Promise<void> {
    try {
      await maintainIndexes(table, this.metric);
      this.rowsSinceUpkeep.set(table, 0);
    } catch {
      // The rows are stored; without fresh indexes they are found by a slower scan until upkeep succeeds.
    }
  }

  /** What the last `purgeDeleted` did, step by step. */
  lastPurge: PurgeReport | undefined;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.groupCommit.close();
    await this.gate.idle();
    this.resident?.clear();
    this.table?.close();
    this.db.close();
  }

  /** Deletes `sid`'s rows the predicate picks: all of them, or those of `fileIds`. */
  private async deleteWhere(predicate: string, sid: string, fileIds?: readonly string[]): Promise<void> {
    this.assertOpen();
    await this.gate.write(async () => {
      if (!this.table) return;
      await markPurgePending(this.dir, this.tableName);
      try {
        await this.table.delete(predicate);
      } catch (error) {
        // What the table still holds of this sid is read again when next asked.
        this.resident?.forget(sid);
        throw error;
      }
      this.resident?.deleted(sid, fileIds);
    });
  }

  private async countWhere(predicate: string): Promise<number> {
    this.assertOpen();
    const table = this.table;
    return table ? this.gate.read(() => table.countRows(predicate)) : 0;
  }

  /** The table, created on the first batch with that batch's vector length as its fixed dimension. */
  private async tableFor(dimension: number): Promise<Table> {
    if (this.table) {
      if (dimension !== this.dimension) {
        throw new Error(
          `LanceDB table "${this.tableName}" stores ${this.dimension}-dimensional vectors; this batch has ${dimension}-dimensional vectors ` +
            '(a different embedder needs its own table)',
        );
      }
      return this.table;
    }
    if (this.metric === 'dot') await markUnitVectors(this.dir, this.tableName);
    this.table = await this.db.createEmptyTable(this.tableName, chunkSchema(dimension), { mode: 'create', existOk: true });
    this.dimension = dimensionOf(await this.table.schema());
    if (this.dimension !== dimension) return this.tableFor(dimension);
    return this.table;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`LanceDB store for table "${this.tableName}" is closed`);
  }
}
