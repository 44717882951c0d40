// Stage "copy": streams the dropped file into the session's folder while hashing it, so a 2 GB file is read once
// and never held in memory. The fileId (first 16 hex chars of the sha256) is known when the copy is done.
// A small file (most of a dropped folder) is read and written in one go: a stream's setup costs more than its bytes.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface HashedCopy {
  sha256: string;
  fileId: string;
  size: number;
  /** The temporary copy inside the destination folder; rename or remove it. */
  tempPath: string;
}

/** Folders known to exist: a session's files folder is made once, not once per file (and again if it went missing). */
const madeDirs = new Set<string>();

/** Files up to this size are copied in one read and one write. */
const WHOLE_FILE_BYTES = 1024 * 1024;

export async function copyAndHash(source: string, destinationDir: string, signal?: AbortSignal): Promise<HashedCopy> {
  const info = await stat(source);
  if (!info.isFile()) throw new Error('not a regular file');
  if (!madeDirs.has(destinationDir)) {
    await mkdir(destinationDir, { recursive: true, mode: 0o700 });
    madeDirs.add(destinationDir);
  }
  try {
    return await copyInto(source, info.size, destinationDir, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !(await stat(source).catch(() => undefined))) throw error;
    // The folder was removed since it was made (its session's files were cleared): make it again, once.
    await mkdir(destinationDir, { recursive: true, mode: 0o700 });
    return copyInto(source, info.size, destinationDir, signal);
  }
}

async function copyInto(source: string, sizeSeen: number, destinationDir: string, signal?: AbortSignal): Promise<HashedCopy> {
  const tempPath = path.join(destinationDir, `.incoming-${randomBytes(8).toString('hex')}`);
  if (sizeSeen <= WHOLE_FILE_BYTES) {
    signal?.throwIfAborted();
    const bytes = await readFile(source, { signal });
    try {
      await writeFile(tempPath, bytes, { mode: 0o600, flag: 'wx', signal });
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { sha256, fileId: sha256.slice(0, 16), size: bytes.length, tempPath };
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
