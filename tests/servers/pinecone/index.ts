// A loopback Pinecone-compatible server for tests and benchmarks (PINECONE.md): the control plane on `/indexes`,
// and each index's data plane under `/data/<name>` on the same port. The real client accepts a host with a path:
// it builds request URLs as `host + '/vectors/upsert'`, so `http://127.0.0.1:PORT/data/docs` works as an index host.
import { seededRandom } from '../../helpers/seeded-random';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { IndexData, LIMITS, type Metric, type StoredRecord } from './index-data';
import { controlError, GrpcCode, ok, vectorError, type Reply } from './reply';
import { RATE_LIMITED_BODY, RateLimiter, type RateLimitOptions } from './rate-limits';

export interface PineconeServerOptions {
  /** The key the `Api-Key` header must carry; any non-empty key is accepted when omitted. */
  apiKey?: string;
  /** A careless proxy in front of Pinecone: its 401 repeats the key it was sent. */
  echoKeyInErrors?: boolean;
  /** Share of requests answered 429 (plain text) before being processed. */
  failRate429?: number;
  /** Share of requests answered 500/503 before being processed. */
  failRate5xx?: number;
  /** Delay before every answer. */
  latencyMs?: number;
  /** Read-after-write lag: writes become visible to list/query/fetch only after this delay. */
  listLagMs?: number;
  /** Lag of deletes alone (defaults to listLagMs): a long one simulates a delete Pinecone has not applied yet. */
  deleteLagMs?: number;
  /** False makes delete-by-filter answer 400 as older serverless indexes did. Default true. */
  supportsDeleteByFilter?: boolean;
  /** How long a new index reports `Initializing` before `Ready`. Default 0. */
  indexReadyDelayMs?: number;
  /** Seed for the failure injection, so a test's storm is the same on every run. */
  seed?: number;
  /**
   * Pinecone's per-namespace rate limits, answered 429 like the service (on by default, with its numbers: 100/s,
   * 5/s by filter); false turns them off.
   */
  rateLimits?: RateLimitOptions | false;
  /** Listen on this port instead of a free one (to bring a server back where a client expects it). */
  port?: number;
}

export interface LoggedRequest {
  method: string;
  /** The path without the query string, e.g. `/data/docs/vectors/upsert`. */
  path: string;
  /** `upsert`, `query`, `fetch`, `update`, `delete`, `list`, `stats`, `namespaces`, `control` or `unknown`. */
  op: string;
  status: number;
  /** Request body size in bytes. */
  bytes: number;
  /** Records in an upsert body. */
  records?: number;
}

export interface PineconeServerStats {
  total: number;
  byOp: Record<string, number>;
  injected429: number;
  injected5xx: number;
  /** Requests refused with 429 because a namespace's rate limit was exceeded. */
  rateLimited: number;
  /** Requests answered with a 4xx other than 429s. */
  rejected: number;
  maxUpsertRecords: number;
  maxUpsertBytes: number;
}

export interface PineconeServer {
  controllerUrl: string;
  port: number;
  indexHost(name: string): string;
  /** Every request received, in order. */
  requests: LoggedRequest[];
  stats(): PineconeServerStats;
  /** The records stored in an index's namespace (every namespace when omitted) as a read would see them now: copies, read directly, not over HTTP. */
  records(indexName: string, namespace?: string): StoredRecord[];
  /** Writes the index acknowledged that are not yet visible (the read-after-write lag). */
  pendingWrites(indexName: string): number;
  /** An outage: while on, every request is answered 503 (the data is kept, as the service keeps it). */
  setUnavailable(on: boolean): void;
  /** Creates an index directly (no HTTP), e.g. to set up a dimension mismatch. */
  createIndex(name: string, dimension: number, metric?: Metric): void;
  close(): Promise<void>;
}

interface IndexEntry {
  data: IndexData;
  createdAt: number;
  cloud: string;
  region: string;
}

const INDEX_NAME = /^[a-z0-9-]{1,45}$/;
const DATA_PREFIX = '/data/';

