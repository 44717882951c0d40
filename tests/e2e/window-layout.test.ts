// The window from 800×600 up: nothing scrolls sideways with the source open, every button shown can be clicked, and a
// long file name keeps its start and its end (extension) readable with the whole name on hover. The same story at
// 1280×800 (everything side by side) and 800×600 (the source takes the documents' place, the sessions fold away).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { corpus, corporaSkip } from '../helpers/paths';
import { chromiumSkip } from './helpers/browser';
import { sidewaysScroll, unreachableButtons } from './helpers/layout-checks';
import { startUi, type UiHarness } from './helpers/ui-harness';

const skip = chromiumSkip || corporaSkip;
const when = skip ? { skip } : {};

/** file_pdfjs_test.pdf under a name far longer than any pane is wide. */
const LONG_NAME = 'Quarterly report of the regional planning committee on water quality and supply 2024-Q4 final.pdf';
/** A Markdown note whose name is long too: its format badge is one of the widest. */
const LONG_NOTE = 'Minutes of the regional planning committee meeting on the harbour bridge renovation 2024-11 draft.md';
const QUESTION = 'Which Talos test measures the load time of web pages from the Alexa top 500?';

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
]) {
  const size = `${viewport.width}x${viewport.height}`;
  const narrow = viewport.width < 1024;

  describe(`the window at ${size}`, { timeout: 240_000 }, () => {
    let ui: UiHarness;
    let folder: string;

    before(async () => {
      if (skip) return;
      folder = await mkdtemp(path.join(os.tmpdir(), 'docent-layout-'));
      await copyFile(corpus('pdf', 'text_normal', 'file_pdfjs_test.pdf'), path.join(folder, LONG_NAME));
      ui = await startUi({ viewport });
    });
    after(async () => {
      await ui?.close();
      if (folder) await rm(folder, { recursive: true, force: true });
    });

    test('a long file name keeps its start and its extension, the whole name on hover', when, async () => {
      const { page } = ui;
      await page.getByTestId('file-input').setInputFiles([path.join(folder, LONG_NAME)]);
      const row = page.locator(`[data-testid="document-item"][data-status="ready"][data-file-name="${LONG_NAME}"]`);
      await row.waitFor({ timeout: 90_000 });
      const name = row.locator('.middle-ellipsis');
      assert.equal(await name.getAttribute('title'), LONG_NAME, 'the full name shows on hover');
      const shown = await name.evaluate((el) => {
        const head = el.querySelector('.middle-ellipsis-head') as HTMLElement;
        const tail = el.querySelector('.middle-ellipsis-tail') as HTMLElement;
        const item = el.closest('li')!.getBoundingClientRect();
        const end = tail.getBoundingClientRect();
        return { headCut: head.scrollWidth > head.clientWidth, tail: tail.textContent, tailInside: end.left >= item.left && end.right <= item.right, headText: head.textContent };
      });
      assert.ok(shown.headCut, 'the name is shortened in its middle');
      assert.ok(shown.tail?.endsWith('final.pdf'), `the end of the name stays: ${shown.tail}`);
      assert.ok(shown.tailInside, 'the end of the name lies inside its row');
      assert.ok(LONG_NAME.startsWith(shown.headText ?? '-'), 'the start of the name is its first part');
      assert.deepEqual(await sidewaysScroll(page), []);
      assert.deepEqual(await unreachableButtons(page), []);
      await ui.screenshot(`layout-${size}-documents`);
    });

    test('beside a wide format badge a long name still shows its start and its whole end, inside the row', when, async () => {
      const { page } = ui;
      const note = path.join(folder, LONG_NOTE);
      await writeFile(note, '# Minutes\n\nThe committee approved the renovation of the harbour bridge for spring.\n');
      await page.getByTestId('file-input').setInputFiles([note]);
      const row = page.locator(`[data-testid="document-item"][data-status="ready"][data-file-name="${LONG_NOTE}"]`);
      await row.waitFor({ timeout: 90_000 });
      assert.equal(await row.locator('.middle-ellipsis').getAttribute('title'), LONG_NOTE, 'the full name shows on hover');
      const shown = await row.evaluate((li) => {
        // What the name's box clips is what the user cannot see.
        const clip = li.querySelector('.file-name')!.getBoundingClientRect();
        const badge = li.querySelector('.kind-badge')!.getBoundingClientRect();
        const head = li.querySelector('.middle-ellipsis-head') as HTMLElement;
        const tail = li.querySelector('.middle-ellipsis-tail') as HTMLElement;
        const end = tail.getBoundingClientRect();
        const size = parseFloat(getComputedStyle(head).fontSize);
        return {
          badgeInside: badge.left >= clip.left - 0.5 && badge.right <= clip.right + 0.5,
          tail: tail.textContent,
          tailInside: end.left >= clip.left - 0.5 && end.right <= clip.right + 0.5,
          // At least two letters of the start beside the ellipsis (a letter is about half the font size wide).
          headLetters: head.getBoundingClientRect().width / (size * 0.55),
        };
      });
      assert.ok(shown.badgeInside, 'the format badge shows whole');
      assert.ok(shown.tail?.endsWith('draft.md'), `the end of the name is kept: ${shown.tail}`);
      assert.ok(shown.tailInside, 'the end of the name is not clipped');
      assert.ok(shown.headLetters >= 2.5, `the start of the name shows (${shown.headLetters.toFixed(1)} letters wide)`);
      // Each figure below the name stays whole ("83 B", never "83" on one line and "B" on the next).
      for (const part of await row.locator('.doc-meta .meta-part').all()) {
        const lines = await part.evaluate((el) => el.getClientRects().length);
        assert.equal(lines, 1, `"${await part.innerText()}" is broken across lines`);
      }
      assert.deepEqual(await sidewaysScroll(page), []);
      await ui.screenshot(`layout-${size}-long-markdown-name`);
    });

    test('with the source open nothing scrolls sideways and every button can be clicked', when, async () => {
      const { page } = ui;
      const box = page.getByLabel('Question');
      await box.fill(QUESTION);
      await box.press('Enter');
      const chip = page.getByTestId('message-assistant').last().getByTestId('citation-chip').first();
      await chip.waitFor({ timeout: 90_000 });
      await chip.click();
      const source = page.getByTestId('source-panel');
      await source.getByTestId('source-highlight').first().waitFor({ timeout: 60_000 });
      // The heading keeps the location readable after a shortened name.
      const heading = source.getByRole('heading');
      assert.equal(await heading.locator('.middle-ellipsis').getAttribute('title'), LONG_NAME);
      const where = await heading.evaluate((h) => {
        const box = h.getBoundingClientRect();
        const text = h.lastChild as Node;
        const range = document.createRange();
        range.selectNodeContents(text);
        const r = range.getBoundingClientRect();
        return { text: text.textContent, inside: r.right <= box.right + 0.5 && r.width > 0 };
      });
      assert.ok(where.inside, `the location after the name is shown: ${where.text}`);
      assert.deepEqual(await sidewaysScroll(page), []);
      assert.deepEqual(await unreachableButtons(page), []);
      await ui.screenshot(`layout-${size}-source`);
      if (narrow) {
        assert.equal(await page.locator('.documents-panel').isVisible(), false, 'the source takes the documents’ place');
      } else {
        await page.locator('.documents-panel').waitFor();
      }
      await source.getByRole('button', { name: 'Close source' }).click();
      await page.locator('.documents-panel').waitFor();
      assert.deepEqual(await unreachableButtons(page), []);
      assert.deepEqual(ui.takeErrors(), []);
    });

    test(narrow ? 'the sessions fold behind a Sessions button that opens them over the window' : 'the sessions sidebar stays beside the workspace', when, async () => {
      const { page } = ui;
      const toggle = page.getByTestId('sessions-toggle');
      const sidebar = page.getByRole('navigation', { name: 'Sessions' });
      if (!narrow) {
        assert.equal(await toggle.isVisible(), false);
        assert.equal(await sidebar.isVisible(), true);
        return;
      }
      assert.equal(await sidebar.isVisible(), false, 'folded at first');
      await toggle.click();
      await sidebar.waitFor();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.deepEqual(await unreachableButtons(page, 'nav.sidebar'), []);
      await ui.screenshot(`layout-${size}-sessions-open`);
      await page.keyboard.press('Escape');
      await sidebar.waitFor({ state: 'hidden' });
      await toggle.click();
      await sidebar.getByRole('button', { name: 'New session' }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="session-item"]').length === 2, undefined, { timeout: 30_000 });
      await sidebar.waitFor({ state: 'hidden' }); // opening a session folds them again
      assert.deepEqual(await sidewaysScroll(page), []);
    });
  });
}
