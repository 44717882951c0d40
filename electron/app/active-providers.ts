// The providers in use (embedder, vector store, answerer, reranker) and how a settings change replaces them. What new settings
// ask for is built and tried *before* anything is saved: a Pinecone with no key, an endpoint that does not answer, a
// model that is not on this computer is refused with a sentence saying why, and the part that worked stays in use.
// Only the fields a chosen provider reads decide whether it changed, so editing Pinecone's fields while Pinecone is
// off, or the Model2Vec URL while answering with the lexical embedder, rebuilds nothing and re-indexes nothing.
import { createHash } from 'node:crypto';
import { DocentError } from '../../shared/api';
import type { Answerer } from './chat/answer-types';
import { testChatEndpoint } from './chat/openai-answerer';
import type { Embedder } from './embeddings/embedder';
import { testEmbeddingsEndpoint } from './embeddings/openai-embedder';
import type { TextGenerator } from './chat/text-generator';
import { installedChatModel } from './llm/installed-chat-model';
import { LlmError } from './llm/llm-error';
import type { ChatModelRuntime } from './llm/llm-runtime';
import type { WordVectors } from './chat/word-vectors';
import { readInstalledModel } from './models/manifest';
import { createAnswerer, createEmbedder, createReranker, createVectorStore, model2vecPresent, type AnswerProviders } from './providers';
import type { Reranker } from './chat/rerank/reranker';
import type { ResolvedSettings } from './settings/settings-store';
import { testPineconeConnection } from './vectors/pinecone-connection';
import type { VectorStore } from './vectors/vector-store';
import type { NoticeLevel } from './events';
import { causeOf, userMessage, type UserMessage } from './user-message';

export interface ProviderParts {
  embedder: Embedder;
  store: VectorStore;
  answerer: Answerer;
  /** The chat model behind the answerer (local or endpoint), for follow-up rewriting and summaries. */
  generator?: TextGenerator;
  /** The cross-encoder reordering retrieved passages; undefined when reranking is off. */
  reranker?: Reranker;
}

type Notice = (level: NoticeLevel, message: UserMessage) => void;

/** Keys stay in memory, but a digest is enough to tell two apart. */
const digest = (secret: string | undefined) => (secret ? createHash('sha256').update(secret).digest('hex').slice(0, 16) : '');

/** What decides the embedder: only the fields the chosen provider reads. */
export function embedderKey(e: ResolvedSettings['embeddings']): string {
  switch (e.provider) {
    case 'openai':
      return JSON.stringify(['openai', e.baseURL, e.model, digest(e.apiKey)]);
    case 'model2vec':
      return JSON.stringify(['model2vec', e.model2vecName]);
    case 'onnx':
      return JSON.stringify(['onnx', e.onnxModel]);
    default:
      return JSON.stringify(['lexical']);
  }
}

/** Pinecone counts only when it is on; the LanceDB table follows the embedder. */
export function storeKey(p: ResolvedSettings['pinecone'], embedderId: string): string {
  if (!p.enabled) return JSON.stringify(['lancedb', embedderId]);
  return JSON.stringify(['pinecone', p.indexName, p.host, p.controllerHostUrl ?? '', digest(p.apiKey), embedderId]);
}

export function answererKey(a: ResolvedSettings['answers']): string {
  switch (a.provider) {
    case 'openai':
      return JSON.stringify(['openai', a.baseURL, a.model, digest(a.apiKey)]);
    case 'local':
      return JSON.stringify(['local', a.localModel]);
    default:
      return JSON.stringify(['extractive']);
  }
}

/** Reranking is off, or this model at this depth. */
export function rerankerKey(r: ResolvedSettings['rerank']): string {
  return JSON.stringify(r.model ? ['onnx', r.model, r.depth] : ['off']);
}

/** A change built and tried, not yet in use. */
export interface PreparedChange {
  readonly settings: ResolvedSettings;
  readonly parts: ProviderParts;
  readonly keys: ProviderKeys;
  /** The parts that are new (the others are the ones in use). */
  readonly changed: { embedder: boolean; store: boolean; answerer: boolean; reranker: boolean };
}

