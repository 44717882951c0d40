// What the stores and the data dir still hold for a sid, whether or not its session still exists.
// This is how erasure is checked: after a session ends, both numbers must be 0.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { VectorStore } from '../vectors/vector-store';

export async function countSessionLeftovers(app: { dataDir: string; store(): VectorStore }, sid: string): Promise<{ vectors: number; files: number }> {
  const vectors = await app.store().countSession(sid);
  const sessionsDir = path.join(app.dataDir, 'sessions');
  let files = 0;
  for (const name of await readdir(sessionsDir).catch(() => [] as string[])) {
    if (!name.startsWith(`${sid}.`)) continue;
    if (name === `${sid}.files`) files += (await readdir(path.join(sessionsDir, name), { recursive: true }).catch(() => [])).length;
    else files += 1;
  }
  return { vectors, files };
}
