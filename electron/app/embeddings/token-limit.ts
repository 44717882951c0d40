// OpenAI's embedding models refuse an input over 8,192 tokens; they never truncate it. Characters are no measure of
// tokens: Chinese takes about one token per character and rarer characters two or three, so 8,000 characters can be
// 9,000 tokens or 20,000. What always holds for the byte-level BPE tokenizers of these models (cl100k_base, o200k_base)
// is that every token stands for at least one UTF-8 byte: a text of at most 8,191 bytes is within the limit. A longer
// input is cut there, at a character boundary, so it is embedded from its start instead of failing its file. Exact
// counting would keep more of long non-Latin chunks, but a JavaScript BPE costs quadratic time on long runs without
// spaces (seconds for one 8,000-character chunk); English chunks within the settings' 8,000 characters are never cut.

/** One below OpenAI's 8,192, as OpenAI's own cookbook keeps. */
export const MAX_EMBEDDING_INPUT_TOKENS = 8191;

/** `text`, or its longest start of at most `maxTokens` UTF-8 bytes, which is never more than `maxTokens` tokens. */
export function truncateToTokenLimit(text: string, maxTokens = MAX_EMBEDDING_INPUT_TOKENS): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxTokens) return text;
  let end = maxTokens;
  // Step back to the first byte of a character (continuation bytes are 10xxxxxx).
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8');
}
