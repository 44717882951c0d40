// An OpenAI-compatible chat endpoint as a TextGenerator, for follow-up rewriting and summaries on the endpoint path.
// Token counts are estimated (the endpoint's tokenizer is not here); the context is taken as a conservative 8k.
import { scopedSignal } from '../abort-scope';
import type OpenAI from 'openai';
import type { PromptMessage } from './prompt';
import type { GenerateTextOptions, GeneratorLimits, TextGenerator } from './text-generator';
import { createOpenAiClient, describeOpenAiError, normaliseBaseUrl } from '../embeddings/openai-embedder';

export interface OpenAiGeneratorOptions {
  baseURL: string;
  apiKey?: string;
  model: string;
  /** The model's context window when known; default 8,192 tokens, which every current chat model offers. */
  contextTokens?: number;
}

/** About 3.5 characters per token for English with GPT-style tokenizers; errs towards more tokens for other text. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3.5);
}

export class OpenAiTextGenerator implements TextGenerator {
  readonly id: string;
  readonly #client: OpenAI;
  readonly #baseURL: string;

  constructor(private readonly options: OpenAiGeneratorOptions) {
    this.#baseURL = normaliseBaseUrl(options.baseURL);
    this.id = options.model;
    this.#client = createOpenAiClient({ baseURL: this.#baseURL, apiKey: options.apiKey, maxRetries: 2, timeoutMs: 60_000 });
  }

  async limits(): Promise<GeneratorLimits> {
    return { contextTokens: this.options.contextTokens ?? 8192 };
  }

  async countTokens(texts: string[]): Promise<number[]> {
    return texts.map(estimateTokens);
  }

  async *generate(messages: PromptMessage[], options: GenerateTextOptions): AsyncIterable<string> {
    if (options.signal?.aborted) return;
    let stream: AsyncIterable<OpenAI.Chat.Completions.ChatCompletionChunk>;
    // A summary sends hundreds of requests under one question's signal: each gets its own (see abort-scope.ts).
    const scope = scopedSignal(options.signal);
    try {
      stream = await this.#client.chat.completions.create(
        { model: this.options.model, messages, stream: true, max_tokens: options.maxTokens, ...(options.temperature !== undefined ? { temperature: options.temperature } : {}) },
        { signal: scope.signal },
      );
      for await (const chunk of stream) {
        const delta = chunk.choices?.[0]?.delta?.content;
        if (delta) yield delta;
      }
    } catch (error) {
      if (options.signal?.aborted) return;
      throw describeOpenAiError(error, { kind: 'chat', baseURL: this.#baseURL, model: this.options.model, maxRetries: 2, apiKey: this.options.apiKey });
    } finally {
      scope.release();
    }
  }
}
