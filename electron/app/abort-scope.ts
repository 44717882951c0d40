// A long-lived signal (Docent's shutdown, a question's stop) handed to a client that adds an 'abort' listener per
// request and never removes it (the openai client does so in fetchWithTimeout) gains one listener per request:
// thousands over a re-index, hundreds over a summary. Each call gets a signal of its own, linked to the long-lived one
// only while the call runs.

/** A signal that follows `outer` until `release()` unlinks it. */
export function scopedSignal(outer: AbortSignal | undefined): { signal: AbortSignal | undefined; release: () => void } {
  if (!outer) return { signal: undefined, release: () => {} };
  const scoped = new AbortController();
  if (outer.aborted) scoped.abort(outer.reason);
  const forward = () => scoped.abort(outer.reason);
  outer.addEventListener('abort', forward, { once: true });
  return { signal: scoped.signal, release: () => outer.removeEventListener('abort', forward) };
}

/** Runs one call with a scoped signal, unlinked when the call settles. */
export async function withScopedSignal<T>(outer: AbortSignal | undefined, run: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
  const scope = scopedSignal(outer);
  try {
    return await run(scope.signal);
  } finally {
    scope.release();
  }
}
