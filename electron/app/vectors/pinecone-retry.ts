// Backoff for the calls Pinecone refuses for a moment (429 rate limits, 5xx): exponential with jitter, bounded.
// The client's own retry is switched off (maxRetries: 0) because it never retries 429, and one policy is simpler to reason about.
import { classify, isTransient, PineconeStoreError } from './pinecone-errors';

export interface RetryPolicy {
  /** Total attempts including the first. Default 6. */
  maxAttempts?: number;
  /** Delay cap of the first retry. Default 250 ms. */
  baseMs?: number;
  /** Largest delay between attempts. Default 8 s. */
  maxMs?: number;
}

/** "Equal jitter": half the capped exponential delay, plus a random share of the other half. */
export function backoffDelay(attempt: number, policy: Required<RetryPolicy>, random = Math.random): number {
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return cap / 2 + random() * (cap / 2);
}

export function withDefaults(policy: RetryPolicy | undefined): Required<RetryPolicy> {
  return {
    maxAttempts: Math.max(1, policy?.maxAttempts ?? 6),
    baseMs: Math.max(0, policy?.baseMs ?? 250),
    maxMs: Math.max(0, policy?.maxMs ?? 8000),
  };
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `call`, retrying transient refusals. `explain` turns the final error into one that names the place;
 * when the retries run out the message says how many attempts were made and over how long.
 */
export async function retryTransient<T>(
  call: () => Promise<T>,
  options: { policy: Required<RetryPolicy>; operation: string; explain: (error: unknown) => PineconeStoreError; signal?: AbortSignal },
): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    options.signal?.throwIfAborted();
    try {
      return await call();
    } catch (error) {
      if (!isTransient(error)) throw options.explain(error);
      if (attempt + 1 >= options.policy.maxAttempts) {
        const explained = options.explain(error);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const what = classify(error) === 'rate-limited' ? 'kept rate limiting' : 'kept failing';
        throw new PineconeStoreError(
          explained.code,
          `${explained.message} It ${what} after ${attempt + 1} attempts over ${seconds} s; nothing is lost, try again later.`,
          { cause: error },
        );
      }
      await sleep(backoffDelay(attempt, options.policy), options.signal);
    }
  }
}
