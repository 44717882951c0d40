// The Pinecone VectorStore, following the original design notes: one index and ONE namespace for every session,
// record ids `<sid>#<fileId>#<chunk>`, every query filtered on `sid ∈ {base, sid}`, deletes by prefix or filter,
// each delete confirmed by listing until Pinecone (eventually consistent) no longer shows the records.
// Pinecone has no BM25: retrieval here is the dense query only.
import type { Index, IndexModel, Pinecone } from '@pinecone-database/pinecone';
import { createPineconeClient } from './pinecone-client';
import { filePrefix, isFileId, isVectorSid, sessionPrefix } from '../../../shared/ids';
import { classify, explain, PineconeStoreError } from './pinecone-errors';
import { hitFromMatch, toPineconeRecord, upsertBatches, validateChunk, wireValues, type ChunkMetadata } from './pinecone-records';
import { retryTransient, sleep, withDefaults, type RetryPolicy } from './pinecone-retry';
import { RecentWrites } from './pinecone-recent-writes';
import type { ChunkHit, ChunkRecord, VectorQuery, VectorStore } from './vector-store';

export { PineconeStoreError } from './pinecone-errors';
export { testPineconeConnection } from './pinecone-connection';

export const DEFAULT_NAMESPACE = '__default__';
const METRIC = 'cosine';
const IDS_PER_DELETE = 1000;
const LIST_PAGE = 100;
const MAX_TOP_K = 10_000;

export interface PineconeStoreOptions {
  apiKey: string;
  indexName: string;
  /** The index's data-plane URL; when absent it is read from the control plane. */
  host?: string;
  /** The control plane; Pinecone's own (https://api.pinecone.io) when absent. */
  controllerHostUrl?: string;
  /** Where a missing index is created (serverless). */
  cloud?: string;
  region?: string;
  /** One namespace holds every session; sessions are told apart by the `sid` metadata. */
  namespace?: string;
  retry?: RetryPolicy;
  /** How long to keep listing after a delete until the records are gone. Default 60 s. */
  deletePollTimeoutMs?: number;
  /** How long to wait for a newly created index to be ready. Default 180 s. */
  readyTimeoutMs?: number;
  /** Per-request time limit, so a silent network does not hang a call forever. Default 30 s. */
  requestTimeoutMs?: number;
}

interface ResolvedIndex {
  index: Index<ChunkMetadata>;
  host: string;
  dimension: number;
}

export class PineconeStore implements VectorStore {
  readonly kind = 'pinecone' as const;
  /**
   * Pinecone acknowledges a delete before it is applied and keeps deleted records in its storage until
   * compaction, so "ended" does not mean "physically erased" at once; the UI says so honestly.
   */
  readonly keepsDeletedRecordsForAWhile = true;

  private readonly client: Pinecone;
  private readonly namespace: string;
  private readonly retryPolicy: ReturnType<typeof withDefaults>;
  private readonly controllerUrl: string;
  private resolved: ResolvedIndex | null = null;
  /** Learned on the first delete-by-filter: false when the index refuses it. */
  private deleteByFilter: boolean | undefined;
  private closed = false;
  /** Ids written lately, which Pinecone's list may not show yet: every delete covers them too. */
  private readonly recentWrites = new RecentWrites();

  private constructor(private readonly options: PineconeStoreOptions) {
    this.client = createPineconeClient(options);
    this.namespace = options.namespace ?? DEFAULT_NAMESPACE;
    this.retryPolicy = withDefaults(options.retry);
    this.controllerUrl = options.controllerHostUrl ?? 'https://api.pinecone.io';
  }

  get location(): string {
    return `pinecone:${this.controllerUrl}|${this.options.host ?? ''}|${this.options.indexName}|${this.namespace}`;
  }

