// The DocentApi for the browser host (electron/app/web/): invoke calls are POSTs to /api/invoke/<channel>, events
// arrive over one EventSource at /api/events. The host authenticates with an HttpOnly cookie, so requests only
// need `credentials: 'same-origin'` and page code never sees the secret.
import { createDocentApi, DocentError, errorCodes, type DocentApi, type Envelope, type ErrorCode, type EventName, type InvokeChannel, type Transport } from '../../../shared/api';
import { parseWireJson } from './wire';

type Listener = (payload: unknown) => void;

function failure(code: ErrorCode, message: string): Envelope<unknown> {
  return { ok: false, error: { code, message } };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (value === null || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.message === 'string' && (errorCodes as readonly unknown[]).includes(v.error?.code);
}

/** Reads a host response as an envelope; a refused or broken response becomes an error envelope, never a throw. */
export async function readEnvelope(response: Response): Promise<Envelope<unknown>> {
  if (response.status === 403) return failure('forbidden', 'The Docent host refused this request. Open the address Docent printed at start-up again.');
  const text = await response.text();
  let body: unknown;
  try {
    body = parseWireJson(text);
  } catch {
    return failure('internal', `The Docent host answered with something that is not JSON (HTTP ${response.status}).`);
  }
  return isEnvelope(body) ? body : failure('internal', `The Docent host answered with an unexpected shape (HTTP ${response.status}).`);
}

export interface WebTransportOptions {
  /** Origin of the host; '' means the page's own origin (the normal case). */
  baseUrl?: string;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
}

export function createWebTransport(options: WebTransportOptions = {}): Transport {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const listeners = new Map<EventName, Set<Listener>>();
  let source: EventSource | null = null;

  // One EventSource for all events, opened on the first subscription and closed when the last one goes.
  const openSource = () => {
    const Source = options.EventSource ?? EventSource;
    source = new Source(`${base}/api/events`, { withCredentials: true });
    source.onmessage = (message: MessageEvent<string>) => {
      let parsed: { event?: EventName; payload?: unknown };
      try {
        parsed = parseWireJson(message.data) as { event?: EventName; payload?: unknown };
      } catch {
        return;
      }
      const set = parsed.event ? listeners.get(parsed.event) : undefined;
      for (const listener of set ?? []) listener(parsed.payload);
    };
  };

  return {
    async invoke(channel: InvokeChannel, payload: unknown): Promise<Envelope<unknown>> {
      try {
        const response = await doFetch(`${base}/api/invoke/${encodeURIComponent(channel)}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          // `{payload}` so an absent payload stays absent (JSON has no undefined).
          body: JSON.stringify({ payload }),
        });
        return await readEnvelope(response);
      } catch (error) {
        return failure('endpoint-unavailable', `Cannot reach the Docent host: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    subscribe(event: EventName, listener: Listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      if (!source) openSource();
      return () => {
        set.delete(listener);
        const remaining = [...listeners.values()].reduce((n, s) => n + s.size, 0);
        if (remaining === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}

export function createWebDocentApi(options?: WebTransportOptions): DocentApi {
  return createDocentApi(createWebTransport(options));
}

/** Uploads one dropped file to the host, which answers with the path `documents.ingest` accepts. */
export async function uploadFile(file: File, options: WebTransportOptions = {}): Promise<{ path: string; name: string }> {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const response = await doFetch(`${options.baseUrl ?? ''}/api/upload`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
    body: file,
  });
  const envelope = await readEnvelope(response);
  if (!envelope.ok) throw new DocentError(envelope.error.code, `${file.name}: ${envelope.error.message}`);
  return envelope.value as { path: string; name: string };
}

