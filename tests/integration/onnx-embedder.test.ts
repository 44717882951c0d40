// ONNX sentence embedders through transformers.js on onnxruntime, on tiny BERT models the test writes itself (a real
// ONNX graph and a real WordPiece tokenizer.json), loaded from the data folder with remote loading off, in the model
// thread as the app runs them. Each vector is compared with the same network computed in plain JavaScript, so
// prefixes, pooling, padding and truncation are checked as numbers, not as "it ran".
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDataDir } from '../helpers/paths';
import { installTinyEmbedder, type TinyModel } from '../fixtures/onnx/tiny-models';
import { referenceEmbedding } from '../fixtures/onnx/bert-reference';
import { onnxEmbedderSpec, type OnnxEmbedderSpec } from '../../electron/app/embeddings/onnx-spec';
import { readInstalledModel } from '../../electron/app/models/manifest';
import { ModelThread } from '../../electron/app/embeddings/model-thread';
import { ModelEmbedder } from '../../electron/app/embeddings/model-embedder';

const BGE_INSTRUCTION = 'Represent this sentence for searching relevant passages: ';

function assertClose(actual: Float32Array, expected: Float32Array, label: string, tolerance = 1e-4): void {
  assert.equal(actual.length, expected.length, `${label}: length`);
  for (let i = 0; i < expected.length; i++) assert.ok(Math.abs(actual[i] - expected[i]) < tolerance, `${label}, dim ${i}: ${actual[i]} vs ${expected[i]}`);
}

