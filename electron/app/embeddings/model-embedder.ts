// The main process's handle on a model embedder (ONNX, Model2Vec): the model runs in the model thread, for a file's
// chunks (ingestion calls embed with passages, batch by batch) and for questions; it never loads here.
import type { Embedder, EmbedOptions, ModelEmbedderSpec } from './embedder';
import type { ModelThread } from './model-thread';

export class ModelEmbedder implements Embedder {
  private constructor(
    readonly id: string,
    readonly dimension: number,
    readonly fusionWeight: number | undefined,
    readonly spec: ModelEmbedderSpec,
    private readonly thread: ModelThread,
  ) {}

  /** Loads the model in the model thread (a broken model fails here, when chosen) and learns its id and length. */
  static async create(spec: ModelEmbedderSpec, thread: ModelThread): Promise<ModelEmbedder> {
    const { id, dimension, fusionWeight } = await thread.describeEmbedder(spec);
    return new ModelEmbedder(id, dimension, fusionWeight, spec, thread);
  }

  embed(texts: string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    return this.thread.embed(this.spec, texts, options.kind ?? 'passage', options.signal);
  }
}
