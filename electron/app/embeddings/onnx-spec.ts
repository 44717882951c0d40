// What a worker thread needs to run an installed ONNX model exactly as the main process chose it: plain JSON built once
// from the model's manifest (and, for what a manifest may leave out, the files transformers.js reads anyway), so every
// worker embeds or scores with the same weights, pooling, prefixes and truncation.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { installedModelDir, modelsDir, type ModelManifest } from '../models/manifest';

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

export interface OnnxModelSpec {
  /** `<data>/models`: transformers.js resolves `id` inside it. */
  modelsDir: string;
  id: string;
  dtype: OnnxDtype;
  /** Tokens per input, special tokens included (the model's maximum; longer inputs are cut). */
  maxTokens: number;
}

export interface OnnxEmbedderSpec extends OnnxModelSpec {
  kind: 'onnx';
  dimension: number;
  /** `cls`: the first token's hidden state (BGE); `mean`: the mean over the text's tokens (E5). Always L2-normalised. */
  pooling: 'cls' | 'mean';
  /** Put before a question and before a passage (BGE's query instruction; E5's "query: " / "passage: "). */
  prefixes: { query: string; passage: string };
}

export type OnnxRerankerSpec = OnnxModelSpec;

export class OnnxModelError extends Error {
  constructor(
    readonly modelId: string,
    message: string,
  ) {
    super(message);
    this.name = 'OnnxModelError';
  }
}

async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function baseSpec(dataDir: string, manifest: ModelManifest, config: Record<string, unknown> | undefined): OnnxModelSpec {
  if (manifest.format !== 'onnx') throw new OnnxModelError(manifest.id, `${manifest.name} is a ${manifest.format} model, not an ONNX one`);
  const weights = chooseOnnxWeights(manifest.files.map((f) => f.path));
  if (!weights) throw new OnnxModelError(manifest.id, `${manifest.name}: no onnx/model*.onnx file among its files`);
  const positions = typeof config?.max_position_embeddings === 'number' ? config.max_position_embeddings : 512;
  // XLM-RoBERTa counts its padding offset among its positions (514 for 512 tokens).
  const usable = config?.model_type === 'xlm-roberta' ? positions - 2 : positions;
  const maxTokens = Math.min(manifest.contextLength ?? usable, usable);
  return { modelsDir: modelsDir(dataDir), id: manifest.id, dtype: weights.dtype, maxTokens };
}

/** The embedder recipe of an installed embed model. Fails (naming the model) when it is not an ONNX embedder. */
export async function onnxEmbedderSpec(dataDir: string, manifest: ModelManifest): Promise<OnnxEmbedderSpec> {
  if (manifest.role !== 'embed') throw new OnnxModelError(manifest.id, `${manifest.name} is a ${manifest.role} model, not an embedder`);
  const dir = installedModelDir(dataDir, manifest.id);
  const config = await readJson(path.join(dir, 'config.json'));
  const dimension = manifest.dimension ?? (typeof config?.hidden_size === 'number' ? config.hidden_size : undefined);
  if (!dimension) throw new OnnxModelError(manifest.id, `${manifest.name}: its vector length is unknown (no dimension in its manifest, no hidden_size in config.json)`);
  return {
    kind: 'onnx',
    ...baseSpec(dataDir, manifest, config),
    dimension,
    pooling: manifest.pooling ?? (await sentenceTransformersPooling(dir)) ?? 'mean',
    prefixes: manifest.prefixes ?? { query: '', passage: '' },
  };
}

/** The reranker recipe of an installed rerank model. */
export async function onnxRerankerSpec(dataDir: string, manifest: ModelManifest): Promise<OnnxRerankerSpec> {
  if (manifest.role !== 'rerank') throw new OnnxModelError(manifest.id, `${manifest.name} is a ${manifest.role} model, not a reranker`);
  const config = await readJson(path.join(installedModelDir(dataDir, manifest.id), 'config.json'));
  return baseSpec(dataDir, manifest, config);
}

/** A sentence-transformers folder says its pooling in 1_Pooling/config.json; an imported model may carry one. */
async function sentenceTransformersPooling(dir: string): Promise<'cls' | 'mean' | undefined> {
  const pooling = await readJson(path.join(dir, '1_Pooling', 'config.json'));
  if (pooling?.pooling_mode_cls_token === true) return 'cls';
  if (pooling?.pooling_mode_mean_tokens === true) return 'mean';
  return undefined;
}
