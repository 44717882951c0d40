// A write that a crash cannot tear: temp file in the same folder, fsync, rename over the target, fsync the folder.
// After a crash the target holds either the old bytes or the new ones, never a mix.
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export async function writeFileAtomic(target: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  await writeFileAtomicWith(target, (handle) => handle.writeFile(data), mode);
}

/**
 * The same guarantee for content written in pieces (a file too large to build as one string first). `durable: false`
 * skips both fsyncs: the write stays atomic against a crash of the process (the rename happens after the content is
 * written), but a power cut may lose it. Only for data Docent can make again from what it keeps (page texts).
 */
export async function writeFileAtomicWith(
  target: string,
  write: (handle: FileHandle) => Promise<void>,
  mode = 0o600,
  options: { durable?: boolean } = {},
): Promise<void> {
  const durable = options.durable ?? true;
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'w', mode);
  try {
    await write(handle);
    if (durable) await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (durable) await fsyncDir(dir);
}

/** Makes a rename or unlink in `dir` durable. Some platforms cannot open a folder for sync; there it is a no-op. */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot fsync a directory handle; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}
