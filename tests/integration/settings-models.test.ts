// The model layer's settings keys: a settings.json written by the first release (v1) keeps every choice after the
// upgrade, the new keys (local answers, ONNX embeddings, reranker, download mirror) are stored, seen by the window and
// overridden by the environment, and the window's patch refuses what is not a model id.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SettingsPatchSchema } from '../../shared/api';
import { plainTextSecretBox } from '../../electron/app/settings/secret-box';
import { SettingsStore } from '../../electron/app/settings/settings-store';
import { tempDataDir } from '../helpers/paths';

const v1File = {
  version: 1,
  answers: { provider: 'openai', baseURL: 'http://127.0.0.1:11434/v1', model: 'llama3', apiKey: { encrypted: false, value: 'sk-old' } },
  embeddings: { provider: 'model2vec', baseURL: '', model: '', model2vecName: 'potion-base-8M', model2vecUrl: 'https://example.org/potion/' },
  pinecone: { enabled: false, indexName: 'docent', host: '' },
  chunking: { size: 1500, overlap: 0.2 },
  ocr: { enabled: false, languages: ['eng', 'deu'] },
};

describe('settings for the model layer', () => {
  test('a v1 settings file keeps every choice, gains the new keys with their defaults and is written back as v2', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      await writeFile(path.join(dir, 'settings.json'), JSON.stringify(v1File));
      const store = new SettingsStore(dir, plainTextSecretBox, {});
      assert.deepEqual(await store.load(), {}, 'a v1 file loads without a warning');
      const r = store.resolved();
      assert.equal(r.answers.provider, 'openai');
      assert.equal(r.answers.apiKey, 'sk-old');
      assert.equal(r.answers.localModel, '');
      assert.equal(r.embeddings.provider, 'model2vec');
      assert.equal(r.embeddings.model2vecUrl, 'https://example.org/potion/');
      assert.equal(r.embeddings.onnxModel, '');
      assert.deepEqual(r.chunking, { size: 1500, overlap: 0.2 });
      assert.deepEqual(r.ocr, { enabled: false, languages: ['eng', 'deu'] });
      assert.deepEqual(r.rerank, { model: '', depth: 30 });
      assert.deepEqual(r.models, { mirror: '' });

      await store.set({ answers: { provider: 'local', localModel: 'qwen2.5-1.5b-instruct-q4_k_m' } });
      const written = JSON.parse(await readFile(store.file, 'utf8'));
      assert.equal(written.version, 2);
      assert.equal(written.answers.provider, 'local');
      assert.equal(written.answers.model, 'llama3', 'the endpoint settings stay for when the user switches back');
      assert.equal(written.embeddings.provider, 'model2vec');
    } finally {
      await cleanup();
    }
  });

  test('the new keys are stored, shown to the window and survive a restart; the environment still overrides', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const store = new SettingsStore(dir, plainTextSecretBox, {});
      await store.load();
      const patch = SettingsPatchSchema.parse({
        answers: { provider: 'local', localModel: 'llama-3.2-3b-instruct-q4_k_m' },
        embeddings: { provider: 'onnx', onnxModel: 'bge-small-en-v1.5' },
        rerank: { model: 'ms-marco-minilm-l-6-v2', depth: 40 },
        models: { mirror: 'https://models.example.com/hf' },
      });
      await store.set(patch);
      const again = new SettingsStore(dir, plainTextSecretBox, {});
      await again.load();
      const view = again.view(false);
      assert.equal(view.answers.provider, 'local');
      assert.equal(view.answers.localModel, 'llama-3.2-3b-instruct-q4_k_m');
      assert.equal(view.embeddings.provider, 'onnx');
      assert.equal(view.embeddings.onnxModel, 'bge-small-en-v1.5');
      assert.deepEqual(view.rerank, { model: 'ms-marco-minilm-l-6-v2', depth: 40 });
      assert.deepEqual(view.models, { mirror: 'https://models.example.com/hf' });

      const overridden = new SettingsStore(dir, plainTextSecretBox, { DOCENT_ANSWERS: 'extractive', DOCENT_EMBEDDINGS: 'lexical', DOCENT_MODELS_MIRROR: 'http://127.0.0.1:9/' });
      await overridden.load();
      assert.equal(overridden.resolved().answers.provider, 'extractive');
      assert.equal(overridden.resolved().embeddings.provider, 'lexical');
      assert.equal(overridden.resolved().models.mirror, 'http://127.0.0.1:9/');
      const local = new SettingsStore(dir, plainTextSecretBox, { DOCENT_ANSWERS: 'local', DOCENT_EMBEDDINGS: 'onnx' });
      await local.load();
      await local.set({ answers: { provider: 'extractive' }, embeddings: { provider: 'lexical' } });
      assert.equal(local.resolved().answers.provider, 'local', 'DOCENT_ANSWERS may be local');
      assert.equal(local.resolved().embeddings.provider, 'onnx', 'DOCENT_EMBEDDINGS may be onnx');
    } finally {
      await cleanup();
    }
  });

  test('a settings file from a newer Docent is reported, not guessed at', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      await writeFile(path.join(dir, 'settings.json'), JSON.stringify({ ...v1File, version: 99 }));
      const store = new SettingsStore(dir, plainTextSecretBox, {});
      const { warning } = await store.load();
      assert.match(warning?.message ?? '', /newer Docent \(settings version 99/);
      assert.equal(warning?.code, 'settings-unreadable', 'the window words it by its code; the cause is its detail');
      assert.equal(store.resolved().answers.provider, 'extractive');
    } finally {
      await cleanup();
    }
  });

  test('the window’s patch takes model ids or "" and refuses anything else', () => {
    assert.ok(SettingsPatchSchema.safeParse({ answers: { localModel: '' }, rerank: { model: '' } }).success);
    assert.ok(!SettingsPatchSchema.safeParse({ answers: { localModel: '../etc' } }).success);
    assert.ok(!SettingsPatchSchema.safeParse({ embeddings: { onnxModel: 'Has Spaces' } }).success);
    assert.ok(!SettingsPatchSchema.safeParse({ rerank: { depth: 0 } }).success);
    assert.ok(!SettingsPatchSchema.safeParse({ models: { mirror: 'file:///etc/passwd' } }).success);
    assert.ok(!SettingsPatchSchema.safeParse({ models: { mirror: 'https://m.example', extra: 1 } }).success);
  });
});
