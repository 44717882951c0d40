// A sentence embedder (BGE, E5…) run by transformers.js on onnxruntime in the model thread (model-worker.ts), for a
// file's chunks and for questions alike. The main process never runs it (worker-embedder.ts is its handle there): a
// batch of chunks is seconds of CPU.
import type { PreTrainedModel, PreTrainedTokenizer, Tensor } from '@huggingface/transformers';
import type { Embedder, EmbedOptions } from './embedder';
import { encodeTokenRows, specialTokenCounts, tokensOf, type EncodedBatch } from './onnx-inputs';
import { OnnxModelError, type OnnxEmbedderSpec } from './onnx-spec';
import { loadOnnxModel, type Transformers } from './transformers-runtime';

/** Texts per forward pass, and a cap on padded tokens per pass (memory grows with batch × length²). */
const BATCH_TEXTS = 16;
const BATCH_TOKENS = 16 * 256;

export function onnxEmbedderId(spec: Pick<OnnxEmbedderSpec, 'id' | 'dimension'>): string {
  return `onnx-${spec.id}-${spec.dimension}`;
}

export class OnnxEmbedder implements Embedder {
  readonly id: string;
  readonly dimension: number;
  private readonly specials: number;

  private constructor(
    readonly spec: OnnxEmbedderSpec,
    private readonly t: Transformers,
    private readonly tokenizer: PreTrainedTokenizer,
    private readonly model: PreTrainedModel,
  ) {
    this.id = onnxEmbedderId(spec);
    this.dimension = spec.dimension;
    this.specials = specialTokenCounts(tokenizer).single;
  }

  /** Loads the model's tokenizer and weights from its folder (never from the network). */
  static async load(spec: OnnxEmbedderSpec, options: { threads: number }): Promise<OnnxEmbedder> {
    const { t, tokenizer, model } = await loadOnnxModel(spec, 'embedding', options.threads);
    return new OnnxEmbedder(spec, t, tokenizer, model);
  }

  /** Releases the onnxruntime session (native memory). */
  async dispose(): Promise<void> {
    await this.model.dispose();
  }

  async embed(texts: string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    const prefix = options.kind === 'query' ? this.spec.prefixes.query : this.spec.prefixes.passage;
    const budget = this.spec.maxTokens - this.specials;
    const tokens = texts.map((text) => tokensOf(this.tokenizer, prefix + text).slice(0, budget));
    // Longest first, in batches of similar length, so padding wastes little.
    const order = texts.map((_, i) => i).sort((a, b) => tokens[b].length - tokens[a].length);
    const out = new Array<Float32Array>(texts.length);
    let done = 0;
    while (done < order.length) {
      options.signal?.throwIfAborted();
      const width = tokens[order[done]].length + this.specials;
      const size = Math.max(1, Math.min(BATCH_TEXTS, Math.floor(BATCH_TOKENS / Math.max(1, width))));
      const batch = order.slice(done, done + size);
      const vectors = await this.forward(batch.map((i) => tokens[i]));
      batch.forEach((i, j) => (out[i] = vectors[j]));
      done += batch.length;
    }
    return out;
  }

  private async forward(rows: string[][]): Promise<Float32Array[]> {
    const inputs = encodeTokenRows(this.t, this.tokenizer, rows.map((a) => ({ a })));
    const outputs = (await this.model(pickInputs(this.model, inputs))) as Record<string, Tensor>;
    const pooled = outputs.sentence_embedding;
    if (pooled) return normaliseRows(pooled.data as Float32Array, rows.length, pooled.dims[1]);
    const hidden = outputs.last_hidden_state ?? outputs.token_embeddings;
    if (!hidden) throw new OnnxModelError(this.spec.id, `the model "${this.spec.id}" returned none of last_hidden_state, token_embeddings, sentence_embedding`);
    return poolAndNormalise(hidden, inputs.lengths, this.spec.pooling);
  }
}

/** Only the inputs the model's graph declares (an XLM-RoBERTa export has no token_type_ids). */
export function pickInputs(model: PreTrainedModel, inputs: EncodedBatch): Record<string, Tensor> {
  const names: string[] = (model as unknown as { sessions: Record<string, { inputNames: string[] }> }).sessions.model.inputNames;
  const available: Record<string, Tensor> = { input_ids: inputs.input_ids, attention_mask: inputs.attention_mask, token_type_ids: inputs.token_type_ids };
  return Object.fromEntries(names.filter((n) => n in available).map((n) => [n, available[n]]));
}

function poolAndNormalise(hidden: Tensor, lengths: number[], pooling: 'cls' | 'mean'): Float32Array[] {
  const [rows, width, dim] = hidden.dims;
  const data = hidden.data as Float32Array;
  const out: Float32Array[] = [];
  for (let r = 0; r < rows; r++) {
    const v = new Float32Array(dim);
    const base = r * width * dim;
    if (pooling === 'cls') {
      v.set(data.subarray(base, base + dim));
    } else {
      // Padding sits after a row's `lengths[r]` tokens (the attention mask's ones), so the mean stops there.
      for (let p = 0; p < lengths[r]; p++) for (let d = 0; d < dim; d++) v[d] += data[base + p * dim + d];
      for (let d = 0; d < dim; d++) v[d] /= lengths[r];
    }
    out.push(normalise(v));
  }
  return out;
}

function normaliseRows(data: Float32Array, rows: number, dim: number): Float32Array[] {
  return Array.from({ length: rows }, (_, r) => normalise(Float32Array.from(data.subarray(r * dim, (r + 1) * dim))));
}

function normalise(v: Float32Array): Float32Array {
  let sumSq = 0;
  for (const x of v) sumSq += x * x;
  if (sumSq > 0) {
    const inv = 1 / Math.sqrt(sumSq);
    for (let i = 0; i < v.length; i++) v[i] *= inv;
  }
  return v;
}
