// Embeddings from any OpenAI-compatible /v1/embeddings endpoint: OpenAI itself, Ollama, LM Studio, vLLM…
import { withScopedSignal } from '../abort-scope';
import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';
import type { Embedder } from './embedder';
import type { ConnectionTestResult, MessageParams } from '../../../shared/model';
import { causeOf, userMessage, type UserMessage } from '../user-message';
import { redactSecrets } from '../redact-secret';
import { truncateToTokenLimit } from './token-limit';

export type OpenAiEndpointKind = 'embeddings' | 'chat';

/**
 * What went wrong with an endpoint, as a stable word the window turns into a sentence in the user's language
 * (messages `msg.endpoint-failed.<reason>`); the English message stays for the CLI and for "Details".
 */
export type EndpointFailure =
  | 'timeout'
  | 'unreachable'
  | 'key-refused'
  | 'no-key'
  | 'forbidden'
  | 'model-missing'
  | 'not-found'
  | 'rate-limited'
  | 'rejected'
  | 'server-error'
  | 'broken-off'
  | 'malformed'
  | 'failed';

/** A failure of an OpenAI-compatible endpoint, worded for the user; `status` is the HTTP status where there was one. */
export class OpenAiEndpointError extends Error {
  readonly reason: EndpointFailure;
  /** The endpoint's own words (its error message, or the network's reason), for "Details". */
  readonly serverMessage: string;
  constructor(
    message: string,
    readonly kind: OpenAiEndpointKind,
    readonly url: string,
    readonly status: number | undefined,
    options?: { cause?: unknown; reason?: EndpointFailure; serverMessage?: string; model?: string },
  ) {
    super(message, options);
    this.name = 'OpenAiEndpointError';
    this.reason = options?.reason ?? 'failed';
    this.serverMessage = options?.serverMessage ?? '';
    this.model = options?.model ?? '';
  }
  readonly model: string;
}

/** An endpoint's failure as the message the window words (code `endpoint-failed`, the reason in `params`). */
export function endpointFailureMessage(error: OpenAiEndpointError): UserMessage {
  const params: MessageParams = { reason: error.reason, kind: error.kind, url: error.url, model: error.model };
  if (error.status !== undefined) params.status = error.status;
  return userMessage('endpoint-failed', error.message, params, error.serverMessage || error.message);
}

/** Local servers (Ollama, LM Studio) want no key, but the client insists on one: this is sent instead. */
export const PLACEHOLDER_API_KEY = 'no-key';

/** The client every OpenAI-compatible part of Docent uses. Retries are explicit: the client's own default is 2. */
export function createOpenAiClient(options: { baseURL: string; apiKey?: string; maxRetries: number; timeoutMs: number }): OpenAI {
  return new OpenAI({
    baseURL: normaliseBaseUrl(options.baseURL),
    apiKey: options.apiKey?.trim() || PLACEHOLDER_API_KEY,
    maxRetries: options.maxRetries,
    timeout: options.timeoutMs,
    // An organisation or project set in the environment for another tool must not leak into Docent's requests.
    organization: null,
    project: null,
  });
}

export function normaliseBaseUrl(baseURL: string): string {
  let url: URL;
  try {
    url = new URL(baseURL.trim());
  } catch {
    throw new Error(`"${baseURL}" is not a valid endpoint address: expected something like http://localhost:11434/v1`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`"${baseURL}" is not an http(s) endpoint address`);
  }
  return url.href.replace(/\/+$/, '');
}

/** The innermost reason in a chain of causes (fetch wraps ECONNREFUSED two levels down), e.g. `ECONNREFUSED`. */
export function rootCause(error: unknown): string {
  let current = error as { cause?: unknown; code?: unknown; message?: unknown } | undefined;
  let reason = current instanceof Error ? current.message : String(error);
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current.code === 'string') reason = current.code;
    else if (typeof current.message === 'string' && current.message) reason = current.message;
    current = current.cause as typeof current;
  }
  return reason;
}

/**
 * Turns the client's errors into one sentence that names the endpoint and what went wrong. A user's cancel
 * (APIUserAbortError) is passed through unchanged: it is not a failure.
 */
