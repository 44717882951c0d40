// Builds the renderer once per test process into a temp folder, so parallel test files never race on dist/.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { repoRoot } from '../../helpers/paths';

let built: Promise<string> | null = null;

/** The folder holding index.html and its assets. Set DOCENT_RENDERER_DIR to use an existing build instead. */
export function builtRenderer(): Promise<string> {
  if (process.env.DOCENT_RENDERER_DIR) return Promise.resolve(path.resolve(process.env.DOCENT_RENDERER_DIR));
  built ??= (async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'docent-renderer-'));
    await build({
      configFile: path.join(repoRoot, 'renderer', 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    process.once('exit', () => void rm(outDir, { recursive: true, force: true }));
    return outDir;
  })();
  return built;
}
