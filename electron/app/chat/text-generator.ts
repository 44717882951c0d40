// A chat model used for the work around answers: rewriting follow-up questions into search queries and summarising
// whole documents. The local model (llama.cpp) and an OpenAI-compatible endpoint both offer it.
import type { AnswerStage } from './answer-types';
import type { PromptMessage } from './prompt';

export interface GeneratorLimits {
  /** Tokens the model can take in one request, prompt and reply together. */
  contextTokens: number;
  /** How fast the prompt is read (a local model on this machine); undefined for an endpoint, whose speed is not ours. */
  promptTokensPerSecond?: number;
}

export interface GenerateTextOptions {
  maxTokens: number;
  temperature?: number;
  signal?: AbortSignal;
  /** Before the first token: waiting, loading the model, reading the prompt. */
  onStage?: (stage: AnswerStage, done?: number, total?: number) => void;
}

export interface TextGenerator {
  /** Names the model (its id), as ChatMessage.answerer does. */
  readonly id: string;
  limits(signal?: AbortSignal): Promise<GeneratorLimits>;
  /** Token counts of each text (exact for a local model, estimated for an endpoint). */
  countTokens(texts: string[], signal?: AbortSignal): Promise<number[]>;
  /** Streams the reply's text; an aborted signal ends it quietly. */
  generate(messages: PromptMessage[], options: GenerateTextOptions): AsyncIterable<string>;
}

/** The whole reply as one string. */
export async function generateAll(generator: TextGenerator, messages: PromptMessage[], options: GenerateTextOptions): Promise<string> {
  let text = '';
  for await (const piece of generator.generate(messages, options)) text += piece;
  return text;
}
