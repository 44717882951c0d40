// The catalog's ONNX entries carry what the runtime needs to run them as their makers intend: the files transformers.js
// reads, weights it can choose, and for embedders the vector length, pooling and prefixes of the model cards
// (BGE: CLS pooling and its query instruction; E5: mean pooling, "query: " and "passage: ").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadCatalog } from '../../electron/app/models/catalog';
import { chooseOnnxWeights } from '../../electron/app/embeddings/onnx-spec';
import { repoRoot } from '../helpers/paths';

test('every ONNX model in the catalog has the files transformers.js loads, and embedders their pooling and prefixes', async () => {
  const catalog = await loadCatalog(path.join(repoRoot, 'resources', 'models', 'catalog.json'));
  const onnx = catalog.models.filter((m) => m.format === 'onnx');
  assert.deepEqual(onnx.map((m) => m.id).sort(), ['bge-reranker-base', 'bge-small-en-v1.5', 'ms-marco-minilm-l-6-v2', 'multilingual-e5-small']);
  for (const model of onnx) {
    const files = model.files.map((f) => f.path);
    for (const needed of ['config.json', 'tokenizer.json', 'tokenizer_config.json']) assert.ok(files.includes(needed), `${model.id}: ${needed}`);
    assert.ok(chooseOnnxWeights(files), `${model.id}: no weights transformers.js can choose among ${files.join(', ')}`);
  }
  const bge = onnx.find((m) => m.id === 'bge-small-en-v1.5')!;
  assert.deepEqual([bge.dimension, bge.pooling, bge.prefixes], [384, 'cls', { query: 'Represent this sentence for searching relevant passages: ', passage: '' }]);
  const e5 = onnx.find((m) => m.id === 'multilingual-e5-small')!;
  assert.deepEqual([e5.dimension, e5.pooling, e5.prefixes], [384, 'mean', { query: 'query: ', passage: 'passage: ' }]);
});
