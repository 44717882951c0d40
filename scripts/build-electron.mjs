// Bundles the Electron side into dist/electron/:
//   main.cjs            electron/main.ts, for Node inside Electron
//   preload.cjs         electron/preload.ts, everything bundled but `electron` (a sandboxed preload can require
//                       'electron' and a few built-ins only)
//   extract-worker.cjs  the extraction worker, when electron/app/documents/extract-worker.ts exists
//   model-worker.cjs    the model thread (local embedding and reranking models)
// Packages with native binaries, worker scripts or data files read at run time stay external (loaded from
// node_modules); pure-JS packages are bundled, which also makes ESM-only ones (zod, p-limit) loadable from CJS.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'electron');

const KEEP_ON_DISK = [
  'electron',
  '@lancedb/*',
  'apache-arrow', // must be the very instance @lancedb/lancedb loads
  'pdfjs-dist', // loads its own worker, cmaps, fonts and wasm from its folder
  'piscina', // starts workers from its own files
  'tesseract.js',
  '@tesseract.js-data/*',
  '@napi-rs/*',
  'onnxruntime-node',
  '@huggingface/transformers', // loads onnxruntime-node and sharp (native) at import
  'sharp',
  'bufferutil', // optional native speed-ups of ws
  'utf-8-validate',
  'canvas', // optional in linkedom
];

// Some modules read import.meta.url (to find files beside them); CJS has no import.meta, so give it the file's URL.
const importMetaUrl = {
  banner: { js: "const __docentImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__docentImportMetaUrl' },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

const entries = [
  { in: 'electron/preload.ts', out: 'preload.cjs', external: ['electron'] },
  { in: 'electron/main.ts', out: 'main.cjs', external: KEEP_ON_DISK, ...importMetaUrl },
  { in: 'electron/app/documents/extract-worker.ts', out: 'extract-worker.cjs', external: KEEP_ON_DISK, optional: true, ...importMetaUrl },
  { in: 'electron/app/embeddings/model-worker.ts', out: 'model-worker.cjs', external: KEEP_ON_DISK, ...importMetaUrl },
];

for (const entry of entries) {
  if (!existsSync(path.join(root, entry.in))) {
    if (entry.optional) {
      console.log(`build-electron: ${entry.in} not found, skipped`);
      continue;
    }
    throw new Error(`build-electron: ${entry.in} not found`);
  }
  try {
    await build({
      ...common,
      entryPoints: [entry.in],
      outfile: path.join(outDir, entry.out),
      external: entry.external,
      banner: entry.banner,
      define: entry.define,
    });
  } catch {
    // esbuild has already printed each error with its file and line.
    console.error(`build-electron: ${entry.in} failed to build`);
    process.exit(1);
  }
  console.log(`build-electron: ${entry.in} → dist/electron/${entry.out}`);
}
