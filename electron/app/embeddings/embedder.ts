// One interface for every way of turning text into vectors.

export interface Embedder {
  /** Stable id naming the model and its parameters, e.g. `lexical-v1-512`. Vectors of different ids never mix. */
  readonly id: string;
  /**
   * The vector length. Known up front for local embedders; an OpenAI-compatible endpoint learns it from its first
   * answer, so this may be undefined until `embed` has run once.
   */
  readonly dimension: number | undefined;
  /** Embeds a batch. `kind` lets asymmetric models treat questions and passages differently. */
  embed(texts: string[], options?: { kind?: 'query' | 'passage'; signal?: AbortSignal }): Promise<Float32Array[]>;
}
