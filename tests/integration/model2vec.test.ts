// A tiny Model2Vec model written by the test, served from a loopback HTTP server with Range support,
// downloaded (with a cut connection and a bad checksum), loaded and used to embed.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { tempDataDir } from '../helpers/paths';
import { downloadModel, ModelDownloadError } from '../../electron/app/embeddings/model-download';
import { Model2VecEmbedder } from '../../electron/app/embeddings/model2vec';
import { encodeSafetensors } from '../../electron/app/embeddings/model2vec-safetensors';

const VOCAB = [
  '[PAD]', '[UNK]', '[CLS]', '[SEP]', 'the', 'a', 'cat', 'dog', 'fox', 'sat', 'on', 'mat', 'car', 'engine', 'fuel', '##s',
  'run', '##ning', 'quick', 'brown', 'motor', 'road', 'pet', 'fur', 'tail', '##ed', 'drive', 'cafe', '.', ',',
];
const DIM = 8;
const id = (token: string) => VOCAB.indexOf(token);

/** Animals lean on dims 0–1, vehicles on dims 2–3; every token also has a small signature of its own. */
function buildEmbeddings(): number[] {
  const animals = new Set(['cat', 'dog', 'fox', 'pet', 'fur', 'tail', 'mat']);
  const vehicles = new Set(['car', 'engine', 'fuel', 'motor', 'road', 'drive']);
  const values: number[] = [];
  VOCAB.forEach((token, row) => {
    for (let d = 0; d < DIM; d++) {
      let x = (((row * 7 + d * 3) % 11) - 5) / 40; // small, deterministic, token-specific
      if (animals.has(token) && d < 2) x += 1;
      if (vehicles.has(token) && (d === 2 || d === 3)) x += 1;
      values.push(Math.round(x * 64) / 64); // exactly representable in float16 too
    }
  });
  return values;
}

function tokenizerJson() {
  return {
    version: '1.0',
    added_tokens: ['[PAD]', '[UNK]', '[CLS]', '[SEP]'].map((content) => ({ id: id(content), content, special: true })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: Object.fromEntries(VOCAB.map((t, i) => [t, i])) },
  };
}

function modelFiles(dtype: 'F32' | 'F16', normalize: boolean): Map<string, Buffer> {
  return new Map([
    ['model.safetensors', encodeSafetensors([{ name: 'embeddings', dtype, shape: [VOCAB.length, DIM], values: buildEmbeddings() }])],
    ['tokenizer.json', Buffer.from(JSON.stringify(tokenizerJson()))],
    ['config.json', Buffer.from(JSON.stringify({ model_type: 'model2vec', normalize, hidden_dim: DIM }))],
  ]);
}

function meanOf(tokens: string[]): number[] {
  const e = buildEmbeddings();
  const v = new Array(DIM).fill(0);
  for (const t of tokens) for (let d = 0; d < DIM; d++) v[d] += e[id(t) * DIM + d] / tokens.length;
  return v;
}

const cosine = (a: Float32Array, b: Float32Array) => {
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
  return dot / Math.sqrt(na * nb);
};

