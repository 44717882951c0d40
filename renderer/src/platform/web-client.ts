// The DocentApi for the browser host (electron/app/web/): invoke calls are POSTs to /api/invoke/<channel>; events
// stream from /api/events (Server-Sent Events read with fetch, since EventSource cannot send a header). Every API
// request carries this launch's secret in X-Docent-Secret. The page takes the secret from the printed address's
// fragment (#secret=…, which no request ever carries) and keeps it in this tab's sessionStorage, which no other
// origin — not another port on 127.0.0.1 either — can read. Never a cookie: a cookie for 127.0.0.1 would be sent to
// every other server on 127.0.0.1 the browser visits.
import { createDocentApi, DocentError, errorCodes, errorFromEnvelope, type DocentApi, type Envelope, type ErrorCode, type EventName, type InvokeChannel, type Transport } from '../../../shared/api';
import { parseWireJson } from './wire';

type Listener = (payload: unknown) => void;

export const SECRET_HEADER = 'x-docent-secret';
const SECRET_STORAGE_KEY = 'docent-secret';
const SECRET_FRAGMENT = /^#secret=([A-Za-z0-9_-]{16,200})$/;

/**
 * The secret of the host this page came from: read from the fragment once (then taken out of the address bar and the
 * history entry), afterwards from this tab's storage, so a reload keeps working. '' when the page was opened without it.
 */
export function pageSecret(): string {
  const fromFragment = SECRET_FRAGMENT.exec(window.location.hash)?.[1];
  if (fromFragment) {
    window.sessionStorage.setItem(SECRET_STORAGE_KEY, fromFragment);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
    return fromFragment;
  }
  return window.sessionStorage.getItem(SECRET_STORAGE_KEY) ?? '';
}

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
  /** The host's secret; default: the page's (pageSecret). */
  secret?: string;
}

const RECONNECT_MAX_MS = 30_000;

/**
 * One Server-Sent Events stream read with fetch, reconnecting (with growing pauses) when it ends or fails, until
 * closed. `onData` receives each event's data.
 */
function openEventStream(url: string, headers: Record<string, string>, doFetch: typeof fetch, onData: (data: string) => void): () => void {
  const controller = new AbortController();
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connect = async (attempt: number): Promise<void> => {
    try {
      const response = await doFetch(url, { headers, cache: 'no-store', signal: controller.signal });
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      attempt = 0;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5))
            .join('\n');
          if (data) onData(data);
        }
      }
    } catch {
      // Closed by us, refused, or the host went away: decided below.
    }
    if (controller.signal.aborted) return;
    retry = setTimeout(() => void connect(attempt + 1), Math.min(RECONNECT_MAX_MS, 500 * 2 ** attempt));
  };
  void connect(0);
  return () => {
    controller.abort();
    clearTimeout(retry);
  };
}

export function createWebTransport(options: WebTransportOptions = {}): Transport {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const secret = () => options.secret ?? pageSecret();
  const listeners = new Map<EventName, Set<Listener>>();
  let closeStream: (() => void) | null = null;

  // One stream for all events, opened on the first subscription and closed when the last one goes.
  const openStream = () => {
    closeStream = openEventStream(`${base}/api/events`, { [SECRET_HEADER]: secret() }, doFetch, (data) => {
      let parsed: { event?: EventName; payload?: unknown };
      try {
        parsed = parseWireJson(data) as { event?: EventName; payload?: unknown };
      } catch {
        return;
      }
      const set = parsed.event ? listeners.get(parsed.event) : undefined;
      for (const listener of set ?? []) listener(parsed.payload);
    });
  };

  return {
    async invoke(channel: InvokeChannel, payload: unknown): Promise<Envelope<unknown>> {
      try {
        const response = await doFetch(`${base}/api/invoke/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [SECRET_HEADER]: secret() },
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
      if (!closeStream) openStream();
      return () => {
        set.delete(listener);
        const remaining = [...listeners.values()].reduce((n, s) => n + s.size, 0);
        if (remaining === 0 && closeStream) {
          closeStream();
          closeStream = null;
        }
      };
    },
  };
}

export function createWebDocentApi(options?: WebTransportOptions): DocentApi {
  return createDocentApi(createWebTransport(options));
}

/**
 * Uploads one dropped file to the host, which answers with the path `documents.ingest` accepts. `name` is what the
 * document is called (a folder's file: its path from the folder down); the host stores it under its base name.
 */
export async function uploadFile(file: File, options: WebTransportOptions = {}, name = file.name): Promise<{ path: string; name: string }> {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const response = await doFetch(`${options.baseUrl ?? ''}/api/upload`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name), [SECRET_HEADER]: options.secret ?? pageSecret() },
    body: file,
  });
  const envelope = await readEnvelope(response);
  if (!envelope.ok) {
    // A worded refusal names the file in its params; a bare one gets the name in front.
    const error = errorFromEnvelope(envelope.error);
    throw error.userMessage ? error : new DocentError(error.code, `${name}: ${error.message}`);
  }
  return envelope.value as { path: string; name: string };
}
