// A cross-encoder (ms-marco-MiniLM, bge-reranker…) run by transformers.js on onnxruntime in the thread that loaded it
// (the question worker): it reads the question and a passage together and says how well the passage answers, which is
// what first-stage search cannot do. Each passage is cut to its best window first (best-window.ts).
import type { PreTrainedModel, PreTrainedTokenizer, Tensor } from '@huggingface/transformers';
import { contentStems } from '../../embeddings/lexical-terms';
import { encodeTokenRows, hasSingleTokenType, specialTokenCounts, tokensOf } from '../../embeddings/onnx-inputs';
import { pickInputs } from '../../embeddings/onnx-embedder';
import type { OnnxRerankerSpec } from '../../embeddings/onnx-spec';
import { loadOnnxModel, type Transformers } from '../../embeddings/transformers-runtime';
import { splitSentences } from '../sentences';
import { bestWindow, termWeights } from './best-window';

/** A question longer than this is cut: the passage is what the budget is for. */
const MAX_QUESTION_TOKENS = 64;
/** Pairs per forward pass. */
const BATCH_PAIRS = 8;

export class CrossEncoder {
  private readonly pairSpecials: number;
  private readonly singleTokenType: boolean;

  private constructor(
    readonly spec: OnnxRerankerSpec,
    private readonly t: Transformers,
    private readonly tokenizer: PreTrainedTokenizer,
    private readonly model: PreTrainedModel,
  ) {
    this.pairSpecials = specialTokenCounts(tokenizer).pair;
    this.singleTokenType = hasSingleTokenType(model.config);
  }

  static async load(spec: OnnxRerankerSpec, options: { threads: number }): Promise<CrossEncoder> {
    const { t, tokenizer, model } = await loadOnnxModel(spec, 'reranking', options.threads);
    return new CrossEncoder(spec, t, tokenizer, model);
  }

  async dispose(): Promise<void> {
    await this.model.dispose();
  }

  /**
   * One relevance score per passage (higher = answers the question better), reading each passage's best window of at
   * most `windowTokens` tokens. Returns the tokens each pair took, for the benchmark's cost per token.
   */
  async score(question: string, passages: readonly string[], windowTokens: number, signal?: AbortSignal): Promise<{ scores: number[]; tokens: number }> {
    const q = tokensOf(this.tokenizer, question).slice(0, MAX_QUESTION_TOKENS);
    const budget = Math.max(1, Math.min(windowTokens, this.spec.maxTokens - this.pairSpecials - q.length));
    const questionStems = [...new Set(contentStems(question))];
    const sentencesOf = passages.map((text) =>
      splitSentences(text).map((s) => {
        const stems = new Set(contentStems(s.text));
        return { tokens: tokensOf(this.tokenizer, s.text), matches: new Set(questionStems.filter((stem) => stems.has(stem))) };
      }),
    );
    const weights = termWeights(
      questionStems,
      sentencesOf.map((sentences) => new Set(sentences.flatMap((s) => [...s.matches]))),
    );
    const windows = sentencesOf.map((sentences) => bestWindow(sentences, weights, budget));
    const scores: number[] = [];
    let tokens = 0;
    for (let i = 0; i < windows.length; i += BATCH_PAIRS) {
      signal?.throwIfAborted();
      const rows = windows.slice(i, i + BATCH_PAIRS).map((b) => ({ a: q, b }));
      const inputs = encodeTokenRows(this.t, this.tokenizer, rows, { singleTokenType: this.singleTokenType });
      tokens += inputs.lengths.reduce((a, b) => a + b, 0);
      const { logits } = (await this.model(pickInputs(this.model, inputs))) as { logits: Tensor };
      scores.push(...relevance(logits));
    }
    return { scores, tokens };
  }
}

/**
 * One logit per pair is the relevance itself (MS MARCO cross-encoders, BGE rerankers). Two (not relevant, relevant)
 * give their difference, which orders pairs as the softmax's "relevant" probability does.
 */
function relevance(logits: Tensor): number[] {
  const [rows, labels] = logits.dims;
  const data = logits.data as Float32Array;
  return Array.from({ length: rows }, (_, r) => (labels >= 2 ? data[r * labels + labels - 1] - data[r * labels] : data[r * labels]));
}
