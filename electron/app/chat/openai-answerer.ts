// Answers streamed from any OpenAI-compatible chat endpoint (OpenAI, Ollama, LM Studio…), grounded in numbered sources.
import type OpenAI from 'openai';
import { APIError, NotFoundError } from 'openai';
import type { AnswerEvent, AnswerRequest, Answerer } from './answer-types';
import { buildPromptMessages, citedSources } from './prompt';
import { OpenAiTextGenerator } from './openai-text-generator';
import { summarizeSources } from './summarizer';
import {
  OpenAiEndpointError,
  endpointFailureMessage,
  createOpenAiClient,
  describeOpenAiError,
  normaliseBaseUrl,
  rootCause,
} from '../embeddings/openai-embedder';
import type { ConnectionTestResult } from '../../../shared/model';
import { userMessage } from '../user-message';
import { redactSecrets } from '../redact-secret';

export interface OpenAiAnswererOptions {
  baseURL: string;
  /** Optional: local servers need none. */
  apiKey?: string;
  model: string;
  /** The client's own retries of 429 and 5xx answers before the stream starts. Default 2. */
  maxRetries?: number;
  /** Sent only when set: some models (OpenAI's reasoning models) refuse any value but their default. */
  temperature?: number;
  /** How long to wait for the first byte of the answer (the client's timeout). Default 60 s. */
  timeoutMs?: number;
  /** How long the stream may go silent before it counts as failed. Default 60 s. */
  idleTimeoutMs?: number;
}

function sanitise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9._]+/g, '-').replace(/^-+|-+$/g, '');
}

/** What broke a stream that had started, in a few words (the connection's own reason where it has one). */
function breakReason(error: unknown): string {
  if (error instanceof APIError) {
    const message = (error.error as { message?: string } | undefined)?.message ?? error.message;
    return error.status ? `${error.status}: ${message}` : message;
  }
  if (error instanceof SyntaxError) return `unreadable data in the stream: ${error.message}`;
  return `connection lost: ${rootCause(error)}`;
}

export class OpenAiAnswerer implements Answerer {
  readonly id: string;
  /** A summary maps over every passage of the document and reduces the notes. */
  readonly readsWholeDocuments = true;
  readonly model: string;
  readonly baseURL: string;
  readonly #client: OpenAI;
  readonly #options: OpenAiAnswererOptions & { maxRetries: number; idleTimeoutMs: number };

  constructor(options: OpenAiAnswererOptions) {
    if (!options.model?.trim()) throw new Error('An OpenAI-compatible answerer needs a model name');
    this.baseURL = normaliseBaseUrl(options.baseURL);
    this.model = options.model.trim();
    this.#options = { maxRetries: 2, idleTimeoutMs: 60_000, ...options };
    this.id = `openai-chat-${sanitise(this.model)}-${sanitise(new URL(this.baseURL).host)}`;
    this.#client = createOpenAiClient({
      baseURL: this.baseURL,
      apiKey: options.apiKey,
      maxRetries: this.#options.maxRetries,
      timeoutMs: options.timeoutMs ?? 60_000,
    });
  }

  async *answer(request: AnswerRequest): AsyncGenerator<AnswerEvent> {
    const userSignal = request.signal;
    if (userSignal?.aborted) return;
    if (request.summary) {
      // A whole document, however long: map over its passages, then reduce (summarizer.ts).
      const generator = new OpenAiTextGenerator({ baseURL: this.baseURL, apiKey: this.#options.apiKey, model: this.model });
      yield* summarizeSources(generator, { fileName: request.summary.fileName, sources: request.sources }, { signal: userSignal });
      return;
    }
    // One controller for both the user's cancel and our own idle timeout; `idled` tells them apart afterwards.
    const controller = new AbortController();
    const onUserAbort = () => controller.abort(userSignal?.reason);
    userSignal?.addEventListener('abort', onUserAbort, { once: true });
    let idled = false;
    let idleTimer: NodeJS.Timeout | undefined;
    const armIdleTimer = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => {
        idled = true;
        controller.abort();
      }, this.#options.idleTimeoutMs);
    };

    let text = '';
    const citations = (): AnswerEvent => ({ type: 'citations', citations: citedSources(text, request.sources) });
    const userCancelled = () => userSignal?.aborted === true && !idled;
    const idleMs = this.#options.idleTimeoutMs;
    const silentFor = `went silent for ${idleMs < 1000 ? `${idleMs} ms` : `${Math.round(idleMs / 1000)} s`}`;

    try {
      armIdleTimer();
      let stream: AsyncIterable<OpenAI.Chat.Completions.ChatCompletionChunk>;
      try {
        stream = await this.#client.chat.completions.create(
          {
            model: this.model,
            messages: buildPromptMessages(request),
            stream: true,
            ...(this.#options.temperature !== undefined ? { temperature: this.#options.temperature } : {}),
          },
          { signal: controller.signal },
        );
      } catch (error) {
        if (userCancelled()) return;
        if (idled) throw this.#error(`The chat endpoint ${this.baseURL} ${silentFor} before answering.`);
        throw this.#describe(error);
      }

      let finished = false;
      try {
        for await (const chunk of stream) {
          armIdleTimer();
          const choice = chunk.choices?.[0];
          const delta = choice?.delta?.content;
          if (delta) {
            text += delta;
            yield { type: 'token', text: delta };
          }
          if (choice?.finish_reason) finished = true;
        }
      } catch (error) {
        if (userCancelled()) {
          yield citations();
          return;
        }
        // The tokens already yielded stand; the caller keeps them and marks the answer as broken off.
        if (text) yield citations();
        throw this.#error(
          `The chat endpoint ${this.baseURL} broke off the answer ${text ? 'part-way' : 'before it began'} (${breakReason(error)}).`,
          error,
        );
      }
      // The client ends a stream quietly when it is aborted, so how it ended is read from the flags.
      if (userCancelled()) {
        yield citations();
        return;
      }
      if (idled || !finished) {
        if (text) yield citations();
        throw this.#error(
          idled
            ? `The chat endpoint ${this.baseURL} ${silentFor} part-way through the answer.`
            : `The chat endpoint ${this.baseURL} closed the stream before the answer was complete.`,
        );
      }
      yield citations();
    } finally {
      clearTimeout(idleTimer);
      userSignal?.removeEventListener('abort', onUserAbort);
    }
  }

  #error(message: string, cause?: unknown): OpenAiEndpointError {
    // The message quotes the server's words (breakReason), which may repeat the key.
    return new OpenAiEndpointError(redactSecrets(message, this.#options.apiKey), 'chat', this.baseURL, cause instanceof APIError ? cause.status : undefined, {
      cause,
      reason: 'broken-off',
      model: this.model,
      serverMessage: cause === undefined ? '' : redactSecrets(breakReason(cause), this.#options.apiKey),
    });
  }

  #describe(error: unknown): Error {
    return describeOpenAiError(error, {
      kind: 'chat',
      baseURL: this.baseURL,
      model: this.model,
      maxRetries: this.#options.maxRetries,
      apiKey: this.#options.apiKey,
    });
  }
}

