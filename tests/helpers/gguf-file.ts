// The tiny random-weight llama GGUF of tests/fixtures/gguf (the model runtime's test model: it loads in node-llama-cpp
// and generates), as bytes and as a file, for tests of what reads GGUF files: model import, truncation checks, serving
// a chat model from the loopback hub.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TINY_SHAPE, writeTinyModel } from '../fixtures/gguf/llama-model';

export { TINY_SHAPE };

let cached: Buffer | undefined;

/** The tiny model's bytes (written once per test process). */
export async function tinyGgufBytes(): Promise<Buffer> {
  if (!cached) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'docent-gguf-'));
    try {
      await writeTinyModel(path.join(dir, 'tiny.gguf'));
      cached = await readFile(path.join(dir, 'tiny.gguf'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return cached;
}

/** Writes the tiny model to `file` and returns its bytes; another seed gives other weights (another file). */
export async function writeTinyGguf(file: string, seed = 1): Promise<Buffer> {
  if (seed !== 1) {
    await writeTinyModel(file, seed);
    return readFile(file);
  }
  const bytes = await tinyGgufBytes();
  await writeFile(file, bytes);
  return bytes;
}
