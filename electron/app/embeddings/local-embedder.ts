// Builds a local embedder from its worker recipe, once per worker thread: the lexical embedder is cheap to make, but a
// Model2Vec model is megabytes to read, so each worker keeps the models it has loaded.
import type { Embedder, LocalEmbedderSpec } from './embedder';
import { LexicalEmbedder } from './lexical-embedder';
import { Model2VecEmbedder } from './model2vec';

const loaded = new Map<string, Promise<Embedder>>();

export function localEmbedder(spec: LocalEmbedderSpec): Promise<Embedder> {
  const key = JSON.stringify(spec);
  let embedder = loaded.get(key);
  if (!embedder) {
    embedder =
      spec.kind === 'lexical'
        ? Promise.resolve(new LexicalEmbedder({ dimension: spec.dimension }))
        : Model2VecEmbedder.load(spec.dir, { maxTokens: spec.maxTokens });
    // A model that failed to load is tried again next time (it may have been downloaded meanwhile).
    embedder.catch(() => loaded.delete(key));
    loaded.set(key, embedder);
  }
  return embedder;
}
