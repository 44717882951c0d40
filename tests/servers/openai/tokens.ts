// Tokens as OpenAI's embedding models count them (cl100k_base, through js-tiktoken), for the server's input limits:
// one input may hold at most 8,192 tokens and one request at most 300,000; OpenAI refuses more, it does not truncate.
import { getEncoding, type Tiktoken } from 'js-tiktoken';

export const MAX_INPUT_TOKENS = 8192;
export const MAX_REQUEST_TOKENS = 300_000;

let encoder: Tiktoken | undefined;

export function countTokens(text: string): number {
  encoder ??= getEncoding('cl100k_base');
  return encoder.encode(text).length;
}
