// One in-memory Pinecone index: its namespaces, the data-plane operations with the real limits and error bodies,
// and an optional read-after-write lag (writes are acknowledged at once but become visible to reads later).
import { filterError, matchesFilter, type Metadata } from './filter';
import { badRequest, ok, type Reply } from './reply';

export type Metric = 'cosine' | 'dotproduct' | 'euclidean';

export const LIMITS = {
  recordsPerUpsert: 1000,
  requestBytes: 2 * 1024 * 1024,
  metadataBytes: 40_960,
  topK: 10_000,
  idsPerFetchOrDelete: 1000,
  listDefault: 100,
  listMax: 100,
  idChars: 512,
  dimensionMax: 20_000,
} as const;

export const DEFAULT_NAMESPACE = '__default__';

export interface StoredRecord {
  id: string;
  values: number[];
  metadata?: Metadata;
}

type Namespace = Map<string, StoredRecord>;

export interface IndexDataOptions {
  name: string;
  dimension: number;
  metric: Metric;
  listLagMs: number;
  /** Lag of deletes alone; defaults to listLagMs. */
  deleteLagMs?: number;
  supportsDeleteByFilter: boolean;
}

export class IndexData {
  readonly name: string;
  readonly dimension: number;
  readonly metric: Metric;
  private readonly namespaces = new Map<string, Namespace>();
  /** Writes acknowledged but not yet visible, in order. */
  private readonly pending: { visibleAt: number; apply: () => void }[] = [];

  constructor(private readonly options: IndexDataOptions) {
    this.name = options.name;
    this.dimension = options.dimension;
    this.metric = options.metric;
  }

  upsert(body: Record<string, unknown>, requestBytes: number): Reply {
    if (requestBytes > LIMITS.requestBytes) {
      const mb = Math.ceil(requestBytes / (1024 * 1024));
      return badRequest(`Request size ${mb}MB exceeds the maximum supported size of 2MB`);
    }
    const vectors = body.vectors;
    if (!Array.isArray(vectors) || vectors.length === 0) return badRequest('No vectors provided: an upsert needs 1 to 1000 records.');
    if (vectors.length > LIMITS.recordsPerUpsert) {
      return badRequest(`Upsert request contains ${vectors.length} vectors, which exceeds the limit of ${LIMITS.recordsPerUpsert} vectors per request.`);
    }
    const records: StoredRecord[] = [];
    for (const raw of vectors) {
      const checked = this.checkRecord(raw);
      if (typeof checked === 'string') return badRequest(checked);
      records.push(checked);
    }
    const ns = namespaceOf(body);
    this.write(() => {
      const target = this.namespace(ns, true)!;
      for (const record of records) target.set(record.id, record);
    });
    return ok({ upsertedCount: records.length });
  }

  query(body: Record<string, unknown>): Reply {
    const topK = body.topK;
    if (typeof topK !== 'number' || !Number.isInteger(topK) || topK < 1 || topK > LIMITS.topK) {
      return badRequest(`Invalid topK ${JSON.stringify(topK)}: topK must be an integer between 1 and ${LIMITS.topK}.`);
    }
    const hasVector = body.vector !== undefined;
    const hasId = body.id !== undefined;
    if (hasVector === hasId) return badRequest('Exactly one of vector or id must be provided.');
    if (body.filter !== undefined) {
      const error = filterError(body.filter);
      if (error) return badRequest(error);
    }
    const ns = namespaceOf(body);
    const records = this.visible(ns);
    let vector: number[];
    if (hasVector) {
      if (!Array.isArray(body.vector) || !body.vector.every((v) => typeof v === 'number' && Number.isFinite(v))) {
        return badRequest('Query vector must be an array of numbers.');
      }
      vector = body.vector as number[];
      if (vector.length !== this.dimension) return badRequest(dimensionMismatch(vector.length, this.dimension));
    } else {
      const found = records?.get(String(body.id));
      if (!found) return ok({ matches: [], namespace: ns, usage: { readUnits: 1 } });
      vector = found.values;
    }
    const filter = body.filter as Record<string, unknown> | undefined;
    const scored: { record: StoredRecord; score: number }[] = [];
    for (const record of records?.values() ?? []) {
      if (filter && !matchesFilter(record.metadata, filter)) continue;
      scored.push({ record, score: score(this.metric, vector, record.values) });
    }
    // Euclidean scores are squared distances: lower is closer.
    scored.sort((a, b) => (this.metric === 'euclidean' ? a.score - b.score : b.score - a.score));
    const matches = scored.slice(0, topK).map(({ record, score: s }) => ({
      id: record.id,
      score: s,
      values: body.includeValues === true ? record.values : [],
      ...(body.includeMetadata === true && record.metadata ? { metadata: record.metadata } : {}),
    }));
    return ok({ matches, namespace: ns, usage: { readUnits: Math.max(1, Math.ceil(matches.length / 100)) } });
  }

