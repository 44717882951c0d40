// LanceDB's caches default to a server's sizes: 6 GiB of index data and 1 GiB of file metadata per session. In Docent
// every full-text refresh (one per ingest batch) is a new index and every commit a new manifest, so over a bulk ingest
// the caches fill with versions no query reads again and the process grows past a gigabyte. One session with bounded
// caches serves every table of the process; what a search reads (the newest indexes of one table) fits easily.
import './lancedb-runtime';
import { Session } from '@lancedb/lancedb';

const MIB = 1024 * 1024;
/** Index pages kept: the newest full-text, sid and vector indexes of a table of ~100k chunks fit in this. */
export const INDEX_CACHE_BYTES = 256 * MIB;
/** Manifests and file footers kept. */
export const METADATA_CACHE_BYTES = 64 * MIB;

let shared: Session | undefined;

/** The process's LanceDB session, made on first use. */
export function lanceSession(): Session {
  shared ??= new Session(BigInt(INDEX_CACHE_BYTES), BigInt(METADATA_CACHE_BYTES));
  return shared;
}
