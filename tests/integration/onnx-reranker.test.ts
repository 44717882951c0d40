// A cross-encoder through transformers.js on onnxruntime, in the model thread, on a tiny BERT sequence classifier the
// test writes itself: its scores are the logits the same network gives in plain JavaScript for [CLS] question [SEP]
// passage [SEP], a long passage is read through its best window, and a broken model fails alone.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDataDir } from '../helpers/paths';
import { installTinyCrossEncoder, type TinyModel } from '../fixtures/onnx/tiny-models';
import { referenceLogit } from '../fixtures/onnx/bert-reference';
import { onnxRerankerSpec, type OnnxRerankerSpec } from '../../electron/app/embeddings/onnx-spec';
import { ModelThread } from '../../electron/app/embeddings/model-thread';
import { OnnxReranker } from '../../electron/app/chat/rerank/onnx-reranker';

describe('cross-encoder reranker (transformers.js on onnxruntime, in the model thread)', () => {
  let tmp: Awaited<ReturnType<typeof tempDataDir>>;
  let ce: TinyModel;
  let spec: OnnxRerankerSpec;
  const thread = ModelThread.shared();
  const [CLS, SEP] = [2, 3];
  const expected = (question: string, passage: string) => {
    const q = ce.ids(question);
    const p = ce.ids(passage);
    return referenceLogit(ce.shape, ce.weights, [CLS, ...q, SEP, ...p, SEP], [...q.map(() => 0), 0, 0, ...p.map(() => 1), 1]);
  };

  before(async () => {
    tmp = await tempDataDir('docent-rerank-');
    ce = await installTinyCrossEncoder(tmp.dir, { id: 'tiny-ce' });
    spec = await onnxRerankerSpec(tmp.dir, ce.manifest);
  });
  after(() => tmp.cleanup());

  test('each passage is scored with the question as the network scores the pair', async () => {
    const question = 'which dog eats fur';
    const passages = ['the dog eats fur', 'a red car on the road', 'the cat has a long tail and soft fur', 'fuel'];
    const reranker = await OnnxReranker.create(spec, thread, { depth: 10 });
    assert.equal(reranker.id, 'tiny-ce');
    const scores = await reranker.score(question, passages);
    assert.equal(scores.length, passages.length);
    passages.forEach((p, i) => assert.ok(Math.abs(scores[i] - expected(question, p)) < 1e-4, `passage ${i}: ${scores[i]} vs ${expected(question, p)}`));
    assert.ok(new Set(scores.map((s) => s.toFixed(4))).size > 1, 'the pairs get different scores');
  });

  test('a passage longer than the window is read through the sentences that hold the question’s terms', async () => {
    const filler = Array.from({ length: 6 }, () => 'The old car needs new fuel and a new tyre on the long road.').join(' ');
    const passage = `${filler} The puppy has soft fur. ${filler}`;
    const question = 'which puppy has fur';
    const { scores } = await thread.rerank(spec, question, [passage], 12);
    // 12 tokens: the sentence with the question's terms (6 tokens) and a neighbour (14) would not fit; it is read alone.
    assert.ok(Math.abs(scores[0] - expected(question, 'the puppy has soft fur .')) < 1e-4, `${scores[0]} vs ${expected(question, 'the puppy has soft fur .')}`);
  });

  test('a model with one token type (XLM-RoBERTa, as bge-reranker-base) reads the passage as type 0 too', async () => {
    const roberta = await installTinyCrossEncoder(tmp.dir, { id: 'tiny-ce-one-type', seed: 13, typeVocabSize: 1 });
    const question = 'which dog eats fur';
    const passage = 'the dog eats fur';
    const { scores } = await thread.rerank(await onnxRerankerSpec(tmp.dir, roberta.manifest), question, [passage], 64);
    const ids = [CLS, ...roberta.ids(question), SEP, ...roberta.ids(passage), SEP];
    const want = referenceLogit(roberta.shape, roberta.weights, ids, ids.map(() => 0));
    assert.ok(Math.abs(scores[0] - want) < 1e-4, `${scores[0]} vs ${want}`);
  });

  test('a broken reranking model is refused when chosen, naming it; the thread goes on', async () => {
    const broken = await installTinyCrossEncoder(tmp.dir, { id: 'tiny-ce-broken' });
    await writeFile(path.join(broken.dir, 'onnx', 'model.onnx'), Buffer.from([1, 2, 3]));
    await assert.rejects(OnnxReranker.create(await onnxRerankerSpec(tmp.dir, broken.manifest), thread, { depth: 5 }), /"tiny-ce-broken" could not be loaded/);
    const reranker = await OnnxReranker.create(spec, thread, { depth: 5 });
    assert.equal((await reranker.score('fur', ['the cat has fur'])).length, 1);
  });
});
