// Settings → Local models in the window, end to end: the built renderer in Chromium over the real services, downloading
// from a loopback hub that answers like Hugging Face's. The offer near the chat when no chat model answers; a download
// with its progress (bytes, rate, time left); a cancelled one that leaves nothing; a model file imported (chosen in the
// main process's picker, as Electron's dialog would); Use making it answer; Delete of the model in use falling back to
// offline answers with a notice; and the offer's one click that makes the downloaded model answer.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromiumSkip } from './helpers/browser';
import { startUi, type UiHarness } from './helpers/ui-harness';
import { startModelHub, type ModelHub } from '../servers/models/server';
import { writeTestCatalog } from '../helpers/model-catalog-fixture';
import { writeTinyGguf } from '../helpers/gguf-file';
import { tempDataDir } from '../helpers/paths';

const skip = chromiumSkip;
const when = skip ? { skip } : {};

describe('Settings → Local models', { timeout: 240_000 }, () => {
  let ui: UiHarness;
  let hub: ModelHub;
  let tmp: Awaited<ReturnType<typeof tempDataDir>>;
  let picked: string | undefined;

  before(async () => {
    if (skip) return;
    hub = await startModelHub();
    tmp = await tempDataDir('docent-ui-models-');
    const { file } = await writeTestCatalog(tmp.dir, hub);
    ui = await startUi({ env: { DOCENT_MODELS_MIRROR: hub.url }, models: { catalogFile: file, pickPath: async () => picked, progressIntervalMs: 50 } });
  });
  after(async () => {
    await ui?.close();
    await hub?.close();
    await tmp?.cleanup();
  });

  const row = (id: string) => ui.page.locator(`[data-testid="model-row"][data-model-id="${id}"]`);
  const settingsFile = async () => JSON.parse(await readFile(path.join(ui.dataDir, 'settings.json'), 'utf8'));

  test('near the chat, the suggested model is offered while no chat model answers', when, async () => {
    const offer = ui.page.getByTestId('model-offer');
    await offer.waitFor();
    await offer.getByText('Tiny Chat (Q4_K_M)', { exact: false }).waitFor();
    await offer.getByRole('button', { name: 'Download' }).waitFor();
    await ui.screenshot('models-01-offer');
    assert.deepEqual(ui.takeErrors(), []);
  });

  test('a download shows bytes, rate and time left, then the model is installed', when, async () => {
    const { page } = ui;
    await page.getByTestId('open-settings').click();
    await page.getByTestId('models-settings').waitFor();
    await page.getByTestId('model-in-use-chat').getByText('Answers: quoted passages (offline)').waitFor();
    hub.throttle(8 * 1024, 40);
    // Record every progress text the row shows, however briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('[data-model-id="tiny-chat-q4_k_m"] [role="progressbar"]')) seen.push(bar.getAttribute('aria-valuetext') ?? '');
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await row('tiny-chat-q4_k_m').getByRole('button', { name: 'Download' }).click();
    await row('tiny-chat-q4_k_m').getByTestId('model-download').waitFor();
    await page.waitForFunction(() => (window as unknown as { progressSeen: string[] }).progressSeen.some((t) => / left/.test(t)), undefined, { timeout: 60_000 });
    await ui.screenshot('models-02-downloading');
    hub.reset();
    await page.locator('[data-model-id="tiny-chat-q4_k_m"][data-state="installed"]').waitFor({ timeout: 120_000 });
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    assert.ok(seen.some((t) => /^[\d.,]+ KB of [\d.,]+ KB · [\d.,]+ KB\/s · \d+ seconds? left$/.test(t)), `progress said: ${[...new Set(seen)].slice(0, 5).join(' | ')}`);
    await row('tiny-chat-q4_k_m').getByText(/on disk/).waitFor();
  });

  test('cancel stops a download and leaves nothing behind', when, async () => {
    const { page } = ui;
    hub.throttle(4 * 1024, 50);
    await row('tiny-embed').getByRole('button', { name: 'Download' }).click();
    await row('tiny-embed').getByTestId('model-download').waitFor();
    await row('tiny-embed').getByRole('button', { name: 'Cancel' }).click();
    await page.locator('[data-model-id="tiny-embed"][data-state="available"]').waitFor({ timeout: 60_000 });
    hub.reset();
    const partial = await readdir(path.join(ui.dataDir, 'models', '.partial')).catch(() => []);
    assert.deepEqual(
      partial.filter((n) => n.startsWith('tiny-embed')),
      [],
    );
    assert.deepEqual(
      (await readdir(path.join(ui.dataDir, 'models'))).filter((n) => n === 'tiny-embed'),
      [],
    );
  });

  test('a model file is imported from the picker, used for answers, then deleted back to offline answers', when, async () => {
    const { page } = ui;
    picked = path.join(tmp.dir, 'My Own Llama.gguf');
    await writeTinyGguf(picked, 3);
    await page.getByRole('button', { name: 'Import a model file…' }).click();
    await page.getByText('Imported “Docent tiny test llama”.').waitFor();
    const imported = row('my-own-llama');
    await imported.getByText('Imported', { exact: true }).waitFor();

    await imported.getByRole('button', { name: 'Use' }).click();
    await imported.getByText('In use', { exact: true }).waitFor();
    await page.getByTestId('model-in-use-chat').getByText('Answers: Docent tiny test llama').waitFor();
    const settings = await settingsFile();
    assert.deepEqual([settings.answers.provider, settings.answers.localModel], ['local', 'my-own-llama']);
    await ui.screenshot('models-03-in-use');

    await imported.getByRole('button', { name: 'Delete' }).click();
    await imported.getByText(/Delete Docent tiny test llama\? It is in use/).waitFor();
    await imported.getByRole('button', { name: 'Delete' }).click();
    await imported.waitFor({ state: 'detached' });
    await page.getByTestId('model-in-use-chat').getByText('Answers: quoted passages (offline)').waitFor();
    await page.getByText('“Docent tiny test llama” was deleted; answers quote your documents offline again.').waitFor();
    assert.equal((await settingsFile()).answers.provider, 'extractive');
    picked = path.join(tmp.dir, 'notes.txt');
    await writeFile(picked, 'not a model');
    await page.getByRole('button', { name: 'Import a model file…' }).click();
    await page.getByText('This file or folder cannot be imported as a model.').waitFor();
    await page.getByTestId('models-settings').getByText('Details').click();
    await page.getByText(/notes\.txt: is not a GGUF model file/).waitFor();
    await ui.screenshot('models-04-after-delete');
  });

  test('the offer near the chat makes the downloaded model answer in one click', when, async () => {
    const { page } = ui;
    await page.getByRole('button', { name: 'Close' }).first().click();
    const offer = page.getByTestId('model-offer');
    await offer.getByText('Tiny Chat (Q4_K_M) is on this computer.').waitFor();
    await offer.getByRole('button', { name: 'Use it for answers' }).click();
    // Using it first checks the model in the inference process (a process start and llama.cpp's load): slow on a busy machine.
    await offer.waitFor({ state: 'detached', timeout: 120_000 });
    assert.deepEqual([(await settingsFile()).answers.provider, (await settingsFile()).answers.localModel], ['local', 'tiny-chat-q4_k_m']);
    await ui.screenshot('models-05-offer-used');
    assert.deepEqual(
      ui.takeErrors().filter((e) => !/Failed to load resource/.test(e)),
      [],
    );
  });
});
