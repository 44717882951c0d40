// pdf.js in the window: loaded on first use (it is large), its worker served from our own origin as the CSP requires.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { withPdfHeader } from '../../../shared/pdf-header';

type PdfJs = typeof import('pdfjs-dist');
let pdfjsPromise: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return pdfjsPromise;
}

/** Asset folders copied beside the bundle by vite.config.ts; resolved against the page so app:// and http:// both work. */
const assetUrl = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

/** Opened documents by `<sid>/<fileId>`, so moving between citations of one file does not fetch it again. */
const openDocuments = new Map<string, Promise<PDFDocumentProxy>>();

export function openPdf(key: string, bytes: () => Promise<Uint8Array>): Promise<PDFDocumentProxy> {
  let doc = openDocuments.get(key);
  if (!doc) {
    doc = Promise.all([loadPdfJs(), bytes()]).then(
      ([pdfjs, data]) =>
        pdfjs.getDocument({
          // A copy Docent recognised as a PDF by its syntax may lack its header line: pdf.js needs one to rebuild it.
          data: withPdfHeader(data),
          cMapUrl: assetUrl('cmaps'),
          cMapPacked: true,
          standardFontDataUrl: assetUrl('standard_fonts'),
          // The CSP has no 'unsafe-eval' (nor 'wasm-unsafe-eval'): use the interpreted paths.
          isEvalSupported: false,
          useWasm: false,
          verbosity: 0,
        }).promise,
    );
    // A failure is not cached: the next click tries again.
    doc.catch(() => openDocuments.delete(key));
    if (openDocuments.size >= 4) {
      const [oldestKey, oldest] = openDocuments.entries().next().value as [string, Promise<PDFDocumentProxy>];
      openDocuments.delete(oldestKey);
      void oldest.then((d) => d.destroy()).catch(() => undefined);
    }
    openDocuments.set(key, doc);
  }
  return doc;
}

/** Drops a file's cached document (after the file was removed from the session). */
export function forgetPdf(key: string): void {
  const doc = openDocuments.get(key);
  openDocuments.delete(key);
  void doc?.then((d) => d.destroy()).catch(() => undefined);
}
