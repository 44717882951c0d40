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

/**
 * Rows best first by a score, equal scores in the order of their ids. LanceDB returns equal BM25 scores in no fixed
 * order (its scan runs in parallel), and reciprocal rank fusion turns that order into ranks: without this, the same
 * question over the same documents could find other passages from one run to the next.
 */
export function byScoreThenId<T>(rows: readonly T[], scoreOf: (row: T) => number, idOf: (row: T) => string): T[] {
  return [...rows].sort((a, b) => scoreOf(b) - scoreOf(a) || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
}
