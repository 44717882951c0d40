// One interface for every way of turning text into vectors.

/**
 * How to build the same embedder inside an extraction worker. Local embedders (CPU work, no network) have one, so a
 * file's chunks are embedded in the worker that extracted them and the main process only stores the vectors.
 */
export type LocalEmbedderSpec = { kind: 'lexical'; dimension: number } | { kind: 'model2vec'; dir: string; maxTokens: number };

export interface Embedder {
  /** Stable id naming the model and its parameters, e.g. `lexical-v1-512`. Vectors of different ids never mix. */
  readonly id: string;
  /**
   * The vector length. Known up front for local embedders; an OpenAI-compatible endpoint learns it from its first
   * answer, so this may be undefined until `embed` has run once.
   */
  readonly dimension: number | undefined;
  /** Present on local embedders: the recipe a worker follows to embed exactly as this one does. */
  readonly workerSpec?: LocalEmbedderSpec;
  /** Embeds a batch. `kind` lets asymmetric models treat questions and passages differently. */
  embed(texts: string[], options?: { kind?: 'query' | 'passage'; signal?: AbortSignal }): Promise<Float32Array[]>;
}
