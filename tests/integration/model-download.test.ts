// Model downloads from a loopback hub that answers like Hugging Face's (redirects with X-Linked-Etag for large files,
// git blob ids for small ones): an interrupted transfer is resumed with Range, also by a new manager after a restart;
// every file is checked against its sha256 (the catalog's, or the one the server publishes) before the model is
// installed in one rename; a wrong checksum, a 404, a file without any digest, too little disk space and a cancel
// all leave nothing listed as installed.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ModelEvent } from '../../shared/model';
import { loadCatalog } from '../../electron/app/models/catalog';
import { listInstalledModels, readInstalledModel } from '../../electron/app/models/manifest';
import { ModelManager } from '../../electron/app/models/model-manager';
import { plainTextSecretBox } from '../../electron/app/settings/secret-box';
import { SettingsStore } from '../../electron/app/settings/settings-store';
import { startModelHub, type ModelHub } from '../servers/models/server';
import { writeTestCatalog, type CatalogFixture } from '../helpers/model-catalog-fixture';
import { tempDataDir } from '../helpers/paths';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('model downloads', { timeout: 120_000 }, () => {
  let hub: ModelHub;
  let tmp: Awaited<ReturnType<typeof tempDataDir>>;
  let fixture: CatalogFixture;
  let dataDir: string;
  let run = 0;

  before(async () => {
    hub = await startModelHub();
    tmp = await tempDataDir('docent-models-');
    fixture = await writeTestCatalog(tmp.dir, hub);
  });
  after(async () => {
    await hub.close();
    await tmp.cleanup();
  });
  beforeEach(() => {
    dataDir = path.join(tmp.dir, `data-${++run}`);
    hub.reset();
  });

  async function manager(options: { free?: number; catalogFile?: string } = {}) {
    const settings = new SettingsStore(dataDir, plainTextSecretBox, { DOCENT_MODELS_MIRROR: hub.url });
    await settings.load();
    const events: ModelEvent[] = [];
    const models = new ModelManager({
      dataDir,
      catalog: await loadCatalog(options.catalogFile ?? fixture.file),
      settings: () => settings.resolved(),
      emit: (e) => events.push(e),
      freeBytes: options.free === undefined ? undefined : async () => options.free!,
      retryDelayMs: () => 10,
      progressIntervalMs: 0,
    });
    await models.init();
    return { models, events };
  }

  const partialLeft = async () => (await readdir(path.join(dataDir, 'models', '.partial')).catch(() => [])).filter((n) => !n.startsWith('.'));

  test('a transfer cut halfway is resumed with Range; files are verified (catalog and server digests) and installed in one step', async () => {
    const { models, events } = await manager();
    hub.cutOnce('tiny-chat-Q4_K_M.gguf', 150_000);
    hub.cutOnce('onnx/model_quantized.onnx', 70_000);
    const chat = await models.pull('tiny-chat-q4_k_m').done;
    const embed = await models.pull('tiny-embed').done;

    assert.deepEqual(await readFile(path.join(dataDir, 'models', 'tiny-chat-q4_k_m', 'tiny-chat-Q4_K_M.gguf')), fixture.chatGguf);
    assert.deepEqual(chat.files, [{ path: 'tiny-chat-Q4_K_M.gguf', size: fixture.chatGguf.length, sha256: sha(fixture.chatGguf) }]);
    assert.equal(chat.role, 'chat');
    assert.equal(chat.contextLength, 2048);
    for (const [file, body] of Object.entries(fixture.embedFiles)) {
      assert.deepEqual(await readFile(path.join(dataDir, 'models', 'tiny-embed', ...file.split('/'))), body, file);
      assert.equal(embed.files.find((f) => f.path === file)?.sha256, sha(body), `${file} recorded with its sha256`);
    }
    assert.deepEqual([embed.dimension, embed.pooling, embed.prefixes?.query], [8, 'cls', 'query: ']);

    const resumed = hub.log.filter((r) => r.status === 206).map((r) => [r.path, r.range]);
    assert.deepEqual(resumed.map(([p]) => p).sort(), ['onnx/model_quantized.onnx', 'tiny-chat-Q4_K_M.gguf']);
    assert.ok(resumed.every(([, range]) => Number(/bytes=(\d+)-/.exec(range ?? '')?.[1]) > 0), JSON.stringify(resumed));
    assert.ok(hub.log.every((r) => !r.path.startsWith('/') || r.path.startsWith('/docent-test/')), 'every request went to the mirror');

    assert.deepEqual((await listInstalledModels(dataDir)).map((m) => m.id), ['tiny-chat-q4_k_m', 'tiny-embed']);
    assert.deepEqual(await partialLeft(), [], 'nothing left in .partial');
    const progress = events.filter((e) => e.type === 'progress' && e.id === 'tiny-chat-q4_k_m');
    assert.ok(progress.length >= 3, 'progress was reported');
    const last = progress.at(-1) as Extract<ModelEvent, { type: 'progress' }>;
    assert.equal(last.bytesDone, fixture.chatGguf.length);
    assert.equal(last.bytesTotal, fixture.chatGguf.length);
    assert.ok(events.some((e) => e.type === 'installed' && e.id === 'tiny-embed'));
    const listed = await models.list();
    assert.equal(listed.models.find((m) => m.id === 'tiny-chat-q4_k_m')?.state, 'installed');
  });

  test('a download interrupted by closing the app is resumed by the next start, not listed meanwhile', async () => {
    hub.throttle(16 * 1024, 15);
    const first = await manager();
    const pulling = first.models.pull('tiny-chat-q4_k_m');
    await waitFor(() => first.events.some((e) => e.type === 'progress' && e.bytesDone >= 100_000));
    await first.models.stopAll(); // the app closes mid-download
    await pulling.done.catch(() => undefined);
    assert.equal(await readInstalledModel(dataDir, 'tiny-chat-q4_k_m'), undefined, 'a half-downloaded model is never installed');

    hub.reset();
    const second = await manager();
    const view = (await second.models.list()).models.find((m) => m.id === 'tiny-chat-q4_k_m');
    assert.equal(view?.state, 'interrupted');
    assert.ok((view?.download?.bytesDone ?? 0) >= 100_000, `kept ${view?.download?.bytesDone} bytes`);
    assert.deepEqual((await listInstalledModels(dataDir)).map((m) => m.id), []);

    hub.log.length = 0;
    await second.models.pull('tiny-chat-q4_k_m').done;
    const resumedFrom = Number(/bytes=(\d+)-/.exec(hub.log.find((r) => r.status === 206)?.range ?? '')?.[1]);
    assert.ok(resumedFrom >= 100_000, `resumed from byte ${resumedFrom}`);
    assert.deepEqual(await readFile(path.join(dataDir, 'models', 'tiny-chat-q4_k_m', 'tiny-chat-Q4_K_M.gguf')), fixture.chatGguf);
  });

  test('a catalog digest the server contradicts is refused before downloading; bytes that do not match the server’s digest are refused after', async () => {
    const wrongDir = path.join(tmp.dir, 'wrong');
    await mkdir(wrongDir, { recursive: true });
    const wrong = await writeTestCatalog(wrongDir, hub, { wrongChatDigest: true });
    const { models, events } = await manager({ catalogFile: wrong.file });
    await assert.rejects(models.pull('tiny-chat-q4_k_m').done, /tiny-chat-Q4_K_M\.gguf: the server publishes sha256 [0-9a-f]{64}, but the catalog expects f{64}/);
    assert.ok(!hub.log.some((r) => r.path === 'tiny-chat-Q4_K_M.gguf' && r.status === 200), 'the file body was not fetched');
    const failed = events.find((e) => e.type === 'failed');
    assert.equal(failed?.type === 'failed' && failed.error.code, 'model-checksum');

    hub.corrupt('onnx/model_quantized.onnx');
    await assert.rejects(models.pull('tiny-embed').done, /onnx\/model_quantized\.onnx: checksum mismatch \(expected sha256 [0-9a-f]{64} as the server published it/);
    assert.deepEqual((await listInstalledModels(dataDir)).map((m) => m.id), []);
    const partial = path.join(dataDir, 'models', '.partial', 'tiny-embed', 'onnx');
    assert.ok(!(await readdir(partial).catch(() => [])).some((n) => n.startsWith('model_quantized')), 'the bad file and its part were deleted');
  });

  test('a 404 and a file without any published digest fail clearly and install nothing', async () => {
    const { models, events } = await manager();
    hub.withholdDigest('tokenizer.json');
    await assert.rejects(models.pull('tiny-embed').done, /tokenizer\.json: .* published no digest for the file and the catalog names none/);
    assert.ok(events.some((e) => e.type === 'failed' && e.error.code === 'model-checksum'));

    const missingDir = path.join(tmp.dir, 'missing');
    await mkdir(missingDir, { recursive: true });
    const catalog = JSON.parse(await readFile(fixture.file, 'utf8'));
    catalog.models[0].files[0].path = 'not-there.gguf';
    await writeFile(path.join(missingDir, 'catalog.json'), JSON.stringify(catalog));
    const other = await manager({ catalogFile: path.join(missingDir, 'catalog.json') });
    await assert.rejects(other.models.pull('tiny-chat-q4_k_m').done, /not-there\.gguf: not found at http:\/\/127\.0\.0\.1:\d+\/docent-test\/tiny-chat-GGUF\/resolve\/c0ffee0+1\/not-there\.gguf \(HTTP 404\)/);
    const failed = other.events.find((e) => e.type === 'failed');
    assert.deepEqual(failed?.type === 'failed' && [failed.error.code, failed.error.params?.file], ['model-file-not-found', 'not-there.gguf']);
    assert.deepEqual((await listInstalledModels(dataDir)).map((m) => m.id), []);
  });

  test('too little free disk space is refused before anything is downloaded, naming both figures', async () => {
    const { models, events } = await manager({ free: 50_000_000 });
    await assert.rejects(models.pull('tiny-chat-q4_k_m').done, /not enough free disk space to download tiny-chat-q4_k_m: it needs [\d.]+ MB more and the disk has 50\.0 MB free/);
    assert.deepEqual(hub.log, [], 'nothing was requested');
    const failed = events.find((e) => e.type === 'failed');
    assert.deepEqual(failed?.type === 'failed' && [failed.error.code, failed.error.params?.free], ['model-disk-space', '50.0 MB']);
  });

  test('cancel stops the download, deletes what it had and lists nothing', async () => {
    hub.throttle(16 * 1024, 20);
    const { models, events } = await manager();
    const pulling = models.pull('tiny-chat-q4_k_m');
    await waitFor(() => events.some((e) => e.type === 'progress' && e.bytesDone > 30_000));
    assert.equal((await models.list()).models.find((m) => m.id === 'tiny-chat-q4_k_m')?.state, 'downloading');
    assert.equal(await models.cancel('tiny-chat-q4_k_m'), true);
    await assert.rejects(pulling.done, /cancelled/);
    await waitFor(() => events.some((e) => e.type === 'cancelled'));
    assert.equal(existsSync(path.join(dataDir, 'models', 'tiny-chat-q4_k_m')), false);
    assert.deepEqual(await partialLeft(), []);
    assert.equal((await models.list()).models.find((m) => m.id === 'tiny-chat-q4_k_m')?.state, 'available');
    assert.equal(await models.cancel('tiny-chat-q4_k_m'), false, 'nothing left to cancel');
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
