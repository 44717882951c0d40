// The source viewer on a high-density screen (device pixel ratio 2): the PDF page drawn at the screen's pixel density,
// zoom and fit-to-width, page navigation, the highlight on the quoted words themselves (measured against pdf.js's
// text layer), and no unhandled RenderingCancelledException when the page changes while it is being drawn.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { corpus, corporaSkip } from '../helpers/paths';
import { chromiumSkip } from './helpers/browser';
import { sidewaysScroll } from './helpers/layout-checks';
import { startUi, type UiHarness } from './helpers/ui-harness';

const skip = chromiumSkip || corporaSkip;
const when = skip ? { skip } : {};

const TEXT_PDF = corpus('pdf', 'text_normal', 'file_pdfjs_test.pdf');
/** Answered on page 3 of TEXT_PDF only: "tp: Measures the load time of a set of test web pages taken from the Alexa top 500." */
const QUESTION = 'Which Talos test measures the load time of web pages from the Alexa top 500?';
const QUOTED_WORDS = 'taken from the Alexa top 500';

/** The canvas's size in device pixels and in CSS pixels, and the screen's ratio. */
function canvasSize(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="pdf-page"] canvas')!;
    const css = canvas.getBoundingClientRect();
    return { width: canvas.width, height: canvas.height, cssWidth: css.width, cssHeight: css.height, ratio: window.devicePixelRatio };
  });
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes of `words` in pdf.js's text layer, and the boxes of the highlight, in the page's coordinates. */
function wordsAndHighlight(page: Page, words: string) {
  return page.evaluate((wanted) => {
    const layer = document.querySelector('[data-testid="pdf-text-layer"]')!;
    const nodes: { node: Text; from: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      nodes.push({ node, from: text.length });
      text += node.data;
    }
    const at = text.indexOf(wanted);
    const wordRects: { left: number; top: number; right: number; bottom: number }[] = [];
    if (at >= 0) {
      for (const { node, from } of nodes) {
        const start = Math.max(at, from);
        const end = Math.min(at + wanted.length, from + node.data.length);
        if (start >= end) continue;
        const range = document.createRange();
        range.setStart(node, start - from);
        range.setEnd(node, end - from);
        for (const r of range.getClientRects()) wordRects.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      }
    }
    const highlight = [...document.querySelectorAll('[data-testid="pdf-page"] [data-testid="source-highlight"]')].map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    const pageBox = document.querySelector('[data-testid="pdf-page"] .pdf-page')!.getBoundingClientRect();
    return { found: at >= 0, wordRects, highlight, page: { left: pageBox.left, top: pageBox.top, right: pageBox.right, bottom: pageBox.bottom } };
  }, words);
}

