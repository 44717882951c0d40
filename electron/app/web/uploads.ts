// Files dropped in the browser arrive as bytes; the host streams each to `<dataDir>/uploads/<random>/<name>` and
// gives the page that path for `documents.ingest`. Only paths handed out here may be ingested through the host,
// so a page can never make the host read an arbitrary file. Uploads are deleted once their ingest job has finished
// (the session keeps its own copy) or when the host closes.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DocentError } from '../../../shared/api';
import { userMessage } from '../user-message';

export const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
/** `<dataDir>/uploads`: emptied at every start (createDocent), so nothing a crashed host received outlives it. */
export const UPLOADS_FOLDER = 'uploads';
const MAX_NAME_BYTES = 200;

/** A name safe on every file system: no folders, no control or reserved characters, not empty, not too long. */
export function sanitiseFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  let clean = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  while (Buffer.byteLength(clean) > MAX_NAME_BYTES) {
    const ext = path.extname(clean);
    const stem = clean.slice(0, clean.length - ext.length);
    clean = ext.length < 20 && stem.length > 1 ? stem.slice(0, -1) + ext : clean.slice(0, -1);
  }
  return clean || 'upload';
}

/** Decodes the X-File-Name header (URI-encoded so any Unicode name survives HTTP). */
export function decodeFileNameHeader(header: string | string[] | undefined): string {
  if (typeof header !== 'string' || header.length === 0) throw new DocentError('invalid-input', 'the upload has no X-File-Name header');
  try {
    return decodeURIComponent(header);
  } catch {
    throw new DocentError('invalid-input', 'the X-File-Name header is not URI-encoded');
  }
}

export class UploadArea {
  /** Upload path → its folder; only these paths may be ingested. */
  private readonly issued = new Map<string, string>();

  constructor(
    readonly dir: string,
    private readonly maxBytes = DEFAULT_MAX_UPLOAD_BYTES,
  ) {}

  /** Streams one request body to disk (never buffered whole) and returns the path ingest will accept. */
  async receive(req: IncomingMessage, displayName: string): Promise<{ path: string; name: string }> {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.maxBytes) throw tooLarge(displayName, this.maxBytes);
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const folder = path.join(this.dir, randomBytes(12).toString('hex'));
    await mkdir(folder, { mode: 0o700 });
    const file = path.join(folder, sanitiseFileName(displayName));
    let received = 0;
    const limit = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        received += chunk.length;
        done(received > this.maxBytes ? tooLarge(displayName, this.maxBytes) : null, chunk);
      },
    });
    try {
      // The request is piped in, not part of the pipeline: a refusal must leave it open, so the host can still read
      // what the browser is sending and answer why (drainRequest).
      const written = pipeline(limit, createWriteStream(file, { mode: 0o600, flags: 'wx' }));
      const broken = (error: Error) => limit.destroy(error);
      const aborted = () => broken(new Error('the upload was aborted'));
      req.once('error', broken);
      req.once('aborted', aborted);
      req.pipe(limit);
      try {
        await written;
      } finally {
        req.off('error', broken);
        req.off('aborted', aborted);
        req.unpipe(limit);
      }
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      if (error instanceof DocentError) throw error;
      throw new DocentError('invalid-input', `${displayName}: the upload did not complete (${(error as Error).message})`);
    }
    this.issued.set(file, folder);
    return { path: file, name: displayName };
  }

  isIssued(file: string): boolean {
    return this.issued.has(file);
  }

  /** Deletes the given uploads (their ingest is over). Unknown paths are ignored. */
  async release(files: Iterable<string>): Promise<void> {
    const folders: string[] = [];
    for (const file of files) {
      const folder = this.issued.get(file);
      if (folder) folders.push(folder);
      this.issued.delete(file);
    }
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  }

  /** Deletes every upload this host received. */
  async releaseAll(): Promise<void> {
    await this.release([...this.issued.keys()]);
  }
}

function tooLarge(name: string, maxBytes: number): DocentError {
  const limit = Math.round(maxBytes / 1024 ** 2);
  return new DocentError('invalid-input', userMessage('upload-too-large', `${name}: the file is larger than the ${limit} MB upload limit`, { file: name, limit }));
}

/**
 * Reads and drops what the client is still sending of a refused upload, so that answering and closing the connection
 * does not reset it: with bytes left unread the kernel resets the connection, and the browser then loses the answer
 * ("Failed to fetch" instead of the file's name and the limit). Bounded in time: a client that never stops is cut off.
 */
export function drainRequest(req: IncomingMessage, maxMs = 30_000): Promise<void> {
  if (req.complete || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      req.off('end', done);
      req.off('close', done);
      req.off('error', done);
      resolve();
    };
    const timer = setTimeout(done, maxMs);
    req.once('end', done);
    req.once('close', done);
    req.once('error', done);
    req.resume();
  });
}
