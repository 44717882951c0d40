// A cross-encoder's cost grows with the tokens it reads, so each passage is cut to its best window: the run of whole
// sentences, within a token budget, that holds the most of the question's terms (rarer terms weigh more). A passage
// within the budget is read whole. Pure function over tokenized sentences; the tokenizer is the model's.

export interface WindowSentence {
  /** The sentence's tokens, as the model's tokenizer cuts it. */
  tokens: string[];
  /** The question's content stems that occur in the sentence. */
  matches: ReadonlySet<string>;
}

/**
 * The tokens of the best window of at most `budget` tokens. A first sentence longer than the budget is cut; when no
 * window holds any question term, the passage's opening is taken (where a passage says what it is about).
 */
export function bestWindow(sentences: readonly WindowSentence[], weights: ReadonlyMap<string, number>, budget: number): string[] {
  const total = sentences.reduce((n, s) => n + s.tokens.length, 0);
  if (total <= budget) return sentences.flatMap((s) => s.tokens);
  let best = { score: -1, from: 0, to: 0 };
  for (let from = 0; from < sentences.length; from++) {
    const seen = new Set<string>();
    let score = 0;
    let used = 0;
    let to = from;
    // Extend while the next sentence fits; a sentence alone over the budget still makes a (cut) window of its own.
    while (to < sentences.length && (to === from || used + sentences[to].tokens.length <= budget)) {
      for (const stem of sentences[to].matches) {
        if (seen.has(stem)) continue;
        seen.add(stem);
        score += weights.get(stem) ?? 0;
      }
      used += sentences[to].tokens.length;
      to++;
    }
    if (score > best.score) best = { score, from, to };
  }
  return sentences.slice(best.from, best.to).flatMap((s) => s.tokens).slice(0, budget);
}

/** Weights of the question's stems by their rarity among the passages (a term every passage has tells none apart). */
export function termWeights(questionStems: readonly string[], passages: ReadonlyArray<ReadonlySet<string>>): Map<string, number> {
  return new Map(
    questionStems.map((stem) => {
      const df = passages.filter((p) => p.has(stem)).length;
      return [stem, Math.log(1 + (passages.length + 1) / (df + 0.5))];
    }),
  );
}
