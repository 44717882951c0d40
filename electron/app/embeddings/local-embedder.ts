// Builds the extraction worker's embedder from its recipe. Only the lexical embedder is built there: it needs no model
// and is cheap to make. Model embedders load in the model thread instead (model-worker.ts).
import type { Embedder, LocalEmbedderSpec } from './embedder';
import { LexicalEmbedder } from './lexical-embedder';

export function localEmbedder(spec: LocalEmbedderSpec): Promise<Embedder> {
  return Promise.resolve(new LexicalEmbedder({ dimension: spec.dimension }));
}
