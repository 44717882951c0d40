// The one place that loads @huggingface/transformers (on onnxruntime-node) and configures it for Docent: local files
// only — remote loading off, no download cache — and models read from `<data>/models/<id>/`, the installed-model folder
// of the model manager. Loaded lazily: the module brings onnxruntime's native library, which only an ONNX model needs.
import path from 'node:path';
import type { PreTrainedModel, PreTrainedTokenizer } from '@huggingface/transformers';
import { OnnxModelError, type OnnxModelSpec } from './onnx-spec';

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

export interface LoadedOnnxModel {
  t: Transformers;
  tokenizer: PreTrainedTokenizer;
  model: PreTrainedModel;
}

/**
 * Loads an installed model's tokenizer and ONNX weights from its folder (never from the network): a sentence encoder
 * (`embedding`) or a sequence classifier (`reranking`). A failure names the model and says why.
 */
export async function loadOnnxModel(spec: OnnxModelSpec, role: 'embedding' | 'reranking', threads: number): Promise<LoadedOnnxModel> {
  try {
    return await loadFromModelsDir(spec.modelsDir, async (t) => {
      const tokenizer = await t.AutoTokenizer.from_pretrained(spec.id);
      const options = { dtype: spec.dtype, session_options: sessionOptions(threads) };
      const model = await (role === 'embedding' ? t.AutoModel : t.AutoModelForSequenceClassification).from_pretrained(spec.id, options);
      return { t, tokenizer, model };
    });
  } catch (error) {
    throw new OnnxModelError(spec.id, `the ${role} model "${spec.id}" could not be loaded: ${(error as Error).message}`);
  }
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
