// How the Electron side is bundled (dist/electron/*.cjs): one place for the entries and the esbuild options, used by
// scripts/build-electron.mjs and by the packaged-layout test, which bundles its probe exactly like the app's own code.
//   main.cjs            electron/main.ts, for Node inside Electron
//   preload.cjs         electron/preload.ts, everything bundled but `electron` (a sandboxed preload can require
//                       'electron' and a few built-ins only)
//   extract-worker.cjs  the extraction worker
//   model-worker.cjs    the model thread (ONNX embedders and rerankers)
//   llm-process.mjs     the inference process where llama.cpp runs: an ES module, because node-llama-cpp is one with
//                       top-level await (require() cannot load it); it stays on disk (native binaries, templates)
// Packages with native binaries, worker scripts or data files read at run time stay external (loaded from
// node_modules); pure-JS packages are bundled, which also makes ESM-only ones (zod, p-limit) loadable from CJS.
export const KEEP_ON_DISK = [
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
  'node-llama-cpp', // ESM only, finds its prebuilt binaries (@node-llama-cpp/*) beside itself
  '@node-llama-cpp/*',
  'bufferutil', // optional native speed-ups of ws
  'utf-8-validate',
  'canvas', // optional in linkedom
  'koffi', // C FFI: finds its prebuilt binary (@koromix/koffi-<platform>) beside itself
];

/** Optional packages the code tries and does without (absent on most machines). */
export const OPTIONAL_AT_RUN_TIME = ['bufferutil', 'utf-8-validate', 'canvas'];

// Some modules read import.meta.url (to find files beside them); CJS has no import.meta, so give it the file's URL.
export const IMPORT_META_URL = {
  banner: { js: "const __docentImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__docentImportMetaUrl' },
};

export const ENTRIES = [
  { in: 'electron/preload.ts', out: 'preload.cjs', external: ['electron'] },
  { in: 'electron/main.ts', out: 'main.cjs', external: KEEP_ON_DISK, ...IMPORT_META_URL },
  { in: 'electron/app/documents/extract-worker.ts', out: 'extract-worker.cjs', external: KEEP_ON_DISK, ...IMPORT_META_URL },
  { in: 'electron/app/embeddings/model-worker.ts', out: 'model-worker.cjs', external: KEEP_ON_DISK, ...IMPORT_META_URL },
  {
    in: 'electron/app/llm/inference-process.ts',
    out: 'llm-process.mjs',
    external: KEEP_ON_DISK,
    format: 'esm',
    // Bundled CommonJS code may still call require() for Node's built-ins.
    banner: { js: "import { createRequire as __docentCreateRequire } from 'node:module'; const require = __docentCreateRequire(import.meta.url);" },
  },
];

/** The esbuild options for one main-process bundle (entry path relative to `root`, written to `outfile`). */
export function bundleOptions(root, entry, outfile) {
  return {
    bundle: true,
    platform: 'node',
    format: entry.format ?? 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    absWorkingDir: root,
    entryPoints: [entry.in],
    outfile,
    external: entry.external,
    banner: entry.banner,
    define: entry.define,
  };
}
