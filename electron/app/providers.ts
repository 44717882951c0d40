// Builds the configurable parts from settings: the embedder, the vector store and the answerer (with its chat model).
// Offline defaults need no key and no download; configured providers replace them one by one.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Answerer } from './chat/answer-types';
import { ExtractiveAnswerer } from './chat/extractive-answerer';
import { OpenAiAnswerer } from './chat/openai-answerer';
import { LocalAnswerer } from './chat/local-answerer';
import { LocalTextGenerator } from './chat/local-text-generator';
import { OpenAiTextGenerator } from './chat/openai-text-generator';
import type { TextGenerator } from './chat/text-generator';
import { installedChatModel } from './llm/installed-chat-model';
import type { ChatModelRuntime } from './llm/llm-runtime';
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

export interface AnswerProviders {
  answerer: Answerer;
  /** The chat model behind the answerer, for follow-up rewriting and summaries (none for the extractive answerer). */
  generator?: TextGenerator;
  warning?: UserMessage;
}

/**
 * The answerer the settings ask for: a local GGUF model (run by `runtime`, off the main thread), an OpenAI-compatible
 * endpoint, or the offline extractive answerer. A chosen local model that is not installed falls back to the
 * extractive answerer, and the caller tells the user.
 */
export async function createAnswerer(settings: ResolvedSettings, dataDir: string, runtime: ChatModelRuntime): Promise<AnswerProviders> {
  const a = settings.answers;
  if (a.provider === 'openai' && a.baseURL && a.model) {
    return {
      answerer: new OpenAiAnswerer({ baseURL: a.baseURL, apiKey: a.apiKey, model: a.model }),
      generator: new OpenAiTextGenerator({ baseURL: a.baseURL, apiKey: a.apiKey, model: a.model }),
    };
  }
  if (a.provider === 'local') {
    const model = await installedChatModel(dataDir, a.localModel);
    if (model) return { answerer: new LocalAnswerer({ runtime, model }), generator: new LocalTextGenerator(runtime, model) };
    const warning = a.localModel
      ? userMessage(
          'local-model-missing',
          `The chat model "${a.localModel}" is not installed; the built-in offline answerer answers until it is.`,
          { model: a.localModel },
        )
      : userMessage('local-model-unset', 'No local chat model is chosen; the built-in offline answerer answers until one is.');
    return { answerer: new ExtractiveAnswerer(), warning };
  }
  return { answerer: new ExtractiveAnswerer() };
}
