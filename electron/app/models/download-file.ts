// Downloads one file, resumable and verified. Bytes go to `<target>.part`; a broken connection (or a restart of the app)
// resumes with a Range request from where the part ends; the finished part is checked against the catalog's sha256, or
// against the digest the server published when the catalog could not name one, and only then renamed to `<target>`.
// Nothing unverified ever carries the file's real name.
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { identityOf, publishedDigestOf, type FileIdentity, type PublishedDigest } from './file-digests';

export type DownloadErrorKind = 'not-found' | 'http' | 'network' | 'checksum' | 'no-digest';

export class DownloadError extends Error {
  constructor(
    readonly kind: DownloadErrorKind,
    /** The file's path inside the model (as the catalog names it). */
    readonly file: string,
    message: string,
    /** False for answers a retry cannot change (404, checksum mismatch, no digest). */
    readonly retryable = false,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

export interface DownloadFileOptions {
  url: string;
  /** The file's name in messages (its path inside the model). */
  label: string;
  /** Where the verified file goes; the download itself is written to `<target>.part`. */
  target: string;
  /** The expected sha256 from the catalog; absent = verify against the digest the server publishes. */
  sha256?: string;
  /** The expected size when known (catalog or server), to tell a finished part from a short one. */
  size?: number;
  /** A digest the server published in an earlier attempt (the caller keeps it across restarts). */
  published?: PublishedDigest;
  /** Called when a response carries a published digest, so the caller can keep it. */
  onPublished?(digest: PublishedDigest): void | Promise<void>;
  /** Bytes written to the part by this call (negative when a part is discarded and started over). */
  onBytes?(count: number): void;
  signal?: AbortSignal;
  /** Attempts after a broken connection or a 5xx (default 4). */
  attempts?: number;
  /** Wait before retry n (ms); tests shorten it. */
  retryDelayMs?: (attempt: number) => number;
}

/** Downloads (or finishes) one file and returns its verified identity. */
export async function downloadFile(options: DownloadFileOptions): Promise<FileIdentity> {
  const part = `${options.target}.part`;
  await mkdir(path.dirname(options.target), { recursive: true });
  // What the server published, kept across attempts (a failed attempt may still have told us).
  const known = { published: { ...options.published } as PublishedDigest };
  const attempts = options.attempts ?? 4;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    options.signal?.throwIfAborted();
    try {
      await fetchIntoPart(options, part, known);
      lastError = undefined;
      break;
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason ?? error;
      if (error instanceof DownloadError && !error.retryable) throw error;
      lastError = error;
      if (attempt < attempts) await delay((options.retryDelayMs ?? ((n) => 300 * n))(attempt), options.signal);
    }
  }
  if (lastError) {
    throw new DownloadError(
      'network',
      options.label,
      `${options.label}: the download from ${options.url} failed after ${attempts} attempts (${(lastError as Error).message}); the part already downloaded is kept and the next try resumes it`,
      true,
    );
  }
  const identity = await verify(options, part, known.published);
  await rename(part, options.target);
  return identity;
}

/** Checks a finished part against the catalog's digest, else the server's. A mismatch deletes the part. */
async function verify(options: DownloadFileOptions, part: string, published: PublishedDigest): Promise<FileIdentity> {
  const expected = options.sha256 ?? published.sha256;
  const identity = await identityOf(part, !expected && Boolean(published.sha1));
  const refuse = async (message: string, kind: DownloadErrorKind = 'checksum') => {
    options.onBytes?.(-identity.size);
    await unlink(part).catch(() => {});
    return new DownloadError(kind, options.label, message);
  };
  if (expected) {
    if (identity.sha256 !== expected) {
      throw await refuse(
        `${options.label}: checksum mismatch (expected sha256 ${expected}${options.sha256 ? '' : ' as the server published it'}, got ${identity.sha256}); the download was deleted`,
      );
    }
    return identity;
  }
  if (published.sha1) {
    if (identity.sha1 !== published.sha1 && identity.gitBlobSha1 !== published.sha1) {
      throw await refuse(`${options.label}: checksum mismatch (the server published ${published.sha1}, the file's sha1 is ${identity.sha1}); the download was deleted`);
    }
    return identity;
  }
  throw await refuse(`${options.label}: ${options.url} published no digest for the file and the catalog names none, so it cannot be verified; it was not installed`, 'no-digest');
}

/** One request chain, appending to the part; `known.published` gains what the server published along the way. */
async function fetchIntoPart(options: DownloadFileOptions, part: string, holder: { published: PublishedDigest }): Promise<void> {
  const known = holder.published;
  const have = await sizeOf(part);
  const headers: Record<string, string> = have > 0 ? { Range: `bytes=${have}-` } : {};
  // Hugging Face puts a large file's digest on the redirect to its CDN, not on the CDN's answer: look at the first hop.
  let response = await fetch(options.url, { headers, signal: options.signal, redirect: 'manual' });
  let published = merge(known, publishedDigestOf(response.headers));
  await refuseContradiction(options, published, response);
  for (let hop = 0; response.status >= 300 && response.status < 400 && response.headers.has('location'); hop++) {
    if (hop >= 5) throw new DownloadError('http', options.label, `${options.label}: too many redirects from ${options.url}`);
    const next = new URL(response.headers.get('location')!, response.url || options.url).toString();
    await response.body?.cancel();
    response = await fetch(next, { headers, signal: options.signal, redirect: 'manual' });
    // Only the X-Linked-* headers count after a hop: a CDN's own ETag is not the file's digest.
    const linked = new Headers();
    for (const name of ['x-linked-etag', 'x-linked-size']) if (response.headers.has(name)) linked.set(name, response.headers.get(name)!);
    if (!published.sha256) published = merge(published, publishedDigestOf(linked));
    await refuseContradiction(options, published, response);
  }
  // Kept for a restart while the body streams (not before: a stalled read would let the connection go idle).
  const changed = published.sha256 !== known.sha256 || published.sha1 !== known.sha1 || published.size !== known.size;
  holder.published = published;
  const saving = changed ? Promise.resolve(options.onPublished?.(published)) : Promise.resolve();
  try {
    await receive(options, part, have, response, published);
  } finally {
    await saving;
  }
}

async function receive(options: DownloadFileOptions, part: string, have: number, response: Response, published: PublishedDigest): Promise<void> {
  const expectedSize = options.size ?? published.size;

  if (response.status === 416 && have > 0) {
    await response.body?.cancel();
    // Nothing left to send. If the part is not whole after all, start over; the digest decides either way.
    if (expectedSize !== undefined && have !== expectedSize) {
      await discard(part, have, options);
      throw new DownloadError('http', options.label, `${options.label}: the server refused to resume at byte ${have}; starting over`, true);
    }
    return;
  }
  if (response.status === 404 || response.status === 410) {
    await response.body?.cancel();
    throw new DownloadError('not-found', options.label, `${options.label}: not found at ${options.url} (HTTP ${response.status})`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
    throw new DownloadError('http', options.label, `${options.label}: the server answered ${response.status} ${response.statusText} for ${options.url}`, retryable);
  }

  // 206 continues the part; a 200 means the server ignored the Range, so start over.
  let done = 0;
  if (response.status === 206) {
    const startByte = Number(/bytes (\d+)-/.exec(response.headers.get('content-range') ?? '')?.[1]);
    if (startByte !== have) {
      await response.body?.cancel();
      await discard(part, have, options);
      throw new DownloadError('http', options.label, `${options.label}: the server resumed at byte ${startByte}, expected ${have}; starting over`, true);
    }
    done = have;
  } else if (have > 0) {
    options.onBytes?.(-have);
  }
  const length = Number(response.headers.get('content-length'));
  const total = response.headers.has('content-length') && Number.isFinite(length) ? done + length : expectedSize;

  const handle = await open(part, done === 0 ? 'w' : 'a');
  try {
    if (!response.body) throw new DownloadError('network', options.label, `${options.label}: empty response from ${options.url}`, true);
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      await handle.write(chunk);
      done += chunk.length;
      options.onBytes?.(chunk.length);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (total !== undefined && done < total) {
    throw new DownloadError('network', options.label, `${options.label}: the connection ended at byte ${done} of ${total}`, true);
  }
}

/** A server that publishes another digest than the catalog's serves another file: refused before any byte is fetched. */
async function refuseContradiction(options: DownloadFileOptions, published: PublishedDigest, response: Response): Promise<void> {
  if (!options.sha256 || !published.sha256 || published.sha256 === options.sha256) return;
  await response.body?.cancel();
  throw new DownloadError(
    'checksum',
    options.label,
    `${options.label}: the server publishes sha256 ${published.sha256}, but the catalog expects ${options.sha256}: it serves a different file, so nothing was downloaded`,
  );
}

function merge(a: PublishedDigest, b: PublishedDigest): PublishedDigest {
    const sha256 = b.sha256 ?? a.sha256;
  return { sha256, sha1: sha256 ? undefined : (b.sha1 ?? a.sha1), size: b.size ?? a.size };
}

async function discard(part: string, have: number, options: DownloadFileOptions): Promise<void> {
  options.onBytes?.(-have);
  await unlink(part).catch(() => {});
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
