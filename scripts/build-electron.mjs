// Bundles the Electron side into dist/electron/ (the entries and options are in electron-bundles.mjs).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions, ENTRIES } from './electron-bundles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'electron');

for (const entry of ENTRIES) {
  try {
    await build(bundleOptions(root, entry, path.join(outDir, entry.out)));
  } catch {
    // esbuild has already printed each error with its file and line.
    console.error(`build-electron: ${entry.in} failed to build`);
    process.exit(1);
  }
  console.log(`build-electron: ${entry.in} → dist/electron/${entry.out}`);
}
