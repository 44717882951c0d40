// Citations of OCR'd text, end to end: the built renderer in Chromium on the real services. An image the test draws
// (a known sentence on a known line) is added, asked about, and its citation opens the image itself with boxes over
// the cited words; a scanned PDF's citation draws the page with boxes over the OCR'd words.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import type { Locator } from 'playwright-core';
import { corpus, corporaSkip, tempDataDir } from '../helpers/paths';
import { chromiumSkip } from './helpers/browser';
import { startUi, type UiHarness } from './helpers/ui-harness';

const when = chromiumSkip ? { skip: chromiumSkip } : {};

const IMAGE_NAME = 'harbour-log.png';
const LINES = ['Harbour log for the winter season', 'The lighthouse keeper counted forty seven ships in the storm.', 'Supplies arrive by boat every second Tuesday.'];
/** The line the question is about. */
const CITED_LINE = 1;
const QUESTION = 'How many ships did the lighthouse keeper count in the storm?';
const FONT_PX = 44;
/** The TIFF says something else, so its answer cannot come from the PNG. */
const TIFF_LINES = ['Tide table notes for March', 'The ferry to the island leaves at half past nine.', 'Check the harbour board for changes.'];
const TIFF_QUESTION = 'When does the ferry to the island leave?';

const SCAN = 'MEDRPT-2024-PAT-3847_medical_report_scan.pdf';
const SCAN_QUESTION = 'Which medication is taken for cardiovascular protection?';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Draws `text` dark on white, one line each, and says where each was drawn, in the image's own pixels. */
async function drawImage(file: string, text: string[], format: 'png' | 'tiff'): Promise<{ width: number; height: number; lines: Rect[] }> {
  const width = 1400;
  const height = 120 * text.length + 40;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#111';
  ctx.font = `${FONT_PX}px "Liberation Sans", "DejaVu Sans", sans-serif`;
  ctx.textBaseline = 'top';
  const lines = text.map((line, i) => {
    const y = 40 + i * 120;
    ctx.fillText(line, 40, y);
    return { x: 40, y, width: ctx.measureText(line).width, height: FONT_PX };
  });
  if (format === 'png') await writeFile(file, await canvas.encode('png'));
  else await writeFile(file, grayTiff(width, height, ctx.getImageData(0, 0, width, height).data));
  return { width, height, lines };
}