export async function startPineconeServer(options: PineconeServerOptions = {}): Promise<PineconeServer> {
  const indexes = new Map<string, IndexEntry>();
  const requests: LoggedRequest[] = [];
  const random = seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32));
  const counters = { injected429: 0, injected5xx: 0, rateLimited: 0 };
  const limiter = options.rateLimits === false ? null : new RateLimiter(options.rateLimits);
  let baseUrl = '';
  let unavailable = false;

  const indexModel = (entry: IndexEntry) => {
    const ready = Date.now() - entry.createdAt >= (options.indexReadyDelayMs ?? 0);
    return {
      name: entry.data.name,
      host: `${baseUrl}${DATA_PREFIX}${entry.data.name}`,
      status: { ready, state: ready ? 'Ready' : 'Initializing' },
      deployment: { deployment_type: 'managed', cloud: entry.cloud, region: entry.region },
      schema: { fields: { _values: { type: 'dense_vector', dimension: entry.data.dimension, metric: entry.data.metric } } },
      deletion_protection: 'disabled',
      tags: null,
    };
  };

  const addIndex = (name: string, dimension: number, metric: Metric, cloud = 'aws', region = 'us-east-1') => {
    const data = new IndexData({
      name,
      dimension,
      metric,
      listLagMs: options.listLagMs ?? 0,
      deleteLagMs: options.deleteLagMs,
      supportsDeleteByFilter: options.supportsDeleteByFilter ?? true,
    });
    const entry = { data, createdAt: Date.now(), cloud, region };
    indexes.set(name, entry);
    return entry;
  };

  const control = (method: string, segments: string[], body: Record<string, unknown>): Reply => {
    if (segments.length === 0) {
      if (method === 'GET') return ok({ indexes: [...indexes.values()].map(indexModel) });
      if (method === 'POST') return createFromBody(body);
    }
    if (segments.length === 1) {
      const name = decodeURIComponent(segments[0]);
      const entry = indexes.get(name);
      if (!entry) return controlError(404, 'NOT_FOUND', `Index ${name} not found.`);
      if (method === 'GET') return ok(indexModel(entry));
      if (method === 'DELETE') {
        indexes.delete(name);
        return { status: 202, body: '' };
      }
    }
    return controlError(404, 'NOT_FOUND', 'Not found.');
  };

  const createFromBody = (body: Record<string, unknown>): Reply => {
    const name = body.name;
    if (typeof name !== 'string' || !INDEX_NAME.test(name)) {
      return controlError(400, 'INVALID_ARGUMENT', `Invalid index name ${JSON.stringify(name)}: use 1 to 45 lowercase letters, digits or '-'.`);
    }
    const fields = ((body.schema as { fields?: Record<string, Record<string, unknown>> } | undefined)?.fields) ?? {};
    const dense = Object.values(fields).find((field) => field?.type === 'dense_vector');
    const dimension = dense?.dimension ?? body.dimension;
    const metric = dense?.metric ?? body.metric ?? 'cosine';
    if (typeof dimension !== 'number' || !Number.isInteger(dimension) || dimension < 1 || dimension > LIMITS.dimensionMax) {
      return controlError(400, 'INVALID_ARGUMENT', `Invalid dimension ${JSON.stringify(dimension)}: it must be an integer from 1 to ${LIMITS.dimensionMax}.`);
    }
    if (metric !== 'cosine' && metric !== 'dotproduct' && metric !== 'euclidean') {
      return controlError(400, 'INVALID_ARGUMENT', `Invalid metric ${JSON.stringify(metric)}.`);
    }
    if (indexes.has(name)) return controlError(409, 'ALREADY_EXISTS', 'Resource already exists');
    const deployment = (body.deployment ?? {}) as Record<string, unknown>;
    const entry = addIndex(name, dimension, metric, String(deployment.cloud ?? 'aws'), String(deployment.region ?? 'us-east-1'));
    return { status: 201, body: indexModel(entry) };
  };

  const dataPlane = (method: string, index: IndexData, route: string, url: URL, body: Record<string, unknown>, bytes: number): Reply => {
    const key = `${method} ${route}`;
    switch (key) {
      case 'POST /vectors/upsert': return index.upsert(body, bytes);
      case 'POST /query': return index.query(body);
      case 'GET /vectors/fetch': return index.fetch(url.searchParams);
      case 'POST /vectors/update': return index.update(body);
      case 'POST /vectors/delete': return index.delete(body);
      case 'GET /vectors/list': return index.list(url.searchParams);
      case 'POST /describe_index_stats': return index.stats();
      case 'GET /namespaces': {
        const namespaces = [...index.namespaceCounts()].map(([name, count]) => ({ name, record_count: String(count) }));
        return ok({ namespaces, total_count: namespaces.length });
      }
    }
    if (route.startsWith('/namespaces/')) {
      const ns = decodeURIComponent(route.slice('/namespaces/'.length));
      const count = index.namespaceCounts().get(ns);
      if (method === 'GET') {
        return count === undefined
          ? vectorError(404, GrpcCode.notFound, `Namespace ${ns} not found.`)
          : ok({ name: ns, record_count: String(count) });
      }
      if (method === 'DELETE') {
        return index.deleteNamespace(ns) ? { status: 202, body: {} } : vectorError(404, GrpcCode.notFound, `Namespace ${ns} not found.`);
      }
    }
    return vectorError(404, GrpcCode.notFound, `Not found: ${method} ${route}`);
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const entry: LoggedRequest = { method, path: url.pathname, op: opOf(method, url.pathname), status: 0, bytes: raw.length };
    requests.push(entry);

    const reply = await (async (): Promise<Reply> => {
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
      if (unavailable) return vectorError(503, GrpcCode.unavailable, 'Service temporarily unavailable');
      const key = req.headers['api-key'];
      if (typeof key !== 'string' || key === '' || (options.apiKey !== undefined && key !== options.apiKey)) {
        return { status: 401, body: options.echoKeyInErrors ? `Unauthorized: the API key ${String(key)} is not valid for this project` : 'Unauthorized' };
      }
      if (options.failRate429 && random() < options.failRate429) {
        counters.injected429++;
        return { status: 429, body: RATE_LIMITED_BODY };
      }
      if (options.failRate5xx && random() < options.failRate5xx) {
        counters.injected5xx++;
        return random() < 0.5
          ? vectorError(500, GrpcCode.internal, 'Internal error')
          : vectorError(503, GrpcCode.unavailable, 'Service temporarily unavailable');
      }
      let body: Record<string, unknown> = {};
      if (raw.length > 0) {
        try {
          const parsed: unknown = JSON.parse(raw.toString('utf8'));
          if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
          body = parsed as Record<string, unknown>;
        } catch {
          return vectorError(400, GrpcCode.invalidArgument, 'Invalid request body: expected a JSON object.');
        }
      }
      if (entry.op === 'upsert' && Array.isArray(body.vectors)) entry.records = body.vectors.length;
      const segments = url.pathname.split('/').filter(Boolean);
      if (segments[0] === 'indexes') return control(method, segments.slice(1), body);
      if (url.pathname.startsWith(DATA_PREFIX)) {
        const name = decodeURIComponent(segments[1] ?? '');
        const index = indexes.get(name)?.data;
        if (!index) return vectorError(404, GrpcCode.notFound, `Index ${name} not found.`);
        if (limiter && !limiter.admit(name, entry.op, body, url.searchParams)) {
          counters.rateLimited++;
          return { status: 429, body: RATE_LIMITED_BODY };
        }
        return dataPlane(method, index, '/' + segments.slice(2).join('/'), url, body, raw.length);
      }
      return vectorError(404, GrpcCode.notFound, `Not found: ${method} ${url.pathname}`);
    })();

    entry.status = reply.status;
    if (typeof reply.body === 'string') {
      res.writeHead(reply.status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(reply.body);
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    }
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: GrpcCode.internal, message: String(error), details: [] }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    controllerUrl: baseUrl,
    port,
    indexHost: (name) => `${baseUrl}${DATA_PREFIX}${name}`,
    requests,
    stats: () => {
      const byOp: Record<string, number> = {};
      let rejected = 0;
      let maxUpsertRecords = 0;
      let maxUpsertBytes = 0;
      for (const r of requests) {
        byOp[r.op] = (byOp[r.op] ?? 0) + 1;
        if (r.status >= 400 && r.status < 500 && r.status !== 429) rejected++;
        if (r.op === 'upsert') {
          maxUpsertRecords = Math.max(maxUpsertRecords, r.records ?? 0);
          maxUpsertBytes = Math.max(maxUpsertBytes, r.bytes);
        }
      }
      return { total: requests.length, byOp, ...counters, rejected, maxUpsertRecords, maxUpsertBytes };
    },
    records: (name, namespace) => indexes.get(name)?.data.records(namespace) ?? [],
    pendingWrites: (name) => indexes.get(name)?.data.pendingWrites() ?? 0,
    setUnavailable: (on) => {
      unavailable = on;
    },
    createIndex: (name, dimension, metric = 'cosine') => {
      addIndex(name, dimension, metric);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function opOf(method: string, pathname: string): string {
  if (pathname === '/indexes' || pathname.startsWith('/indexes/')) return 'control';
  if (pathname.endsWith('/vectors/upsert')) return 'upsert';
  if (pathname.endsWith('/query')) return 'query';
  if (pathname.endsWith('/vectors/fetch')) return 'fetch';
  if (pathname.endsWith('/vectors/update')) return 'update';
  if (pathname.endsWith('/vectors/delete')) return 'delete';
  if (pathname.endsWith('/vectors/list')) return 'list';
  if (pathname.endsWith('/describe_index_stats')) return 'stats';
  if (pathname.includes('/namespaces')) return 'namespaces';
  return 'unknown';
}

