// The vector half of a LanceDB query, answered from memory. Without an ANN index LanceDB answers a vector query by
// reading and decoding every vector of the table from disk (at 22k chunks × 512 dimensions: 45 MB per question, 30–160
// ms on this 2-core machine, and the buffers' churn took the process's RSS past 800 MiB), while the distances
// themselves take 6 ms. ANN indexes do not help the built-in lexical vectors: on their sparse, hashed vectors HNSW
// found 38–65 % of the exact top 60 and IVF lost recall too (lancedb-indexes.ts). So the vectors of the sessions
// being asked are kept here, quantized to 16-bit integers with a scale per row (half their size, 22 MB at 22k chunks
// × 512 dimensions; a term's error is under 1/65,000 of the row's largest, so rankings are LanceDB's but for exact
// ties), and scanned exactly: the question's zero dimensions are skipped, which the lexical embedder's sparse questions
// make cheap (3 ms at 22k chunks).
//
// The store keeps this in step with the table: rows it commits are added, rows it deletes removed, a sid whose state
// is uncertain (a failed write, a load that raced a change) is dropped and loaded again when next asked.

/** One sid's rows: ids, quantized unit vectors and their scales, in slots packed at the front. */
class SidRows {
  ids: string[] = [];
  slotOf = new Map<string, number>();
  codes: Int16Array;
  scales: Float32Array;

  constructor(readonly dimension: number, capacity = 64) {
    this.codes = new Int16Array(capacity * dimension);
    this.scales = new Float32Array(capacity);
  }

  get size(): number {
    return this.ids.length;
  }

  get bytes(): number {
    return this.codes.byteLength + this.scales.byteLength + this.ids.length * 64;
  }

  set(id: string, unit: ArrayLike<number>): void {
    let slot = this.slotOf.get(id);
    if (slot === undefined) {
      slot = this.ids.length;
      if (slot === this.scales.length) this.grow();
      this.ids.push(id);
      this.slotOf.set(id, slot);
    }
    quantizeInto(unit, this.codes, slot * this.dimension, this.dimension, this.scales, slot);
  }

  /** Removes the rows `doomed` picks, moving the last rows into the holes (order is not kept: ranking is by score). */
  removeWhere(doomed: (id: string) => boolean): void {
    for (let slot = this.ids.length - 1; slot >= 0; slot--) if (doomed(this.ids[slot])) this.removeSlot(slot);
  }

  private removeSlot(slot: number): void {
    const last = this.ids.length - 1;
    this.slotOf.delete(this.ids[slot]);
    if (slot !== last) {
      const moved = this.ids[last];
      this.ids[slot] = moved;
      this.slotOf.set(moved, slot);
      this.codes.copyWithin(slot * this.dimension, last * this.dimension, (last + 1) * this.dimension);
      this.scales[slot] = this.scales[last];
    }
    this.ids.pop();
  }

  private grow(): void {
    const capacity = this.scales.length * 2;
    const codes = new Int16Array(capacity * this.dimension);
    codes.set(this.codes);
    const scales = new Float32Array(capacity);
    scales.set(this.scales);
    this.codes = codes;
    this.scales = scales;
  }
}

function quantizeInto(unit: ArrayLike<number>, codes: Int16Array, offset: number, dimension: number, scales: Float32Array, slot: number): void {
  let largest = 0;
  for (let i = 0; i < dimension; i++) largest = Math.max(largest, Math.abs(unit[i]));
  const scale = largest > 0 ? largest / 32767 : 0;
  scales[slot] = scale;
  for (let i = 0; i < dimension; i++) codes[offset + i] = scale > 0 ? Math.round(unit[i] / scale) : 0;
}

/** A vector at unit length (zero stays zero), as the table ranks them (dot product of unit vectors). */
export function toUnit(vector: ArrayLike<number>): Float32Array {
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += vector[i] * vector[i];
  norm = Math.sqrt(norm);
  const unit = new Float32Array(vector.length);
  if (norm > 0) for (let i = 0; i < vector.length; i++) unit[i] = vector[i] / norm;
  return unit;
}

export interface ResidentHit {
  id: string;
  /** Dot product with the question's unit vector: cosine similarity. */
  similarity: number;
}

/** A source of one sid's rows, read from the table in batches. */
export type SidLoader = (sid: string) => AsyncIterable<{ ids: readonly string[]; vectors: Float32Array }>;

export interface ResidentVectorsOptions {
  dimension: number;
  /** Memory for all sids held; a sid that would not fit is left to LanceDB. Default 256 MiB. */
  maxBytes?: number;
}

export class ResidentVectors {
  private readonly held = new Map<string, SidRows>();
  /** Bumped by every change to a sid, so that a load racing a change is not trusted. */
  private readonly changes = new Map<string, number>();
  private readonly tooLarge = new Set<string>();
  readonly dimension: number;
  private readonly maxBytes: number;

  constructor(options: ResidentVectorsOptions) {
    this.dimension = options.dimension;
    this.maxBytes = options.maxBytes ?? 256 * 2 ** 20;
  }

  /** The rows a commit stored: held sids take them, the others will read them from the table when loaded. */
  upserted(records: readonly { sid: string; id: string; vector: ArrayLike<number> }[]): void {
    const grown = new Set<string>();
    for (const record of records) {
      this.bump(record.sid);
      const rows = this.held.get(record.sid);
      if (!rows) continue;
      rows.set(record.id, toUnit(record.vector));
      grown.add(record.sid);
    }
    // Over the budget, as a load would be: the sids asked least lately make room first, and a held sid that outgrows
    // the budget by itself as files are added to it goes back to LanceDB.
    if (!grown.size || this.makeRoom(grown)) return;
    for (const sid of grown) {
      this.held.delete(sid);
      this.tooLarge.add(sid);
    }
  }

