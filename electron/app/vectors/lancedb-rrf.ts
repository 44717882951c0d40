// Reciprocal rank fusion (Cormack et al. 2009): each list votes 1 / (K + rank) for its items. Ranks, not raw
// scores, are fused because cosine distances and BM25 scores live on unrelated scales.

/** The usual constant; it damps the head of each list so one list's first hit cannot outvote everything. */
export const RRF_K = 60;

/**
 * `weights` (one per list, default 1) let a stronger list count for more: weighted RRF, as in hybrid search engines
 * that tune the balance between lexical and vector retrieval.
 */
export function fuseByReciprocalRank<T>(
  lists: readonly (readonly T[])[],
  keyOf: (item: T) => string,
  k = RRF_K,
  weights: readonly number[] = [],
): { item: T; score: number }[] {
  const fused = new Map<string, { item: T; score: number }>();
  for (const [l, list] of lists.entries()) {
    const weight = weights[l] ?? 1;
    list.forEach((item, index) => {
      const key = keyOf(item);
      const vote = weight / (k + index + 1);
      const seen = fused.get(key);
      if (seen) seen.score += vote;
      else fused.set(key, { item, score: vote });
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score);
}
