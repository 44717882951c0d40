// Pinecone acknowledges a write before its list endpoint shows it (freshness lag: usually seconds). A file cancelled
// or quit right after a part of it was upserted can therefore list as empty, and a delete by listing alone would leave
// that part behind for good. The store remembers which record ids it sent recently, so a delete covers them whether
// or not the list shows them yet; Pinecone applies writes and deletes in order, so the delete wins.
import { filePrefix, recordId } from '../../../shared/ids';

/** Longer than Pinecone's freshness lag under load; after it, listing is trusted again. */
const REMEMBER_MS = 10 * 60_000;

export class RecentWrites {
  /** File prefix → chunk numbers sent, and when last. */
  private readonly files = new Map<string, { sid: string; fileId: string; chunks: Set<number>; at: number }>();

  private forgotAt = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Called before an upsert is sent: a request whose answer is lost may still have been applied. */
  note(records: readonly { sid: string; fileId: string; chunk: number }[]): void {
    const at = this.now();
    this.forget(at);
    for (const r of records) {
      const prefix = filePrefix(r.sid, r.fileId);
      let entry = this.files.get(prefix);
      if (!entry) this.files.set(prefix, (entry = { sid: r.sid, fileId: r.fileId, chunks: new Set(), at }));
      entry.chunks.add(r.chunk);
      entry.at = at;
    }
  }

  /** The ids sent recently under `prefix` (a file's or a whole session's). */
  idsUnder(prefix: string): string[] {
    this.forget(this.now());
    const ids: string[] = [];
    const add = (entry: { sid: string; fileId: string; chunks: Set<number> }) => {
      for (const chunk of entry.chunks) ids.push(recordId(entry.sid, entry.fileId, chunk));
    };
    // A file's prefix ("sid#fileId#") is a key itself: removing thousands of files must not scan every entry each time.
    if (isFilePrefix(prefix)) {
      const entry = this.files.get(prefix);
      if (entry) add(entry);
      return ids;
    }
    for (const [key, entry] of this.files) if (key.startsWith(prefix)) add(entry);
    return ids;
  }

  /** Once deleted (and the delete confirmed), the ids need no remembering. */
  drop(prefix: string): void {
    if (isFilePrefix(prefix)) this.files.delete(prefix);
    else for (const key of [...this.files.keys()]) if (key.startsWith(prefix)) this.files.delete(key);
  }

  private forget(now: number): void {
    if (now - this.forgotAt < 1000) return;
    this.forgotAt = now;
    for (const [key, entry] of this.files) if (now - entry.at > REMEMBER_MS) this.files.delete(key);
  }
}

/** "sid#fileId#": two separators, the second at the end. */
function isFilePrefix(prefix: string): boolean {
  return prefix.endsWith('#') && prefix.indexOf('#') !== prefix.length - 1;
}