  fetch(params: URLSearchParams): Reply {
    const ids = params.getAll('ids');
    if (ids.length === 0) return badRequest('No ids provided: fetch needs 1 to 1000 ids.');
    if (ids.length > LIMITS.idsPerFetchOrDelete) return badRequest(tooManyIds('fetch', ids.length));
    const ns = params.get('namespace') || DEFAULT_NAMESPACE;
    const records = this.visible(ns);
    const vectors: Record<string, StoredRecord> = {};
    for (const id of ids) {
      const found = records?.get(id);
      if (found) vectors[id] = found;
    }
    return ok({ vectors, namespace: ns, usage: { readUnits: 1 } });
  }

  update(body: Record<string, unknown>): Reply {
    const ns = namespaceOf(body);
    const setMetadata = body.setMetadata;
    if (setMetadata !== undefined) {
      const error = metadataError(setMetadata);
      if (error) return badRequest(error);
    }
    if (body.filter !== undefined) {
      const error = filterError(body.filter);
      if (error) return badRequest(error);
      if (setMetadata === undefined) return badRequest('An update by filter needs setMetadata.');
      const filter = body.filter as Record<string, unknown>;
      const matched = [...(this.visible(ns)?.values() ?? [])].filter((r) => matchesFilter(r.metadata, filter)).length;
      this.write(() => {
        for (const record of this.namespace(ns)?.values() ?? []) {
          if (matchesFilter(record.metadata, filter)) record.metadata = { ...record.metadata, ...(setMetadata as Metadata) };
        }
      });
      return ok({ matchedRecords: matched });
    }
    if (typeof body.id !== 'string' || body.id.length === 0) return badRequest('An update needs an id or a filter.');
    const id = body.id;
    if (body.values !== undefined) {
      const values = body.values;
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
        return badRequest('Vector values must be an array of numbers.');
      }
      if (values.length !== this.dimension) return badRequest(dimensionMismatch(values.length, this.dimension));
    }
    this.write(() => {
      const record = this.namespace(ns)?.get(id);
      if (!record) return;
      if (body.values !== undefined) record.values = body.values as number[];
      if (setMetadata !== undefined) record.metadata = { ...record.metadata, ...(setMetadata as Metadata) };
    });
    return ok({});
  }

  delete(body: Record<string, unknown>): Reply {
    const ns = namespaceOf(body);
    if (body.deleteAll === true) {
      this.write(() => this.namespaces.delete(ns), 'delete');
      return ok({});
    }
    if (body.ids !== undefined) {
      const ids = body.ids;
      if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
        return badRequest('ids must be a non-empty array of strings.');
      }
      if (ids.length > LIMITS.idsPerFetchOrDelete) return badRequest(tooManyIds('delete', ids.length));
      this.write(() => {
        const target = this.namespace(ns);
        for (const id of ids as string[]) target?.delete(id);
      }, 'delete');
      return ok({});
    }
    if (body.filter !== undefined) {
      if (!this.options.supportsDeleteByFilter) {
        return badRequest('Serverless and Starter indexes do not support deleting with metadata filtering');
      }
      const error = filterError(body.filter);
      if (error) return badRequest(error);
      const filter = body.filter as Record<string, unknown>;
      this.write(() => {
        const target = this.namespace(ns);
        for (const [id, record] of target ?? []) if (matchesFilter(record.metadata, filter)) target!.delete(id);
      }, 'delete');
      return ok({});
    }
    return badRequest('A delete needs ids, a filter or deleteAll.');
  }

  list(params: URLSearchParams): Reply {
    const limitText = params.get('limit');
    const limit = limitText === null ? LIMITS.listDefault : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > LIMITS.listMax) {
      return badRequest(`Invalid limit ${limitText}: limit must be an integer between 1 and ${LIMITS.listMax}.`);
    }
    const prefix = params.get('prefix') ?? '';
    const ns = params.get('namespace') || DEFAULT_NAMESPACE;
    const token = params.get('paginationToken');
    let after: string | null = null;
    if (token) {
      after = decodeToken(token);
      if (after === null) return badRequest('Invalid pagination token.');
    }
    const ids = [...(this.visible(ns)?.keys() ?? [])]
      .filter((id) => id.startsWith(prefix) && (after === null || compareBytes(id, after) > 0))
      .sort(compareBytes);
    const page = ids.slice(0, limit);
    const more = ids.length > limit;
    return ok({
      vectors: page.map((id) => ({ id })),
      ...(more ? { pagination: { next: encodeToken(page[page.length - 1]) } } : {}),
      namespace: ns,
      usage: { readUnits: 1 },
    });
  }

  stats(): Reply {
    this.flush();
    const namespaces: Record<string, { vectorCount: number }> = {};
    let total = 0;
    for (const [name, records] of this.namespaces) {
      namespaces[name] = { vectorCount: records.size };
      total += records.size;
    }
    return ok({ namespaces, dimension: this.dimension, indexFullness: 0, totalVectorCount: total, metric: this.metric, vectorType: 'dense' });
  }

  /** The records a read would see now in `ns`, or in every namespace when it is omitted; copies, for tests that check what was really stored. */
  records(ns?: string): StoredRecord[] {
    this.flush();
    const namespaces = ns === undefined ? [...this.namespaces.values()] : [this.namespaces.get(ns) ?? new Map<string, StoredRecord>()];
    return namespaces.flatMap((records) => [...records.values()].map((record) => structuredClone(record)));
  }

  /** Writes acknowledged but not yet visible. */
  pendingWrites(): number {
    this.flush();
    return this.pending.length;
  }

  /** Namespace names with their visible record counts. */
  namespaceCounts(): Map<string, number> {
    this.flush();
    return new Map([...this.namespaces].map(([name, records]) => [name, records.size]));
  }

  deleteNamespace(ns: string): boolean {
    this.flush();
    return this.namespaces.delete(ns);
  }

  private checkRecord(raw: unknown): StoredRecord | string {
    if (typeof raw !== 'object' || raw === null) return 'Each vector must be an object with id and values.';
    const { id, values, metadata } = raw as Record<string, unknown>;
    if (typeof id !== 'string' || id.length === 0 || id.length > LIMITS.idChars || !/^[\x20-\x7e]*$/.test(id)) {
      return `Invalid vector id ${JSON.stringify(id)}: ids must be ASCII strings of 1 to ${LIMITS.idChars} characters.`;
    }
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      return `Vector ${id} has invalid values: an array of numbers is required.`;
    }
    if (values.length !== this.dimension) return dimensionMismatch(values.length, this.dimension);
    if (!values.some((v) => Math.abs(v) >= 1e-8)) return `Dense vectors must contain at least one non-zero value (vector ${id}).`;
    if (metadata !== undefined) {
      const error = metadataError(metadata);
      if (error) return error;
    }
    return { id, values: values as number[], ...(metadata !== undefined ? { metadata: metadata as Metadata } : {}) };
  }

  private write(apply: () => void, kind: 'write' | 'delete' = 'write'): void {
    const lag = kind === 'delete' ? (this.options.deleteLagMs ?? this.options.listLagMs) : this.options.listLagMs;
    this.flush();
    // Writes stay in order: one queued behind a lagging write waits for it.
    if (lag <= 0 && this.pending.length === 0) {
      apply();
      return;
    }
    this.pending.push({ visibleAt: Date.now() + Math.max(0, lag), apply });
  }

  /** Applies every acknowledged write whose lag has passed, in the order it was made. */
  private flush(): void {
    const now = Date.now();
    while (this.pending.length > 0 && this.pending[0].visibleAt <= now) this.pending.shift()!.apply();
  }

  private visible(ns: string): Namespace | undefined {
    this.flush();
    return this.namespaces.get(ns);
  }

  private namespace(ns: string, create = false): Namespace | undefined {
    let found = this.namespaces.get(ns);
    if (!found && create) this.namespaces.set(ns, (found = new Map()));
    return found;
  }
}

