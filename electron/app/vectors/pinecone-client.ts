// The real Pinecone client as Docent builds it: the store owns retries, and every request has a time limit.
import { Pinecone } from '@pinecone-database/pinecone';

/** A fetch with a per-request time limit; a timeout reaches the client as a network failure. */
export function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(input, { ...init, signal });
  };
}

export function createPineconeClient(options: { apiKey: string; controllerHostUrl?: string; requestTimeoutMs?: number }): Pinecone {
  return new Pinecone({
    apiKey: options.apiKey,
    ...(options.controllerHostUrl ? { controllerHostUrl: options.controllerHostUrl } : {}),
    // The store owns retries: the client's would not retry 429 and would stack on top of ours for 5xx.
    maxRetries: 0,
    fetchApi: fetchWithTimeout(options.requestTimeoutMs ?? 30_000),
  });
}