type ProviderKeys = { embedder: string; store: string; answerer: string; reranker: string };

/**
 * Refuses a settings change. `message` is the English sentence (the CLI prints it); `said` the same refusal worded by
 * code for the window, whose Settings dialog shows it in the user's language with the cause behind Details.
 */
function refuse(message: string, said: UserMessage): never {
  throw new DocentError('invalid-input', { ...said, message });
}

/** A failed connection test, as the refusal's user message (its code and params already say what failed). */
function probeRefusal(probe: { code?: string; message: string; params?: UserMessage['params']; detail?: string }): UserMessage {
  return userMessage(probe.code ?? 'refused-load-failed', probe.message, probe.params, probe.detail);
}

/** A provider built with a stand-in (its model missing, unset or broken) refuses the choice, saying which model. */
function warningRefusal(warning: UserMessage): UserMessage {
  const model = warning.params?.model;
  if (/-unset$/.test(warning.code)) return userMessage('refused-model-unset', warning.message);
  if (/-missing$/.test(warning.code) && model !== undefined) return userMessage('refused-model-missing', warning.message, { model });
  return userMessage('refused-load-failed', warning.message, undefined, warning.detail ?? warning.message);
}

/** A provider that threw while being built or tried: the cause goes behind Details. */
const loadFailed = (error: unknown) => userMessage('refused-load-failed', causeOf(error), undefined, causeOf(error));

/** Builds the embedder `e` asks for, refusing one that cannot load or answer. */
async function tryEmbedder(settings: ResolvedSettings, dataDir: string): Promise<Embedder> {
  const e = settings.embeddings;
  if (e.provider === 'openai') {
    if (!e.baseURL || !e.model) refuse('Embeddings: enter the endpoint’s base URL and model first.', userMessage('refused-endpoint-unset', '', { reason: 'embeddings' }));
    const probe = await testEmbeddingsEndpoint({ baseURL: e.baseURL, apiKey: e.apiKey, model: e.model });
    if (!probe.ok) refuse(`Embeddings: ${probe.message}`, probeRefusal(probe));
  }
  if (e.provider === 'model2vec' && !model2vecPresent(dataDir, e.model2vecName)) {
    refuse(
      `Embeddings: the model "${e.model2vecName}" is not on this computer yet. Download it first, then choose it.`,
      userMessage('refused-model-missing', '', { model: e.model2vecName }),
    );
  }
  let built: Awaited<ReturnType<typeof createEmbedder>>;
  try {
    built = await createEmbedder(settings, dataDir);
  } catch (error) {
    refuse(`Embeddings: the embedder could not be loaded: ${(error as Error).message}`, loadFailed(error));
  }
  // A stand-in (the offline default for a model that is missing) is fine at start, not as the answer to a choice.
  if (built.warning) refuse(`Embeddings: ${built.warning.message}`, warningRefusal(built.warning));
  if (e.provider !== 'openai') {
    try {
      await built.embedder.embed(['Docent checks that this embedder works.'], { kind: 'query' });
    } catch (error) {
      refuse(`Embeddings: the embedder could not embed a test sentence: ${(error as Error).message}`, loadFailed(error));
    }
  }
  return built.embedder;
}

async function tryStore(settings: ResolvedSettings, dataDir: string, embedder: Embedder): Promise<VectorStore> {
  const p = settings.pinecone;
  if (p.enabled) {
    if (!p.apiKey)
      refuse('Vector store: Pinecone needs an API key. Enter it, or turn Pinecone off to keep vectors on this computer.', userMessage('pinecone-key-missing', ''));
    const probe = await testPineconeConnection({ apiKey: p.apiKey, indexName: p.indexName, host: p.host || undefined, controllerHostUrl: p.controllerHostUrl });
    if (!probe.ok) refuse(`Vector store: ${probe.message}`, probeRefusal(probe));
    // An index that exists has a dimension (absent or 0: Docent will create the index with the first document).
    const dimension = Number(probe.params?.dimension ?? 0);
    if (dimension > 0 && embedder.dimension !== undefined && dimension !== embedder.dimension) {
      refuse(
        `Vector store: the Pinecone index "${p.indexName}" holds ${dimension}-dimension vectors but the embedder makes ${embedder.dimension}. Choose another index name (Docent creates it) or another embedder.`,
        userMessage('pinecone-dimension-mismatch', '', { index: p.indexName, indexDimension: dimension, dimension: embedder.dimension }),
      );
    }
  }
  try {
    return await createVectorStore(settings, dataDir, embedder);
  } catch (error) {
    refuse(`Vector store: it could not be opened: ${(error as Error).message}`, loadFailed(error));
  }
}

