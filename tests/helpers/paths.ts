// Where tests find the repository, the team's shared corpora, and fresh temporary data dirs.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Real documents written by others (../shared/corpora beside the project). Absent on some machines. */
export const corporaDir = process.env.DOCENT_CORPORA ?? path.resolve(repoRoot, '..', 'shared', 'corpora');
export const hasCorpora = existsSync(path.join(corporaDir, 'MANIFEST.md'));
/** Pass as `{ skip: corporaSkip }` to a test that needs the corpora: it says why it did not run. */
export const corporaSkip = hasCorpora ? false : `corpora not found at ${corporaDir} (set DOCENT_CORPORA)`;

export function corpus(...parts: string[]): string {
  return path.join(corporaDir, ...parts);
}

/** A fresh, empty data dir under the OS temp folder; removed by the returned cleanup. */
export async function tempDataDir(prefix = 'docent-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
