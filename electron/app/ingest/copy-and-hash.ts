// Stage "copy": streams the dropped file into the session's folder while hashing it, so a 2 GB file is read once
// and never held in memory. The fileId (first 16 hex chars of the sha256) is known when the copy is done.
// A small file (most of a dropped folder) is read and written in one go: a stream's setup costs more than its bytes,
// and each file operation is a round trip to the thread pool that all of them share (a folder of 5,000 notes made
// 50,000 of them), so the source is opened once and looked at through that one handle.
import { createHash, randomBytes } from 'node:crypto';
import { constants as fsConstants, createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface HashedCopy {
  sha256: string;
  fileId: string;
  size: number;
  /** The temporary copy inside the destination folder; rename or remove it. */
  tempPath: string;
  /** A small file's bytes, as copied: whoever reads the copy next (the extraction worker) can take them instead. */
  bytes?: Uint8Array;
}

/** The source itself could not be opened or looked at (moved, deleted, not readable), as opposed to a failed copy. */
export class UnreadableSourceError extends Error {}

/** Folders known to exist: a session's files folder is made once, not once per file (and again if it went missing). */
const madeDirs = new Set<string>();

/**
 * Opening never blocks: a named pipe dropped as a file would otherwise hold a thread of the pool until something
 * writes to it (it is refused as "not a regular file" once opened). Windows has no such flag, nor such pipes.
 */
const READ_WITHOUT_WAITING = fsConstants.O_NONBLOCK === undefined ? 'r' : fsConstants.O_RDONLY | fsConstants.O_NONBLOCK;

/** Files up to this size are copied in one read and one write. */
const WHOLE_FILE_BYTES = 1024 * 1024;

/** `checkSize` may refuse the file (by throwing) once its size is known, before anything is read or written. */
export async function copyAndHash(source: string, destinationDir: string, signal?: AbortSignal, checkSize?: (size: number) => void): Promise<HashedCopy> {
  let handle: FileHandle;
  let size: number;
  try {
    handle = await open(source, READ_WITHOUT_WAITING);
  } catch (error) {
    throw new UnreadableSourceError((error as Error).message);
  }
  try {
    const info = await handle.stat().catch((error: Error) => {
      throw new UnreadableSourceError(error.message);
    });
    if (!info.isFile()) throw new Error('not a regular file');
    size = info.size;
    checkSize?.(size);
    // A small file is read now, through the handle; a large one is streamed from its path (below).
    const bytes = size <= WHOLE_FILE_BYTES ? await readWhole(handle, size, signal) : undefined;
    if (!madeDirs.has(destinationDir)) {
      await mkdir(destinationDir, { recursive: true, mode: 0o700 });
      madeDirs.add(destinationDir);
    }
    try {
      return await copyInto(source, bytes, destinationDir, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || (bytes === undefined && !(await stat(source).catch(() => undefined)))) throw error;
      // The folder was removed since it was made (its session's files were cleared): make it again, once.
      await mkdir(destinationDir, { recursive: true, mode: 0o700 });
      return await copyInto(source, bytes, destinationDir, signal);
    }
  } finally {
    await handle.close();
  }
}

/**
 * The whole of a file of `size` bytes (as stat saw it), usually in one read: asking for one byte more tells that the
 * end was reached without another call. A file that grew meanwhile is read again, whole (positional reads leave the
 * handle at the start).
 */
async function readWhole(handle: FileHandle, size: number, signal?: AbortSignal): Promise<Uint8Array> {
  signal?.throwIfAborted();
  // Its own memory, not a slice of Node's shared pool: the bytes are sent on to a worker.
  const buffer = new Uint8Array(size + 1);
  let filled = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
    filled += bytesRead;
    if (filled === buffer.length) break;
    if (bytesRead === 0 || filled >= size) return buffer.subarray(0, filled);
  }
  const whole = await handle.readFile({ signal });
  return new Uint8Array(whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength));
}

async function copyInto(source: string, bytes: Uint8Array | undefined, destinationDir: string, signal?: AbortSignal): Promise<HashedCopy> {
  const tempPath = path.join(destinationDir, `.incoming-${randomBytes(8).toString('hex')}`);
  if (bytes) {
    signal?.throwIfAborted();
    try {
      await writeFile(tempPath, bytes, { mode: 0o600, flag: 'wx', signal });
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { sha256, fileId: sha256.slice(0, 16), size: bytes.length, tempPath, bytes };
  }
  const hash = createHash('sha256');
  let size = 0;
  const hasher = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(source), hasher, createWriteStream(tempPath, { mode: 0o600 }), { signal });
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  const sha256 = hash.digest('hex');
  return { sha256, fileId: sha256.slice(0, 16), size, tempPath };
}
