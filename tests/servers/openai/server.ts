// A loopback server that speaks OpenAI's HTTP API (chat completions, embeddings, models) for tests and benchmarks.
// It follows the real API's shapes, limits and error bodies, so the real `openai` client can talk to it unchanged.
import { seededRandom } from '../../helpers/seeded-random';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  OpenAiHttpError,
  invalidApiKey,
  invalidRequest,
  modelNotFound,
  notFound,
  rateLimited,
  sendError,
  serverError,
} from './errors';
import {
  defaultChatScript,
  sendChatCompletion,
  streamChatCompletion,
  validateChatRequest,
  type ChatRequest,
  type MidStreamFailure,
} from './chat';
import { hashedEmbedding, toBase64 } from './hashed-embedding';
import { countTokens, MAX_INPUT_TOKENS, MAX_REQUEST_TOKENS } from './tokens';

export interface OpenAiServerOptions {
  /**
   * An OpenAI-compatible server that is careless with secrets (some proxies are): its 401 message repeats the whole
   * key it was sent, where OpenAI's masks all but a few characters.
   */
  echoKeyInErrors?: boolean;
  /** When set, requests must carry `Authorization: Bearer <apiKey>` (401 otherwise). Unset: any key, like Ollama. */
  apiKey?: string;
  /** Vector length for every embedding model (a request's `dimensions` overrides it). Default 64. */
  embeddingDimension?: number;
  /** Inputs allowed in one embeddings request; OpenAI's limit is 2048. */
  maxBatch?: number;
  /** Tokens (cl100k_base) allowed in one embeddings input; OpenAI's limit is 8192. Longer inputs are refused (400). */
  maxInputTokens?: number;
  /** Models served; a request naming another gets OpenAI's 404 `model_not_found`. */
  models?: string[];
  /** The answer text to stream for a chat request. Default: quotes and cites source [1], or says it does not know. */
  chatScript?: (request: ChatRequest) => string;
  /** Pause before each streamed content chunk. */
  chunkDelayMs?: number;
  /** Break every streamed answer off after this many content chunks. */
  failMidStreamAfterChunks?: number;
  /** How it breaks off: drop the connection (default) or send an SSE `{"error":…}` event as OpenAI does. */
  midStreamFailure?: MidStreamFailure;
  /** Fraction (0–1) of API requests answered 429, drawn from a seeded generator so runs repeat. */
  failRate429?: number;
  /** Fraction (0–1) of API requests answered 500. */
  failRate500?: number;
  /** Seed for the failure draws. Default 1. */
  seed?: number;
  /** The wait a 429 asks for (retry-after-ms). Default 10 ms, so tests of the client's retries stay fast. */
  retryAfterMs?: number;
  /**
   * Always answer embeddings as JSON float arrays, whatever `encoding_format` asked for: what LM Studio and Ollama
   * do, and what corrupts vectors in clients that trust their own base64 request.
   */
  ignoreEncodingFormat?: boolean;
  /** Multiply every vector by this: some local models return vectors that are not unit length. Default 1. */
  embeddingScale?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  /** The parsed JSON body, if any. */
  body: any;
  /** The status sent (undefined while the answer is still going out). */
  status?: number;
  /** For streamed answers: content chunks sent, and whether the client hung up before the end. */
  chunksSent?: number;
  clientClosed?: boolean;
}

export interface OpenAiServer {
  /** e.g. `http://127.0.0.1:40123/v1`: what the openai client takes as baseURL. */
  baseURL: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Answers the next `count` API requests with this status (429 or 500), before any random failures. */
  failNext(status: 429 | 500, count?: number): void;
  close(): Promise<void>;
}

export const DEFAULT_MODELS = [
  'gpt-4o-mini',
  'gpt-4.1-mini',
  'llama3.2',
  'text-embedding-3-small',
  'text-embedding-3-large',
  'nomic-embed-text',
];


async function readJson(req: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  const text = Buffer.concat(parts).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw invalidRequest(
      "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly.)",
    );
  }
}

interface EmbeddingRequest {
  model: string;
  input: unknown;
  encoding_format?: 'float' | 'base64';
  dimensions?: number;
}

