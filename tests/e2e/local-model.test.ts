// The window with a local chat model (the scripted stand-in behind the real inference process): while the model loads
// and reads the sources the answer bubble says so, the answer names the model that wrote it, and Summarize on a
// document reads it passage by passage into the chat, with citations to its pages.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../helpers/paths';
import { installChatModel } from '../helpers/install-model';
import { SCRIPTED_BACKEND } from '../helpers/scripted-runtime';
import { chromiumSkip } from './helpers/browser';
import { startUi, type UiHarness } from './helpers/ui-harness';

// Skipped per test (with the reason), never as a whole suite: the test counter counts every test that did not run.
const when = chromiumSkip ? { skip: chromiumSkip } : {};

const MODEL_ID = 'scripted-chat';
const NOTE = 'Marie Curie discovered radium in 1898 together with Pierre Curie, in a shed in Paris.\n';

describe('a local chat model in the window', () => {
  let ui: UiHarness;
  before(async () => {
    if (chromiumSkip) return;
    // Slow enough that the loading and reading stages stay on screen for a moment.
    ui = await startUi({ llm: { backendModule: SCRIPTED_BACKEND, backendOptions: { loadDelayMs: 1500, tokenDelayMs: 60, contextSize: 700 } } });
    const gguf = path.join(ui.dataDir, 'scripted.gguf');
    await writeFile(gguf, 'GGUF');
    await installChatModel(ui.dataDir, MODEL_ID, gguf, { name: 'Scripted chat model' });
    await ui.core.handlers['settings.set']({ answers: { provider: 'local', localModel: MODEL_ID } });
    // Installed behind the window's back (the manager would have told it): the window reads its models anew.
    await ui.page.reload();
    await ui.page.getByRole('navigation', { name: 'Sessions' }).waitFor({ timeout: 60_000 });
  });
  after(() => ui?.close());

  test('the bubble says the model is loading, then reading; the answer names its model as installed', when, async () => {
    const { page } = ui;
    const note = path.join(ui.dataDir, 'radium.txt');
    await writeFile(note, NOTE);
    await page.getByTestId('file-input').setInputFiles([note]);
    await page.locator('[data-testid="document-item"][data-file-name="radium.txt"][data-status="ready"]').waitFor({ timeout: 90_000 });
    await page.getByLabel('Question').fill('Who discovered radium?');
    await page.getByLabel('Question').press('Enter');
    const stage = page.getByTestId('answer-stage');
    await page.locator('[data-testid="answer-stage"][data-stage="loading-model"]').waitFor({ timeout: 60_000 });
    assert.equal(await stage.innerText(), 'Loading the model…');
    await ui.screenshot('local-model-loading');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="message-assistant"][data-status="complete"]').length > 0, null, { timeout: 60_000 });
    const answer = page.getByTestId('message-assistant').last();
    assert.match(await answer.innerText(), /Marie Curie discovered radium in 1898/);
    // Named as Settings → Models names the installed model, not by its id.
    assert.equal(await answer.getByTestId('answerer').innerText(), 'Answered by Scripted chat model');
    assert.ok((await answer.getByTestId('citation-chip').count()) >= 1);
    await ui.screenshot('local-model-answer');
  });

  test('Summarize reads the whole document into the chat, with progress and citations to pages', when, async () => {
    const { page } = ui;
    await page.getByTestId('file-input').setInputFiles([path.join(repoRoot, 'resources', 'base-docs', 'docent-user-guide.pdf')]);
    const row = page.locator('[data-testid="document-item"][data-file-name="docent-user-guide.pdf"][data-status="ready"]');
    await row.waitFor({ timeout: 90_000 });
    const before = await page.getByTestId('message-assistant').count();
    await row.getByTestId('summarize').click();
    await page.locator('[data-testid="answer-stage"][data-stage="summarizing"]').waitFor({ timeout: 60_000 });
    assert.match(await page.getByTestId('answer-stage').innerText(), /^Reading the document: passage \d+ of \d+…$/);
    await ui.screenshot('local-model-summarizing');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="message-assistant"][data-status="complete"]').length > n, before, { timeout: 120_000 });
    assert.equal(await page.getByTestId('message-user').last().innerText(), 'Summarize “docent-user-guide.pdf”');
    const summary = page.getByTestId('message-assistant').last();
    assert.ok((await summary.getByTestId('citation-chip').count()) >= 2, 'the summary cites several passages');
    await ui.screenshot('local-model-summary');
    assert.deepEqual(ui.takeErrors(), []);
  });
});
