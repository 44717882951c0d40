// glibc's malloc gives each thread that allocates its own arena, up to 8 per core, and keeps what a thread freed in
// that thread's arena for reuse instead of returning it. LanceDB runs its I/O and index work on dozens of short-lived
// tokio threads, so every commit, index fold and vector read left its buffers in yet another arena: at 10,000
// documents the process held ~100 MiB more than it used (`npm run bench -- bulk`: peak RSS 608–640 MiB with glibc's
// default, 525–572 MiB with the arenas capped at 2, ingest and search as fast). The cap is what MALLOC_ARENA_MAX sets;
// glibc reads that variable only when the process starts, and Docent's processes are started by Electron, npm or a
// user's shell, so it is set from inside through mallopt (called through koffi, a C FFI with prebuilt binaries).
//
// mallopt's cap applies to arenas made after it: glibc fixes its limit when a process first needs a ninth arena, and
// this runs at start-up, before LanceDB's threads exist. Elsewhere (macOS, Windows, musl) it does nothing: their
// allocators do not keep an arena per thread.
import { createRequire } from 'node:module';
import os from 'node:os';

/** glibc's mallopt parameter for the arena cap (malloc.h: M_ARENA_MAX). */
const M_ARENA_MAX = -8;

export type ArenaCap = { capped: true; arenas: number } | { capped: false; reason: string };

let applied: ArenaCap | undefined;

/** The arena cap for this machine: one per core, at least 2 (glibc's default is 8 per core). */
export function arenaLimit(cores = os.availableParallelism()): number {
  return Math.max(2, cores);
}

/** Caps glibc's malloc arenas for the whole process, once. A user's own MALLOC_ARENA_MAX wins. */
export function capMallocArenas(): ArenaCap {
  applied ??= cap();
  return applied;
}

function cap(): ArenaCap {
  if (process.platform !== 'linux') return { capped: false, reason: `${process.platform} has no per-thread arenas` };
  if (process.env.MALLOC_ARENA_MAX) return { capped: false, reason: 'MALLOC_ARENA_MAX is set' };
  try {
    const here = typeof __filename === 'string' ? __filename : import.meta.url;
    const koffi = createRequire(here)('koffi') as typeof import('koffi');
    // Only glibc names its C library libc.so.6 (musl's is libc.musl-<arch>.so.1): loading it fails elsewhere.
    const mallopt = koffi.load('libc.so.6').func('int mallopt(int param, int value)') as (param: number, value: number) => number;
    const arenas = arenaLimit();
    if (mallopt(M_ARENA_MAX, arenas) !== 1) return { capped: false, reason: 'mallopt refused the cap' };
    return { capped: true, arenas };
  } catch (error) {
    // The app works as before without the cap, with more memory held: never a reason to stop.
    return { capped: false, reason: `no glibc mallopt: ${(error as Error).message}` };
  }
}