const overlap = (a: Rect, b: Rect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const area = (a: Rect) => (a.right - a.left) * (a.bottom - a.top);

describe('the source viewer', { timeout: 240_000 }, () => {
  let ui: UiHarness;

  before(async () => {
    if (skip) return;
    ui = await startUi({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
  });
  after(async () => {
    await ui?.close();
  });

  test('the cited PDF page is drawn at the screen’s pixel density, highlighted on the quoted words', when, async () => {
    const { page } = ui;
    await page.getByTestId('file-input').setInputFiles([TEXT_PDF]);
    await page.locator('[data-testid="document-item"][data-status="ready"][data-file-name="file_pdfjs_test.pdf"]').waitFor({ timeout: 90_000 });
    await page.getByLabel('Question').fill(QUESTION);
    await page.getByLabel('Question').press('Enter');
    const chips = page.getByTestId('message-assistant').last().getByTestId('citation-chip');
    await chips.first().waitFor({ timeout: 90_000 });
    const labels = await chips.allInnerTexts();
    const onPage3 = labels.findIndex((l) => l.trim().endsWith('file_pdfjs_test.pdf, p. 3'));
    assert.ok(onPage3 >= 0, `a citation names p. 3: ${labels.join(' | ')}`);
    await chips.nth(onPage3).click();
    const source = page.getByTestId('source-panel');
    await source.getByTestId('source-highlight').first().waitFor({ timeout: 60_000 });

    const size = await canvasSize(page);
    assert.equal(size.ratio, 2);
    assert.ok(Math.abs(size.width - size.cssWidth * size.ratio) <= 1, `canvas ${size.width} px wide for ${size.cssWidth} CSS px at ×${size.ratio}`);
    assert.ok(Math.abs(size.height - size.cssHeight * size.ratio) <= 1, `canvas ${size.height} px high for ${size.cssHeight} CSS px at ×${size.ratio}`);
    const panelWidth = await source.locator('.source-body').evaluate((el) => el.clientWidth);
    assert.ok(size.cssWidth > panelWidth * 0.8, `fit to width: the page (${size.cssWidth}) fills the panel (${panelWidth})`);

    const seen = await wordsAndHighlight(page, QUOTED_WORDS);
    assert.ok(seen.found, `the text layer holds "${QUOTED_WORDS}"`);
    assert.ok(seen.highlight.length > 0);
    const covered = seen.wordRects.reduce((sum, w) => sum + seen.highlight.reduce((s, h) => s + overlap(w, h), 0), 0);
    const words = seen.wordRects.reduce((sum, w) => sum + area(w), 0);
    assert.ok(covered >= words * 0.8, `the highlight covers the quoted words (${Math.round(covered)} of ${Math.round(words)} px²)`);
    // On the words, not on the page around them: the highlight is a few lines, not the page or its running header.
    const highlighted = seen.highlight.reduce((sum, h) => sum + area(h), 0);
    assert.ok(highlighted < area(seen.page) * 0.15, `the highlight is the passage only (${Math.round(highlighted)} of ${Math.round(area(seen.page))} px²)`);
    const top = Math.min(...seen.highlight.map((h) => h.top));
    const firstWord = Math.min(...seen.wordRects.map((w) => w.top));
    assert.ok(firstWord - top < (seen.page.bottom - seen.page.top) * 0.1, 'the highlight starts near the quoted words, not at the head of the page');
    await page.waitForTimeout(300); // let the canvas paint before the picture
    await ui.screenshot('source-viewer-dpr2');
    assert.deepEqual(ui.takeErrors(), []);
  });

  test('zoom in draws the page larger and as sharp; fit to width brings it back', when, async () => {
    const { page } = ui;
    const source = page.getByTestId('source-panel');
    const fit = await canvasSize(page);
    const fitLevel = await source.getByTestId('zoom-level').innerText();
    await source.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction((before) => document.querySelector('[data-testid="pdf-page"] canvas')!.getBoundingClientRect().width > before * 1.1, fit.cssWidth, { timeout: 30_000 });
    await source.getByTestId('source-highlight').first().waitFor({ timeout: 30_000 });
    const zoomed = await canvasSize(page);
    assert.ok(Math.abs(zoomed.width - zoomed.cssWidth * 2) <= 1, 'still drawn at the pixel density');
    assert.notEqual(await source.getByTestId('zoom-level').innerText(), fitLevel);
    // The larger page scrolls inside the panel; the window itself does not scroll sideways.
    const outside = (await sidewaysScroll(page)).filter((s) => !s.startsWith('.panel-scroll'));
    assert.deepEqual(outside, []);
    const seen = await wordsAndHighlight(page, QUOTED_WORDS);
    const covered = seen.wordRects.reduce((sum, w) => sum + seen.highlight.reduce((s, h) => s + overlap(w, h), 0), 0);
    assert.ok(covered >= seen.wordRects.reduce((sum, w) => sum + area(w), 0) * 0.8, 'the highlight follows the zoom');
    await ui.screenshot('source-viewer-zoomed');
    await source.getByRole('button', { name: 'Fit width' }).click();
    await page.waitForFunction((width) => Math.abs(document.querySelector('[data-testid="pdf-page"] canvas')!.getBoundingClientRect().width - width) < 2, fit.cssWidth, { timeout: 30_000 });
    assert.equal(await source.getByTestId('zoom-level').innerText(), fitLevel);
  });

  test('pages turn with Previous and Next; the highlight is only on the cited page', when, async () => {
    const { page } = ui;
    const source = page.getByTestId('source-panel');
    await source.getByRole('button', { name: 'Next page' }).click();
    await source.getByTestId('source-page-number').getByText('Page 4 of 5').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="pdf-text-layer"] span') !== null, undefined, { timeout: 30_000 });
    assert.equal(await source.getByTestId('source-highlight').count(), 0, 'page 4 is not cited');
    await source.getByRole('button', { name: 'Previous page' }).click();
    await source.getByTestId('source-page-number').getByText('Page 3 of 5').waitFor({ timeout: 30_000 });
    await source.getByTestId('source-highlight').first().waitFor({ timeout: 30_000 });
  });

  test('turning pages and clicking citations while a page is drawn raises no error', when, async () => {
    const { page } = ui;
    ui.takeErrors();
    // Clicks in one go, without waiting for a page to finish drawing: each cancels the drawing before it.
    await page.evaluate(() => {
      // (No helper function here: the test runner's transform would name it with a helper the page does not have.)
      const buttons = [...document.querySelectorAll('[data-testid="source-panel"] button')] as HTMLButtonElement[];
      const next = buttons.find((b) => b.textContent === 'Next page')!;
      const previous = buttons.find((b) => b.textContent === 'Previous page')!;
      for (let i = 0; i < 4; i++) {
        next.click();
        previous.click();
      }
      for (const chip of document.querySelectorAll<HTMLButtonElement>('[data-testid="citation-chip"]')) chip.click();
    });
    const source = page.getByTestId('source-panel');
    await source.getByTestId('source-highlight').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500); // any late rejection from a cancelled drawing is reported by now
    assert.deepEqual(ui.takeErrors(), []);
  });
});
