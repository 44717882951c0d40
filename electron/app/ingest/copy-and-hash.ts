// Stage "copy": streams the dropped file into the session's folder while hashing it, so a 2 GB file is read once
// and never held in memory. The fileId (first 16 hex chars of the sha256) is known when the copy is done.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
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

export async function copyAndHash(source: string, destinationDir: string, signal?: AbortSignal): Promise<HashedCopy> {
  const info = await stat(source);
  if (!info.isFile()) throw new Error('not a regular file');
  await mkdir(destinationDir, { recursive: true, mode: 0o700 });
  const tempPath = path.join(destinationDir, `.incoming-${randomBytes(8).toString('hex')}`);
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