export function dimensionMismatch(got: number, expected: number): string {
  return `Vector dimension ${got} does not match the dimension of the index ${expected}`;
}

function tooManyIds(op: string, count: number): string {
  return `Too many ids in ${op} request: ${count}; the maximum is ${LIMITS.idsPerFetchOrDelete}.`;
}

function namespaceOf(body: Record<string, unknown>): string {
  return typeof body.namespace === 'string' && body.namespace !== '' ? body.namespace : DEFAULT_NAMESPACE;
}

/** The 400 message for metadata the real service refuses, or null. */
export function metadataError(metadata: unknown): string | null {
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) return 'Metadata must be a JSON object.';
  const size = Buffer.byteLength(JSON.stringify(metadata), 'utf8');
  if (size > LIMITS.metadataBytes) {
    return `metadata size is ${size} bytes, which exceeds the limit of ${LIMITS.metadataBytes} bytes per vector`;
  }
  for (const [key, value] of Object.entries(metadata)) {
    if (key.startsWith('$')) return `Metadata key ${key} is invalid: keys must not start with '$'.`;
    const valid =
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value)) ||
      (Array.isArray(value) && value.every((v) => typeof v === 'string'));
    if (!valid) {
      return `Metadata value for field ${key} must be a string, number, boolean or list of strings, got ${JSON.stringify(value)}.`;
    }
  }
  return null;
}

function score(metric: Metric, a: number[], b: number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  let squared = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    normA += a[i] * a[i];
    normB += b[i] * b[i];
    squared += (a[i] - b[i]) ** 2;
  }
  if (metric === 'dotproduct') return dot;
  if (metric === 'euclidean') return squared;
  const denominator = Math.sqrt(normA) * Math.sqrt(normB);
  return denominator === 0 ? 0 : dot / denominator;
}

/** Bytewise order of UTF-8 ids. Stored ids are ASCII (checked on upsert), where UTF-16 order is the same and far cheaper. */
export function compareBytes(a: string, b: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(a) && /^[\x00-\x7f]*$/.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function encodeToken(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId }), 'utf8').toString('base64url');
}

function decodeToken(token: string): string | null {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { after?: unknown };
    return typeof parsed.after === 'string' ? parsed.after : null;
  } catch {
    return null;
  }
}