export function describeOpenAiError(
  error: unknown,
  context: { kind: OpenAiEndpointKind; baseURL: string; model: string; maxRetries: number; apiKey?: string },
): Error {
  if (error instanceof APIUserAbortError || error instanceof OpenAiEndpointError) return error as Error;
  const { kind, baseURL: url, model, maxRetries } = context;
  const endpoint = `The ${kind} endpoint ${url}`;
  const fail = (message: string, status?: number, reason: EndpointFailure = 'failed') =>
    new OpenAiEndpointError(message, kind, url, status, { cause: error, reason, serverMessage, model });
  const hadKey = Boolean(context.apiKey?.trim());
  const serverMessage = redactSecrets(error instanceof APIError ? (error.error as { message?: string } | undefined)?.message ?? error.message : '', context.apiKey);
  const retries = maxRetries === 1 ? '1 retry' : `${maxRetries} retries`;

  if (error instanceof APIConnectionTimeoutError) return fail(`${endpoint} did not answer in time.`, undefined, 'timeout');
  if (error instanceof APIConnectionError) {
    return new OpenAiEndpointError(`Cannot reach the ${kind} endpoint ${url} (${rootCause(error)}). Is it running, and is the address right?`, kind, url, undefined, {
      cause: error,
      reason: 'unreachable',
      serverMessage: rootCause(error),
      model,
    });
  }
  if (error instanceof AuthenticationError) {
    const hint = hadKey ? 'check the API key in Settings' : 'no API key is set: add one in Settings';
    return fail(`${endpoint} refused the key (401): ${serverMessage} — ${hint}.`, 401, hadKey ? 'key-refused' : 'no-key');
  }
  if (error instanceof PermissionDeniedError) return fail(`${endpoint} denied access (403): ${serverMessage}`, 403, 'forbidden');
  if (error instanceof NotFoundError) {
    const code = (error.error as { code?: string } | undefined)?.code;
    if (code === 'model_not_found' || /model/i.test(serverMessage)) {
      return fail(`${endpoint} does not serve the model "${model}" (404): ${serverMessage}`, 404, 'model-missing');
    }
    const hint = /\/v1$/.test(url) ? '' : ' Does the address need to end in /v1?';
    return fail(`${endpoint} answered 404 Not Found: ${serverMessage}.${hint}`, 404, 'not-found');
  }
  if (error instanceof RateLimitError) {
    return fail(`${endpoint} is rate-limiting requests (429) and still refused after ${retries}: ${serverMessage}`, 429, 'rate-limited');
  }
  if (error instanceof BadRequestError) return fail(`${endpoint} rejected the request (400): ${serverMessage}`, 400, 'rejected');
  if (error instanceof APIError && error.status !== undefined && error.status >= 500) {
    return fail(`${endpoint} failed with a server error (${error.status}) after ${retries}: ${serverMessage}`, error.status, 'server-error');
  }
  if (error instanceof APIError && error.status !== undefined) {
    return fail(`${endpoint} answered ${error.status}: ${serverMessage}`, error.status, 'rejected');
  }
  if (error instanceof APIError) return fail(`${endpoint} reported an error: ${serverMessage}`);
  return new OpenAiEndpointError(`${endpoint} failed: ${error instanceof Error ? error.message : String(error)}`, kind, url, undefined, {
    cause: error,
    serverMessage: error instanceof Error ? error.message : String(error),
    model,
  });
}

export interface OpenAiEmbedderOptions {
  baseURL: string;
  /** Optional: local servers need none. */
  apiKey?: string;
  model: string;
  /** Inputs per request. Default 256 (OpenAI allows 2048; local servers are slower per request). */
  batchSize?: number;
  /** Characters per request, summed over its inputs: keeps a request well under OpenAI's 300k-token cap. */
  maxBatchChars?: number;
  /** Longer inputs are cut to this many characters, then to at most 8,191 tokens (token-limit.ts): OpenAI refuses longer ones. */
  maxInputChars?: number;
  /** Ask for shorter vectors (OpenAI's text-embedding-3 models support it). Part of the id. */
  dimensions?: number;
  /** The client's own retries of 429 and 5xx answers, with its exponential backoff. Default 3. */
  maxRetries?: number;
  timeoutMs?: number;
}

