// The one place that loads @huggingface/transformers (on onnxruntime-node) and configures it for Docent: local files
// only — remote loading off, no download cache — and models read from `<data>/models/<id>/`, the installed-model folder
// of the model manager. Loaded lazily: the module brings onnxruntime's native library, which only an ONNX model needs.
import path from 'node:path';

export type Transformers = typeof import('@huggingface/transformers');

let loaded: Promise<Transformers> | undefined;

export function transformers(): Promise<Transformers> {
  loaded ??= import('@huggingface/transformers').then((t) => {
    t.env.allowRemoteModels = false;
    t.env.allowLocalModels = true;
    // Nothing is fetched, so nothing is cached: the model folder is the only copy.
    t.env.useFSCache = false;
    t.env.useBrowserCache = false;
    return t;
  });
  return loaded;
}

/** transformers.js resolves a model id against one global folder; loads are serialised so each sees its own. */
let loading: Promise<unknown> = Promise.resolve();

/**
 * Runs `load` with transformers.js reading from `modelsDir` (the folder holding one sub-folder per model id), with
 * remote loading off. A file missing from the folder fails the load with transformers.js's "not found locally" error.
 */
export function loadFromModelsDir<T>(modelsDir: string, load: (t: Transformers) => Promise<T>): Promise<T> {
  const run = loading.then(async () => {
    const t = await transformers();
    t.env.localModelPath = modelsDir.endsWith(path.sep) ? modelsDir : modelsDir + path.sep;
    return load(t);
  });
  loading = run.catch(() => undefined);
  return run;
}

/** The ONNX weight files transformers.js knows, by the dtype that selects them (`onnx/model<suffix>.onnx`). */
const ONNX_FILES = [
  // int8 first: the catalog installs the dynamically quantised file, ~4× smaller and ~2× faster on a CPU.
  { file: 'onnx/model_quantized.onnx', dtype: 'q8' },
  { file: 'onnx/model.onnx', dtype: 'fp32' },
  { file: 'onnx/model_int8.onnx', dtype: 'int8' },
  { file: 'onnx/model_uint8.onnx', dtype: 'uint8' },
  { file: 'onnx/model_fp16.onnx', dtype: 'fp16' },
  { file: 'onnx/model_q4.onnx', dtype: 'q4' },
  { file: 'onnx/model_bnb4.onnx', dtype: 'bnb4' },
  { file: 'onnx/model_q4f16.onnx', dtype: 'q4f16' },
] as const;
export type OnnxDtype = (typeof ONNX_FILES)[number]['dtype'];

/** Which weights of an installed model to run, from its file list (the manifest's paths); undefined when none. */
export function chooseOnnxWeights(files: readonly string[]): { file: string; dtype: OnnxDtype } | undefined {
  const present = new Set(files);
  return ONNX_FILES.find((f) => present.has(f.file));
}

/**
 * onnxruntime's CPU options. Threads are given explicitly: each ingest worker runs its own session beside the others
 * (the pool already spreads files over the cores), while the question-time worker may use every core. Spinning is
 * off: a thread pool that spins between runs steals the CPU from the other workers and the main process.
 */
export function sessionOptions(threads: number): Record<string, unknown> {
  return {
    intraOpNumThreads: Math.max(1, threads),
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
    // Warnings about a model's graph (unused initialisers and the like) are the model maker's, not the user's.
    logSeverityLevel: 3,
    extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
  };
}
