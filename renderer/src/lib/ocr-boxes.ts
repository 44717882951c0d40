// Where to draw the highlight on a page whose text came from OCR. Each recognised word knows its [start, end) in the
// page text and its box in the pixels of the image OCR read; the cited span selects the words, and their boxes are
// scaled proportionally onto whatever size the page is drawn at (the OCR image is the whole page, so one scale per axis).
import type { SourceOcrLayer } from '../../../shared/model';

export interface HighlightBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

type OcrWordBox = SourceOcrLayer['words'][number];

/** The words that share at least one character with [from, to), in reading order. */
export function wordsInSpan(words: readonly OcrWordBox[], span: readonly [number, number]): OcrWordBox[] {
  const [from, to] = span;
  if (!(to > from)) return [];
  return words.filter((w) => w.start < to && w.end > from && w.end > w.start);
}

/** True when `next` continues `line` on the same printed line: overlapping vertically, just to its right. */
function sameLine(line: [number, number, number, number], next: [number, number, number, number]): boolean {
  const overlap = Math.min(line[3], next[3]) - Math.max(line[1], next[1]);
  const height = Math.min(line[3] - line[1], next[3] - next[1]);
  if (height <= 0 || overlap < height / 2) return false;
  // A wide gap means another column, not the next word.
  const gap = next[0] - line[2];
  return gap >= -height && gap <= 2 * Math.max(line[3] - line[1], next[3] - next[1]);
}

/**
 * The boxes to draw over the cited words, in the units of `size` (the drawn page's width and height): one box per
 * run of words on a printed line, padded a little so the highlight does not clip the letters. Empty when no word
 * falls in the span or the layer has no size.
 */
export function ocrHighlightBoxes(layer: SourceOcrLayer, span: readonly [number, number] | null, size: { width: number; height: number }): HighlightBox[] {
  if (!span || !(layer.width > 0) || !(layer.height > 0)) return [];
  const lines: [number, number, number, number][] = [];
  for (const { bbox } of wordsInSpan(layer.words, span)) {
    const last = lines[lines.length - 1];
    if (last && sameLine(last, bbox)) {
      last[0] = Math.min(last[0], bbox[0]);
      last[1] = Math.min(last[1], bbox[1]);
      last[2] = Math.max(last[2], bbox[2]);
      last[3] = Math.max(last[3], bbox[3]);
    } else {
      lines.push([bbox[0], bbox[1], bbox[2], bbox[3]]);
    }
  }
  const sx = size.width / layer.width;
  const sy = size.height / layer.height;
  return lines.map(([x0, y0, x1, y1]) => {
    const pad = (y1 - y0) * 0.15;
    const left = Math.max(0, (x0 - pad) * sx);
    const top = Math.max(0, (y0 - pad) * sy);
    return {
      left,
      top,
      width: Math.min(size.width, (x1 + pad) * sx) - left,
      height: Math.min(size.height, (y1 + pad) * sy) - top,
    };
  });
}
