// Downloads a model's files over HTTP, resumable and verified: bytes go to `<file>.part`, a broken connection resumes
// with a Range request from where the part ends, the finished part is checked against its sha256 (when known) and only
// then renamed into place, so a model folder never holds a half-written file under its real name.
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { MODEL2VEC_FILES } from './model2vec';

export interface DownloadModelOptions {
  /** Base URL serving the files, e.g. `https://huggingface.co/minishlab/potion-base-8M/resolve/main/`. */
  url: string;
  /** Destination folder, usually `<data>/models/<name>/`. Created if missing. */
  dir: string;
  /** Files to fetch (default model.safetensors, tokenizer.json, config.json). */
  files?: readonly string[];
  /** Files whose 404 is not an error (default config.json: Model2Vec treats it as optional). */
  optional?: readonly string[];
  /** Expected sha256 (hex) per file name; files without one are accepted as served. */
  sha256?: Record<string, string>;
  /** Progress of the file being downloaded; bytesTotal is undefined when the server does not say. */
  onProgress?: (bytesDone: number, bytesTotal: number | undefined, file: string) => void;
  signal?: AbortSignal;
  /** Attempts per file after a broken connection or a 5xx (default 4). */
  attempts?: number;
}

export interface DownloadResult {
  /** Files now present in `dir` (downloaded or already there). */
  files: string[];
  /** Optional files the server does not have. */
  missing: string[];
}

export class ModelDownloadError extends Error {
  constructor(
    message: string,
    readonly file: string,
    /** False for answers a retry cannot change (404, checksum mismatch). */
    readonly retryable = false,
  ) {
    super(message);
    this.name = 'ModelDownloadError';
  }
}

export async function downloadModel(options: DownloadModelOptions): Promise<DownloadResult> {
  const files = options.files ?? MODEL2VEC_FILES;
  const optional = new Set(options.optional ?? ['config.json']);
  await mkdir(options.dir, { recursive: true });
  const result: DownloadResult = { files: [], missing: [] };
  for (const file of files) {
    options.signal?.throwIfAborted();
    const present = await downloadFile(file, optional.has(file), options);
    (present ? result.files : result.missing).push(file);
  }
  return result;
}

/** Returns false when an optional file is absent on the server. */
async function downloadFile(file: string, isOptional: boolean, options: DownloadModelOptions): Promise<boolean> {
  if (file.includes('/') || file.includes('\\') || file.startsWith('.')) throw new ModelDownloadError(`${file}: not a plain file name`, file);
  const target = path.join(options.dir, file);
  const part = `${target}.part`;
  const expected = options.sha256?.[file]?.toLowerCase();

  if (await exists(target)) {
    if (!expected || (await sha256Of(target)) === expected) return true;
    await unlink(target); // a stale or damaged copy: fetch it again
  }

  const base = options.url.endsWith('/') ? options.url : `${options.url}/`;
  const url = new URL(encodeURIComponent(file), base).toString();
  const attempts = options.attempts ?? 4;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    options.signal?.throwIfAborted();
    try {
      const found = await fetchInto(url, file, part, isOptional, options);
      if (!found) return false;
      lastError = undefined;
      break;
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason ?? error;
      if (error instanceof ModelDownloadError && !error.retryable) throw error;
      lastError = error;
      if (attempt < attempts) await delay(200 * attempt, options.signal);
    }
  }
  if (lastError) {
    throw new ModelDownloadError(`${file}: download from ${url} failed after ${attempts} attempts (${(lastError as Error).message}); the part already downloaded is kept for the next try`, file, true);
  }

  if (expected) {
    const actual = await sha256Of(part);
    if (actual !== expected) {
      await unlink(part).catch(() => {});
      throw new ModelDownloadError(`${file}: checksum mismatch (expected sha256 ${expected}, got ${actual}); the download was deleted`, file);
    }
  }
  await rename(part, target);
  return true;
}

/** One HTTP request, appending to the part file. Resolves false for an optional file's 404. */
async function fetchInto(url: string, file: string, part: string, isOptional: boolean, options: DownloadModelOptions): Promise<boolean> {
  const have = (await exists(part)) ? (await stat(part)).size : 0;
  const response = await fetch(url, { headers: have > 0 ? { Range: `bytes=${have}-` } : {}, signal: options.signal, redirect: 'follow' });

  if (response.status === 416 && have > 0) {
    // Nothing left to send: the part is already whole (the checksum, when given, decides if it is right).
    await response.body?.cancel();
    return true;
  }
  if (response.status === 404 && isOptional) {
    await response.body?.cancel();
    return false;
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new ModelDownloadError(`${file}: server answered ${response.status} ${response.statusText} for ${url}`, file, response.status >= 500 || response.status === 429);
  }

  // 206 continues the part; a 200 means the server ignored the Range, so start over.
  let done = response.status === 206 ? have : 0;
  if (response.status === 206) {
    const startByte = Number(/bytes (\d+)-/.exec(response.headers.get('content-range') ?? '')?.[1]);
    if (startByte !== have) {
      await response.body?.cancel();
      await unlink(part).catch(() => {});
      throw new ModelDownloadError(`${file}: server resumed at byte ${startByte}, expected ${have}; starting over`, file, true);
    }
  }
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && response.headers.has('content-length') ? done + length : undefined;
  options.onProgress?.(done, total, file);

  const handle = await open(part, done === 0 ? 'w' : 'a');
  try {
    if (!response.body) throw new ModelDownloadError(`${file}: empty response body from ${url}`, file, true);
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      await handle.write(chunk);
      done += chunk.length;
      options.onProgress?.(done, total, file);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (total !== undefined && done !== total) {
    throw new ModelDownloadError(`${file}: connection ended at byte ${done} of ${total}`, file, true);
  }
  return true;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
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