  /** Rows deleted from the table: a whole sid, or the given files of it. */
  deleted(sid: string, fileIds?: readonly string[]): void {
    this.bump(sid);
    this.tooLarge.delete(sid);
    const rows = this.held.get(sid);
    if (!rows) return;
    if (!fileIds) {
      this.held.delete(sid);
      return;
    }
    const files = new Set(fileIds);
    rows.removeWhere((id) => files.has(fileIdOf(id)));
  }

  /** What the table holds for `sid` is no longer known here (a write that may or may not have committed). */
  forget(sid: string): void {
    this.bump(sid);
    this.held.delete(sid);
  }

  clear(): void {
    for (const sid of this.held.keys()) this.bump(sid);
    this.held.clear();
    this.tooLarge.clear();
  }

  holds(sid: string): boolean {
    return this.held.has(sid);
  }

  /**
   * Loads the sids not held yet, making room by dropping the sids asked least lately. Returns false when one of them
   * cannot be held (larger than the budget, or it changed while loading): the caller then asks LanceDB this time.
   */
  async load(sids: readonly string[], loader: SidLoader): Promise<boolean> {
    const asked = new Set(sids);
    for (const sid of asked) {
      const held = this.held.get(sid);
      if (held) {
        // Most lately asked last: the first in the map is the first to go.
        this.held.delete(sid);
        this.held.set(sid, held);
        continue;
      }
      if (this.tooLarge.has(sid)) return false;
      // A question and the session's opening may ask at once: one read of the table serves both.
      let loading = this.loading.get(sid);
      if (!loading) {
        loading = this.loadOne(sid, asked, loader).finally(() => this.loading.delete(sid));
        this.loading.set(sid, loading);
      }
      if (!(await loading)) return false;
    }
    return true;
  }

  private readonly loading = new Map<string, Promise<boolean>>();

  private async loadOne(sid: string, asked: ReadonlySet<string>, loader: SidLoader): Promise<boolean> {
    const before = this.changes.get(sid) ?? 0;
    const rows = new SidRows(this.dimension);
    const budget = this.maxBytes - this.bytesHeld((other) => asked.has(other));
    for await (const batch of loader(sid)) {
      for (let i = 0; i < batch.ids.length; i++) rows.set(batch.ids[i], toUnit(batch.vectors.subarray(i * this.dimension, (i + 1) * this.dimension)));
      if (rows.bytes > budget) {
        this.tooLarge.add(sid);
        return false;
      }
    }
    if ((this.changes.get(sid) ?? 0) !== before) return false;
    this.makeRoom(asked, rows.bytes);
    this.held.set(sid, rows);
    return true;
  }

  /** The `limit` rows of `sids` most similar to `vector`, best first (ties: the earlier slot). */
  nearest(vector: ArrayLike<number>, sids: readonly string[], limit: number): ResidentHit[] {
    const query = toUnit(vector);
    const dims: number[] = [];
    for (let i = 0; i < query.length; i++) if (query[i] !== 0) dims.push(i);
    const weights = Float32Array.from(dims, (i) => query[i]);
    const best = new TopK(limit);
    for (const sid of new Set(sids)) {
      const rows = this.held.get(sid);
      if (!rows) continue;
      const { codes, scales, ids, dimension } = rows;
      for (let slot = 0; slot < ids.length; slot++) {
        const offset = slot * dimension;
        let sum = 0;
        for (let j = 0; j < dims.length; j++) sum += codes[offset + dims[j]] * weights[j];
        best.offer(sum * scales[slot], ids[slot]);
      }
    }
    return best.sorted();
  }

  /**
   * Drops the sids asked least lately, except `keep`, until what is held plus `more` bytes fits the budget. Returns
   * whether it fits.
   */
  private makeRoom(keep: ReadonlySet<string>, more = 0): boolean {
    for (const other of this.held.keys()) {
      if (this.bytesHeld() + more <= this.maxBytes) return true;
      if (!keep.has(other)) this.held.delete(other);
    }
    return this.bytesHeld() + more <= this.maxBytes;
  }

  private bytesHeld(only: (sid: string) => boolean = () => true): number {
    let bytes = 0;
    for (const [sid, rows] of this.held) if (only(sid)) bytes += rows.bytes;
    return bytes;
  }

  private bump(sid: string): void {
    this.changes.set(sid, (this.changes.get(sid) ?? 0) + 1);
  }
}

/** `<sid>#<fileId>#<chunk>` → fileId. */
function fileIdOf(id: string): string {
  const first = id.indexOf('#');
  return id.slice(first + 1, id.indexOf('#', first + 1));
}

/** The best `limit` scores seen, kept in a small sorted array (limits are tens to a few hundred). */
class TopK {
  private readonly scores: number[] = [];
  private readonly ids: string[] = [];
  constructor(private readonly limit: number) {}

  offer(score: number, id: string): void {
    const n = this.scores.length;
    if (n === this.limit && score <= this.scores[n - 1]) return;
    let at = n;
    while (at > 0 && this.scores[at - 1] < score) at--;
    this.scores.splice(at, 0, score);
    this.ids.splice(at, 0, id);
    if (this.scores.length > this.limit) {
      this.scores.pop();
      this.ids.pop();
    }
  }

  sorted(): ResidentHit[] {
    return this.ids.map((id, i) => ({ id, similarity: this.scores[i] }));
  }
}
