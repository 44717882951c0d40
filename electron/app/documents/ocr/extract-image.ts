// A PNG, JPEG or TIFF file → one page of text read by OCR (a multi-page TIFF gives its first page).
import { ExtractError, type ExtractedDocument } from '../types';
import type { ExtractorOptions } from '../extractors/options';
import type { OcrSettings } from './ocr-settings';
import { IMAGE_MIME, imageSize, sniffImage } from './image-info';
import { openOcrEngine, OcrCancelledError, OcrPageTimeoutError, type OcrEngine } from './ocr-engine';
import { ocrUnavailable } from './pdf-page-ocr';

const LETTER = /\p{L}/u;

export async function extractImage(data: Uint8Array, options: ExtractorOptions, ocr: OcrSettings): Promise<ExtractedDocument> {
  const { name, signal } = options;
  const format = sniffImage(data);
  if (!format) throw new ExtractError('unsupported-type', `${name}: not a PNG, JPEG or TIFF image`);
  const label = `${format.toUpperCase()} image`;
  if (!ocr.enabled) throw new ExtractError('no-text', `${name}: no extractable text: this is a ${label} and OCR is turned off`, { reason: 'ocr-off' });
  const size = imageSize(data, format);
  if (!size) throw new ExtractError('corrupt', `${name}: damaged ${label} (its header is cut short or unreadable)`);

  let engine: OcrEngine;
  try {
    engine = await openOcrEngine(ocr, signal);
  } catch (err) {
    throw ocrUnavailable(err, name);
  }
  try {
    ocr.onPage?.(1);
    const { text, ocr: layer } = await engine.recognize(data, size);
    options.onProgress?.(1, 1);
    if (!LETTER.test(text)) throw new ExtractError('no-text', `${name}: OCR found no text in this ${label}`, { reason: 'ocr-found-nothing' });
    return { kind: 'image', mime: IMAGE_MIME[format], pages: [{ page: 1, text, ocr: layer }], pageCount: 1 };
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    if (err instanceof OcrCancelledError || signal?.aborted) throw new ExtractError('cancelled', `${name}: cancelled`);
    if (err instanceof OcrPageTimeoutError) throw new ExtractError('timeout', `${name}: ${err.message}; stopped`);
    throw new ExtractError('corrupt', `${name}: the ${label} could not be read (${err instanceof Error ? err.message : String(err)})`);
  } finally {
    await engine.close();
  }
}
