// The browser host: the same DocentApi as the Electron shell, served over loopback HTTP so the renderer can run in
// a plain browser (Playwright's Chromium, or a user's browser through `npm run web`).
//   GET  /#secret=…              the printed URL: the renderer, which takes the secret from the fragment (never sent)
//   GET  /…                      the built renderer (rendererDir only): public code, served without the secret
//   POST /api/invoke/<channel>   {payload} → dispatch → JSON envelope (bytes as {"$bytes": base64})
//   GET  /api/events             Server-Sent Events: every core event as {event, payload} (read with fetch)
//   POST /api/upload             raw bytes + X-File-Name → {path, name} for documents.ingest
// Every request must name this host (Host, Origin); every /api/ request must carry the secret in X-Docent-Secret
// (auth.ts). Anything else gets a bare 403. No cookie is ever set: one would reach every server on 127.0.0.1.
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DocentError, eventChannels, type DocentHandlers, type Envelope, type EventName } from '../../../shared/api';
import type { DocentCore } from '../core';
import { dispatch, errorEnvelope } from '../ipc/dispatch';
import { isAllowedHostAndOrigin, isAuthenticated, newSecret, secretMatches } from './auth';
import { SECURITY_HEADERS } from './headers';
import { contentTypeFor, resolveStaticFile } from './static-files';
import { decodeFileNameHeader, drainRequest, UploadArea, UPLOADS_FOLDER } from './uploads';
import { stringifyWireJson } from './wire';

export interface WebHostOptions {
  core: DocentCore;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 or absent: a random free port. */
  port?: number;
  /** Largest upload accepted, in bytes (default 2 GiB). */
  maxUploadBytes?: number;
  /** Where failures that became 'internal' are logged (default: console.error). */
  log?: (message: string, error?: unknown) => void;
}

export interface WebHost {
  /** `http://127.0.0.1:PORT/#secret=…`: the address to open (the fragment stays in the browser). */
  readonly url: string;
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly port: number;
  /** Sent as the X-Docent-Secret header by the page, scripts and tests. */
  readonly secret: string;
  readonly uploadsDir: string;
  /** Stops listening, ends event streams and deletes uploads. Does not close the core. */
  close(): Promise<void>;
}

const MAX_JSON_BODY_BYTES = 8 * 1024 * 1024;
const HEARTBEAT_MS = 25_000;

function forbid(res: ServerResponse): void {
  res.writeHead(403, { 'content-length': '0', ...SECURITY_HEADERS }).end();
}

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>): void {
  const body = stringifyWireJson(envelope);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS }).end(body);
}

