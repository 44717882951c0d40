// A local embedder runs in the extraction worker: the chunks come back with their vectors, exactly the vectors the
// same embedder computes on the main thread, so moving the work off the main process changes no search result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createExtractPool } from '../../electron/app/documents/extract-pool';
import { LexicalEmbedder } from '../../electron/app/embeddings/lexical-embedder';
import { tempDataDir } from '../helpers/paths';

test('chunks embedded in the worker equal the main thread embedding, one vector per chunk', async () => {
  const { dir, cleanup } = await tempDataDir();
  const pool = createExtractPool({ maxThreads: 1 });
  try {
    const file = path.join(dir, 'notes.md');
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} tells how the ${['heron', 'lynx', 'otter', 'wren'][i % 4]} crossed the river at dawn number ${i}.`);
    await writeFile(file, paragraphs.join('\n\n'));
    const embedder = new LexicalEmbedder();
    const result = await pool.extract(file, { name: 'notes.md', chunking: { size: 300, overlap: 0.15 }, embed: embedder.workerSpec });
    assert.ok(result.chunks.length > 3);
    assert.equal(result.vectors?.length, result.chunks.length);
    const expected = await embedder.embed(result.chunks.map((c) => c.text));
    for (let i = 0; i < expected.length; i++) assert.deepEqual(Array.from(result.vectors![i]), Array.from(expected[i]), `chunk ${i}`);

    const plain = await pool.extract(file, { name: 'notes.md', chunking: { size: 300, overlap: 0.15 } });
    assert.equal(plain.vectors, undefined, 'no embedder asked, no vectors');
  } finally {
    await pool.destroy();
    await cleanup();
  }
});
