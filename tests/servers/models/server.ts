// A loopback model hub that answers like Hugging Face's, for download tests that must not touch the internet:
// GET /<owner>/<repo>/resolve/<revision>/<path> serves a small ("git") file directly with its git blob id as ETag, and
// answers a large ("LFS") file with a 302 to /cdn/<sha256> carrying X-Linked-Etag (its sha256), X-Linked-Size and
// X-Repo-Commit, as the Hub does. The CDN answers with an ETag of its own that is NOT the file's digest (as the real
// CDN does), honours Range (206, 416), and can be told to cut a transfer, go slow, lie about a file or publish nothing.
import http from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface HubFile {
  body: Buffer;
  /** Served through the LFS redirect with X-Linked-Etag (default: files of 64 KiB or more). */
  lfs?: boolean;
}

export interface HubRequest {
  path: string;
  range?: string;
  status: number;
}

export interface ModelHub {
  /** `http://127.0.0.1:<port>`: the base URL that replaces https://huggingface.co. */
  readonly url: string;
  readonly log: HubRequest[];
  /** Adds (or replaces) a repository's files at a revision. */
  put(repo: string, revision: string, files: Record<string, HubFile | Buffer>): void;
  /** The next transfer of this file stops after `afterBytes` bytes (the connection is destroyed). */
  cutOnce(filePath: string, afterBytes: number): void;
  /** Every transfer sends `bytesPerTick` bytes every `tickMs` (so a test can watch progress or cancel). */
  throttle(bytesPerTick: number, tickMs: number): void;
  /** This file is served without any digest header (neither X-Linked-Etag nor ETag). */
  withholdDigest(filePath: string): void;
  /** This file's bytes are replaced by others while its published digest stays that of the original. */
  corrupt(filePath: string): void;
  /** Back to normal service: no cuts, no pacing, every digest published, every file as put. */
  reset(): void;
  close(): Promise<void>;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const gitBlobId = (b: Buffer) => createHash('sha1').update(`blob ${b.length}\0`).update(b).digest('hex');

export async function startModelHub(): Promise<ModelHub> {
  const files = new Map<string, HubFile>(); // `<repo>/resolve/<revision>/<path>`
  const byDigest = new Map<string, { body: Buffer; path: string }>();
  const cuts = new Map<string, number>();
  const withheld = new Set<string>();
  const corrupted = new Set<string>();
  const log: HubRequest[] = [];
  let pace: { bytes: number; ms: number } | undefined;

  const served = (filePath: string, body: Buffer) => (corrupted.has(filePath) ? Buffer.from(body.map((b) => b ^ 0xff)) : body);

  async function sendBody(req: http.IncomingMessage, res: http.ServerResponse, filePath: string, body: Buffer, headers: Record<string, string>) {
    let start = 0;
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    if (range) {
      start = Number(range[1]);
      if (start >= body.length) {
        res.writeHead(416, { 'Content-Range': `bytes */${body.length}` }).end();
        return 416;
      }
    }
    const status = range ? 206 : 200;
    res.writeHead(status, {
      ...headers,
      'Accept-Ranges': 'bytes',
      'Content-Length': String(body.length - start),
      ...(range ? { 'Content-Range': `bytes ${start}-${body.length - 1}/${body.length}` } : {}),
    });
    const cutAt = cuts.get(filePath);
    if (cutAt !== undefined) cuts.delete(filePath);
    let at = start;
    const end = cutAt !== undefined ? Math.min(body.length, start + cutAt) : body.length;
    const step = pace?.bytes ?? 64 * 1024;
    while (at < end && !res.destroyed) {
      const next = Math.min(end, at + step);
      const ok = res.write(body.subarray(at, next));
      at = next;
      if (pace) await new Promise((r) => setTimeout(r, pace!.ms));
      else if (!ok) await new Promise((r) => res.once('drain', r));
    }
    if (cutAt !== undefined) {
      // Let the bytes sent so far reach the client's reader, then drop the connection as a flaky network would. The
      // wait is long because fetch discards the bytes it has received but not yet handed to the reader when the
      // connection errors: on a loaded machine 250 ms was too short for a 100-byte cut, and the retry rightly started
      // from byte 0 — so the test saw no Range request although nothing was wrong.
      await new Promise((r) => res.write('', () => setTimeout(r, 1500)));
      res.destroy();
    } else res.end();
    return status;
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record = (status: number, filePath = url.pathname) => log.push({ path: filePath, range: req.headers.range, status });
    void (async () => {
      const cdn = /^\/cdn\/([0-9a-f]{64})$/.exec(url.pathname);
      if (cdn) {
        const blob = byDigest.get(cdn[1]);
        if (!blob) {
          res.writeHead(404).end();
          record(404);
          return;
        }
        // The CDN's own ETag: 64 hex characters that are not the file's sha256, as on the real CDN.
        record(await sendBody(req, res, blob.path, served(blob.path, blob.body), { ETag: `"${randomBytes(32).toString('hex')}"` }), blob.path);
        return;
      }
      const m = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(url.pathname);
      const key = m ? `${m[1]}/resolve/${m[2]}/${decodeURIComponent(m[3])}` : '';
      const file = files.get(key);
      if (!m || !file) {
        res.writeHead(404, { 'Content-Type': 'text/plain', 'X-Error-Code': 'EntryNotFound' }).end('Entry not found');
        record(404);
        return;
      }
      const filePath = decodeURIComponent(m[3]);
      if (file.lfs) {
        const digest = sha256(file.body);
        byDigest.set(digest, { body: file.body, path: filePath });
        const headers: Record<string, string> = { Location: `/cdn/${digest}`, 'X-Repo-Commit': m[2] };
        if (!withheld.has(filePath)) Object.assign(headers, { 'X-Linked-Etag': `"${digest}"`, 'X-Linked-Size': String(file.body.length) });
        res.writeHead(302, headers).end();
        record(302, filePath);
        return;
      }
      const headers: Record<string, string> = { 'X-Repo-Commit': m[2] };
      if (!withheld.has(filePath)) headers.ETag = `"${gitBlobId(file.body)}"`;
      record(await sendBody(req, res, filePath, served(filePath, file.body), headers), filePath);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    log,
    put(repo, revision, entries) {
      for (const [filePath, entry] of Object.entries(entries)) {
        const file = Buffer.isBuffer(entry) ? { body: entry } : entry;
        files.set(`${repo}/resolve/${revision}/${filePath}`, { body: file.body, lfs: file.lfs ?? file.body.length >= 64 * 1024 });
      }
    },
    cutOnce: (filePath, afterBytes) => void cuts.set(filePath, afterBytes),
    throttle: (bytes, ms) => void (pace = { bytes, ms }),
    withholdDigest: (filePath) => void withheld.add(filePath),
    corrupt: (filePath) => void corrupted.add(filePath),
    reset() {
      cuts.clear();
      withheld.clear();
      corrupted.clear();
      pace = undefined;
      log.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
