// The main process's handle on an installed cross-encoder: the model runs in the model thread, never here.
import type { ModelThread } from '../../embeddings/model-thread';
import type { OnnxRerankerSpec } from '../../embeddings/onnx-spec';
import type { Reranker } from './reranker';

/**
 * Tokens of a passage the cross-encoder reads (its best window, best-window.ts). Chunks are ~1,000 characters, about
 * 200–250 tokens of English, so most are read whole; a joined or long passage is cut to the part that matters.
 */
export const RERANK_WINDOW_TOKENS = 192;

export class OnnxReranker implements Reranker {
  readonly id: string;

  private constructor(
    private readonly spec: OnnxRerankerSpec,
    private readonly thread: ModelThread,
    readonly depth: number,
    private readonly windowTokens: number,
  ) {
    this.id = spec.id;
  }

  /** Loads the model in the model thread first, so a broken model is reported when chosen. */
  static async create(spec: OnnxRerankerSpec, thread: ModelThread, options: { depth: number; windowTokens?: number }): Promise<OnnxReranker> {
    await thread.loadReranker(spec);
    return new OnnxReranker(spec, thread, options.depth, options.windowTokens ?? RERANK_WINDOW_TOKENS);
  }

  async score(question: string, passages: string[], signal?: AbortSignal): Promise<number[]> {
    return (await this.thread.rerank(this.spec, question, passages, this.windowTokens, signal)).scores;
  }
}