function sanitise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9._]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Reads one returned embedding: a base64 string of float32s, or the plain array servers that ignore the format send. */
function decodeEmbedding(embedding: unknown): Float32Array {
  if (typeof embedding === 'string') {
    const bytes = Buffer.from(embedding, 'base64');
    if (bytes.length % 4 !== 0) throw new Error('a base64 embedding whose length is not a whole number of float32s');
    // Copy: the Buffer may sit at an unaligned offset of Node's shared pool.
    const copy = new Uint8Array(bytes);
    return new Float32Array(copy.buffer, 0, copy.length / 4);
  }
  if (Array.isArray(embedding) && embedding.every((value) => typeof value === 'number')) {
    return Float32Array.from(embedding as number[]);
  }
  throw new Error('an embedding that is neither a base64 string nor an array of numbers');
}

function normalise(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum);
  if (norm > 0 && Math.abs(norm - 1) > 1e-6) for (let i = 0; i < vector.length; i++) vector[i] /= norm;
  return vector;
}

/** Greedy batches under both the input count and the character budget; a single long input gets a batch of its own. */
export function planBatches(texts: string[], maxInputs: number, maxChars: number): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let chars = 0;
  texts.forEach((text, index) => {
    if (current.length > 0 && (current.length >= maxInputs || chars + text.length > maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(index);
    chars += text.length;
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

export class OpenAiEmbedder implements Embedder {
  readonly id: string;
  readonly model: string;
  readonly baseURL: string;
  #dimension: number | undefined;
  #batchSize: number;
  readonly #client: OpenAI;
  readonly #options: Required<Pick<OpenAiEmbedderOptions, 'maxBatchChars' | 'maxInputChars' | 'maxRetries'>> &
    OpenAiEmbedderOptions;

  constructor(options: OpenAiEmbedderOptions) {
    if (!options.model?.trim()) throw new Error('An OpenAI-compatible embedder needs a model name');
    this.baseURL = normaliseBaseUrl(options.baseURL);
    this.model = options.model.trim();
    this.#options = { maxBatchChars: 200_000, maxInputChars: 24_000, maxRetries: 3, ...options };
    this.#batchSize = Math.max(1, options.batchSize ?? 256);
    this.#dimension = options.dimensions;
    const host = new URL(this.baseURL).host;
    this.id = ['openai', sanitise(this.model), options.dimensions ? `d${options.dimensions}` : '', sanitise(host)]
      .filter(Boolean)
      .join('-');
    this.#client = createOpenAiClient({
      baseURL: this.baseURL,
      apiKey: options.apiKey,
      maxRetries: this.#options.maxRetries,
      timeoutMs: options.timeoutMs ?? 60_000,
    });
  }

  get dimension(): number | undefined {
    return this.#dimension;
  }

  /**
   * `kind` makes no difference to OpenAI-style models. Empty or blank texts are not sent (OpenAI refuses them)
   * and come back as zero vectors: they match nothing.
   */
  async embed(texts: string[], options: { kind?: 'query' | 'passage'; signal?: AbortSignal } = {}): Promise<Float32Array[]> {
    const results: (Float32Array | undefined)[] = new Array(texts.length);
    const wanted: number[] = [];
    const inputs: string[] = [];
    texts.forEach((text, index) => {
      if (text.trim() === '') return;
      wanted.push(index);
      inputs.push(truncateToTokenLimit(text.length > this.#options.maxInputChars ? text.slice(0, this.#options.maxInputChars) : text));
    });
    if (inputs.length > 0) {
      const vectors = await this.#embedAll(inputs, options.signal);
      vectors.forEach((vector, i) => (results[wanted[i]] = vector));
    } else if (texts.length > 0 && this.#dimension === undefined) {
      // Only blanks, and no answer yet to learn the length from: ask once so the zero vectors have the right size.
      await this.#embedAll(['dimension probe'], options.signal);
    }
    return Array.from(results, (vector) => vector ?? new Float32Array(this.#dimension ?? 0));
  }

  async #embedAll(inputs: string[], signal: AbortSignal | undefined): Promise<Float32Array[]> {
    const vectors: Float32Array[] = [];
    let pending = inputs;
    while (pending.length > 0) {
      const [first] = planBatches(pending, this.#batchSize, this.#options.maxBatchChars);
      const batch = first.map((i) => pending[i]);
      try {
        vectors.push(...(await this.#request(batch, signal)));
        pending = pending.slice(batch.length);
      } catch (error) {
        // Some servers allow fewer inputs per request than we sent: halve and go on, and remember the smaller size.
        if (error instanceof BadRequestError && batch.length > 1) {
          this.#batchSize = Math.max(1, Math.floor(batch.length / 2));
          continue;
        }
        throw this.#describe(error);
      }
    }
    return vectors;
  }

  async #request(batch: string[], signal: AbortSignal | undefined): Promise<Float32Array[]> {
    // base64 asked for explicitly, so the client hands the answer over undecoded: LM Studio and Ollama ignore the
    // format and send float arrays, which the client's own base64 decoding would silently turn into garbage.
    const response = await withScopedSignal(signal, (scoped) =>
      this.#client.embeddings.create(
        {
          model: this.model,
          input: batch,
          encoding_format: 'base64',
          ...(this.#options.dimensions ? { dimensions: this.#options.dimensions } : {}),
        },
        { signal: scoped },
      ),
    );
    const data = response?.data;
    if (!Array.isArray(data) || data.length !== batch.length) {
      throw this.#malformed(`${Array.isArray(data) ? data.length : 'no'} embeddings for ${batch.length} inputs`);
    }
    const ordered = [...data].sort((a, b) => a.index - b.index);
    return ordered.map((item) => {
      let vector: Float32Array;
      try {
        vector = decodeEmbedding(item.embedding);
      } catch (error) {
        throw this.#malformed((error as Error).message);
      }
      if (vector.length === 0) throw this.#malformed('an empty embedding');
      if (this.#dimension === undefined) this.#dimension = vector.length;
      else if (vector.length !== this.#dimension) {
        throw this.#malformed(`a ${vector.length}-dimension embedding where earlier ones had ${this.#dimension}`);
      }
      return normalise(vector);
    });
  }

  #malformed(what: string): OpenAiEndpointError {
    return new OpenAiEndpointError(
      `The embeddings endpoint ${this.baseURL} returned ${what} for model "${this.model}".`,
      'embeddings',
      this.baseURL,
      undefined,
      { reason: 'malformed', serverMessage: what, model: this.model },
    );
  }

  #describe(error: unknown): Error {
    return describeOpenAiError(error, {
      kind: 'embeddings',
      baseURL: this.baseURL,
      model: this.model,
      maxRetries: this.#options.maxRetries,
      apiKey: this.#options.apiKey,
    });
  }
}

/** Settings' "Test connection": embeds one short text and reports the vector length. */
export async function testEmbeddingsEndpoint(options: {
  baseURL: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
}): Promise<ConnectionTestResult & { dimension?: number }> {
  try {
    const embedder = new OpenAiEmbedder({ ...options, maxRetries: 0, timeoutMs: options.timeoutMs ?? 15_000 });
    const [vector] = await embedder.embed(['Docent connection test']);
    return {
      ok: true,
      ...userMessage('embeddings-connected', `Connected: model "${embedder.model}" returns ${vector.length}-dimension vectors.`, {
        model: embedder.model,
        dimension: vector.length,
      }),
      dimension: vector.length,
    };
  } catch (error) {
    if (error instanceof OpenAiEndpointError) return { ok: false, ...endpointFailureMessage(error) };
    return { ok: false, ...userMessage('endpoint-failed', causeOf(error), { reason: 'failed', kind: 'embeddings', url: options.baseURL, model: options.model }, causeOf(error)) };
  }
}
