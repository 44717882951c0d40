// One interface for every place vectors live: embedded LanceDB (default) or Pinecone.
// Records follow the original design notes: id `<sid>#<fileId>#<chunk>`, metadata sid, fileId, fileName, chunk, page, text.

export interface ChunkRecord {
  sid: string;
  fileId: string;
  fileName: string;
  chunk: number;
  page: number;
  pageEnd: number;
  /** Character span: start offset in `page`'s text, exclusive end offset in `pageEnd`'s text. */
  start: number;
  end: number;
  text: string;
  vector: Float32Array | number[];
}

export type ChunkHit = Omit<ChunkRecord, 'vector'> & {
  /** Higher is better. Comparable only within one query's results. */
  score: number;
};

export interface VectorQuery {
  vector: Float32Array | number[];
  /** The question text, for the full-text (BM25) half of hybrid search where the store has one. */
  text: string;
  /** Exactly the sids to search: always `base` plus the current session. */
  sids: string[];
  k: number;
}

export interface UpsertOptions {
  signal?: AbortSignal;
  /** More parts of the same document come next, so index upkeep can wait for the last one. */
  moreFollow?: boolean;
  /**
   * Whether other documents' upserts are on their way (other files of a job still being read). False lets a store
   * that gathers upserts into one write (LanceDbStore) write at once; unknown (undefined) is taken as "maybe".
   */
  othersComing?: boolean;
}

export interface VectorStore {
  readonly kind: 'lancedb' | 'pinecone';
  /**
   * Where the records live (a LanceDB table, a Pinecone index and namespace). Two store objects with the same
   * location see the same records: re-indexing into it replaces them by id, and must not delete them afterwards.
   */
  readonly location: string;
  /**
   * True when the store keeps deleted records for a while after a delete (Pinecone's soft delete),
   * so the UI can say so honestly when a session ends.
   */
  readonly keepsDeletedRecordsForAWhile: boolean;
  upsert(records: ChunkRecord[], options?: UpsertOptions): Promise<void>;
  query(query: VectorQuery): Promise<ChunkHit[]>;
  deleteFile(sid: string, fileId: string): Promise<void>;
  /** The same for several files of one session, in as few store operations as the store allows. */
  deleteFiles(sid: string, fileIds: readonly string[]): Promise<void>;
  deleteSession(sid: string): Promise<void>;
  countSession(sid: string): Promise<number>;
  countFile(sid: string, fileId: string): Promise<number>;
  /**
   * Makes deletes physical where the store can: LanceDB compacts and drops old versions so erased text is gone
   * from the disk. A no-op where the store cannot (Pinecone).
   */
  purgeDeleted(): Promise<void>;
  /**
   * Called when a burst of writes ends (an ingest job): brings the store's indexes up to date with what was added,
   * where the store keeps its own (LanceDB's full-text index), instead of after every write. A no-op elsewhere.
   */
  refreshIndexes(): Promise<void>;
  /**
   * Readies the store for questions on these sids, e.g. when a session is opened (LanceDB reads their vectors into
   * memory, which the first question would otherwise wait for). Stores without such a step leave it out.
   */
  prepare?(sids: string[]): Promise<void>;
  close(): Promise<void>;
}
