// Waits that end: a test waiting on an event or a promise fails with what it waited for after a generous time
// (a loaded 2-core machine is slow), instead of hanging the run.
import type { EventName, EventPayloads } from '../../shared/api';

/** Long enough for a slow, shared machine; short enough that CI reports a failure instead of a hang. */
export const WAIT_MS = 120_000;

/** `promise`, or a rejection naming `what` once `ms` have passed. */
export function withTimeout<T>(promise: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface EventSource {
  onEvent<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

/**
 * The first `event` that satisfies `matches`, from the moment of the call (subscribe before starting the work that
 * emits it). Rejects, naming `what`, after `ms`.
 */
export function nextEvent<E extends EventName>(
  source: EventSource,
  event: E,
  matches: (payload: EventPayloads[E]) => boolean,
  what: string,
  ms = WAIT_MS,
): Promise<EventPayloads[E]> {
  let off = () => {};
  const seen = new Promise<EventPayloads[E]>((resolve) => {
    off = source.onEvent(event, (payload) => {
      if (matches(payload)) resolve(payload);
    });
  });
  return withTimeout(seen, what, ms).finally(() => off());
}
