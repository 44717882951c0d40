// The local model as a TextGenerator: the same inference process and model the local answerer uses.
import type { AnswerStage } from './answer-types';
import type { PromptMessage } from './prompt';
import type { GenerateTextOptions, GeneratorLimits, TextGenerator } from './text-generator';
import type { ChatModelRuntime } from '../llm/llm-runtime';
import type { ModelRef, RuntimeStage } from '../llm/protocol';

function stageOf(stage: RuntimeStage): AnswerStage {
  return stage === 'reading' ? 'reading-sources' : stage;
}

export class LocalTextGenerator implements TextGenerator {
  readonly id: string;

  constructor(
    private readonly runtime: ChatModelRuntime,
    private readonly model: ModelRef,
  ) {
    this.id = model.id;
  }

  async limits(signal?: AbortSignal): Promise<GeneratorLimits> {
    const info = await this.runtime.prepare(this.model, { signal });
    return { contextTokens: info.contextSize, promptTokensPerSecond: info.promptTokensPerSecond };
  }

  countTokens(texts: string[], signal?: AbortSignal): Promise<number[]> {
    return this.runtime.count(this.model, texts, signal);
  }

  async *generate(messages: PromptMessage[], options: GenerateTextOptions): AsyncIterable<string> {
    const stream = this.runtime.generate(this.model, messages, { maxTokens: options.maxTokens, temperature: options.temperature ?? 0.2 }, options.signal);
    for await (const event of stream) {
      if (event.type === 'token') yield event.text;
      else if (event.type === 'stage') options.onStage?.(stageOf(event.stage), event.done, event.total);
    }
  }
}
