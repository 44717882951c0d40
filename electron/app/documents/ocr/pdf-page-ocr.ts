// OCR for the pages of one PDF that have no text layer: each such page is rendered, recognised and
// released before the next, through one OCR engine started on the first page that needs it.
import { ExtractError, type ExtractedPage } from '../types';
import type { OcrSettings } from './ocr-settings';
import { openOcrEngine, OcrCancelledError, OcrPageTimeoutError, type OcrEngine } from './ocr-engine';
import { MissingLanguageError } from './language-data';
import { renderPdfPageToPng, type RenderablePdfPage } from './render-pdf-page';

export interface PdfPageOcr {
  /**
   * The page's text read by OCR, or the page left empty with `ocrSkipped` saying why (over its time
   * budget, or the engine failed on it). Throws ExtractError only for what stops the whole file:
   * cancellation, or OCR that cannot run at all (a language not installed).
   */
  read(page: RenderablePdfPage, pageNumber: number): Promise<ExtractedPage>;
  close(): Promise<void>;
}

export function createPdfPageOcr(settings: OcrSettings, name: string, signal?: AbortSignal): PdfPageOcr {
  let engine: Promise<OcrEngine> | null = null;
  return {
    async read(page, pageNumber) {
      engine ??= openOcrEngine(settings, signal);
      let ready: OcrEngine;
      try {
        ready = await engine;
      } catch (err) {
        throw ocrUnavailable(err, name);
      }
      settings.onPage?.(pageNumber);
      try {
        const image = await renderPdfPageToPng(page, settings.dpi);
        const { text, ocr } = await ready.recognize(image.png, image, image.dpi);
        return { page: pageNumber, text, ocr };
      } catch (err) {
        if (err instanceof OcrCancelledError || signal?.aborted) throw new ExtractError('cancelled', `${name}: cancelled`);
        const reason = err instanceof OcrPageTimeoutError ? err.message : `OCR failed: ${err instanceof Error ? err.message : String(err)}`;
        return { page: pageNumber, text: '', ocrSkipped: reason };
      }
    },
    async close() {
      const e = await engine?.catch(() => null);
      await e?.close();
    },
  };
}

export function ocrUnavailable(err: unknown, name: string): ExtractError {
  if (err instanceof ExtractError) return err;
  const what = err instanceof MissingLanguageError ? err.message : `the OCR engine did not start (${err instanceof Error ? err.message : String(err)})`;
  return new ExtractError('ocr-unavailable', `${name}: ${what}`);
}
