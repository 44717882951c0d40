// Builds a page's text from Tesseract's words, keeping each word's place in that text, so a chunk's
// span can be mapped back to boxes on the page image.
import type { OcrLayer, OcrWord } from '../types';

/** The parts of tesseract.js's `blocks` output that Docent reads. */
export interface TesseractBlock {
  paragraphs: { lines: { words: { text: string; bbox: { x0: number; y0: number; x1: number; y1: number } }[] }[] }[];
}

/**
 * Words of a line are joined by a space, lines by a newline, and paragraphs (and blocks) by a blank
 * line, which the chunker treats as a paragraph break.
 */
export function layoutOcrText(blocks: TesseractBlock[] | null | undefined, width: number, height: number): { text: string; ocr: OcrLayer } {
  let text = '';
  const words: OcrWord[] = [];
  for (const block of blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      let paragraphStarted = false;
      for (const line of paragraph.lines) {
        let lineStarted = false;
        for (const word of line.words) {
          const w = word.text.trim();
          if (!w) continue;
          if (lineStarted) text += ' ';
          else if (paragraphStarted) text += '\n';
          else if (text) text += '\n\n';
          lineStarted = paragraphStarted = true;
          const start = text.length;
          text += w;
          const { x0, y0, x1, y1 } = word.bbox;
          words.push({ text: w, start, end: text.length, bbox: [clamp(x0, width), clamp(y0, height), clamp(x1, width), clamp(y1, height)] });
        }
      }
    }
  }
  return { text, ocr: { width, height, words } };
}

function clamp(v: number, max: number): number {
  return Math.min(max, Math.max(0, Math.round(v)));
}