async function tryAnswerer(settings: ResolvedSettings, dataDir: string, runtime: ChatModelRuntime, wordVectors?: WordVectors): Promise<AnswerProviders> {
  const a = settings.answers;
  if (a.provider === 'openai') {
    if (!a.baseURL || !a.model) refuse('Answers: enter the endpoint’s base URL and model first.', userMessage('refused-endpoint-unset', '', { reason: 'answers' }));
    const probe = await testChatEndpoint({ baseURL: a.baseURL, apiKey: a.apiKey, model: a.model });
    if (!probe.ok) refuse(`Answers: ${probe.message}`, probeRefusal(probe));
  }
  if (a.provider === 'local') {
    if (!a.localModel) refuse('Answers: choose an installed chat model first (Settings → Models).', userMessage('refused-model-unset', ''));
    const model = await installedChatModel(dataDir, a.localModel);
    if (!model)
      refuse(`Answers: the chat model "${a.localModel}" is not installed. Install it first (Settings → Models).`, userMessage('refused-model-missing', '', { model: a.localModel }));
    // The file is checked in the inference process (a GGUF llama.cpp can run, whole, fitting in the memory free),
    // without loading it: a model that cannot answer is refused now, with the reason, not at the first question.
    try {
      await runtime.check(model);
    } catch (error) {
      // The runtime's own errors are worded by code (model-too-large with its figures, model-not-gguf…).
      refuse(`Answers: ${(error as Error).message}`, error instanceof LlmError ? userMessage(error.code, error.message, error.params) : loadFailed(error));
    }
  }
  const built = await createAnswerer(settings, dataDir, runtime, wordVectors);
  if (built.warning) refuse(`Answers: ${built.warning.message}`, warningRefusal(built.warning));
  return built;
}

/** Builds the reranker `settings.rerank` asks for, refusing a model that is not installed or does not load. */
async function tryReranker(settings: ResolvedSettings, dataDir: string): Promise<Reranker | undefined> {
  const built = await createReranker(settings, dataDir);
  if (built.warning) refuse(`Reranking: ${built.warning.message}`, warningRefusal(built.warning));
  return built.reranker;
}

export class ActiveProviders {
  private constructor(
    private current: ProviderParts,
    /** The keys of the settings in use, as written (a stand-in below does not change them). */
    private keys: ProviderKeys,
    /** The embedder is the offline stand-in for a model that was missing at start: a later save tries the real one. */
    private embedderIsStandIn: boolean,
    private readonly dataDir: string,
    private readonly runtime: ChatModelRuntime,
    /** Word meanings for the offline answerer (word-vectors.ts). */
    private readonly wordVectors?: WordVectors,
  ) {}

  /**
   * At start the settings file is what it is: a part that cannot be built as asked falls back to the offline default
   * with a notice (a missing model, Pinecone switched on without a key), so Docent always opens.
   */
  static async start(settings: ResolvedSettings, dataDir: string, notice: Notice, runtime: ChatModelRuntime, wordVectors?: WordVectors): Promise<ActiveProviders> {
    const built = await createEmbedder(settings, dataDir);
    if (built.warning) notice('warning', built.warning);
    if (settings.pinecone.enabled && !settings.pinecone.apiKey) {
      notice('warning', userMessage('pinecone-off-no-key', 'Pinecone is turned on but has no API key: vectors are kept on this computer until one is entered in Settings.'));
    }
    const store = await createVectorStore(settings, dataDir, built.embedder);
    const reranking = await createReranker(settings, dataDir);
    if (reranking.warning) notice('warning', reranking.warning);
    const answers = await createAnswerer(settings, dataDir, runtime, wordVectors);
    if (answers.warning) notice('warning', answers.warning);
    const parts: ProviderParts = { embedder: built.embedder, store, answerer: answers.answerer, generator: answers.generator, reranker: reranking.reranker };
    const keys = {
      embedder: embedderKey(settings.embeddings),
      store: storeKey(settings.pinecone, built.embedder.id),
      answerer: answererKey(settings.answers),
      reranker: rerankerKey(settings.rerank),
    };
    return new ActiveProviders(parts, keys, Boolean(built.warning), dataDir, runtime, wordVectors);
  }