  /** Nothing is sent until the first call, so Docent opens offline and each call can be retried once Pinecone is back. */
  static async open(options: PineconeStoreOptions): Promise<PineconeStore> {
    if (!options.apiKey?.trim()) throw new PineconeStoreError('invalid-input', 'Pinecone needs an API key (Settings → Vector store).');
    if (!/^[a-z0-9-]{1,45}$/.test(options.indexName ?? '')) {
      throw new PineconeStoreError(
        'invalid-input',
        `Pinecone index name ${JSON.stringify(options.indexName)} is not valid: use 1 to 45 lowercase letters, digits or '-'.`,
      );
    }
    return new PineconeStore(options);
  }

  async upsert(records: ChunkRecord[], options?: { signal?: AbortSignal }): Promise<void> {
    this.assertOpen();
    if (records.length === 0) return;
    const dimension = records[0].vector.length;
    for (const record of records) {
      const problem = validateChunk(record, dimension);
      if (problem) throw new PineconeStoreError('invalid-input', problem);
    }
    const signal = options?.signal;
    signal?.throwIfAborted();
    const target = await this.resolveIndex(dimension);
    const batches = upsertBatches(records.map(toPineconeRecord), this.namespace);
    this.recentWrites.note(records);
    for (const batch of batches) {
      // Upsert replaces whole records by id, so a batch retried after an ambiguous failure leaves no duplicate.
      await this.call('upsert', target.host, () => target.index.upsert({ records: batch }), signal);
    }
  }

  async query(query: VectorQuery): Promise<ChunkHit[]> {
    this.assertOpen();
    const sids = [...new Set(query.sids)];
    if (sids.length === 0) throw new PineconeStoreError('invalid-input', 'A search needs at least one session id.');
    const badSid = sids.find((sid) => !isVectorSid(sid));
    if (badSid !== undefined) throw new PineconeStoreError('invalid-input', `Refusing to search: ${JSON.stringify(badSid)} is not a valid session id.`);
    const k = Math.min(MAX_TOP_K, Math.floor(query.k));
    if (!(k >= 1)) throw new PineconeStoreError('invalid-input', `A search needs k ≥ 1, got ${query.k}.`);
    const target = await this.resolveIndex();
    if (!target) return [];
    if (query.vector.length !== target.dimension) throw this.dimensionError(target.dimension, query.vector.length);
    const response = await this.call('query', target.host, () =>
      target.index.query({
        vector: wireValues(query.vector),
        topK: k,
        filter: { sid: { $in: sids } },
        includeMetadata: true,
        includeValues: false,
      }),
    );
    const allowed = new Set(sids);
    // The filter already keeps other sessions out; checking again costs nothing and guards the promise.
    return response.matches.map(hitFromMatch).filter((hit): hit is ChunkHit => hit !== null && allowed.has(hit.sid));
  }

  async deleteFile(sid: string, fileId: string): Promise<void> {
    this.assertOpen();
    this.checkSid(sid);
    if (!isFileId(fileId)) throw new PineconeStoreError('invalid-input', `Refusing to delete: ${JSON.stringify(fileId)} is not a valid file id.`);
    const target = await this.resolveIndex();
    if (!target) return;
    await this.deleteListedAndRecent(target, filePrefix(sid, fileId));
  }

  async deleteFiles(sid: string, fileIds: readonly string[]): Promise<void> {
    for (const fileId of new Set(fileIds)) await this.deleteFile(sid, fileId);
  }

  async deleteSession(sid: string): Promise<void> {
    this.assertOpen();
    this.checkSid(sid);
    const target = await this.resolveIndex();
    if (!target) return;
    const prefix = sessionPrefix(sid);
    if (this.deleteByFilter !== false) {
      try {
        await this.call('delete by filter', target.host, () => target.index.deleteMany({ filter: { sid: { $eq: sid } } }));
        this.deleteByFilter = true;
        // Leftovers seen right after a filter delete are usually the delete not applied yet: give it a moment
        // before deleting them one by one.
        await this.confirmGone(target, prefix, new Set(), 1000);
        this.recentWrites.drop(prefix);
        return;
      } catch (error) {
        if (classify(error) !== 'rejected') throw error;
        // Indexes that predate delete-by-filter answer 400; list the session's prefix instead.
        this.deleteByFilter = false;
      }
    }
    await this.deleteListedAndRecent(target, prefix);
  }

