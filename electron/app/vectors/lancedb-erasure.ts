// Physical erasure for LanceDB. A Lance delete only writes a deletion vector beside the data file: the text stays
// in the file, in older table versions and in every index built before the delete. `optimize` compacts and prunes,
// but (0.31.0) it rewrites only fragments with more than 10% of their rows deleted, so a small session's chunks,
// compacted into a big fragment with others, survive it. This module finishes the job, in steps that are each one
// atomic Lance commit, so a crash at any point leaves a consistent table and the next purge picks up from the disk.
import './lancedb-runtime';
import { open, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Table } from '@lancedb/lancedb';
import type { TableGate } from './lancedb-gate';
import { rebuildIndexes } from './lancedb-indexes';
import type { VectorMetric } from './lancedb-metric';

/** Where Lance keeps a table's files: `<dir>/<name>.lance`. */
export function tableDirOf(dir: string, name: string): string {
  return path.join(dir, `${name}.lance`);
}

function markerOf(dir: string, name: string): string {
  return path.join(dir, `${name}.purge-pending`);
}

/**
 * Recorded (durably) before a delete commits, removed when a purge completes: it tells a purge after a restart
 * that indexes may still hold deleted rows even though no deletion vector is left to say so.
 */
export async function markPurgePending(dir: string, name: string): Promise<void> {
  const handle = await open(markerOf(dir, name), 'w');
  try {
    await handle.writeFile(new Date().toISOString());
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function isPurgePending(dir: string, name: string): Promise<boolean> {
  return open(markerOf(dir, name), 'r').then(
    (handle) => handle.close().then(() => true),
    () => false,
  );
}

/**
 * Fragments that still carry a deletion vector. Lance names deletion files `<fragmentId>-<version>-<random>` (.arrow
 * or .bin); after a prune only the current version's remain. A stale name only costs a rewrite that matches nothing.
 */
export async function fragmentsWithDeletions(tableDir: string): Promise<number[]> {
  const names = await readdir(path.join(tableDir, '_deletions')).catch(() => [] as string[]);
  const ids = names.map((name) => /^(\d+)-/.exec(name)?.[1]).filter((id): id is string => id !== undefined);
  return [...new Set(ids.map(Number))].sort((a, b) => a - b);
}

/**
 * Without stable row ids (Docent never turns them on) a row id is `fragmentId << 32 | offset`, so one fragment is
 * one `_rowid` range. An identity update rewrites the fragment's surviving rows into a new fragment and retires
 * the old one whole, in one commit; a delete-then-add would lose the rows to a crash between the two.
 */
function fragmentRangesPredicate(fragments: number[]): string {
  return fragments.map((id) => `(_rowid >= ${id * 2 ** 32} AND _rowid < ${(id + 1) * 2 ** 32})`).join(' OR ');
}

export interface PurgeReport {
  /** Fragments rewritten because compaction left their deleted rows in place. */
  rewrittenFragments: number;
  indexesRebuilt: boolean;
  /** Milliseconds per step, for the benchmark. */
  ms: { compact: number; rewrite: number; reindex: number; prune: number };
}

/** Runs inside the table's write queue; the final prune also holds reads back. */
export async function purgeTable(table: Table, dir: string, name: string, gate: TableGate, metric: VectorMetric): Promise<PurgeReport> {
  const tableDir = tableDirOf(dir, name);
  const ms = { compact: 0, rewrite: 0, reindex: 0, prune: 0 };
  const timed = async (step: keyof typeof ms, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    ms[step] = performance.now() - started;
  };
  const pending = await isPurgePending(dir, name);
  // Compaction first: it rewrites the fragments it considers worth it, and its prune drops stale deletion files.
  await timed('compact', () => table.optimize());
  const fragments = await fragmentsWithDeletions(tableDir);
  if (fragments.length > 0) {
    await timed('rewrite', () => table.update({ where: fragmentRangesPredicate(fragments), valuesSql: { chunk: 'chunk' } }));
  }
  const rebuild = pending || fragments.length > 0;
  if (rebuild) await timed('reindex', () => rebuildIndexes(table, metric));
  // Only now may every older version go: each one still references the deleted rows' data and index files.
  await timed('prune', () => gate.exclusive(() => table.optimize({ cleanupOlderThan: new Date(), deleteUnverified: true })));
  const left = await fragmentsWithDeletions(tableDir);
  if (left.length > 0) {
    throw new Error(`LanceDB purge of table "${name}": fragments ${left.join(', ')} in ${tableDir} still hold deleted rows; run the purge again`);
  }
  await rm(markerOf(dir, name), { force: true });
  return { rewrittenFragments: fragments.length, indexesRebuilt: rebuild, ms };
}
