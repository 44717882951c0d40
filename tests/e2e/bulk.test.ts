// A whole folder through the window, as a user of the browser host adds one: "Add folder…" hands the page the
// folder's files, which are uploaded and added in one go; the job shows as one summary with each file on demand, the
// documents list renders only what is in view and filters by name, and the failed files go at once.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { TextWriter } from '../fixtures/generated-text';
import { tempDataDir } from '../helpers/paths';
import { chromiumSkip } from './helpers/browser';
import { startUi, type UiHarness } from './helpers/ui-harness';

const when = chromiumSkip ? { skip: chromiumSkip } : {};
const NOTES = 150;
const BROKEN = 3;

describe('a folder in the window', { timeout: 300_000 }, () => {
  let ui: UiHarness;
  let temp: { dir: string; cleanup: () => Promise<void> };
  let folder: string;

  before(async () => {
    if (chromiumSkip) return;
    temp = await tempDataDir('docent-ui-folder-');
    folder = path.join(temp.dir, 'Field notes');
    const writer = new TextWriter(0xf0);
    for (let i = 0; i < NOTES; i++) {
      const dir = path.join(folder, `week-${i % 5}`);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, `note-${String(i).padStart(4, '0')}.txt`), writer.note(i, 300, 700));
    }
    // Files that cannot be read: they fail, each with its reason, and can be removed at once.
    for (let i = 0; i < BROKEN; i++) await writeFile(path.join(folder, `damaged-${i}.txt`), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0, 0, 0, i]));
    // Skipped and counted: a system file, a tool folder, a hidden file, a kind Docent does not read.
    await writeFile(path.join(folder, '.DS_Store'), Buffer.alloc(16, 1));
    await mkdir(path.join(folder, 'node_modules', 'pkg'), { recursive: true });
    await writeFile(path.join(folder, 'node_modules', 'pkg', 'readme.md'), '# a package');
    await writeFile(path.join(folder, '.draft.txt'), 'hidden draft');
    await writeFile(path.join(folder, 'song.mp3'), Buffer.alloc(64, 3));
    ui = await startUi({ viewport: { width: 1280, height: 800 } });
  });
  after(async () => {
    await ui?.close();
    await temp?.cleanup();
  });

  test('"Add folder…" adds every file below it, with one summary of what was added, failed and skipped', when, async () => {
    const { page } = ui;
    await page.getByTestId('session-item').first().waitFor();
    await page.getByTestId('folder-input').setInputFiles(folder);
    const summary = page.getByTestId('job-summary');
    await summary.waitFor({ timeout: 60_000 });
    await ui.screenshot('bulk-01-adding-a-folder');
    await page.locator('[data-testid="job-summary"][data-state="done"]').waitFor({ timeout: 240_000 });
    assert.equal(
      (await page.getByTestId('job-outcome').textContent())?.trim(),
      `${NOTES} added, ${BROKEN} failed, 4 skipped: 2 system files, 1 unsupported, 1 hidden`,
    );
    const list = page.getByTestId('document-list');
    await page.locator(`[data-testid="document-list"][data-count="${NOTES + BROKEN}"]`).waitFor({ timeout: 30_000 });
    // Only the rows in view are in the page.
    const rendered = await list.getByTestId('document-item').count();
    assert.ok(rendered > 3 && rendered < NOTES, `${rendered} rows rendered of ${NOTES + BROKEN}`);
    // Each document is named by its path from the folder down.
    const names = await list.getByTestId('document-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-file-name') ?? ''));
    assert.ok(names.every((name) => /^Field notes\/(week-\d\/note-\d{4}|damaged-\d)\.txt$/.test(name)), names.join(', '));
    await ui.screenshot('bulk-02-folder-added');

    // Each file's own row on demand.
    await page.getByTestId('job-details').click();
    await page.locator('[data-testid="ingest-row"][data-status="failed"]').first().waitFor();
    await page.getByTestId('job-details').click();

    // The core holds what the window shows.
    const sid = (await ui.core.handlers['sessions.current'](undefined)).sid;
    const session = await ui.core.sessions.get(sid);
    assert.equal(session.documents.filter((d) => d.status === 'ready').length, NOTES);
    assert.equal(session.documents.filter((d) => d.status === 'failed').length, BROKEN);
    assert.deepEqual(ui.takeErrors(), []);
  });

  test('the filter box finds a document by name among thousands of rows', when, async () => {
    const { page } = ui;
    // Beside "Remove all failed" in the narrow documents column, the box still shows its whole placeholder.
    const room = await page.getByTestId('documents-filter').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const probe = document.createElement('span');
      Object.assign(probe.style, { font: style.font, whiteSpace: 'pre', position: 'absolute', visibility: 'hidden' });
      probe.textContent = input.placeholder;
      document.body.append(probe);
      const needed = probe.getBoundingClientRect().width;
      probe.remove();
      return { needed, available: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight), placeholder: input.placeholder };
    });
    assert.ok(room.available >= room.needed, `"${room.placeholder}" needs ${room.needed.toFixed(0)} px, the box has ${room.available.toFixed(0)}`);
    await page.getByTestId('documents-filter').fill('note-0149');
    await page.locator('[data-testid="document-list"][data-count="1"]').waitFor();
    await page.locator('[data-testid="document-item"][data-file-name="Field notes/week-4/note-0149.txt"]').waitFor();
    assert.equal((await page.getByTestId('documents-filter-count').textContent())?.trim(), `1 of ${NOTES + BROKEN} documents`);
    await ui.screenshot('bulk-03-filtered');
    await page.getByTestId('documents-filter').fill('damaged');
    await page.locator(`[data-testid="document-list"][data-count="${BROKEN}"]`).waitFor();
    await page.getByTestId('documents-filter').fill('');
  });

  test('"Remove all failed" takes every failed file off the list at once', when, async () => {
    const { page } = ui;
    await page.getByTestId('remove-failed').click();
    await page.getByTestId('remove-failed-confirm').click();
    await page.locator(`[data-testid="document-list"][data-count="${NOTES}"]`).waitFor({ timeout: 30_000 });
    assert.equal(await page.getByTestId('remove-failed').count(), 0);
    // The window takes them off at once; the core's removal (vectors, copies, records) follows.
    const sid = (await ui.core.handlers['sessions.current'](undefined)).sid;
    let session = await ui.core.sessions.get(sid);
    for (let waited = 0; session.documents.length !== NOTES && waited < 60_000; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      session = await ui.core.sessions.get(sid);
    }
    assert.equal(session.documents.length, NOTES);
    assert.ok(session.documents.every((d) => d.status === 'ready'));
    await page.getByTestId('job-close').click();
    assert.equal(await page.getByTestId('job-summary').count(), 0);
    await ui.screenshot('bulk-04-failed-removed');
    assert.deepEqual(ui.takeErrors(), []);
  });
});