  get embedder(): Embedder {
    return this.current.embedder;
  }
  /** True while the embedder is the offline stand-in for a model that could not be loaded at start. */
  get usingStandInEmbedder(): boolean {
    return this.embedderIsStandIn;
  }
  get store(): VectorStore {
    return this.current.store;
  }
  get answerer(): Answerer {
    return this.current.answerer;
  }
  get generator(): TextGenerator | undefined {
    return this.current.generator;
  }
  get reranker(): Reranker | undefined {
    return this.current.reranker;
  }

  /**
   * Builds and tries every part whose settings `settings` changes; throws a DocentError (`invalid-input`, a sentence
   * naming the part and what to do) when one cannot work, having closed whatever it had opened. Nothing in use is
   * touched. A part whose settings did not change is kept as it is, even a stand-in, so an old problem never blocks
   * saving something else.
   */
  async prepare(settings: ResolvedSettings): Promise<PreparedChange> {
    const parts: ProviderParts = { ...this.current };
    const changed = { embedder: false, store: false, answerer: false, reranker: false };
    const eKey = embedderKey(settings.embeddings);
    if (eKey !== this.keys.embedder) {
      parts.embedder = await tryEmbedder(settings, this.dataDir);
      changed.embedder = true;
    } else if (this.embedderIsStandIn) {
      // The model may be there now (downloaded since): use it if it loads, else keep the stand-in quietly.
      const real = await tryEmbedder(settings, this.dataDir).catch(() => undefined);
      if (real) {
        parts.embedder = real;
        changed.embedder = true;
      }
    }
    const sKey = storeKey(settings.pinecone, parts.embedder.id);
    try {
      if (sKey !== this.keys.store) {
        // Pinecone switched on without a key is refused here, not quietly kept on LanceDB as at start.
        parts.store = await tryStore(settings, this.dataDir, parts.embedder);
        changed.store = true;
      }
      const aKey = answererKey(settings.answers);
      if (aKey !== this.keys.answerer) {
        const answers = await tryAnswerer(settings, this.dataDir, this.runtime, this.wordVectors);
        parts.answerer = answers.answerer;
        parts.generator = answers.generator;
        changed.answerer = true;
      }
      const rKey = rerankerKey(settings.rerank);
      if (rKey !== this.keys.reranker) {
        parts.reranker = await tryReranker(settings, this.dataDir);
        changed.reranker = true;
      } else if (settings.rerank.model && !this.current.reranker) {
        // Chosen but missing at start: use it now if it has been installed since, else stay off quietly.
        const real = await tryReranker(settings, this.dataDir).catch(() => undefined);
        if (real) {
          parts.reranker = real;
          changed.reranker = true;
        }
      }
      return { settings, parts, keys: { embedder: eKey, store: sKey, answerer: aKey, reranker: rKey }, changed };
    } catch (error) {
      if (changed.store) await parts.store.close().catch(() => undefined);
      throw error;
    }
  }

  /** A prepared change that will not be used (the settings could not be written): closes what it opened. */
  async discard(change: PreparedChange): Promise<void> {
    if (change.changed.store) await change.parts.store.close().catch(() => undefined);
  }

  /** Puts a prepared change in use; returns the parts it replaced. */
  adopt(change: PreparedChange): ProviderParts {
    const previous = this.current;
    this.current = change.parts;
    this.keys = change.keys;
    if (change.changed.embedder) this.embedderIsStandIn = false;
    return previous;
  }
}