  async countSession(sid: string): Promise<number> {
    this.assertOpen();
    this.checkSid(sid);
    const target = await this.resolveIndex();
    return target ? (await this.listIds(target, sessionPrefix(sid))).length : 0;
  }

  async countFile(sid: string, fileId: string): Promise<number> {
    this.assertOpen();
    this.checkSid(sid);
    if (!isFileId(fileId)) throw new PineconeStoreError('invalid-input', `${JSON.stringify(fileId)} is not a valid file id.`);
    const target = await this.resolveIndex();
    return target ? (await this.listIds(target, filePrefix(sid, fileId))).length : 0;
  }

  /** Pinecone offers no way to force deleted records out of its storage; see keepsDeletedRecordsForAWhile. */
  async purgeDeleted(): Promise<void> {}

  /** Pinecone indexes what it is sent by itself. */
  async refreshIndexes(): Promise<void> {}

  async close(): Promise<void> {
    this.closed = true;
  }

  /**
   * The index to talk to, created (serverless, cosine) when `dimension` is given and it does not exist yet.
   * Returns null when it does not exist and nothing asked to create it: there is nothing to read or delete.
   */
  private async resolveIndex(dimension: number): Promise<ResolvedIndex>;
  private async resolveIndex(dimension?: number): Promise<ResolvedIndex | null>;
  private async resolveIndex(dimension?: number): Promise<ResolvedIndex | null> {
    if (this.resolved) {
      if (dimension !== undefined && dimension !== this.resolved.dimension) throw this.dimensionError(this.resolved.dimension, dimension);
      return this.resolved;
    }
    const name = this.options.indexName;
    let model = await this.describe();
    if (!model) {
      if (dimension === undefined) return null;
      await this.call('create index', this.controllerUrl, () =>
        this.client.createIndex({
          name,
          dimension,
          metric: METRIC,
          spec: { serverless: { cloud: this.options.cloud ?? 'aws', region: this.options.region ?? 'us-east-1' } },
          // Another Docent may create it at the same moment; either way it exists afterwards.
          suppressConflicts: true,
          waitUntilReady: false,
        }),
      );
      model = await this.describe();
      if (!model) throw new PineconeStoreError('not-found', `Pinecone index "${name}" was created but ${this.controllerUrl} does not list it.`);
    }
    model = await this.waitUntilReady(model);
    const existing = { dimension: model.dimension, metric: model.metric };
    if (existing.metric !== METRIC || (dimension !== undefined && existing.dimension !== dimension)) {
      throw new PineconeStoreError(
        'index-mismatch',
        `Pinecone index "${name}" has dimension ${existing.dimension} and metric ${existing.metric}, but Docent needs ` +
          `dimension ${dimension ?? existing.dimension} and metric ${METRIC} for the current embedder. ` +
          `Choose another index name or an embedder with ${existing.dimension} dimensions.`,
      );
    }
    if (typeof existing.dimension !== 'number') throw new PineconeStoreError('index-mismatch', `Pinecone index "${name}" has no dense vector dimension.`);
    const host = this.options.host ?? model.host;
    this.resolved = { index: this.client.index<ChunkMetadata>({ host, namespace: this.namespace }), host, dimension: existing.dimension };
    return this.resolved;
  }

  private async describe(): Promise<IndexModel | null> {
    try {
      return await this.call('describe index', this.controllerUrl, () => this.client.describeIndex(this.options.indexName));
    } catch (error) {
      if (classify(error) === 'not-found') return null;
      throw error;
    }
  }

  private async waitUntilReady(initial: IndexModel): Promise<IndexModel> {
    const deadline = Date.now() + (this.options.readyTimeoutMs ?? 180_000);
    let model = initial;
    let delay = 200;
    while (!model.status?.ready) {
      if (Date.now() > deadline) {
        throw new PineconeStoreError('timeout', `Pinecone index "${this.options.indexName}" is still ${model.status?.state ?? 'not ready'}; try again in a minute.`);
      }
      await sleep(delay);
      delay = Math.min(delay * 2, 5000);
      const next = await this.describe();
      if (!next) throw new PineconeStoreError('not-found', `Pinecone index "${this.options.indexName}" disappeared while Docent waited for it to be ready.`);
      model = next;
    }
    return model;
  }

