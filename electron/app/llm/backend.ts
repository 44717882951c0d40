// What the inference process runs requests on: llama.cpp (llama-backend.ts) in the app, a scripted stand-in model in
// tests of the logic above it. Both sit behind the same process and the same protocol.
import type { ChatTurn, GenerateOptions, GenerationStats, ModelCheck, ModelInfo, ModelRef, ProcessOptions, RuntimeStage } from './protocol';

export interface BackendSink {
  stage(stage: RuntimeStage, done?: number, total?: number): void;
  verdict(found: boolean): void;
  token(text: string): void;
}

export interface InferenceBackend {
  /** Loads the model unless it is the one loaded (another one is unloaded first). */
  prepare(model: ModelRef, sink: Pick<BackendSink, 'stage'>): Promise<ModelInfo>;
  /** Throws an LlmError when the model cannot run here; loads nothing. */
  check(model: ModelRef): Promise<ModelCheck>;
  /** Token counts of each text with the model's tokenizer (the model is loaded if needed). */
  count(model: ModelRef, texts: string[]): Promise<number[]>;
  /** Streams the reply to `messages`; returns when it ends, is cancelled (`signal`) or reaches maxTokens. */
  generate(model: ModelRef, messages: ChatTurn[], options: GenerateOptions, sink: BackendSink, signal: AbortSignal): Promise<GenerationStats>;
  unload(): Promise<void>;
}

export type CreateBackend = (options: ProcessOptions) => InferenceBackend | Promise<InferenceBackend>;

/**
 * Streams text decoded from a growing list of tokens: a character split over two tokens (UTF-8 bytes from byte-fallback
 * tokens) is held back until it is whole, so no replacement character ever reaches the user.
 */
export class TextStream {
  private sent = 0;

  constructor(private readonly decode: () => string) {}

  /** The text not yet sent, except an unfinished character at its end. */
  next(final = false): string {
    let text = this.decode();
    if (!final) text = text.replace(/\uFFFD+$/, '');
    if (text.length <= this.sent) return '';
    const delta = text.slice(this.sent);
    this.sent = text.length;
    return delta;
  }
}
