// Process-wide settings LanceDB's native runtime reads once, when it first starts its thread pools.
// Imported before `@lancedb/lancedb` by every module that uses it, so the settings are in place in time.
import os from 'node:os';
import { capMallocArenas } from '../malloc-arenas';

// Before LanceDB's tokio threads exist, so that they share a few malloc arenas (malloc-arenas.ts).
capMallocArenas();

// On a machine with fewer than 4 cores Lance gives its CPU pool a single thread, and building a full-text index
// bigger than one in-memory partition (~25k chunks of ~150 words, measured on 0.31.0) then deadlocks: the build
// waits on a writer task that needs a second CPU thread. Two threads are enough; a user's own setting wins.
if (!process.env.LANCE_CPU_THREADS && os.availableParallelism() < 4) {
  process.env.LANCE_CPU_THREADS = '2';
}
// Lance logs warnings (e.g. about unindexed rows) on stderr; Docent reports its own errors.
process.env.LANCEDB_LOG ??= 'error';

export {};
