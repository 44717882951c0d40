// How a table's vectors are compared. Tables made since this file stores unit-length vectors (lancedb-schema
// toArrowTable) and ranks by dot product, which orders unit vectors exactly as cosine similarity does at half the
// arithmetic (cosine recomputes every row's length on every query: measured 62 → 32 ms of CPU per vector search over
// 22k rows × 512 dimensions). A marker file beside the table says so; a table made before it, without the marker, may
// hold vectors of any length and keeps cosine.
import { open, rm } from 'node:fs/promises';
import path from 'node:path';

export type VectorMetric = 'cosine' | 'dot';

function markerOf(dir: string, name: string): string {
  return path.join(dir, `${name}.unit-vectors`);
}

export async function metricOf(dir: string, name: string): Promise<VectorMetric> {
  return open(markerOf(dir, name), 'r').then(
    (handle) => handle.close().then(() => 'dot' as const),
    () => 'cosine' as const,
  );
}

/**
 * Written (durably) before the table is created. A crash after it and before the table leaves a marker without a
 * table, which `forgetMetric` clears at the next open; a table without its marker only costs the slower metric.
 */
export async function markUnitVectors(dir: string, name: string): Promise<void> {
  const handle = await open(markerOf(dir, name), 'w');
  try {
    await handle.writeFile('vectors stored at unit length: ranked by dot product\n');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** For a table that does not exist: a marker left by a crash must not describe a table made later by other code. */
export async function forgetMetric(dir: string, name: string): Promise<void> {
  await rm(markerOf(dir, name), { force: true });
}
