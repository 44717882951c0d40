// One Tesseract worker (tesseract.js, its own worker thread running the wasm engine) reused for every
// page of a file, pointed at the installed worker script, engine and language data so that nothing is
// fetched at run time. A page that runs over its budget costs the worker: it is terminated (the only
// way to stop recognition) and a fresh one starts for the next page.
import path from 'node:path';
import type Tesseract from 'tesseract.js';
import { packageDir } from '../package-paths';
import type { OcrLayer } from '../types';
import type { OcrSettings } from './ocr-settings';
import { prepareLanguageData, type LanguageData } from './language-data';
import { layoutOcrText, type TesseractBlock } from './ocr-text';

export interface OcrPageText {
  text: string;
  ocr: OcrLayer;
}

export interface OcrEngine {
  /**
   * Reads one encoded image (PNG, JPEG or TIFF) of `width` × `height` pixels. Rejects with
   * OcrPageTimeoutError past the page budget, OcrCancelledError on abort, or the engine's error.
   */
  recognize(image: Uint8Array, size: { width: number; height: number }, dpi?: number): Promise<OcrPageText>;
  /** Terminates the worker thread; safe to call more than once. */
  close(): Promise<void>;
}

export class OcrPageTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`OCR took longer than ${ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`}`);
    this.name = 'OcrPageTimeoutError';
  }
}

export class OcrCancelledError extends Error {
  constructor() {
    super('OCR cancelled');
    this.name = 'OcrCancelledError';
  }
}

// tesseract.js's numeric constants (LSTM_ONLY engine; automatic page segmentation).
const OEM_LSTM_ONLY = 1;
const PSM_AUTO = '3';

/** What tesseract.js's createWorker is given: every path is a local file or folder. */
export function tesseractWorkerOptions(languages: LanguageData, onError: (error: unknown) => void): Partial<Tesseract.WorkerOptions> {
  return {
    workerPath: path.join(packageDir('tesseract.js'), 'src', 'worker-script', 'node', 'index.js'),
    // In Node the worker require()s its wasm build from tesseract.js-core; the path is stated for clarity.
    corePath: packageDir('tesseract.js-core'),
    langPath: languages.langPath,
    gzip: true,
    // 'none': neither read a cached model from nor write one to the current directory.
    cacheMethod: 'none',
    logger: () => {},
    // Without a handler tesseract.js throws a job's failure inside its message listener, where nothing can catch it.
    errorHandler: onError,
  };
}

export async function openOcrEngine(settings: Pick<OcrSettings, 'languages' | 'pageTimeoutMs'>, signal?: AbortSignal): Promise<OcrEngine> {
  const languages = await prepareLanguageData(settings.languages);
  const tesseract = ((await import('tesseract.js')) as unknown as { default: typeof Tesseract }).default;
  let worker: Tesseract.Worker | null = null;
  let starting: Promise<Tesseract.Worker> | null = null;
  let closed = false;
  /** Rejects the page in flight when the worker is torn down under it. */
  let interrupt: ((err: Error) => void) | null = null;

  /** Stops still in progress (a worker still starting is terminated once up); close() waits for them. */
  const stopping = new Set<Promise<void>>();
  const stopWorker = (): Promise<void> => {
    const running = worker;
    const pending = starting;
    worker = null;
    starting = null;
    const stop = (async () => {
      await running?.terminate().catch(() => {});
      await (await pending?.catch(() => null))?.terminate().catch(() => {});
    })();
    stopping.add(stop);
    void stop.finally(() => stopping.delete(stop));
    return stop;
  };
  const onAbort = () => {
    interrupt?.(new OcrCancelledError());
    void stopWorker();
  };
  signal?.addEventListener('abort', onAbort, { once: true });

  async function getWorker(): Promise<Tesseract.Worker> {
    if (worker) return worker;
    const pending = (starting ??= (async () => {
      const w = await tesseract.createWorker(languages.langs, OEM_LSTM_ONLY, tesseractWorkerOptions(languages, () => {}));
      // AUTO finds columns and headings; tesseract.js's default (a single block) drops large headings.
      await w.setParameters({ tessedit_pageseg_mode: PSM_AUTO as Tesseract.PSM });
      return w;
    })());
    const w = await pending;
    if (starting !== pending) {
      // Stopped (timeout, abort, close) while it was starting: stopWorker terminates it.
      throw closed || signal?.aborted ? new OcrCancelledError() : new Error('the OCR worker was stopped');
    }
    starting = null;
    worker = w;
    return w;
  }

  async function recognize(image: Uint8Array, size: { width: number; height: number }, dpi?: number): Promise<OcrPageText> {
    if (closed) throw new Error('the OCR engine is closed');
    if (signal?.aborted) throw new OcrCancelledError();
    let timer: NodeJS.Timeout | undefined;
    const stopped = new Promise<never>((_, reject) => {
      interrupt = reject;
      timer = setTimeout(() => {
        reject(new OcrPageTimeoutError(settings.pageTimeoutMs));
        void stopWorker();
      }, settings.pageTimeoutMs);
    });
    try {
      const run = async () => {
        const w = await getWorker();
        // Passed per page: tesseract.js sets these for the one call and restores them after.
        // debug_file: Tesseract's notes ("Estimating resolution as …") go nowhere instead of to stdout.
        const params = { debug_file: '/dev/null', ...(dpi ? { user_defined_dpi: String(Math.round(dpi)) } : {}) };
        const result = await w.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), params as Partial<Tesseract.RecognizeOptions>, { blocks: true });
        return layoutOcrText(result.data.blocks as unknown as TesseractBlock[] | null, size.width, size.height);
      };
      return await Promise.race([run(), stopped]);
    } catch (err) {
      // tesseract.js rejects with bare strings; give callers an Error.
      throw err instanceof Error ? err : new Error(String(err));
    } finally {
      clearTimeout(timer);
      interrupt = null;
    }
  }

  return {
    recognize,
    async close() {
      if (closed) return;
      closed = true;
      signal?.removeEventListener('abort', onAbort);
      await stopWorker();
      await Promise.all([...stopping]);
      await languages.release().catch(() => {});
    },
  };
}
