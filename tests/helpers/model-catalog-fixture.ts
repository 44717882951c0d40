// A small model catalog for tests, with the files a loopback model hub serves: a "chat" GGUF whose sha256 the catalog
// names (as for the real chat models), and an ONNX embedder whose files are all "server" (verified against the digests
// the hub publishes, as for files the catalog could not confirm).
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ModelHub } from '../servers/models/server';
import { tinyGgufBytes } from './gguf-file';
import { seededRandom } from './seeded-random';

export const CHAT_REPO = 'docent-test/tiny-chat-GGUF';
export const EMBED_REPO = 'docent-test/tiny-embed';
export const REVISION = 'c0ffee0000000000000000000000000000000001';

function bytes(size: number, seed: number): Buffer {
  const random = seededRandom(seed);
  return Buffer.from(Array.from({ length: size }, () => Math.floor(random() * 256)));
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export interface CatalogFixture {
  file: string;
  chatGguf: Buffer;
  embedFiles: Record<string, Buffer>;
}

/** Writes the catalog to `dir/catalog.json` and puts its files on the hub (the tiny GGUF is large enough to go through the LFS redirect). */
export async function writeTestCatalog(dir: string, hub: ModelHub, options: { wrongChatDigest?: boolean } = {}): Promise<CatalogFixture> {
  const chatGguf = await tinyGgufBytes();
  const embedFiles = {
    'config.json': Buffer.from(JSON.stringify({ architectures: ['BertModel'], model_type: 'bert', hidden_size: 8 })),
    'tokenizer.json': Buffer.from(JSON.stringify({ version: '1.0', model: { type: 'WordPiece', vocab: { '[UNK]': 0 } } })),
    'onnx/model_quantized.onnx': bytes(150_000, 2),
  };
  hub.put(CHAT_REPO, REVISION, { 'tiny-chat-Q4_K_M.gguf': chatGguf });
  hub.put(EMBED_REPO, REVISION, embedFiles);
  const catalog = {
    version: 1,
    notes: ['test catalog'],
    models: [
      {
        id: 'tiny-chat-q4_k_m',
        role: 'chat',
        format: 'gguf',
        name: 'Tiny Chat (Q4_K_M)',
        suggested: true,
        licence: 'Apache-2.0',
        source: { repo: CHAT_REPO, revision: REVISION },
        files: [{ path: 'tiny-chat-Q4_K_M.gguf', size: chatGguf.length, sha256: options.wrongChatDigest ? 'f'.repeat(64) : sha(chatGguf) }],
        contextLength: 2048,
        memoryBytes: chatGguf.length * 2,
      },
      {
        id: 'tiny-embed',
        role: 'embed',
        format: 'onnx',
        name: 'Tiny Embed',
        licence: 'MIT',
        source: { repo: EMBED_REPO, revision: REVISION },
        files: Object.keys(embedFiles).map((p) => ({ path: p, sha256: 'server' })),
        contextLength: 512,
        memoryBytes: 10_000_000,
        dimension: 8,
        pooling: 'cls',
        prefixes: { query: 'query: ', passage: '' },
      },
    ],
  };
  const file = path.join(dir, 'catalog.json');
  await writeFile(file, JSON.stringify(catalog));
  return { file, chatGguf, embedFiles };
}
