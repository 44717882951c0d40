// Stop in the middle of an answer, through the window: a local model (the scripted stand-in behind the real inference
// process) streams a long answer slowly; the user clicks Stop; no further text arrives, the answer is kept as stopped
// (in the window, in the session, and after a reload), and the next question is answered.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { installChatModel } from '../helpers/install-model';
import { SCRIPTED_BACKEND } from '../helpers/scripted-runtime';
import { chromiumSkip } from './helpers/browser';
import { startUi, type UiHarness } from './helpers/ui-harness';

// Skipped per test (with the reason), never as a whole suite: the test counter counts every test that did not run.
const when = chromiumSkip ? { skip: chromiumSkip } : {};

const MODEL_ID = 'scripted-chat';
// The scripted model answers with the source sentence that shares the most words with the question: this long one,
// streamed a word at a time, takes several seconds, so Stop lands in its middle.
const LONG_SENTENCE =
  'The lighthouse keeper climbs the spiral stairs every evening at dusk, trims the wick, polishes the great lens, ' +
  'winds the clockwork that turns the light, writes the weather in the logbook, checks the fog horn, watches the ' +
  'passing ships until midnight, and sleeps a few hours in the small room below the lantern before the morning rounds.';
const NOTE = `${LONG_SENTENCE}\nThe harbour master lives in the white house by the pier and rings the bell at noon.\n`;

describe('Stop in the middle of an answer, in the window', () => {
  let ui: UiHarness;
  before(async () => {
    if (chromiumSkip) return;
    ui = await startUi({ llm: { backendModule: SCRIPTED_BACKEND, backendOptions: { tokenDelayMs: 150, contextSize: 700 } } });
    const gguf = path.join(ui.dataDir, 'scripted.gguf');
    await writeFile(gguf, 'GGUF');
    await installChatModel(ui.dataDir, MODEL_ID, gguf, { name: 'Scripted chat model' });
    await ui.core.handlers['settings.set']({ answers: { provider: 'local', localModel: MODEL_ID } });
    // Installed behind the window's back: the window reads its models anew.
    await ui.page.reload();
    await ui.page.getByRole('navigation', { name: 'Sessions' }).waitFor({ timeout: 60_000 });
  });
  after(() => ui?.close());

  test('after Stop no further text arrives, the answer is kept as stopped, and a new question is answered', when, async () => {
    const { page } = ui;
    const note = path.join(ui.dataDir, 'lighthouse.txt');
    await writeFile(note, NOTE);
    await page.getByTestId('file-input').setInputFiles([note]);
    await page.locator('[data-testid="document-item"][data-file-name="lighthouse.txt"][data-status="ready"]').waitFor({ timeout: 90_000 });

    await page.getByLabel('Question').fill('What does the lighthouse keeper do every evening at dusk?');
    await page.getByLabel('Question').press('Enter');
    const streaming = page.getByTestId('message-streaming');
    // A few words on screen: the answer is streaming.
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="message-streaming"] .bubble')?.textContent ?? '').includes('spiral stairs'),
      null,
      { timeout: 90_000 },
    );
    await ui.screenshot('stop-answer-streaming');
    await streaming.getByRole('button', { name: 'Stop' }).click();

    const stopped = page.locator('[data-testid="message-assistant"][data-status="cancelled"]');
    await stopped.waitFor({ timeout: 30_000 });
    assert.equal(await streaming.count(), 0, 'nothing streams any more');
    const bubble = await stopped.innerText();
    assert.match(bubble, /Stopped before the end\./);
    assert.ok(bubble.includes('The lighthouse keeper climbs'), 'what came before Stop is kept');
    assert.ok(!bubble.includes('morning rounds'), 'stopped in the middle: the end of the answer never came');

    // Wait as long as several more words would take: none arrive, in the window or in the session.
    await page.waitForTimeout(2_000);
    assert.equal(await stopped.innerText(), bubble, 'no further text after Stop');
    assert.equal(await streaming.count(), 0);
    const session = await ui.core.handlers['sessions.current'](undefined);
    const stored = (await ui.core.sessions.get(session.sid)).chat.at(-1)!;
    assert.equal(stored.role, 'assistant');
    assert.equal(stored.status, 'cancelled');
    const storedWords = stored.text.replace(/\s*\[\d+\]/g, '').trim();
    assert.ok(storedWords.length > 0 && LONG_SENTENCE.startsWith(storedWords), `a prefix of the answer is stored: ${stored.text}`);
    assert.ok(bubble.includes(storedWords), 'the window shows what was stored');
    await ui.screenshot('stop-answer-stopped');

    // Kept as stopped: a reload shows it again with its note.
    await page.reload();
    await page.locator('[data-testid="message-assistant"][data-status="cancelled"]').waitFor({ timeout: 60_000 });
    assert.match(await page.locator('[data-testid="message-assistant"][data-status="cancelled"]').innerText(), /Stopped before the end\./);

    // A new question is answered in full, to its end this time.
    await page.getByLabel('Question').fill('What does the lighthouse keeper do every evening?');
    await page.getByLabel('Question').press('Enter');
    await page.locator('[data-testid="message-assistant"][data-status="complete"]').waitFor({ timeout: 90_000 });
    assert.match(await page.locator('[data-testid="message-assistant"][data-status="complete"]').innerText(), /The lighthouse keeper climbs[\s\S]*morning rounds/);
    assert.equal(await page.locator('[data-testid="message-assistant"][data-status="cancelled"]').count(), 1, 'the stopped answer stays');
    assert.deepEqual(ui.takeErrors(), []);
  });
});
