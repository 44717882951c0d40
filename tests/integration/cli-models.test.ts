// `docent models …` as a user runs it (a child process through bin/docent.mjs), against a loopback hub standing in
// for Hugging Face: list, pull, import (printing {"id","role",...}), use (the settings follow) and rm (a model in use
// falls back to the offline default), each with --json; bad input fails with a message naming the problem.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { startModelHub, type ModelHub } from '../servers/models/server';
import { writeTestCatalog } from '../helpers/model-catalog-fixture';
import { writeTinyGguf } from '../helpers/gguf-file';
import { repoRoot, tempDataDir } from '../helpers/paths';

const run = promisify(execFile);
const bin = path.join(repoRoot, 'bin', 'docent.mjs');

// Each command starts a process that loads the whole core: on a loaded 2-core machine the suite takes minutes.
describe('docent models', { timeout: 900_000 }, () => {
  let hub: ModelHub;
  let tmp: Awaited<ReturnType<typeof tempDataDir>>;
  let env: NodeJS.ProcessEnv;
  let data: string;

  before(async () => {
    hub = await startModelHub();
    tmp = await tempDataDir('docent-cli-models-');
    const { file } = await writeTestCatalog(tmp.dir, hub);
    env = { ...process.env, DOCENT_MODELS_CATALOG: file, DOCENT_MODELS_MIRROR: hub.url };
    delete env.DOCENT_ANSWERS;
    delete env.DOCENT_EMBEDDINGS;
    data = path.join(tmp.dir, 'data');
  });
  after(async () => {
    await hub.close();
    await tmp.cleanup();
  });

  async function docent(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, '--data-dir', data, ...args], { cwd: repoRoot, env, timeout: 120_000 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
    }
  }
  const settingsFile = async () => JSON.parse(await readFile(path.join(data, 'settings.json'), 'utf8'));

  test('list, pull, import, use and rm', async () => {
    const listed = await docent('--json', 'models', 'list');
    assert.equal(listed.code, 0, listed.stderr);
    const before = JSON.parse(listed.stdout);
    assert.deepEqual(before.models.map((m: { id: string; state: string }) => [m.id, m.state]), [['tiny-chat-q4_k_m', 'available'], ['tiny-embed', 'available']]);
    assert.deepEqual(before.inUse, { chat: '', embed: '', rerank: '' });

    const pulled = await docent('models', 'pull', 'tiny-chat-q4_k_m');
    assert.equal(pulled.code, 0, pulled.stderr);
    assert.match(pulled.stdout, /installed tiny-chat-q4_k_m \(\d+ kB\); use it with: docent models use tiny-chat-q4_k_m/);
    assert.match(pulled.stderr, /tiny-chat-q4_k_m: (\d+ kB) of \1/);

    const gguf = path.join(tmp.dir, 'Own-Model.gguf');
    await writeTinyGguf(gguf, 2); // other weights than the catalog's model: another model
    const imported = await docent('--json', 'models', 'import', gguf);
    assert.equal(imported.code, 0, imported.stderr);
    const manifest = JSON.parse(imported.stdout);
    assert.deepEqual([manifest.id, manifest.role, manifest.format, manifest.source, manifest.name], ['own-model', 'chat', 'gguf', 'import', 'Docent tiny test llama']);

    const used = await docent('--json', 'models', 'use', 'own-model');
    assert.equal(used.code, 0, used.stderr);
    assert.deepEqual(JSON.parse(used.stdout), { id: 'own-model', role: 'chat', inUse: { chat: 'own-model', embed: '', rerank: '' } });
    assert.deepEqual([(await settingsFile()).answers.provider, (await settingsFile()).answers.localModel], ['local', 'own-model']);

    const text = await docent('models', 'list');
    assert.match(text.stdout, /\* own-model +chat .*installed, in use {2}\(imported\)/);
    assert.match(text.stdout, /answers: own-model; embeddings: built-in; rerank: off/);

    const removed = await docent('--json', 'models', 'rm', 'own-model');
    assert.equal(removed.code, 0, removed.stderr);
    assert.deepEqual(JSON.parse(removed.stdout), { removed: 'own-model', wasInUse: true, inUse: { chat: '', embed: '', rerank: '' } });
    assert.deepEqual([(await settingsFile()).answers.provider, (await settingsFile()).answers.localModel], ['extractive', '']);
    const after = JSON.parse((await docent('--json', 'models', 'list')).stdout);
    assert.deepEqual(after.models.map((m: { id: string; state: string }) => [m.id, m.state]), [['tiny-chat-q4_k_m', 'installed'], ['tiny-embed', 'available']]);
  });

  test('bad input: an unknown model, a model not installed, a file that is not a model', async () => {
    const unknown = await docent('models', 'pull', 'no-such-model');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /no-such-model is not in the model catalog/);
    const notInstalled = await docent('models', 'use', 'tiny-embed');
    assert.match(notInstalled.stderr, /tiny-embed is not installed/);
    const notes = path.join(tmp.dir, 'notes.txt');
    await writeFile(notes, 'shopping list');
    const refused = await docent('models', 'import', notes);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /notes\.txt: is not a GGUF model file/);
    const usage = await docent('models', 'use');
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /models use takes an installed model id/);
  });
});