  /** Every record id under `prefix`, page by page (Pinecone lists at most 100 ids per page). */
  private async listIds(target: ResolvedIndex, prefix: string): Promise<string[]> {
    const ids: string[] = [];
    const seenTokens = new Set<string>();
    let paginationToken: string | undefined;
    do {
      const token = paginationToken;
      const page = await this.call('list', target.host, () =>
        target.index.listPaginated({ prefix, limit: LIST_PAGE, ...(token ? { paginationToken: token } : {}) }),
      );
      for (const vector of page.vectors ?? []) if (vector.id) ids.push(vector.id);
      paginationToken = page.pagination?.next || undefined;
      if (paginationToken && seenTokens.has(paginationToken)) break; // a server repeating itself must not loop us forever
      if (paginationToken) seenTokens.add(paginationToken);
    } while (paginationToken);
    return ids;
  }

  /** Deletes what Pinecone lists under `prefix` and what this store wrote there lately (not listed yet), and confirms. */
  private async deleteListedAndRecent(target: ResolvedIndex, prefix: string): Promise<void> {
    const ids = [...new Set([...(await this.listIds(target, prefix)), ...this.recentWrites.idsUnder(prefix)])];
    await this.deleteIds(target, ids);
    await this.confirmGone(target, prefix, new Set(ids), 0);
    this.recentWrites.drop(prefix);
  }

  private async deleteIds(target: ResolvedIndex, ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += IDS_PER_DELETE) {
      const slice = ids.slice(i, i + IDS_PER_DELETE);
      await this.call('delete', target.host, () => target.index.deleteMany({ ids: slice }));
    }
  }

  /**
   * Lists `prefix` until it is empty. Ids already deleted are waited for (Pinecone applies deletes later);
   * ids never deleted (writes that were not visible yet when we listed) are deleted once `graceMs` has passed.
   */
  private async confirmGone(target: ResolvedIndex, prefix: string, deleted: Set<string>, graceMs: number): Promise<void> {
    const started = Date.now();
    const timeoutMs = this.options.deletePollTimeoutMs ?? 60_000;
    let delay = 50;
    for (;;) {
      const remaining = await this.listIds(target, prefix);
      if (remaining.length === 0) return;
      const elapsed = Date.now() - started;
      const fresh = remaining.filter((id) => !deleted.has(id));
      if (fresh.length > 0 && elapsed >= graceMs) {
        await this.deleteIds(target, fresh);
        for (const id of fresh) deleted.add(id);
      }
      if (elapsed >= timeoutMs) {
        throw new PineconeStoreError(
          'delete-unconfirmed',
          `${remaining.length} record(s) under "${prefix}" are still listed by Pinecone index "${this.options.indexName}" ` +
            `${(elapsed / 1000).toFixed(1)} s after deleting them; the delete has to be checked again later.`,
        );
      }
      await sleep(Math.min(delay, Math.max(1, timeoutMs - elapsed)));
      delay = Math.min(delay * 2, 2000);
    }
  }

  private call<T>(operation: string, url: string, run: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return retryTransient(run, {
      policy: this.retryPolicy,
      operation,
      signal,
      explain: (error) => explain(error, { operation, url, indexName: this.options.indexName }),
    });
  }

  private dimensionError(indexDimension: number, got: number): PineconeStoreError {
    return new PineconeStoreError(
      'index-mismatch',
      `Pinecone index "${this.options.indexName}" has dimension ${indexDimension}, but these vectors have dimension ${got}. ` +
        `Choose another index name or an embedder with ${indexDimension} dimensions.`,
    );
  }

  private checkSid(sid: string): void {
    if (!isVectorSid(sid)) throw new PineconeStoreError('invalid-input', `Refusing to touch vectors: ${JSON.stringify(sid)} is not a valid session id.`);
  }

  private assertOpen(): void {
    if (this.closed) throw new PineconeStoreError('invalid-input', 'This Pinecone store was closed.');
  }
}
