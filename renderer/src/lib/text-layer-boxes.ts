// The boxes of some characters of pdf.js's text layer, relative to the layer: what the highlight covers. The layer's
// spans are stretched (scaleX) to the PDF's own glyph widths, so a DOM Range over their characters lands on the words
// as drawn on the canvas beneath.
import type { HighlightBox } from './ocr-boxes';
import type { ItemSpan } from './highlight-match';

export function boxesOfSpans(spans: readonly ItemSpan[], textDivs: readonly HTMLElement[], layer: HTMLElement): HighlightBox[] {
  const origin = layer.getBoundingClientRect();
  const boxes: HighlightBox[] = [];
  for (const { item, start, end } of spans) {
    const node = textDivs[item]?.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    const length = node.textContent?.length ?? 0;
    const range = document.createRange();
    range.setStart(node, Math.min(start, length));
    range.setEnd(node, Math.min(end, length));
    for (const rect of range.getClientRects()) {
      if (rect.width < 0.5 || rect.height < 0.5) continue;
      boxes.push({ left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height });
    }
  }
  return boxes;
}
