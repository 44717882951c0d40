// A tiny Model2Vec model written by the test, served from the loopback model hub, downloaded through Settings (the
// verified, resumable path of the model manager), loaded and used to embed.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDataDir } from '../helpers/paths';
import { createDocent } from '../../electron/app/docent';
import { readInstalledModel } from '../../electron/app/models/manifest';
import type { StatusEvent } from '../../shared/model';
import { startModelHub, type ModelHub } from '../servers/models/server';
import { Model2VecEmbedder } from '../../electron/app/embeddings/model2vec';
import { encodeSafetensors } from '../../electron/app/embeddings/model2vec-safetensors';
import { cleanEnv } from '../helpers/clean-env';
import { nextEvent } from '../helpers/wait';

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

describe('the Settings page’s Model2Vec download', () => {
  let hub: ModelHub;
  let tmp: Awaited<ReturnType<typeof tempDataDir>>;
  before(async () => {
    hub = await startModelHub();
    tmp = await tempDataDir('docent-m2v-');
  });
  after(async () => {
    await hub.close();
    await tmp.cleanup();
  });

  test('goes through the verified path (server digests, resumed after a cut), installs with a manifest, and the embedder uses it', async () => {
    const files = modelFiles('F32', true);
    hub.put('me/tiny', 'main', Object.fromEntries(files));
    hub.cutOnce('model.safetensors', 100);
    const app = await createDocent({ dataDir: path.join(tmp.dir, 'data'), syncBase: false, env: {}, models: { retryDelayMs: () => 10 } });
    try {
      await app.handlers['settings.set']({ embeddings: { model2vecName: 'Tiny-M2V', model2vecUrl: `${hub.url}/me/tiny/resolve/main/` } });
      const ready = new Promise<StatusEvent>((resolve) =>
        app.onEvent('status', (e) => e.type === 'notice' && (e.code === 'model-downloaded' || e.level === 'error') && resolve(e)),
      );
      assert.deepEqual(await app.handlers['settings.downloadModel'](undefined), { started: true });
      const outcome = await ready;
      assert.equal(outcome.type === 'notice' && outcome.code, 'model-downloaded', JSON.stringify(outcome));
      const manifest = await readInstalledModel(app.dataDir, 'tiny-m2v');
      assert.equal(manifest?.format, 'model2vec');
      for (const [name, body] of files) {
        assert.deepEqual(await readFile(path.join(app.dataDir, 'models', 'tiny-m2v', name)), body, name);
        assert.equal(manifest?.files.find((f) => f.path === name)?.sha256, createHash('sha256').update(body).digest('hex'));
      }
      const ranges = hub.log.filter((r) => r.path === 'model.safetensors' && r.range);
      assert.ok(ranges.length >= 1, 'the cut transfer was resumed with a Range request');
      const view = await app.handlers['settings.set']({ embeddings: { provider: 'model2vec' } });
      assert.equal(view.embeddings.model2vecPresent, true);
      assert.equal(app.embedder().id, `model2vec-tiny-m2v-${DIM}`);
    } finally {
      await app.close();
    }
  });

  /** Starts the Settings page's download and waits (bounded) for its outcome notice. */
  async function downloadThroughSettings(app: Awaited<ReturnType<typeof createDocent>>): Promise<StatusEvent> {
    const outcome = nextEvent(app, 'status', (e) => e.type === 'notice' && (e.code === 'model-downloaded' || e.level === 'error'), 'the Model2Vec download to end');
    assert.deepEqual(await app.handlers['settings.downloadModel'](undefined), { started: true });
    return outcome;
  }

  async function assertNothingInstalled(app: Awaited<ReturnType<typeof createDocent>>, id: string) {
    assert.equal(await readInstalledModel(app.dataDir, id), undefined, 'no manifest for a refused model');
    assert.equal(existsSync(path.join(app.dataDir, 'models', id)), false, 'no installed folder for a refused model');
    await assert.rejects(app.handlers['settings.set']({ embeddings: { provider: 'model2vec' } }), /not on this computer/);
  }

  test('from a URL: a file whose bytes do not match the digest its server publishes is refused, and nothing is installed', async () => {
    hub.reset();
    hub.put('me/tampered', 'main', Object.fromEntries(modelFiles('F32', true)));
    hub.corrupt('model.safetensors');
    const app = await createDocent({ dataDir: path.join(tmp.dir, 'data-tampered'), syncBase: false, env: cleanEnv(), models: { retryDelayMs: () => 10 } });
    try {
      await app.handlers['settings.set']({ embeddings: { model2vecName: 'Tampered', model2vecUrl: `${hub.url}/me/tampered/resolve/main/` } });
      const outcome = await downloadThroughSettings(app);
      assert.equal(outcome.type === 'notice' && outcome.code, 'model-checksum', JSON.stringify(outcome));
      assert.match(outcome.type === 'notice' ? outcome.message : '', /model\.safetensors/);
      await assertNothingInstalled(app, 'tampered');
    } finally {
      await app.close();
      hub.reset();
    }
  });

  test('from the catalog: the digest the catalog pins is checked, a wrong one refuses the model and the right one installs it', async () => {
    hub.reset();
    const files = modelFiles('F32', true);
    const repo = 'docent-test/pinned-m2v';
    const revision = 'c0ffee0000000000000000000000000000000002';
    hub.put(repo, revision, Object.fromEntries(files));
    const weights = files.get('model.safetensors')!;
    const catalogWith = async (name: string, sha256: string) => {
      const file = path.join(tmp.dir, `${name}.json`);
      await writeFile(file, JSON.stringify({
        version: 1,
        notes: ['test catalog'],
        models: [{
          id: 'pinned-m2v', role: 'embed', format: 'model2vec', name: 'Pinned M2V', licence: 'MIT',
          source: { repo, revision },
          files: [
            { path: 'model.safetensors', size: weights.length, sha256 },
            { path: 'tokenizer.json', sha256: 'server' },
            { path: 'config.json', sha256: 'server' },
          ],
          contextLength: 512, memoryBytes: 1_000_000, dimension: DIM,
        }],
      }));
      return file;
    };
    for (const pinned of ['wrong', 'right'] as const) {
      const digest = pinned === 'right' ? createHash('sha256').update(weights).digest('hex') : createHash('sha256').update('other bytes').digest('hex');
      const app = await createDocent({
        dataDir: path.join(tmp.dir, `data-pinned-${pinned}`), syncBase: false, env: cleanEnv(),
        models: { retryDelayMs: () => 10, catalogFile: await catalogWith(pinned, digest) },
      });
      try {
        // No URL in Settings: the model is the catalog's, fetched from the mirror with the catalog's digests.
        await app.handlers['settings.set']({ models: { mirror: hub.url }, embeddings: { model2vecName: 'pinned-m2v', model2vecUrl: '' } });
        const outcome = await downloadThroughSettings(app);
        if (pinned === 'wrong') {
          assert.equal(outcome.type === 'notice' && outcome.code, 'model-checksum', JSON.stringify(outcome));
          await assertNothingInstalled(app, 'pinned-m2v');
        } else {
          assert.equal(outcome.type === 'notice' && outcome.code, 'model-downloaded', JSON.stringify(outcome));
          assert.equal((await readInstalledModel(app.dataDir, 'pinned-m2v'))?.files.find((f) => f.path === 'model.safetensors')?.sha256, digest);
        }
      } finally {
        await app.close();
      }
    }
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