/** A baseline uncompressed 8-bit grayscale TIFF (one strip) of RGBA pixels: what a scanner might save. */
function grayTiff(width: number, height: number, rgba: Uint8ClampedArray): Buffer {
  const tags: [tag: number, type: 3 | 4, value: number][] = [
    [256, 4, width], // ImageWidth
    [257, 4, height], // ImageLength
    [258, 3, 8], // BitsPerSample
    [259, 3, 1], // Compression: none
    [262, 3, 1], // PhotometricInterpretation: black is zero
    [273, 4, 0], // StripOffsets (set below)
    [277, 3, 1], // SamplesPerPixel
    [278, 4, height], // RowsPerStrip
    [279, 4, width * height], // StripByteCounts
  ];
  const ifdSize = 2 + tags.length * 12 + 4;
  const pixelsAt = 8 + ifdSize;
  const out = Buffer.alloc(pixelsAt + width * height);
  out.write('II*\0', 0, 'latin1');
  out.writeUInt32LE(8, 4);
  out.writeUInt16LE(tags.length, 8);
  tags.forEach(([tag, type, value], i) => {
    const at = 10 + i * 12;
    out.writeUInt16LE(tag, at);
    out.writeUInt16LE(type, at + 2);
    out.writeUInt32LE(1, at + 4);
    if (type === 3) out.writeUInt16LE(value, at + 8);
    else out.writeUInt32LE(tag === 273 ? pixelsAt : value, at + 8);
  });
  for (let i = 0; i < width * height; i++) out[pixelsAt + i] = Math.round((rgba[i * 4] + rgba[i * 4 + 1] + rgba[i * 4 + 2]) / 3);
  return out;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function rects(locator: Locator): Promise<Rect[]> {
  const boxes = await Promise.all((await locator.all()).map((l) => l.boundingBox()));
  return boxes.filter((b): b is Rect => b !== null);
}

describe('citations of OCR’d text', { timeout: 240_000 }, () => {
  let ui: UiHarness;
  let dir: string;
  let cleanup: () => Promise<void>;

  before(async () => {
    if (chromiumSkip) return;
    ({ dir, cleanup } = await tempDataDir('docent-ocr-ui-'));
    ui = await startUi();
  });
  after(async () => {
    await ui?.close();
    await cleanup?.();
  });

  const documentRow = (name: string) => ui.page.locator(`[data-testid="document-item"][data-file-name="${name}"]`);

  /** Asks, waits for the complete answer, and opens its first citation of `fileName`. */
  async function askAndOpen(question: string, fileName: string): Promise<Locator> {
    const { page } = ui;
    const asked = await page.getByTestId('message-assistant').count();
    await page.getByLabel('Question').fill(question);
    await page.getByLabel('Question').press('Enter');
    await page.getByTestId('message-assistant').nth(asked).waitFor({ timeout: 60_000 });
    const answer = page.getByTestId('message-assistant').last();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="message-assistant"][data-status="complete"]').length > n, asked, { timeout: 60_000 });
    const chips = answer.getByTestId('citation-chip').filter({ hasText: fileName });
    assert.ok((await chips.count()) > 0, `the answer cites ${fileName}: ${await answer.innerText()}`);
    await chips.first().click();
    return page.getByTestId('source-panel');
  }

  test('an image’s citation shows the image with a box over the cited sentence’s line', when, async () => {
    const { page } = ui;
    const file = path.join(dir, IMAGE_NAME);
    const drawn = await drawImage(file, LINES, 'png');
    await page.getByTestId('file-input').setInputFiles([file]);
    await documentRow(IMAGE_NAME).and(page.locator('[data-status="ready"]')).waitFor({ timeout: 90_000 });

    const source = await askAndOpen(QUESTION, IMAGE_NAME);
    const image = source.getByTestId('image-page').locator('img');
    await image.waitFor();
    await source.getByTestId('source-highlight').first().waitFor({ timeout: 30_000 });
    const natural = await image.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight }));
    assert.deepEqual(natural, { width: drawn.width, height: drawn.height }, 'the panel shows the image that was added');

    // Where the cited sentence was drawn, on screen: the image's own pixels scaled to its drawn size.
    const shown = (await image.boundingBox())!;
    const scale = shown.width / drawn.width;
    assert.ok(Math.abs(shown.height / drawn.height - scale) < 0.01, 'the image keeps its proportions');
    const onScreen = (r: Rect): Rect => ({ x: shown.x + r.x * scale, y: shown.y + r.y * scale, width: r.width * scale, height: r.height * scale });
    const citedLine = onScreen(drawn.lines[CITED_LINE]);

    const boxes = await rects(source.getByTestId('source-highlight'));
    assert.ok(boxes.length > 0);
    assert.ok(boxes.some((b) => overlaps(b, citedLine)), `a box ${JSON.stringify(boxes)} overlaps the sentence's line ${JSON.stringify(citedLine)}`);
    for (const b of boxes) {
      assert.ok(b.x >= shown.x - 1 && b.y >= shown.y - 1 && b.x + b.width <= shown.x + shown.width + 1 && b.y + b.height <= shown.y + shown.height + 1, 'boxes stay on the image');
    }
    const titleLine = onScreen(drawn.lines[0]);
    assert.ok(!boxes.some((b) => overlaps(b, titleLine)), 'the uncited title line is not highlighted');
    await page.waitForTimeout(200); // let the image paint before the picture
    await ui.screenshot('ocr-citation');
    await source.getByRole('button', { name: 'Close source' }).click();
    assert.deepEqual(ui.takeErrors(), []);
  });

  test('a TIFF, which the window cannot draw, falls back to its text with the passage marked, and says why', when, async () => {
    const { page } = ui;
    const name = 'harbour-log.tiff';
    const file = path.join(dir, name);
    await drawImage(file, TIFF_LINES, 'tiff');
    await page.getByTestId('file-input').setInputFiles([file]);
    await documentRow(name).and(page.locator('[data-status="ready"]')).waitFor({ timeout: 90_000 });

    const source = await askAndOpen(TIFF_QUESTION, name);
    await source.getByTestId('source-no-preview').waitFor({ timeout: 30_000 });
    assert.match(await source.getByTestId('source-no-preview').innerText(), /cannot be shown here/);
    assert.equal(await source.getByTestId('image-page').count(), 0, 'no broken image is left in the panel');
    const marked = await source.getByTestId('source-text').getByTestId('source-highlight').innerText();
    assert.match(marked, /half past nine/i, `the cited sentence is marked: ${marked}`);
    await ui.screenshot('ocr-citation-tiff');
    await source.getByRole('button', { name: 'Close source' }).click();
    assert.deepEqual(ui.takeErrors(), []);
  });

  test('a scanned PDF’s citation draws the page with boxes over the OCR’d words', { ...when, ...(corporaSkip ? { skip: corporaSkip } : {}) }, async () => {
    const { page } = ui;
    await page.getByTestId('file-input').setInputFiles([corpus('pdf', 'markitdown', SCAN)]);
    await documentRow(SCAN).and(page.locator('[data-status="ready"]')).waitFor({ timeout: 120_000 });

    const source = await askAndOpen(SCAN_QUESTION, SCAN);
    const canvas = source.getByTestId('pdf-page').locator('canvas');
    await canvas.waitFor();
    await source.getByTestId('source-highlight').first().waitFor({ timeout: 30_000 });
    const pageNo = Number(/(\d+)/.exec(await source.getByTestId('source-page-number').innerText())![1]);

    // Where OCR saw "Aspirin" on that page, scaled from the OCR image to the canvas on screen.
    const sid = (await ui.core.handlers['sessions.current'](undefined)).sid;
    const fileId = (await ui.core.handlers['documents.list']({ sid })).find((d) => d.name === SCAN)!.fileId;
    const sourcePage = await ui.core.handlers['documents.page']({ sid, fileId, page: pageNo });
    assert.ok(sourcePage.ocr, 'the scanned page comes with its OCR layer');
    assert.ok(sourcePage.ocr.words.every((w) => !('text' in w)), 'stored without the word text, which the offsets slice from the page');
    const aspirin = sourcePage.ocr.words.find((w) => /^aspirin/i.test(sourcePage.text.slice(w.start, w.end)));
    assert.ok(aspirin, `page ${pageNo} has the word Aspirin`);
    const shown = (await canvas.boundingBox())!;
    const [x0, y0, x1, y1] = aspirin.bbox;
    const sx = shown.width / sourcePage.ocr.width;
    const sy = shown.height / sourcePage.ocr.height;
    const word = { x: shown.x + x0 * sx, y: shown.y + y0 * sy, width: (x1 - x0) * sx, height: (y1 - y0) * sy };

    const boxes = await rects(source.getByTestId('source-highlight'));
    assert.ok(boxes.some((b) => overlaps(b, word)), `a box ${JSON.stringify(boxes.slice(0, 5))} covers "Aspirin" at ${JSON.stringify(word)}`);
    await page.waitForTimeout(300); // let the canvas paint before the picture
    await ui.screenshot('ocr-citation-scan');
    assert.deepEqual(ui.takeErrors(), []);
  });
});
