// The catalog shipped with the app: it validates, pins every file to a commit, offers the chat models the issue asks
// for (a 1–2B and a 3B Q4_K_M GGUF, the smaller one suggested), the embedders and the rerankers; and a broken catalog
// fails naming the file and the entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileUrl, loadCatalog } from '../../electron/app/models/catalog';
import { repoRoot, tempDataDir } from '../helpers/paths';

const shipped = path.join(repoRoot, 'resources', 'models', 'catalog.json');

test('the shipped catalog validates and offers what the issue asks for', async () => {
  const catalog = await loadCatalog(shipped);
  const chat = catalog.models.filter((m) => m.role === 'chat');
  assert.ok(chat.every((m) => m.format === 'gguf' && /q4_k_m/i.test(m.files[0].path)), 'chat models are Q4_K_M GGUF files');
  assert.ok(chat.some((m) => /1\.5b|1b|1\.7b/i.test(m.id)), 'a 1–2B chat model');
  assert.ok(chat.some((m) => /3b/i.test(m.id)), 'a 3B chat model');
  const suggested = chat.filter((m) => m.suggested);
  assert.equal(suggested.length, 1);
  const size = (m: (typeof chat)[number]) => m.files.reduce((n, f) => n + (f.size ?? 0), 0);
  assert.ok(chat.filter((m) => /3b/i.test(m.id)).every((m) => size(m) > size(suggested[0])), 'the suggested model is smaller than the 3B one');
  for (const id of ['bge-small-en-v1.5', 'multilingual-e5-small']) assert.equal(catalog.models.find((m) => m.id === id)?.role, 'embed', id);
  for (const id of ['ms-marco-minilm-l-6-v2', 'bge-reranker-base']) assert.equal(catalog.models.find((m) => m.id === id)?.role, 'rerank', id);
  for (const model of catalog.models) {
    assert.ok(model.memoryBytes > model.files.reduce((n, f) => n + (f.size ?? 0), 0), `${model.id}: needs at least its size in memory`);
    for (const file of model.files) {
      const url = fileUrl(model, file);
      assert.match(url, new RegExp(`^https://huggingface\\.co/${model.source.repo}/resolve/[0-9a-f]{40}/`), url);
    }
  }
});

test('the mirror setting takes Hugging Face’s place with the same layout', async () => {
  const catalog = await loadCatalog(shipped);
  const model = catalog.models.find((m) => m.id === 'bge-small-en-v1.5')!;
  const file = model.files.find((f) => f.path === 'onnx/model_quantized.onnx')!;
  assert.equal(
    fileUrl(model, file, 'https://models.example.com/hf/'),
    `https://models.example.com/hf/Xenova/bge-small-en-v1.5/resolve/${model.source.revision}/onnx/model_quantized.onnx`,
  );
});

test('a catalog that is not valid is refused, naming the file and the entry', async () => {
  const { dir, cleanup } = await tempDataDir();
  try {
    const file = path.join(dir, 'catalog.json');
    const model = { id: 'x', role: 'chat', format: 'gguf', name: 'X', licence: 'MIT', source: { repo: 'a/b', revision: 'main' }, files: [{ path: 'x.gguf', sha256: 'server' }], contextLength: 1, memoryBytes: 1 };
    await writeFile(file, JSON.stringify({ version: 1, notes: [], models: [model] }));
    await assert.rejects(loadCatalog(file), (e: Error) => e.message.includes(file) && /models\.0\.source\.revision: a revision is a full commit id/.test(e.message));
    await writeFile(file, '{ not json');
    await assert.rejects(loadCatalog(file), (e: Error) => e.message.includes(file) && /could not be read/.test(e.message));
  } finally {
    await cleanup();
  }
});
