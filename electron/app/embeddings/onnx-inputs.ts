// Turns texts (or question–passage pairs) into the int64 tensors a BERT-like ONNX model takes, truncated the way the
// models were trained: the text's tokens are cut and the model's special tokens ([CLS] … [SEP], <s> … </s>) kept.
// (transformers.js's own truncation cuts the finished sequence, dropping the closing [SEP] of every long chunk.)
import type { PreTrainedTokenizer, Tensor } from '@huggingface/transformers';
import type { Transformers } from './transformers-runtime';

export interface EncodedBatch {
  input_ids: Tensor;
  attention_mask: Tensor;
  token_type_ids: Tensor;
  /** Tokens per row before padding. */
  lengths: number[];
}

/** How many special tokens the tokenizer's template adds around one text and around a pair. */
export function specialTokenCounts(tokenizer: PreTrainedTokenizer): { single: number; pair: number } {
  const p = tokenizer.post_processor;
  if (!p) return { single: 0, pair: 0 };
  return {
    single: p.post_process(['a'], null, { add_special_tokens: true }).tokens.length - 1,
    pair: p.post_process(['a'], ['b'], { add_special_tokens: true }).tokens.length - 2,
  };
}

/** The tokens of one text (no special tokens), as the model's tokenizer cuts it. */
export function tokensOf(tokenizer: PreTrainedTokenizer, text: string): string[] {
  return tokenizer.tokenize(text);
}

/**
 * Encodes rows of already-truncated tokens (a text, or a question and a passage) with the special tokens and type ids
 * of the tokenizer's template, padded to the longest row. A model with one token type (RoBERTa, XLM-RoBERTa: config
 * type_vocab_size 1) gets type 0 throughout, whatever the template says.
 */
export function encodeTokenRows(
  t: Transformers,
  tokenizer: PreTrainedTokenizer,
  rows: ReadonlyArray<{ a: string[]; b?: string[] }>,
  options: { singleTokenType?: boolean } = {},
): EncodedBatch {
  const encoded = rows.map(({ a, b }) => {
    const out = tokenizer.post_processor
      ? tokenizer.post_processor.post_process(a, b ?? null, { add_special_tokens: true })
      : { tokens: b ? [...a, ...b] : a, token_type_ids: undefined };
    const ids = tokenizer.model.convert_tokens_to_ids(out.tokens);
    return { ids, types: out.token_type_ids ?? new Array<number>(ids.length).fill(0) };
  });
  const width = Math.max(1, ...encoded.map((e) => e.ids.length));
  const size = rows.length * width;
  const inputIds = new BigInt64Array(size).fill(BigInt(tokenizer.pad_token_id ?? 0));
  const mask = new BigInt64Array(size);
  const types = new BigInt64Array(size);
  encoded.forEach((e, row) => {
    const base = row * width;
    for (let i = 0; i < e.ids.length; i++) {
      inputIds[base + i] = BigInt(e.ids[i]);
      mask[base + i] = 1n;
      types[base + i] = options.singleTokenType ? 0n : BigInt(e.types[i]);
    }
  });
  const dims = [rows.length, width];
  return {
    input_ids: new t.Tensor('int64', inputIds, dims),
    attention_mask: new t.Tensor('int64', mask, dims),
    token_type_ids: new t.Tensor('int64', types, dims),
    lengths: encoded.map((e) => e.ids.length),
  };
}

/** True when the model knows one token type only (its config's type_vocab_size is 1). */
export function hasSingleTokenType(config: unknown): boolean {
  const size = (config as { type_vocab_size?: unknown } | undefined)?.type_vocab_size;
  return typeof size === 'number' && size < 2;
}
