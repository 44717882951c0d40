// Runs the `docent` command as a user does: a child process through bin/docent.mjs, on a given data dir, with
// cleanEnv(): never the developer's own Pinecone or OpenAI settings.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './paths';
import { cleanEnv } from './clean-env';

const run = promisify(execFile);
export const docentBin = path.join(repoRoot, 'bin', 'docent.mjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function docent(dataDir: string, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [docentBin, '--data-dir', dataDir, ...args], { cwd: repoRoot, timeout: 180_000, env: cleanEnv() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
