// Cancel during OCR, through the window: an image full of text is added with OCR on (the default); while its row says
// it is reading the pages, the user clicks Cancel; the row says Cancelled, no document appears, nothing of the file is
// left in the session (read from the data folder and the LanceDB tables themselves), and another file is added.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IngestEvent } from '../../shared/model';
import { drawText, logbookLines } from '../fixtures/draw-text';
import { checkInvariants } from '../helpers/crash-invariants';
import { chromiumSkip } from './helpers/browser';
import { startUi, type UiHarness } from './helpers/ui-harness';

const when = chromiumSkip ? { skip: chromiumSkip } : {};

const IMAGE = 'logbook.png';

describe('Cancel while OCR reads an image, in the window', () => {
  let ui: UiHarness;
  before(async () => {
    if (chromiumSkip) return;
    ui = await startUi();
  });
  after(() => ui?.close());

  test('the row says Cancelled, nothing of the file is left, and another file is added', when, async () => {
    const { page, core } = ui;
    assert.equal(core.settings.resolved().ocr.enabled, true, 'OCR is on by default');
    const image = path.join(ui.dataDir, IMAGE);
    await writeFile(image, (await drawText(logbookLines(), 'png')).bytes);
    const events: IngestEvent[] = [];
    const off = core.onEvent('ingest', (e) => events.push(e));
    const stages = () => events.flatMap((e) => (e.type === 'progress' && e.fileName === IMAGE ? [e.stage] : []));

    await page.getByTestId('file-input').setInputFiles([image]);
    const row = page.locator(`[data-testid="ingest-row"][data-file-name="${IMAGE}"]`);
    // The row shows the reading stage: OCR has the image (an image has no other text to read).
    await row.filter({ hasText: 'Reading pages' }).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(500);
    assert.deepEqual(stages().filter((s) => s === 'chunk' || s === 'embed' || s === 'store'), [], 'still reading the image when Cancel is clicked');
    await ui.screenshot('ocr-cancel-reading');
    await row.getByRole('button', { name: `Cancel ${IMAGE}` }).click();

    await page.locator(`[data-testid="ingest-row"][data-file-name="${IMAGE}"][data-status="cancelled"]`).waitFor({ timeout: 60_000 });
    assert.match(await row.innerText(), /Cancelled\./);
    assert.deepEqual(stages().filter((s) => s === 'chunk' || s === 'embed' || s === 'store'), [], 'the OCR never got to the passages');
    await ui.screenshot('ocr-cancel-cancelled');
    off();

    // Nothing of it in the session: no document in the list or the session file, no vector, no copy, no page text.
    assert.equal(await page.locator(`[data-testid="document-item"][data-file-name="${IMAGE}"]`).count(), 0);
    const session = await core.handlers['sessions.current'](undefined);
    assert.deepEqual(session.documents.map((d) => d.name), []);
    assert.equal(await core.store().countSession(session.sid), 0);
    assert.deepEqual(await readdir(core.sessions.filesDir(session.sid)).catch(() => []), []);
    assert.deepEqual(await checkInvariants(ui.dataDir), []);

    // Another file is added and can be asked about.
    const note = path.join(ui.dataDir, 'harbour.txt');
    await writeFile(note, 'The harbour master rings the bell at noon every day.\n');
    await page.getByTestId('file-input').setInputFiles([note]);
    await page.locator('[data-testid="document-item"][data-file-name="harbour.txt"][data-status="ready"]').waitFor({ timeout: 120_000 });
    await page.getByLabel('Question').fill('Who rings the bell at noon?');
    await page.getByLabel('Question').press('Enter');
    await page.locator('[data-testid="message-assistant"][data-status="complete"]').waitFor({ timeout: 90_000 });
    assert.match(await page.getByTestId('message-assistant').last().innerText(), /harbour master/);
    assert.deepEqual(ui.takeErrors(), []);
  });
});