function sendStatus(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'content-length': '0', ...SECURITY_HEADERS }).end();
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JSON_BODY_BYTES) throw new DocentError('invalid-input', 'the request body is larger than 8 MB');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new DocentError('invalid-input', 'the request body is not JSON');
  }
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { core } = options;
  const rendererDir = path.resolve(options.rendererDir);
  const log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  const secret = newSecret();
  const uploads = new UploadArea(path.join(core.dataDir, UPLOADS_FOLDER), options.maxUploadBytes);
  const eventStreams = new Set<ServerResponse>();
  let port = 0;

  // Uploads are released when their ingest job is over. A job can in principle finish before its handler returns
  // the jobId, so finished ids are remembered briefly too.
  const uploadsByJob = new Map<string, string[]>();
  const finishedJobs = new Set<string>();
  const stopWatchingJobs = core.onEvent('ingest', (event) => {
    if (event.type !== 'job-done') return;
    const files = uploadsByJob.get(event.jobId);
    if (files) {
      uploadsByJob.delete(event.jobId);
      void uploads.release(files);
    } else {
      finishedJobs.add(event.jobId);
      if (finishedJobs.size > 1000) finishedJobs.delete(finishedJobs.values().next().value as string);
    }
  });

  const handlers: DocentHandlers = {
    ...core.handlers,
    'documents.ingest': async (payload) => {
      // A retry by fileId reads the session's own copy; only paths need to be ones this host handed out.
      const files = payload.files.flatMap((f) => (f.path === undefined ? [] : [f.path]));
      for (const file of payload.files) {
        if (file.path !== undefined && !uploads.isIssued(file.path)) {
          throw new DocentError('forbidden', `${file.name ?? path.basename(file.path)}: the browser host only ingests files uploaded to it; drop the file again.`);
        }
      }
      const result = await core.handlers['documents.ingest'](payload);
      if (finishedJobs.delete(result.jobId)) void uploads.release(files);
      else uploadsByJob.set(result.jobId, files);
      return result;
    },
  };
  const dispatchOptions = { onInternalError: (channel: string, error: unknown) => log(`[docent web] ${channel} failed`, error) };

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendStatus(res, 405);
    const file = await resolveStaticFile(rendererDir, pathname);
    // Browsers ask for a favicon on their own; an app without one should not log a 404 for it.
    if (!file) return sendStatus(res, pathname === '/favicon.ico' ? 204 : 404);
    res.writeHead(200, { 'content-type': contentTypeFor(file), 'cache-control': 'no-cache', ...SECURITY_HEADERS });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  function serveEvents(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', ...SECURITY_HEADERS });
    res.write(': connected\n\n');
    const unsubscribes = (Object.keys(eventChannels) as EventName[]).map((event) =>
      core.onEvent(event, (payload) => {
        res.write(`data: ${stringifyWireJson({ event, payload })}\n\n`);
      }),
    );
    // A comment now and then keeps proxies and idle timers from closing a quiet stream.
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    eventStreams.add(res);
    const stop = () => {
      clearInterval(heartbeat);
      for (const unsubscribe of unsubscribes) unsubscribe();
      eventStreams.delete(res);
    };
    req.on('close', stop);
    res.on('close', stop);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHostAndOrigin(req, port)) return forbid(res);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    // The printed URL of earlier versions (`/?secret=…`): moved into the fragment, where the page reads it.
    const offered = url.searchParams.get('secret');
    if (offered !== null) {
      if (req.method !== 'GET' || !secretMatches(offered, secret)) return forbid(res);
      url.searchParams.delete('secret');
      res.writeHead(303, { location: `${url.pathname}${url.search}#secret=${secret}`, 'content-length': '0', ...SECURITY_HEADERS });
      return void res.end();
    }
    const { pathname } = url;
    if (pathname.startsWith('/api/') && !isAuthenticated(req, secret)) return forbid(res);
    if (pathname.startsWith('/api/invoke/')) {
      if (req.method !== 'POST') return sendStatus(res, 405);
      // A JSON content type cannot be sent cross-site without a preflight, which this host never grants.
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return sendStatus(res, 415);
      let channel: string;
      try {
        channel = decodeURIComponent(pathname.slice('/api/invoke/'.length));
      } catch {
        return sendEnvelope(res, { ok: false, error: { code: 'invalid-input', message: 'the channel name is not URI-encoded' } });
      }
      let body: unknown;
      try {
        body = await readJsonBody(req);
      } catch (error) {
        return sendEnvelope(res, errorEnvelope(channel, error));
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        return sendEnvelope(res, { ok: false, error: { code: 'invalid-input', message: 'the request body must be a JSON object {"payload": …}' } });
      }
      return sendEnvelope(res, await dispatch(handlers, channel, (body as { payload?: unknown }).payload, dispatchOptions));
    }
    if (pathname === '/api/events') {
      if (req.method !== 'GET') return sendStatus(res, 405);
      return serveEvents(req, res);
    }
    if (pathname === '/api/upload') {
      if (req.method !== 'POST') return sendStatus(res, 405);
      try {
        const name = decodeFileNameHeader(req.headers['x-file-name']);
        return sendEnvelope(res, { ok: true, value: await uploads.receive(req, name) });
      } catch (error) {
        // The client learns why from the envelope, once it has finished sending (drainRequest); then the connection closes.
        await drainRequest(req);
        res.setHeader('connection', 'close');
        return sendEnvelope(res, errorEnvelope('upload', error, dispatchOptions));
      }
    }
    if (pathname.startsWith('/api/')) return sendStatus(res, 404);
    return serveStatic(req, res, pathname);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log('[docent web] request failed', error);
      if (!res.headersSent) sendStatus(res, 500);
      else res.destroy();
    });
  });
  // Loopback only: the host is never reachable from another machine.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/#secret=${secret}`,
    origin,
    port,
    secret,
    uploadsDir: uploads.dir,
    close() {
      closing ??= (async () => {
        stopWatchingJobs();
        for (const stream of eventStreams) stream.end();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await uploads.releaseAll();
      })();
      return closing;
    },
  };
}
