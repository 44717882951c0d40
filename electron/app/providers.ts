// Builds the configurable parts from settings: the embedder, the vector store and the answerer.
// Offline defaults need no key and no download; configured providers replace them one by one.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Answerer } from './chat/answer-types';
import { ExtractiveAnswerer } from './chat/extractive-answerer';
import { OpenAiAnswerer } from './chat/openai-answerer';
import type { Embedder } from './embeddings/embedder';
import { LexicalEmbedder } from './embeddings/lexical-embedder';
import { Model2VecEmbedder } from './embeddings/model2vec';
import { OpenAiEmbedder } from './embeddings/openai-embedder';
import type { ResolvedSettings } from './settings/settings-store';
import { userMessage, type UserMessage } from './user-message';
import { LanceDbStore } from './vectors/lancedb-store';
import { PineconeStore } from './vectors/pinecone-store';
import type { VectorStore } from './vectors/vector-store';

export function modelDir(dataDir: string, name: string): string {
  return path.join(dataDir, 'models', name);
}

export function model2vecPresent(dataDir: string, name: string): boolean {
  const dir = modelDir(dataDir, name);
  return existsSync(path.join(dir, 'model.safetensors')) && existsSync(path.join(dir, 'tokenizer.json'));
}

/**
 * The embedder the settings ask for. A Model2Vec model is used when chosen and present; when it is missing the
 * offline lexical embedder stands in (and the caller tells the user), so Docent always works offline.
 */
export async function createEmbedder(settings: ResolvedSettings, dataDir: string): Promise<{ embedder: Embedder; warning?: UserMessage }> {
  const e = settings.embeddings;
  if (e.provider === 'openai' && e.baseURL && e.model) {
    return { embedder: new OpenAiEmbedder({ baseURL: e.baseURL, apiKey: e.apiKey, model: e.model }) };
  }
  if (e.provider === 'model2vec') {
    if (model2vecPresent(dataDir, e.model2vecName)) {
      return { embedder: await Model2VecEmbedder.load(modelDir(dataDir, e.model2vecName)) };
    }
    return {
      embedder: new LexicalEmbedder(),
      warning: userMessage(
        'embedder-model-missing',
        `The model "${e.model2vecName}" is not downloaded yet; using the built-in offline embedder until it is.`,
        { model: e.model2vecName },
      ),
    };
  }
  return { embedder: new LexicalEmbedder() };
}

/** LanceDB on disk unless Pinecone is enabled and has a key. One table (or Pinecone index) per embedder. */
export async function createVectorStore(settings: ResolvedSettings, dataDir: string, embedder: Embedder): Promise<VectorStore> {
  const p = settings.pinecone;
  if (p.enabled && p.apiKey && p.indexName) {
    return PineconeStore.open({
      apiKey: p.apiKey,
      indexName: p.indexName,
      host: p.host || undefined,
      controllerHostUrl: p.controllerHostUrl,
    });
  }
  return LanceDbStore.open({ dir: path.join(dataDir, 'vectors'), table: embedder.id });
}

export function createAnswerer(settings: ResolvedSettings): Answerer {
  const a = settings.answers;
  if (a.provider === 'openai' && a.baseURL && a.model) {
    return new OpenAiAnswerer({ baseURL: a.baseURL, apiKey: a.apiKey, model: a.model });
  }
  return new ExtractiveAnswerer();
}
