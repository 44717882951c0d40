// One PDF page drawn with pdf.js, with boxes over the text items that hold the cited passage, or, on a scanned page
// (its text came from OCR, so pdf.js has no text items for it), over the OCR'd words the citation spans.
import { DrawFailed } from './DrawFailed';
import { useEffect, useRef, useState } from 'react';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { SourceOcrLayer } from '../../../shared/model';
import { docentApi } from '../state/store';
import { loadPdfJs, openPdf } from '../lib/pdf';
import { toUint8Array } from '../lib/bytes';
import { errorMessage } from '../lib/errors';
import { findCoveringItems } from '../lib/highlight-match';
import { ocrHighlightBoxes, type HighlightBox as Box } from '../lib/ocr-boxes';
import { useTranslator } from '../i18n';

interface PdfPageViewProps {
  sid: string;
  fileId: string;
  page: number;
  /** The cited text on this page ('' when the page is not cited). */
  passage: string;
  /** The page's OCR layer when its text was read from the page image. */
  ocr?: SourceOcrLayer;
  /** The cited [start, end) in the page text (null when the page is not cited); used with `ocr`. */
  span?: [number, number] | null;
}

export function PdfPageView({ sid, fileId, page, passage, ocr, span = null }: PdfPageViewProps) {
  const tr = useTranslator();
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [boxes, setBoxes] = useState<Box[]>([]);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let cancelRender: (() => void) | undefined;
    setError(null);
    (async () => {
      const [pdfjs, doc] = await Promise.all([
        loadPdfJs(),
        openPdf(`${sid}/${fileId}`, async () => toUint8Array((await docentApi().documents.bytes({ sid, fileId })).bytes)),
      ]);
      const pdfPage = await doc.getPage(page);
      if (!live || !canvas.current || !frame.current) return;
      const available = Math.max(240, frame.current.clientWidth);
      const unscaled = pdfPage.getViewport({ scale: 1 });
      const viewport = pdfPage.getViewport({ scale: available / unscaled.width });
      const ratio = window.devicePixelRatio || 1;
      const el = canvas.current;
      el.width = Math.floor(viewport.width * ratio);
      el.height = Math.floor(viewport.height * ratio);
      setSize({ width: viewport.width, height: viewport.height });
      const task = pdfPage.render({ canvas: el, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined });
      cancelRender = () => task.cancel();
      if (ocr) {
        // The OCR image was the whole page, so scaling to the viewport lines its boxes up with the canvas.
        if (live) setBoxes(ocrHighlightBoxes(ocr, span, { width: viewport.width, height: viewport.height }));
        await task.promise;
        return;
      }
      const content = await pdfPage.getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item);
      const covering = passage ? findCoveringItems(items.map((item) => item.str), passage) : [];
      if (live) {
        setBoxes(
          covering.map((i) => {
            const item = items[i];
            const tx = pdfjs.Util.transform(viewport.transform, item.transform);
            const height = Math.hypot(tx[2], tx[3]);
            return { left: tx[4], top: tx[5] - height, width: item.width * viewport.scale, height: height * 1.15 };
          }),
        );
      }
      await task.promise;
    })().catch((e: unknown) => {
      if (live && (e as { name?: string })?.name !== 'RenderingCancelledException') setError(errorMessage(e));
    });
    return () => {
      live = false;
      cancelRender?.();
    };
  }, [sid, fileId, page, passage, ocr, span?.[0], span?.[1]]);

  useEffect(() => {
    frame.current?.querySelector('.pdf-highlight')?.scrollIntoView({ block: 'center' });
  }, [boxes]);

  if (error) return <DrawFailed reason={error} />;
  return (
    <div ref={frame} className="pdf-frame" data-testid="pdf-page">
      <div className="pdf-page" style={size ? { width: size.width, height: size.height } : undefined}>
        <canvas ref={canvas} style={size ? { width: size.width, height: size.height } : undefined} aria-label={tr.t('source.pageImage', { page: String(page) })} role="img" />
        {boxes.map((box, i) => (
          <div key={i} className="pdf-highlight" data-testid="source-highlight" style={{ left: box.left, top: box.top, width: box.width, height: box.height }} />
        ))}
      </div>
    </div>
  );
}
