// Turns what the Pinecone client throws into errors a user can act on, and says which ones are worth retrying.
// The client is built with maxRetries: 0, so a 5xx arrives as PineconeMaxRetriesExceededError (no status kept)
// and a 429 as PineconeUnmappedHttpError whose message carries "Status: 429" (PINECONE.md §7).

export type PineconeFailure =
  | 'unreachable'
  | 'rate-limited'
  | 'server-error'
  | 'unauthorized'
  | 'rejected'
  | 'not-found'
  | 'index-mismatch'
  | 'delete-unconfirmed'
  | 'invalid-input'
  | 'timeout';

export class PineconeStoreError extends Error {
  override readonly name = 'PineconeStoreError';
  constructor(
    readonly code: PineconeFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** True when the same call may succeed later without the user changing anything. */
  get retryable(): boolean {
    return ['unreachable', 'rate-limited', 'server-error', 'delete-unconfirmed', 'timeout'].includes(this.code);
  }
}

/** How a client error should be treated. */
export function classify(error: unknown): PineconeFailure | 'other' {
  if (error instanceof PineconeStoreError) return error.code;
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = (error as { message?: string } | null)?.message ?? '';
  switch (name) {
    case 'PineconeConnectionError':
      return 'unreachable';
    case 'PineconeMaxRetriesExceededError':
    case 'PineconeInternalServerError':
    case 'PineconeUnavailableError':
      return 'server-error';
    case 'PineconeAuthorizationError':
      return 'unauthorized';
    case 'PineconeNotFoundError':
      return 'not-found';
    case 'PineconeBadRequestError':
    case 'PineconeConflictError':
    case 'PineconeUnprocessableEntityError':
    case 'PineconeFailedPreconditionError':
    case 'PineconeArgumentError':
      return 'rejected';
    case 'PineconeUnmappedHttpError': {
      const status = Number(/Status: (\d{3})/.exec(message)?.[1]);
      if (status === 429) return 'rate-limited';
      if (status >= 500) return 'server-error';
      return 'rejected';
    }
  }
  return 'other';
}

export function isTransient(error: unknown): boolean {
  const kind = classify(error);
  return kind === 'rate-limited' || kind === 'server-error';
}

/** The root cause of a network failure, e.g. `fetch failed (ECONNREFUSED)`. */
function networkCause(error: unknown): string {
  const parts: string[] = [];
  let current = (error as { cause?: unknown } | null)?.cause;
  for (let depth = 0; current && depth < 4; depth++) {
    const { message, code } = current as { message?: string; code?: unknown };
    if (typeof code === 'string' && code) parts.push(code);
    else if (message) parts.push(message);
    current = (current as { cause?: unknown }).cause;
  }
  return parts.length > 0 ? parts.join(': ') : 'no answer';
}

/** Wraps any client error into a PineconeStoreError whose message names the place and the problem. */
export function explain(error: unknown, where: { operation: string; url: string; indexName: string }): PineconeStoreError {
  if (error instanceof PineconeStoreError) return error;
  const kind = classify(error);
  const raw = (error as { message?: string } | null)?.message ?? String(error);
  const { operation, url, indexName } = where;
  switch (kind) {
    case 'unreachable':
      return new PineconeStoreError(
        'unreachable',
        `Pinecone at ${url} cannot be reached: ${networkCause(error)}. Nothing was changed; try again when it is reachable.`,
        { cause: error },
      );
    case 'unauthorized':
      return new PineconeStoreError('unauthorized', `Pinecone at ${url} rejected the API key (401 Unauthorized) during ${operation}. Check the key in Settings.`, { cause: error });
    case 'not-found':
      return new PineconeStoreError('not-found', `Pinecone index "${indexName}" was not found at ${url} during ${operation}.`, { cause: error });
    case 'rate-limited':
      return new PineconeStoreError('rate-limited', `Pinecone at ${url} is rate limiting ${operation} (429 Too Many Requests).`, { cause: error });
    case 'server-error':
      return new PineconeStoreError('server-error', `Pinecone at ${url} answered ${operation} with a server error (5xx).`, { cause: error });
    case 'rejected':
      return new PineconeStoreError('rejected', `Pinecone at ${url} refused ${operation} on index "${indexName}": ${raw}`, { cause: error });
    default:
      if ((error as { name?: string } | null)?.name === 'AbortError') throw error;
      return new PineconeStoreError('rejected', `Pinecone ${operation} on index "${indexName}" failed: ${raw}`, { cause: error });
  }
}
