// Pinecone's documented per-namespace rate limits (PINECONE.md §4): 100 requests/s for query, upsert, update and
// delete; 5/s for delete and update by metadata filter. Beyond them the service answers 429 in plain text, which the
// client does not retry: the app must back off itself. A sliding window over accepted requests, per index, namespace
// and kind of request.

export interface RateLimitOptions {
  /** Query/upsert/update/delete requests per window and namespace. Default 100 (Pinecone's). */
  requests?: number;
  /** Deletes and updates by metadata filter per window and namespace. Default 5 (Pinecone's). */
  byFilter?: number;
  /**
   * The window, default 1000 ms (Pinecone's "per second"). A test may stretch it so that a burst surely exceeds the
   * limit on a slow machine, keeping Pinecone's counts.
   */
  windowMs?: number;
  /** The clock (tests of the limiter itself). */
  now?: () => number;
}

export const RATE_LIMITED_BODY = 'Too Many Requests: the request rate limit for this namespace was exceeded. Slow down and retry.';

const LIMITED_OPS = new Set(['query', 'upsert', 'update', 'delete']);

export class RateLimiter {
  private readonly accepted = new Map<string, number[]>();
  private readonly requests: number;
  private readonly byFilter: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: RateLimitOptions = {}) {
    this.requests = options.requests ?? 100;
    this.byFilter = options.byFilter ?? 5;
    this.windowMs = options.windowMs ?? 1000;
    this.now = options.now ?? Date.now;
  }

  /** True when the request may go on (and is counted); false when it must be answered 429. */
  admit(index: string, op: string, body: Record<string, unknown>, query: URLSearchParams): boolean {
    if (!LIMITED_OPS.has(op)) return true;
    const namespace = typeof body.namespace === 'string' && body.namespace !== '' ? body.namespace : (query.get('namespace') || '__default__');
    const byFilter = (op === 'delete' || op === 'update') && body.filter !== undefined;
    const key = `${index}\u0000${namespace}\u0000${byFilter ? 'filter' : 'request'}`;
    const limit = byFilter ? this.byFilter : this.requests;
    const now = this.now();
    const recent = (this.accepted.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= limit) {
      this.accepted.set(key, recent);
      return false;
    }
    recent.push(now);
    this.accepted.set(key, recent);
    return true;
  }
}
