// Renders one PDF page to a PNG for OCR, with pdf.js onto an @napi-rs/canvas canvas (pdf.js's legacy
// build finds that package by itself for the canvases it makes internally).
import type { Canvas } from '@napi-rs/canvas';

/** The parts of a pdf.js page that rendering uses. */
export interface RenderablePdfPage {
  getViewport(params: { scale: number }): { width: number; height: number };
  render(params: { canvas: never; canvasContext: never; viewport: never }): { promise: Promise<void> };
}

/**
 * A poster-sized page at 200 dpi would need a gigabyte of pixels; past this many the page is rendered
 * at a lower resolution instead (25 MP is A3 at 300 dpi).
 */
export const MAX_RENDER_PIXELS = 25_000_000;

export async function renderPdfPageToPng(page: RenderablePdfPage, dpi: number): Promise<{ png: Uint8Array; width: number; height: number; dpi: number }> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const atOnePoint = page.getViewport({ scale: 1 });
  let scale = dpi / 72;
  const area = atOnePoint.width * atOnePoint.height;
  if (area * scale * scale > MAX_RENDER_PIXELS) scale = Math.sqrt(MAX_RENDER_PIXELS / area);
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.ceil(viewport.width));
  const height = Math.max(1, Math.ceil(viewport.height));
  const canvas: Canvas = createCanvas(width, height);
  try {
    const canvasContext = canvas.getContext('2d');
    await page.render({ canvas: canvas as never, canvasContext: canvasContext as never, viewport: viewport as never }).promise;
    const png = await canvas.encode('png');
    return { png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), width, height, dpi: scale * 72 };
  } finally {
    // Frees the pixel buffer now instead of whenever the garbage collector gets to it.
    canvas.width = 0;
    canvas.height = 0;
  }
}
