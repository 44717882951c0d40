// Opening a document from the lists: a click on a row of the session's documents opens the source viewer (the one
// citations open) at the document's first page, PDF drawn, text shown, nothing marked; the base library's entries
// read differently from each other (its guide comes as PDF and Markdown under one title) and open the same way.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { corpus, corporaSkip } from '../helpers/paths';
import { chromiumSkip } from './helpers/browser';
import { sidewaysScroll, unreachableButtons } from './helpers/layout-checks';
import { startUi, type UiHarness } from './helpers/ui-harness';

const skip = chromiumSkip || corporaSkip;
const when = skip ? { skip } : {};

const TEXT_PDF = corpus('pdf', 'text_normal', 'file_pdfjs_test.pdf');
const NOTES_FIRST_LINE = 'The harbour ferry leaves at seven every morning except on Sundays.';

describe('opening a document from the lists', { timeout: 300_000 }, () => {
  let ui: UiHarness;
  let dir: string;
  let notes: string;

  before(async () => {
    if (skip) return;
    dir = await mkdtemp(path.join(os.tmpdir(), 'docent-open-'));
    notes = path.join(dir, 'harbour-notes.md');
    const later = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of the timetable section, about the later boats.`).join('\n');
    await writeFile(notes, `# Ferries\n\n${NOTES_FIRST_LINE}\n\n## Timetable\n\n${later}\n`);
    ui = await startUi({ viewport: { width: 1280, height: 800 }, syncBase: true });
  });
  after(async () => {
    await ui?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const row = (name: string) => ui.page.locator(`[data-testid="document-item"][data-status="ready"][data-file-name="${name}"]`);

  test('a click on a PDF’s row opens its first page, drawn, with nothing marked', when, async () => {
    const { page } = ui;
    await page.getByTestId('file-input').setInputFiles([TEXT_PDF, notes]);
    await row('file_pdfjs_test.pdf').waitFor({ timeout: 120_000 });
    await row('harbour-notes.md').waitFor({ timeout: 120_000 });
    assert.equal(await page.getByTestId('source-panel').count(), 0, 'nothing is open before the click');

    // A click on the row's figures (not on one of its buttons) opens it.
    await row('file_pdfjs_test.pdf').locator('.doc-meta').click();
    const source = page.getByTestId('source-panel');
    await source.locator('[data-testid="pdf-page"] canvas').waitFor({ timeout: 60_000 });
    const pageCount = (await ui.core.handlers['documents.list']({ sid: (await ui.core.handlers['sessions.current'](undefined)).sid })).find(
      (d) => d.name === 'file_pdfjs_test.pdf',
    )!.pages;
    assert.ok(pageCount > 1);
    assert.equal((await source.getByTestId('source-page-number').innerText()).trim(), `Page 1 of ${pageCount}`);
    assert.equal((await source.getByTestId('source-document').innerText()).replace(/\s+/g, ''), 'file_pdfjs_test.pdf');
    // Drawn: its text layer is laid out (after the canvas), the canvas is as wide as shown, and it is not blank.
    await source.locator('[data-testid="pdf-text-layer"] span').first().waitFor({ timeout: 60_000 });
    const drawn = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="pdf-page"] canvas')!;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] > 0 && pixels[i] + pixels[i + 1] + pixels[i + 2] < 600) inked++;
      return { width: canvas.width, cssWidth: canvas.getBoundingClientRect().width, inked };
    });
    assert.ok(Math.abs(drawn.width - drawn.cssWidth) <= 1, `the canvas is drawn at its shown size: ${JSON.stringify(drawn)}`);
    assert.ok(drawn.inked > 100, `the page is drawn, not blank: ${JSON.stringify(drawn)}`);
    assert.equal(await source.getByTestId('source-highlight').count(), 0, 'an opened document marks nothing');
    await page.waitForTimeout(300); // let the canvas paint before the picture
    await ui.screenshot('open-document-pdf-1280');
    assert.deepEqual(ui.takeErrors(), []);
  });

  test('a text document opens at its first section, by its name too (a button for the keyboard)', when, async () => {
    const { page } = ui;
    await page.getByRole('button', { name: 'Open harbour-notes.md' }).click();
    const source = page.getByTestId('source-panel');
    await source.getByTestId('source-text').waitFor({ timeout: 60_000 });
    assert.equal((await source.getByTestId('source-document').innerText()).replace(/\s+/g, ''), 'harbour-notes.md');
    const text = await source.getByTestId('source-text').innerText();
    assert.ok(text.includes(NOTES_FIRST_LINE), `the first page shows the document's start: ${text.slice(0, 200)}`);
    assert.equal(await source.getByTestId('source-highlight').count(), 0);
    await ui.screenshot('open-document-text-1280');

    // The same at 800×600: the viewer opens over the rest, nothing scrolls sideways, every button can be reached.
    await page.setViewportSize({ width: 800, height: 600 });
    await source.getByRole('button', { name: 'Close source' }).waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(await sidewaysScroll(page), []);
    assert.deepEqual(await unreachableButtons(page, '[data-testid="source-panel"]'), []);
    await ui.screenshot('open-document-text-800');
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.deepEqual(ui.takeErrors(), []);
  });

  test('the base library lists every document under a name of its own, and opens them', when, async () => {
    const { page } = ui;
    const base = await ui.core.handlers['base.list'](undefined);
    assert.ok(base.length >= 2, 'the base library holds the guide as PDF and Markdown');
    const items = page.getByTestId('base-item');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="base-item"]').length === n, base.length, { timeout: 120_000 });
    await page.getByTestId('base-library').locator('summary').click();
    // The text as written, not as laid out: a name shortened in its middle is two boxes, which innerText splits apart.
    const names = (await items.evaluateAll((els) => els.map((el) => el.textContent ?? ''))).map((text) => text.replace(/\s+/g, ' ').trim());
    assert.equal(new Set(names.map((n) => n.toLocaleLowerCase())).size, names.length, `names told apart: ${names.join(' | ')}`);
    // Where titles are shared, the file names tell them apart.
    const titles = base.map((d) => d.title || d.name);
    for (const doc of base) {
      const shared = titles.filter((t) => t === (doc.title || doc.name)).length > 1;
      if (shared) assert.ok(names.some((n) => n.includes(doc.name)), `${doc.name} is named in the list: ${names.join(' | ')}`);
    }
    await ui.screenshot('base-library-names-1280');

    const pdf = base.find((d) => d.kind === 'pdf');
    assert.ok(pdf, 'the guide as PDF');
    await items.nth(base.indexOf(pdf)).getByRole('button').click();
    const source = page.getByTestId('source-panel');
    await source.locator('[data-testid="pdf-page"] canvas').waitFor({ timeout: 60_000 });
    assert.equal((await source.getByTestId('source-document').innerText()).replace(/\s+/g, ''), pdf.name);
    assert.deepEqual(ui.takeErrors(), []);
  });
});
