// Builds the configurable parts from settings: the embedder, the vector store, the reranker and the answerer (with
// its chat model). Offline defaults need no key and no download; configured providers replace them one by one. Local
// models (ONNX, Model2Vec) run in the model thread, a local chat model in the inference process; a chosen model that is
// missing or broken falls back to the offline default with a notice, so Docent always works.
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
import type { WordVectors } from './chat/word-vectors';
import type { Embedder } from './embeddings/embedder';
import { LexicalEmbedder } from './embeddings/lexical-embedder';
import { ModelEmbedder } from './embeddings/model-embedder';
import { ModelThread } from './embeddings/model-thread';
import { onnxEmbedderSpec, onnxRerankerSpec } from './embeddings/onnx-spec';
import { readInstalledModel } from './models/manifest';
import { OnnxReranker } from './chat/rerank/onnx-reranker';
import type { Reranker } from './chat/rerank/reranker';
import { OpenAiEmbedder } from './embeddings/openai-embedder';
import type { ResolvedSettings } from './settings/settings-store';
import { causeOf, userMessage, type UserMessage } from './user-message';
import { LanceDbStore } from './vectors/lancedb-store';
import { PineconeStore } from './vectors/pinecone-store';
import type { VectorStore } from './vectors/vector-store';

/**
 * The folder of the Model2Vec model named in Settings: installed by the model manager under its lower-case id (verified,
 * with a manifest), or a folder of that exact name left by an older Docent.
 */
export function modelDir(dataDir: string, name: string): string {
  const installed = path.join(dataDir, 'models', name.toLowerCase());
  return existsSync(path.join(installed, 'manifest.json')) ? installed : path.join(dataDir, 'models', name);
}

export function model2vecPresent(dataDir: string, name: string): boolean {
  const dir = modelDir(dataDir, name);
  return existsSync(path.join(dir, 'model.safetensors')) && existsSync(path.join(dir, 'tokenizer.json'));
}

/** The default Model2Vec models truncate at 512 tokens; a chunk of ~1,000 characters is far below it. */
const MODEL2VEC_MAX_TOKENS = 512;

/**
 * The embedder the settings ask for. A model (ONNX from the model manager, or Model2Vec) is used when chosen,
 * installed and loadable; otherwise the offline lexical embedder stands in and the caller tells the user why.
 */
export async function createEmbedder(
  settings: ResolvedSettings,
  dataDir: string,
  thread: ModelThread = ModelThread.shared(),
): Promise<{ embedder: Embedder; warning?: UserMessage }> {
  const e = settings.embeddings;
  if (e.provider === 'openai' && e.baseURL && e.model) {
    return { embedder: new OpenAiEmbedder({ baseURL: e.baseURL, apiKey: e.apiKey, model: e.model }) };
  }
  const fallback = (warning: UserMessage) => ({ embedder: new LexicalEmbedder(), warning });
  const failed = (model: string, error: unknown) =>
    fallback(
      userMessage('embedder-model-failed', `The embedding model "${model}" could not be loaded; the built-in offline embedder is used instead.`, { model }, causeOf(error)),
    );
  if (e.provider === 'model2vec') {
    if (!model2vecPresent(dataDir, e.model2vecName)) {
      return fallback(
        userMessage('embedder-model-missing', `The model "${e.model2vecName}" is not downloaded yet; using the built-in offline embedder until it is.`, { model: e.model2vecName }),
      );
    }
    try {
      return { embedder: await ModelEmbedder.create({ kind: 'model2vec', dir: modelDir(dataDir, e.model2vecName), maxTokens: MODEL2VEC_MAX_TOKENS }, thread) };
    } catch (error) {
      return failed(e.model2vecName, error);
    }
  }
  if (e.provider === 'onnx') {
    const manifest = e.onnxModel ? await readInstalledModel(dataDir, e.onnxModel) : undefined;
    if (!manifest) {
      return fallback(
        e.onnxModel
          ? userMessage('embedder-model-missing', `The model "${e.onnxModel}" is not downloaded yet; using the built-in offline embedder until it is.`, { model: e.onnxModel })
          : userMessage('embedder-model-unset', 'No embedding model is chosen; the built-in offline embedder is used.'),
      );
    }
    try {
      return { embedder: await ModelEmbedder.create(await onnxEmbedderSpec(dataDir, manifest), thread) };
    } catch (error) {
      return failed(manifest.id, error);
    }
  }
  return { embedder: new LexicalEmbedder() };
}

/**
 * The cross-encoder the settings ask for (rerank.model), loaded in the model thread; undefined when reranking is off.
 * A model that is missing or does not load leaves reranking off, with a notice.
 */
export async function createReranker(
  settings: ResolvedSettings,
  dataDir: string,
  thread: ModelThread = ModelThread.shared(),
): Promise<{ reranker?: Reranker; warning?: UserMessage }> {
  const { model, depth } = settings.rerank;
  if (!model) return {};
  const manifest = await readInstalledModel(dataDir, model);
  if (!manifest) {
    return { warning: userMessage('reranker-model-missing', `The reranking model "${model}" is not installed; passages keep their search order.`, { model }) };
  }
  try {
    return { reranker: await OnnxReranker.create(await onnxRerankerSpec(dataDir, manifest), thread, { depth }) };
  } catch (error) {
    return {
      warning: userMessage('reranker-model-failed', `The reranking model "${model}" could not be loaded; passages keep their search order.`, { model }, causeOf(error)),
    };
  }
}

/** LanceDB on disk unless Pinecone is enabled and has a key. One table (or Pinecone index) per embedder. */
export async function createVectorStore(settings: ResolvedSettings, dataDir: string, embedder: Pick<Embedder, 'id' | 'fusionWeight'>): Promise<VectorStore> {
  const p = settings.pinecone;
  if (p.enabled && p.apiKey && p.indexName) {
    return PineconeStore.open({
      apiKey: p.apiKey,
      indexName: p.indexName,
      host: p.host || undefined,
      controllerHostUrl: p.controllerHostUrl,
    });
  }
  return LanceDbStore.open({ dir: path.join(dataDir, 'vectors'), table: embedder.id, vectorWeight: embedder.fusionWeight });
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
export async function createAnswerer(settings: ResolvedSettings, dataDir: string, runtime: ChatModelRuntime, wordVectors?: WordVectors): Promise<AnswerProviders> {
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
    return { answerer: new ExtractiveAnswerer({ wordVectors }), warning };
  }
  return { answerer: new ExtractiveAnswerer({ wordVectors }) };
}