function embeddingsResponse(
  request: EmbeddingRequest,
  options: { dimension: number; maxBatch: number; maxInputTokens: number; ignoreEncodingFormat: boolean; scale: number },
) {
  const inputs = typeof request.input === 'string' ? [request.input] : request.input;
  if (!Array.isArray(inputs)) throw invalidRequest("'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.", 'input');
  if (inputs.length === 0) throw invalidRequest("[] is too short - 'input'", 'input');
  if (inputs.length > options.maxBatch) {
    throw invalidRequest(`Invalid 'input': maximum number of inputs per request is ${options.maxBatch}, got ${inputs.length}.`, 'input');
  }
  // OpenAI refuses empty strings (and token arrays are not modelled here).
  if (inputs.some((input) => typeof input !== 'string' || input === '')) {
    throw invalidRequest("'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.", 'input');
  }
  const dimension = request.dimensions ?? options.dimension;
  // Counted with the real tokenizer, as OpenAI does: a long input is refused, never cut short on the server's side.
  const counts = (inputs as string[]).map(countTokens);
  const tooLong = counts.findIndex((count) => count > options.maxInputTokens);
  if (tooLong >= 0) {
    const count = counts[tooLong];
    throw invalidRequest(
      `This model's maximum context length is ${options.maxInputTokens} tokens, however you requested ${count} tokens (${count} in your prompt; 0 for the completion). Please reduce your prompt; or completion length.`,
    );
  }
  const tokens = counts.reduce((sum, count) => sum + count, 0);
  if (tokens > MAX_REQUEST_TOKENS) {
    throw invalidRequest(`Requested ${tokens} tokens, max ${MAX_REQUEST_TOKENS} tokens per request`, 'input');
  }
  const data = (inputs as string[]).map((text, index) => {
    const vector = hashedEmbedding(text, dimension).map((value) => value * options.scale);
    return {
      object: 'embedding',
      index,
      embedding: request.encoding_format === 'base64' && !options.ignoreEncodingFormat ? toBase64(vector) : Array.from(vector),
    };
  });
  return { object: 'list', data, model: request.model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}

export async function startOpenAiServer(options: OpenAiServerOptions = {}): Promise<OpenAiServer> {
  const models = options.models ?? DEFAULT_MODELS;
  const dimension = options.embeddingDimension ?? 64;
  const maxBatch = options.maxBatch ?? 2048;
  const random = seededRandom(options.seed ?? 1);
  const scripted: (429 | 500)[] = [];
  const requests: RecordedRequest[] = [];

  const injectedFailure = (): OpenAiHttpError | undefined => {
    const status = scripted.shift();
    if (status === 429) return rateLimited(options.retryAfterMs ?? 10);
    if (status === 500) return serverError();
    const draw = random();
    if (draw < (options.failRate429 ?? 0)) return rateLimited(options.retryAfterMs ?? 10);
    if (draw < (options.failRate429 ?? 0) + (options.failRate500 ?? 0)) return serverError();
    return undefined;
  };

  const checkModel = (model: string) => {
    if (!models.includes(model)) throw modelNotFound(model);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, record: RecordedRequest) => {
    const path = record.path;
    record.body = await readJson(req);
    const authorization = req.headers.authorization;
    if (options.apiKey !== undefined && authorization !== `Bearer ${options.apiKey}`) {
      throw invalidApiKey(authorization?.replace(/^Bearer\s+/i, ''), options.echoKeyInErrors);
    }
    const failure = injectedFailure();
    if (failure) throw failure;

    if (req.method === 'GET' && path === '/v1/models') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          object: 'list',
          data: models.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'docent-test' })),
        }),
      );
      return;
    }
    const modelMatch = /^\/v1\/models\/(.+)$/.exec(path);
    if (req.method === 'GET' && modelMatch) {
      const id = decodeURIComponent(modelMatch[1]);
      checkModel(id);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id, object: 'model', created: 1_700_000_000, owned_by: 'docent-test' }));
      return;
    }
    if (req.method === 'POST' && path === '/v1/embeddings') {
      const request = record.body as EmbeddingRequest;
      if (!request || typeof request.model !== 'string') throw invalidRequest('you must provide a model parameter', 'model');
      checkModel(request.model);
      const body = embeddingsResponse(request, {
        dimension,
        maxBatch,
        maxInputTokens: options.maxInputTokens ?? MAX_INPUT_TOKENS,
        ignoreEncodingFormat: options.ignoreEncodingFormat === true,
        scale: options.embeddingScale ?? 1,
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
      return;
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') {
      const request = validateChatRequest(record.body);
      checkModel(request.model);
      const behaviour = {
        script: options.chatScript ?? defaultChatScript,
        chunkDelayMs: options.chunkDelayMs ?? 0,
        failMidStreamAfterChunks: options.failMidStreamAfterChunks,
        midStreamFailure: options.midStreamFailure ?? 'disconnect',
        onStreamEnd: (outcome: { chunksSent: number; clientClosed: boolean }) => Object.assign(record, outcome),
      };
      record.status = 200;
      if (request.stream) await streamChatCompletion(res, request, behaviour);
      else sendChatCompletion(res, request, behaviour);
      return;
    }
    throw notFound(req.method ?? 'GET', path);
  };

  const server = http.createServer((req, res) => {
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: new URL(req.url ?? '/', 'http://127.0.0.1').pathname,
      authorization: req.headers.authorization,
      body: undefined,
    };
    requests.push(record);
    handle(req, res, record).then(
      () => {
        record.status ??= res.statusCode;
      },
      (error: unknown) => {
        const httpError = error instanceof OpenAiHttpError ? error : serverError();
        record.status = httpError.status;
        if (!res.headersSent) sendError(res, httpError);
        else res.destroy();
      },
    );
  });
  // Idle keep-alive sockets are closed by the client first (undici: 4 s), as with OpenAI's own long-lived connections:
  // with Node's 5 s default, a test whose event loop was busy (counting tokens) could pick a socket the server was
  // closing at that moment, and a client that does not retry saw "Connection error".
  server.keepAliveTimeout = 65_000;
  // Streams are long-lived; keep-alive sockets must not hold close() up.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    failNext(status, count = 1) {
      for (let i = 0; i < count; i++) scripted.push(status);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
