// The highlight over an OCR'd page: which recognised words a citation covers, and where their boxes land on the
// page as drawn (any size, proportionally scaled from the image OCR read).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { SourceOcrLayer } from '../../shared/model';
import { ocrHighlightBoxes, wordsInSpan, type HighlightBox } from '../../renderer/src/lib/ocr-boxes';
import { previewableImageType } from '../../renderer/src/lib/image-preview';

/**
 * Lays out `lines` of words the way the OCR text is built (words joined by a space, lines by a newline), each word
 * 20 px per letter wide, lines 40 px tall with 20 px between them, starting at (100, 100) on a 2000 × 1000 image.
 */
function layout(lines: string[][]): { text: string; layer: SourceOcrLayer } {
  let text = '';
  const words: SourceOcrLayer['words'] = [];
  lines.forEach((line, row) => {
    if (row > 0) text += '\n';
    let x = 100;
    line.forEach((word, col) => {
      if (col > 0) {
        text += ' ';
        x += 20;
      }
      const start = text.length;
      text += word;
      const y = 100 + row * 60;
      words.push({ start, end: text.length, bbox: [x, y, x + 20 * word.length, y + 40] });
      x += 20 * word.length;
    });
  });
  return { text, layer: { width: 2000, height: 1000, words } };
}

const spanOf = (text: string, quote: string): [number, number] => {
  const at = text.indexOf(quote);
  assert.ok(at >= 0, `"${quote}" is in the text`);
  return [at, at + quote.length];
};

const contains = (box: HighlightBox, [x0, y0, x1, y1]: [number, number, number, number]) =>
  box.left <= x0 + 1e-9 && box.top <= y0 + 1e-9 && box.left + box.width >= x1 - 1e-9 && box.top + box.height >= y1 - 1e-9;

describe('OCR highlight boxes', () => {
  const { text, layer } = layout([
    ['Patient', 'reports', 'mild', 'headache'],
    ['since', 'Tuesday', 'morning.'],
    ['No', 'fever.'],
  ]);

  test('a span selects exactly the words it touches, partly touched ones included', () => {
    const picked = (quote: string) => wordsInSpan(layer.words, spanOf(text, quote)).map((w) => text.slice(w.start, w.end));
    assert.deepEqual(picked('mild headache'), ['mild', 'headache']);
    assert.deepEqual(picked('ild head'), ['mild', 'headache']);
    assert.deepEqual(picked(' '), [], 'the space between words is no word');
    assert.deepEqual(wordsInSpan(layer.words, [5, 5]), [], 'an empty span selects nothing');
  });

  test('words of one line merge into one box; a span over two lines gives two boxes, top to bottom', () => {
    const size = { width: 2000, height: 1000 };
    const boxes = ocrHighlightBoxes(layer, spanOf(text, 'headache\nsince Tuesday'), size);
    assert.equal(boxes.length, 2);
    const words = wordsInSpan(layer.words, spanOf(text, 'headache\nsince Tuesday'));
    assert.ok(contains(boxes[0], words[0].bbox), 'the first box covers "headache"');
    assert.ok(contains(boxes[1], words[1].bbox) && contains(boxes[1], words[2].bbox), 'the second covers "since Tuesday"');
    assert.ok(boxes[0].top < boxes[1].top, "the first line's box is above the second's");
    assert.ok(boxes[1].width < 20 * 'since Tuesday morning.'.length, 'it stops at the last cited word');
  });

  test('boxes scale with the drawn page: half the size, half the coordinates; percent units work too', () => {
    const span = spanOf(text, 'Tuesday');
    const full = ocrHighlightBoxes(layer, span, { width: 2000, height: 1000 });
    const half = ocrHighlightBoxes(layer, span, { width: 1000, height: 500 });
    const percent = ocrHighlightBoxes(layer, span, { width: 100, height: 100 });
    assert.equal(full.length, 1);
    for (const key of ['left', 'top', 'width', 'height'] as const) {
      assert.ok(Math.abs(half[0][key] - full[0][key] / 2) < 1e-9, key);
      assert.ok(Math.abs(percent[0][key] - (full[0][key] * 100) / (key === 'left' || key === 'width' ? 2000 : 1000)) < 1e-9, key);
    }
    const [x0, y0, x1, y1] = wordsInSpan(layer.words, span)[0].bbox;
    assert.ok(contains(half[0], [x0 / 2, y0 / 2, x1 / 2, y1 / 2]), 'the scaled box covers the scaled word');
  });

  test('nothing to draw without a cited span, a covered word, or a sized layer', () => {
    assert.deepEqual(ocrHighlightBoxes(layer, null, { width: 100, height: 100 }), []);
    assert.deepEqual(ocrHighlightBoxes(layer, [text.length, text.length + 10], { width: 100, height: 100 }), []);
    assert.deepEqual(ocrHighlightBoxes({ ...layer, width: 0 }, spanOf(text, 'fever'), { width: 100, height: 100 }), []);
  });

  test('words far apart on one printed line (two columns) stay separate boxes', () => {
    const columns: SourceOcrLayer = {
      width: 1000,
      height: 1000,
      words: [
        { start: 0, end: 4, bbox: [10, 10, 90, 40] },
        { start: 5, end: 9, bbox: [600, 12, 680, 42] },
      ],
    };
    assert.equal(ocrHighlightBoxes(columns, [0, 9], { width: 1000, height: 1000 }).length, 2);
  });

  test('any span: every selected word lies inside some box, and every box stays on the page', () => {
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), fc.integer({ min: 50, max: 3000 }), (a, b, width) => {
        const span: [number, number] = [Math.min(a, b), Math.max(a, b)];
        const size = { width, height: width / 2 };
        const boxes = ocrHighlightBoxes(layer, span, size);
        const sx = width / layer.width;
        for (const w of wordsInSpan(layer.words, span)) {
          const [x0, y0, x1, y1] = w.bbox;
          assert.ok(boxes.some((box) => contains(box, [x0 * sx, y0 * sx, x1 * sx, y1 * sx])), `word at ${w.start} is boxed`);
        }
        for (const box of boxes) {
          assert.ok(box.left >= 0 && box.top >= 0 && box.left + box.width <= size.width + 1e-9 && box.top + box.height <= size.height + 1e-9);
        }
        assert.ok(boxes.length <= 3, 'at most one box per printed line');
      }),
    );
  });
});

describe('which images the window can draw', () => {
  test('PNG and JPEG by their signature; TIFF (either byte order) and anything else cannot be previewed', () => {
    assert.equal(previewableImageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])), 'image/png');
    assert.equal(previewableImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])), 'image/jpeg');
    assert.equal(previewableImageType(Uint8Array.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0])), null);
    assert.equal(previewableImageType(Uint8Array.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8])), null);
    assert.equal(previewableImageType(Uint8Array.from([0x89, 0x50])), null, 'a cut-off signature');
    assert.equal(previewableImageType(new TextEncoder().encode('%PDF-1.7')), null);
  });
});