describe('ONNX embedder (transformers.js on onnxruntime, in the model thread)', () => {
  let tmp: Awaited<ReturnType<typeof tempDataDir>>;
  let bge: TinyModel;
  let e5: TinyModel;
  let bgeSpec: OnnxEmbedderSpec;
  let e5Spec: OnnxEmbedderSpec;
  const thread = ModelThread.shared();
  const [CLS, SEP] = [2, 3];

  before(async () => {
    tmp = await tempDataDir('docent-onnx-');
    bge = await installTinyEmbedder(tmp.dir, { id: 'tiny-bge', pooling: 'cls', prefixes: { query: BGE_INSTRUCTION, passage: '' }, maxTokens: 24 });
    e5 = await installTinyEmbedder(tmp.dir, { id: 'tiny-e5', pooling: 'mean', prefixes: { query: 'query: ', passage: 'passage: ' }, seed: 21 });
    bgeSpec = await onnxEmbedderSpec(tmp.dir, (await readInstalledModel(tmp.dir, 'tiny-bge'))!);
    e5Spec = await onnxEmbedderSpec(tmp.dir, (await readInstalledModel(tmp.dir, 'tiny-e5'))!);
  });
  after(() => tmp.cleanup());

  test('the recipe comes from the manifest: weights file, pooling, prefixes, length', () => {
    assert.equal(bgeSpec.dtype, 'fp32');
    assert.equal(bgeSpec.pooling, 'cls');
    assert.deepEqual(bgeSpec.prefixes, { query: BGE_INSTRUCTION, passage: '' });
    assert.equal(bgeSpec.maxTokens, 24);
    assert.equal(bgeSpec.dimension, 16);
    assert.equal(e5Spec.pooling, 'mean');
  });

  test('CLS pooling with the query instruction before questions and nothing before passages (BGE)', async () => {
    const embedder = await ModelEmbedder.create(bgeSpec, thread);
    assert.equal(embedder.id, 'onnx-tiny-bge-16');
    assert.equal(embedder.dimension, 16);
    assert.equal(embedder.fusionWeight, undefined, 'a semantic embedder counts as much as BM25 in hybrid search');
    const [query] = await embedder.embed(['the dog ran'], { kind: 'query' });
    const [passage] = await embedder.embed(['the dog ran'], { kind: 'passage' });
    assertClose(query, referenceEmbedding(bge.shape, bge.weights, [CLS, ...bge.ids(`${BGE_INSTRUCTION}the dog ran`), SEP], 'cls'), 'query');
    assertClose(passage, referenceEmbedding(bge.shape, bge.weights, [CLS, ...bge.ids('the dog ran'), SEP], 'cls'), 'passage');
    assert.ok(Math.abs(Math.hypot(...query) - 1) < 1e-5, 'unit length');
  });

  test('mean pooling over the text tokens only, with "query: " and "passage: " (E5), padding ignored in a batch', async () => {
    const embedder = await ModelEmbedder.create(e5Spec, thread);
    // More texts than one forward pass takes, of different lengths: batches and padding must not change a vector.
    const texts = Array.from({ length: 37 }, (_, i) => ['a cat', 'the old red truck needs new tyre and diesel fuel on the long road', 'fur', 'the dog has a long tail'][i % 4] + ' and'.repeat(i % 5));
    const batch = await embedder.embed(texts, { kind: 'passage' });
    assert.equal(batch.length, texts.length);
    texts.forEach((text, i) => assertClose(batch[i], referenceEmbedding(e5.shape, e5.weights, [CLS, ...e5.ids(`passage: ${text}`), SEP], 'mean'), `passage ${i}`));
    const [query] = await embedder.embed(['a cat'], { kind: 'query' });
    assertClose(query, referenceEmbedding(e5.shape, e5.weights, [CLS, ...e5.ids('query: a cat'), SEP], 'mean'), 'query');
  });

  test('a text longer than the model reads is cut before its closing [SEP], which stays', async () => {
    const embedder = await ModelEmbedder.create(bgeSpec, thread);
    const words = Array.from({ length: 40 }, (_, i) => ['cat', 'dog', 'car', 'road'][i % 4]);
    const [v] = await embedder.embed([words.join(' ')], { kind: 'passage' });
    // 24 tokens: [CLS], the first 22 words, [SEP].
    assertClose(v, referenceEmbedding(bge.shape, bge.weights, [CLS, ...bge.ids(words.slice(0, 22).join(' ')), SEP], 'cls'), 'truncated');
  });

  test('nothing is fetched: a model missing a file or with garbled weights fails to load, naming it', async () => {
    const missing = await installTinyEmbedder(tmp.dir, { id: 'tiny-missing', pooling: 'cls' });
    await rm(path.join(missing.dir, 'onnx', 'model.onnx'));
    await assert.rejects(ModelEmbedder.create(await onnxEmbedderSpec(tmp.dir, missing.manifest), thread), (error: Error) => {
      // transformers.js's own refusal with remote loading off: it looked in the model folder and nowhere else.
      assert.match(error.message, /"tiny-missing" could not be loaded/);
      assert.match(error.message, /allowRemoteModels=false/);
      assert.ok(error.message.includes(path.join('tiny-missing', 'onnx', 'model.onnx')), error.message);
      return true;
    });
    const garbled = await installTinyEmbedder(tmp.dir, { id: 'tiny-garbled', pooling: 'cls' });
    await writeFile(path.join(garbled.dir, 'onnx', 'model.onnx'), Buffer.from('not a protobuf at all'));
    await assert.rejects(ModelEmbedder.create(await onnxEmbedderSpec(tmp.dir, garbled.manifest), thread), /"tiny-garbled" could not be loaded/);
    // The thread survives a broken model: the good one still embeds.
    const [v] = await (await ModelEmbedder.create(bgeSpec, thread)).embed(['fur'], { kind: 'passage' });
    assert.equal(v.length, 16);
  });

  test('a question goes before chunks already waiting to be embedded', async () => {
    const embedder = await ModelEmbedder.create(e5Spec, thread);
    // Far more chunks than any machine embeds before the question is asked (a fast one did all of 640 within the 50 ms
    // wait, and the question then came second with nothing left to overtake); the rest are cancelled once it is answered.
    const controller = new AbortController();
    const chunks = Array.from({ length: 16 * 2000 }, (_, i) => `the dog number ${i % 7} sat on the long road with a red car`);
    let chunksDone = false;
    const ingest = embedder.embed(chunks, { kind: 'passage', signal: controller.signal }).then(
      () => (chunksDone = true),
      () => undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [vector] = await embedder.embed(['what does the dog do'], { kind: 'query' });
    // Answered while the chunks still wait: it did not queue behind them.
    assert.equal(vector.length, 16);
    assert.equal(chunksDone, false);
    controller.abort();
    await ingest;
  });

  test('cancelling stops an embedding between forward passes', async () => {
    const embedder = await ModelEmbedder.create(e5Spec, thread);
    const controller = new AbortController();
    const chunks = Array.from({ length: 16 * 200 }, () => 'the dog sat on the long road with a red car');
    const running = embedder.embed(chunks, { kind: 'passage', signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(running, (error: Error) => error.name === 'AbortError');
    // The thread goes on with the next request at once: the cancelled one's queued passes were dropped.
    const [v] = await embedder.embed(['fur'], { kind: 'query' });
    assert.equal(v.length, 16);
  });
});
