// The reranking step of the question path: retrieve → rerank → drop near-duplicates, join neighbours → number sources.
// A cross-encoder (when one is installed and chosen) reorders the best `depth` candidates of the lexical sentence
// rerank; the candidates below the depth keep their order after them.
import type { ChunkHit } from '../../vectors/vector-store';

export interface Reranker {
  /** The installed model's id. */
  readonly id: string;
  /** How many of the best candidates it reads: its cost grows linearly with this (a setting, rerank.depth). */
  readonly depth: number;
  /** One score per passage, in order; higher = answers the question better. */
  score(question: string, passages: string[], signal?: AbortSignal): Promise<number[]>;
}

/**
 * The hits in the reranker's order: the first `depth` sorted by its scores (ties keep their earlier order), the rest
 * after them. Scores are rewritten so they stay "higher is better" across the whole list.
 */
export async function rerankWith(reranker: Reranker, question: string, hits: readonly ChunkHit[], signal?: AbortSignal): Promise<ChunkHit[]> {
  const head = hits.slice(0, reranker.depth);
  if (head.length < 2) return [...hits];
  const scores = await reranker.score(question, head.map((h) => h.text), signal);
  if (scores.length !== head.length) throw new Error(`the reranker "${reranker.id}" returned ${scores.length} scores for ${head.length} passages`);
  const ranked = head
    .map((hit, i) => ({ hit: { ...hit, score: scores[i] }, i }))
    .sort((a, b) => b.hit.score - a.hit.score || a.i - b.i)
    .map((x) => x.hit);
  const floor = Math.min(...scores);
  const tail = hits.slice(head.length).map((hit, i) => ({ ...hit, score: floor - 1 - i }));
  return [...ranked, ...tail];
}
