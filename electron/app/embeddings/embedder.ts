// One interface for every way of turning text into vectors.
import type { OnnxEmbedderSpec } from './onnx-spec';

/**
 * How an extraction worker builds the same embedder, so a file's chunks leave the worker with their vectors and the
 * main process only stores them. Only the lexical embedder travels this way: it needs no model. Model embedders run
 * in the model thread (model-thread.ts), because onnxruntime-node cannot run in several threads of one process.
 */
export type LocalEmbedderSpec = { kind: 'lexical'; dimension: number };

/** How the model thread loads a model embedder: a Model2Vec folder, or an installed ONNX model. */
export type ModelEmbedderSpec = { kind: 'model2vec'; dir: string; maxTokens: number } | OnnxEmbedderSpec;

export interface EmbedOptions {
  /** Asymmetric models treat questions and passages differently (prefixes, instructions). */
  kind?: 'query' | 'passage';
  signal?: AbortSignal;
}

export interface Embedder {
  /** Stable id naming the model and its parameters, e.g. `lexical-v4-512`. Vectors of different ids never mix. */
  readonly id: string;
  /**
   * The vector length. Known up front for local embedders; an OpenAI-compatible endpoint learns it from its first
   * answer, so this may be undefined until `embed` has run once.
   */
  readonly dimension: number | undefined;
  /** Present on the lexical embedder: the recipe an extraction worker follows to embed exactly as this one does. */
  readonly workerSpec?: LocalEmbedderSpec;
  /**
   * How much this embedder's ranking counts against BM25's when hybrid search fuses the two (BM25 counts 1). Default 1:
   * a semantic model is the stronger half; the lexical embedder, which mostly repeats BM25, says 0.3.
   */
  readonly fusionWeight?: number;
  embed(texts: string[], options?: EmbedOptions): Promise<Float32Array[]>;
}