/** Ollama lists `llama3.2:latest` and answers to `llama3.2`. */
function sameModel(listed: string, wanted: string): boolean {
  return listed === wanted || listed === `${wanted}:latest` || `${listed}:latest` === wanted;
}

/**
 * Settings' "Test connection": lists the endpoint's models and checks the model is among them; where the endpoint
 * has no model list, makes a one-token call instead.
 */
export async function testChatEndpoint(options: {
  baseURL: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
}): Promise<ConnectionTestResult> {
  let baseURL = options.baseURL;
  const context = () => ({ kind: 'chat' as const, baseURL, model: options.model, maxRetries: 0, apiKey: options.apiKey });
  try {
    baseURL = normaliseBaseUrl(options.baseURL);
    if (!options.model?.trim()) return { ok: false, ...userMessage('chat-model-unset', 'No chat model is set.') };
    const model = options.model.trim();
    const client = createOpenAiClient({ baseURL, apiKey: options.apiKey, maxRetries: 0, timeoutMs: options.timeoutMs ?? 15_000 });
    let listed: string[] | undefined;
    try {
      listed = (await client.models.list()).data.map((m) => m.id);
    } catch (error) {
      // No model list here (some compatible servers lack GET /models): a one-token call answers the question.
      if (!(error instanceof NotFoundError)) throw error;
    }
    if (listed) {
      if (listed.some((id) => sameModel(id, model))) return { ok: true, ...userMessage('chat-connected', `Connected: model "${model}" is available.`, { model }) };
      const offered = listed.length > 0 ? `It offers: ${listed.slice(0, 12).join(', ')}${listed.length > 12 ? ', …' : ''}.` : '';
      return {
        ok: false,
        ...userMessage('chat-model-unlisted', `The chat endpoint ${baseURL} does not list the model "${model}".${offered ? ` ${offered}` : ''}`, { url: baseURL, model }, offered),
      };
    }
    await client.chat.completions.create({ model, messages: [{ role: 'user', content: 'Say OK.' }], max_tokens: 1 });
    return { ok: true, ...userMessage('chat-connected', `Connected: model "${model}" answered.`, { model }) };
  } catch (error) {
    const described = describeOpenAiError(error, context());
    if (described instanceof OpenAiEndpointError) return { ok: false, ...endpointFailureMessage(described) };
    return { ok: false, ...userMessage('endpoint-failed', described.message, { reason: 'failed', kind: 'chat', url: baseURL, model: options.model }, described.message) };
  }
}