/** Serves `files` under /m/; honours Range; can cut the first response of a file halfway. */
function startServer(files: Map<string, Buffer>) {
  const log: Array<{ file: string; range: string | undefined }> = [];
  const cutOnce = new Set<string>();
  const server = http.createServer((req, res) => {
    const file = decodeURIComponent((req.url ?? '').replace(/^\/m\//, ''));
    const body = files.get(file);
    log.push({ file, range: req.headers.range });
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    let from = 0;
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    if (range) {
      from = Number(range[1]);
      if (from >= body.length) {
        res.writeHead(416, { 'Content-Range': `bytes */${body.length}` }).end();
        return;
      }
      res.writeHead(206, { 'Content-Length': body.length - from, 'Content-Range': `bytes ${from}-${body.length - 1}/${body.length}`, 'Accept-Ranges': 'bytes' });
    } else {
      res.writeHead(200, { 'Content-Length': body.length, 'Accept-Ranges': 'bytes' });
    }
    if (cutOnce.delete(file)) {
      // Send half, then drop the connection as a flaky network would.
      res.write(body.subarray(from, from + Math.floor((body.length - from) / 2)), () => setTimeout(() => res.socket?.destroy(), 20));
      return;
    }
    res.end(body.subarray(from));
  });
  return {
    log,
    cutOnce,
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/m/`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('model download', () => {
  const files = modelFiles('F32', true);
  const server = startServer(files);
  let url = '';
  let tmp: Awaited<ReturnType<typeof tempDataDir>>;
  before(async () => {
    url = await server.listen();
    tmp = await tempDataDir('docent-m2v-');
  });
  after(async () => {
    await server.close();
    await tmp.cleanup();
  });

  test('resumes with a Range request after the connection is cut halfway, verifies and renames into place', async () => {
    const dir = path.join(tmp.dir, 'models', 'tiny');
    server.cutOnce.add('model.safetensors');
    server.log.length = 0;
    const progress: Array<[number, number | undefined]> = [];
    const sha256 = Object.fromEntries([...files].map(([name, body]) => [name, sha(body)]));
    const result = await downloadModel({ url, dir, sha256, onProgress: (done, total, file) => file === 'model.safetensors' && progress.push([done, total]) });

    assert.deepEqual(result.files.sort(), ['config.json', 'model.safetensors', 'tokenizer.json']);
    for (const [name, body] of files) assert.deepEqual(await readFile(path.join(dir, name)), body, `${name} differs from the served file`);
    assert.deepEqual((await readdir(dir)).filter((f) => f.endsWith('.part')), []);
    const modelRequests = server.log.filter((r) => r.file === 'model.safetensors');
    assert.equal(modelRequests.length, 2, 'one cut request and one resumed request');
    const resumedAt = Number(/bytes=(\d+)-/.exec(modelRequests[1].range ?? '')?.[1]);
    assert.ok(resumedAt > 0 && resumedAt < files.get('model.safetensors')!.length, `resumed from byte ${resumedAt}`);
    assert.deepEqual(progress.at(-1), [files.get('model.safetensors')!.length, files.get('model.safetensors')!.length]);
  });

  test('a file already present with the right checksum is not fetched again', async () => {
    const dir = path.join(tmp.dir, 'models', 'tiny');
    server.log.length = 0;
    const sha256 = Object.fromEntries([...files].map(([name, body]) => [name, sha(body)]));
    await downloadModel({ url, dir, sha256 });
    assert.deepEqual(server.log, []);
  });

  test('a checksum mismatch fails clearly and leaves neither the file nor its part', async () => {
    const dir = path.join(tmp.dir, 'models', 'bad');
    await assert.rejects(
      downloadModel({ url, dir, files: ['tokenizer.json'], sha256: { 'tokenizer.json': '0'.repeat(64) } }),
      (error: unknown) => error instanceof ModelDownloadError && /tokenizer\.json: checksum mismatch/.test(error.message),
    );
    assert.equal(existsSync(path.join(dir, 'tokenizer.json')), false);
    assert.equal(existsSync(path.join(dir, 'tokenizer.json.part')), false);
  });

  test('an absent optional config.json is reported, an absent required file is an error', async () => {
    const dir = path.join(tmp.dir, 'models', 'partial');
    const result = await downloadModel({ url, dir, files: ['tokenizer.json', 'missing-config.json'], optional: ['missing-config.json'] });
    assert.deepEqual(result, { files: ['tokenizer.json'], missing: ['missing-config.json'] });
    await assert.rejects(downloadModel({ url, dir, files: ['nope.safetensors'] }), /nope\.safetensors: server answered 404/);
  });

  test('an aborted download stops and keeps its part for later', async () => {
    const dir = path.join(tmp.dir, 'models', 'aborted');
    const controller = new AbortController();
    controller.abort(new Error('user cancelled'));
    await assert.rejects(downloadModel({ url, dir, signal: controller.signal }), /user cancelled/);
    assert.equal(existsSync(path.join(dir, 'model.safetensors')), false);
  });
});

describe('Model2VecEmbedder', () => {
  let tmp: Awaited<ReturnType<typeof tempDataDir>>;
  before(async () => {
    tmp = await tempDataDir('docent-m2v-');
  });
  after(() => tmp.cleanup());

  async function writeModel(name: string, dtype: 'F32' | 'F16', normalize: boolean): Promise<string> {
    const dir = path.join(tmp.dir, 'models', name);
    await mkdir(dir, { recursive: true });
    for (const [file, body] of modelFiles(dtype, normalize)) await writeFile(path.join(dir, file), body);
    return dir;
  }

  for (const dtype of ['F32', 'F16'] as const) {
    test(`${dtype}: the embedding is the mean of the token vectors, unknown words and special tokens left out`, async () => {
      const model = await Model2VecEmbedder.load(await writeModel(`tiny-${dtype}`, dtype, false));
      assert.equal(model.id, `model2vec-tiny-${dtype}-${DIM}`);
      assert.equal(model.dimension, DIM);
      // "Cats RUNNING" → cat ##s run ##ning (lowercased, WordPiece continuation); "zebra" is unknown and dropped.
      assert.deepEqual(model.tokenIds('Cats RUNNING zebra'), [id('cat'), id('##s'), id('run'), id('##ning')]);
      const [v] = await model.embed(['Cats RUNNING zebra']);
      const expected = meanOf(['cat', '##s', 'run', '##ning']);
      for (let d = 0; d < DIM; d++) assert.ok(Math.abs(v[d] - expected[d]) < 1e-6, `dim ${d}: ${v[d]} vs ${expected[d]}`);
      // Accents stripped and punctuation split, as BERT's normaliser does.
      assert.deepEqual(model.tokenIds('Café, the dog.'), [id('cafe'), id(','), id('the'), id('dog'), id('.')]);
    });
  }

  test('normalises when config.json says so; similar texts are closer than unrelated ones', async () => {
    const model = await Model2VecEmbedder.load(await writeModel('tiny-norm', 'F32', true));
    const [pets, animals, cars] = await model.embed(['the brown fox has fur and a tail', 'a dog sat on the mat', 'the car engine runs on fuel']);
    const norm = Math.hypot(...pets);
    assert.ok(Math.abs(norm - 1) < 1e-5, `norm ${norm}`);
    assert.ok(cosine(pets, animals) > cosine(pets, cars) + 0.3, `animals ${cosine(pets, animals)} vs cars ${cosine(pets, cars)}`);
    const [empty] = await model.embed(['zebra']);
    assert.ok(empty.every((x) => x === 0), 'a text of unknown words embeds as zero, not NaN');
  });

  test('a Unigram (SentencePiece-style) tokenizer picks the most probable segmentation', async () => {
    const dir = await writeModel('tiny-unigram', 'F32', false);
    const pieces: Array<[string, number]> = VOCAB.map((t) => [t === 'cat' ? '\u2581cat' : t, -5]);
    pieces[id('##s')] = ['s', -3];
    pieces[id('the')] = ['\u2581the', -2];
    await writeFile(
      path.join(dir, 'tokenizer.json'),
      JSON.stringify({ normalizer: { type: 'Lowercase' }, pre_tokenizer: { type: 'Metaspace', replacement: '\u2581', prepend_scheme: 'always' }, model: { type: 'Unigram', unk_id: 1, vocab: pieces } }),
    );
    const model = await Model2VecEmbedder.load(dir);
    assert.deepEqual(model.tokenIds('The cats'), [id('the'), id('cat'), id('##s')]);
  });

  test('a damaged model file is refused with its name and the problem', async () => {
    const dir = await writeModel('broken', 'F32', false);
    await writeFile(path.join(dir, 'model.safetensors'), Buffer.from([200, 0, 0, 0, 0, 0, 0, 0, 123]));
    await assert.rejects(Model2VecEmbedder.load(dir), (error: Error) => error.message.includes(path.join(dir, 'model.safetensors')) && /header length/.test(error.message));
    await writeFile(path.join(dir, 'tokenizer.json'), JSON.stringify({ ...tokenizerJson(), normalizer: { type: 'NoSuchNormalizer' } }));
    await assert.rejects(Model2VecEmbedder.load(dir), (error: Error) => error.message.startsWith(`${path.join(dir, 'tokenizer.json')}: the tokenizer cannot be built`) && /NoSuchNormalizer/.test(error.message));
  });
});
