// Importing a model the user already has: a GGUF file becomes a chat model with what its header says (architecture,
// name, licence, context length, size); ONNX folders become embedders or rerankers by their config; a truncated GGUF,
// a file that is not a GGUF and an incomplete folder are refused with a message naming the file, and leave nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readGgufSummary } from '../../electron/app/models/gguf-header';
import { importModel } from '../../electron/app/models/import-model';
import { listInstalledModels } from '../../electron/app/models/manifest';
import { TINY_SHAPE, tinyGgufBytes, writeTinyGguf } from '../helpers/gguf-file';
import { tempDataDir } from '../helpers/paths';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('model import', () => {
  let tmp: Awaited<ReturnType<typeof tempDataDir>>;
  let dataDir: string;
  before(async () => {
    tmp = await tempDataDir('docent-import-');
    dataDir = path.join(tmp.dir, 'data');
  });
  after(() => tmp.cleanup());

  const leftovers = async () => (await readdir(path.join(dataDir, 'models', '.partial')).catch(() => [])).length;

  test('a GGUF file is imported as a chat model described by its header; the original stays where it was', async () => {
    const source = path.join(tmp.dir, 'My Tiny Llama.Q4_K_M.gguf');
    const bytes = await writeTinyGguf(source);
    const manifest = await importModel({ dataDir, source });
    assert.equal(manifest.id, 'my-tiny-llama.q4_k_m');
    assert.deepEqual(
      [manifest.role, manifest.format, manifest.source, manifest.name, manifest.licence, manifest.contextLength, manifest.origin],
      ['chat', 'gguf', 'import', TINY_SHAPE.name, undefined, 8192, source],
    );
    assert.deepEqual(manifest.files, [{ path: 'My_Tiny_Llama.Q4_K_M.gguf', size: bytes.length, sha256: sha(bytes) }]);
    // file + f16 KV cache (K and V × layers × KV heads × head size × 2 bytes × 8,192 tokens) + 512 MiB of compute buffers
    const { layers, kvHeads, hidden, heads } = TINY_SHAPE;
    assert.equal(manifest.memoryBytes, bytes.length + 2 * layers * kvHeads * (hidden / heads) * 2 * 8192 + 512 * 1024 * 1024);
    assert.deepEqual(await readFile(path.join(dataDir, 'models', manifest.id, manifest.files[0].path)), bytes);
    assert.ok((await stat(source)).isFile(), 'the original is left in place');
    assert.equal(await leftovers(), 0);

    await assert.rejects(importModel({ dataDir, source }), /My Tiny Llama\.Q4_K_M\.gguf is already installed as "Docent tiny test llama" \(my-tiny-llama\.q4_k_m\)/);
  });

  test('a truncated GGUF, a cut-off header and a file that is not a GGUF are refused, naming the file', async () => {
    const whole = await tinyGgufBytes();
    const cut = path.join(tmp.dir, 'cut-data.gguf');
    await writeFile(cut, whole.subarray(0, whole.length - 100));
    await assert.rejects(
      importModel({ dataDir, source: cut }),
      new RegExp(`cut-data\\.gguf: is truncated: its tensors need ${whole.length} bytes but the file has ${whole.length - 100}`),
    );
    const header = path.join(tmp.dir, 'cut-header.gguf');
    await writeFile(header, whole.subarray(0, 60));
    await assert.rejects(importModel({ dataDir, source: header }), /cut-header\.gguf: is truncated: its header ends at byte 60/);
    const text = path.join(tmp.dir, 'notes.gguf');
    await writeFile(text, 'These are my notes, not a model.');
    await assert.rejects(importModel({ dataDir, source: text }), /notes\.gguf: is not a GGUF model file \(it starts with "Thes", not "GGUF"\)/);
    const empty = path.join(tmp.dir, 'empty.bin');
    await writeFile(empty, '');
    await assert.rejects(readGgufSummary(empty), /empty\.bin: is truncated/);
    await assert.rejects(importModel({ dataDir, source: path.join(tmp.dir, 'nowhere.gguf') }), /nowhere\.gguf: no such file or folder/);
    assert.deepEqual((await listInstalledModels(dataDir)).map((m) => m.id), ['my-tiny-llama.q4_k_m']);
    assert.equal(await leftovers(), 0);
  });

  test('ONNX folders: a sequence-classification head is a reranker, anything else an embedder; the graph goes to onnx/', async () => {
    const embedder = path.join(tmp.dir, 'mini-embed');
    await mkdir(path.join(embedder, '1_Pooling'), { recursive: true });
    await writeFile(path.join(embedder, 'config.json'), JSON.stringify({ architectures: ['BertModel'], hidden_size: 384, max_position_embeddings: 512 }));
    await writeFile(path.join(embedder, 'tokenizer.json'), '{"model":{"type":"WordPiece","vocab":{}}}');
    await writeFile(path.join(embedder, '1_Pooling', 'config.json'), JSON.stringify({ pooling_mode_cls_token: true }));
    await writeFile(path.join(embedder, 'model.onnx'), Buffer.alloc(1000, 1));
    const embed = await importModel({ dataDir, source: embedder });
    assert.deepEqual([embed.id, embed.role, embed.format, embed.dimension, embed.pooling, embed.contextLength], ['mini-embed', 'embed', 'onnx', 384, 'cls', 512]);
    assert.deepEqual(embed.files.map((f) => f.path).sort(), ['config.json', 'onnx/model.onnx', 'tokenizer.json']);

    const reranker = path.join(tmp.dir, 'Mini Rerank');
    await mkdir(path.join(reranker, 'onnx'), { recursive: true });
    await writeFile(path.join(reranker, 'config.json'), JSON.stringify({ architectures: ['XLMRobertaForSequenceClassification'], max_position_embeddings: 514 }));
    await writeFile(path.join(reranker, 'tokenizer.json'), '{}');
    await writeFile(path.join(reranker, 'tokenizer_config.json'), '{}');
    await writeFile(path.join(reranker, 'onnx', 'model_quantized.onnx'), Buffer.alloc(1000, 2));
    const rerank = await importModel({ dataDir, source: reranker });
    assert.deepEqual([rerank.id, rerank.role, rerank.contextLength, rerank.dimension], ['mini-rerank', 'rerank', 512, undefined]);
    assert.deepEqual(rerank.files.map((f) => f.path).sort(), ['config.json', 'onnx/model_quantized.onnx', 'tokenizer.json', 'tokenizer_config.json']);

    const incomplete = path.join(tmp.dir, 'no-tokenizer');
    await mkdir(incomplete);
    await writeFile(path.join(incomplete, 'config.json'), '{}');
    await assert.rejects(importModel({ dataDir, source: incomplete }), /no-tokenizer: tokenizer\.json is missing/);
    const notModel = path.join(tmp.dir, 'holiday-photos');
    await mkdir(notModel);
    await assert.rejects(importModel({ dataDir, source: notModel }), /holiday-photos: not a model folder Docent can import/);
    assert.equal(await leftovers(), 0);
  });
});
