// How much of the sources and the conversation a local model is given: what fits in its context window after room for
// the answer, and no more than this machine reads in the time a user will wait for the first word. Pure arithmetic on
// token counts (the model's own tokenizer counts them), so it is tested on its own.

export interface ContextPlanInput {
  /** The model's context window (tokens). */
  contextSize: number;
  /** How fast this machine reads a prompt with this model (measured by the runtime). */
  promptTokensPerSecond: number;
  /** How long the user should wait, at most, for the model to read the prompt. */
  readingSeconds: number;
  /** Room kept for the answer. */
  answerTokens: number;
  /** What is always sent: instructions, the question, the chat template's own tokens. */
  fixedTokens: number;
  /** Earlier turns, oldest first. */
  historyTokens: number[];
  /** The sources, best first (their numbers follow this order). */
  sourceTokens: number[];
}

export interface ContextPlan {
  /** Tokens the whole prompt may take. */
  budget: number;
  /** How many of the most recent turns are kept. */
  historyKept: number;
  /** The sources kept, in order; `share` < 1 means the source is cut to that share of its text. */
  sources: { index: number; share: number }[];
}

/** Even on a slow machine a prompt gets this much: two or three passages are the least an answer can stand on. */
export const MIN_PROMPT_TOKENS = 768;
/** Earlier turns take at most this share of the budget left after the fixed part. */
const HISTORY_SHARE = 0.25;
/** A source cut shorter than this says too little to be worth its number. */
const MIN_SOURCE_TOKENS = 48;

export function planContext(input: ContextPlanInput): ContextPlan {
  const window = Math.max(0, input.contextSize - input.answerTokens - 16);
  const affordable = Math.max(MIN_PROMPT_TOKENS, Math.floor(input.promptTokensPerSecond * input.readingSeconds));
  const budget = Math.min(window, affordable);
  let left = budget - input.fixedTokens;

  let historyKept = 0;
  let historyUsed = 0;
  const historyCap = Math.max(0, left) * HISTORY_SHARE;
  for (let i = input.historyTokens.length - 1; i >= 0; i--) {
    if (historyUsed + input.historyTokens[i] > historyCap) break;
    historyUsed += input.historyTokens[i];
    historyKept++;
  }
  left -= historyUsed;

  const sources: ContextPlan['sources'] = [];
  for (let index = 0; index < input.sourceTokens.length; index++) {
    const tokens = Math.max(1, input.sourceTokens[index]);
    if (tokens <= left) {
      sources.push({ index, share: 1 });
      left -= tokens;
      continue;
    }
    // The first source always goes in, cut to what is left (an answer needs something to stand on); a later one only
    // when the cut leaves enough of it.
    const room = index === 0 ? Math.max(left, Math.min(tokens, MIN_SOURCE_TOKENS * 2)) : left;
    if (room >= MIN_SOURCE_TOKENS) sources.push({ index, share: Math.min(1, room / tokens) });
    break;
  }
  return { budget, historyKept, sources };
}

/** The first `share` of a text, cut at a word boundary, with an ellipsis. */
export function cutText(text: string, share: number): string {
  if (share >= 1) return text;
  const target = Math.floor(text.length * share * 0.97);
  const space = text.lastIndexOf(' ', target);
  return `${text.slice(0, space > target * 0.8 ? space : target).trimEnd()}…`;
}
