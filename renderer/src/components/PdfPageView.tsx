// One PDF page drawn with pdf.js at the screen's pixel density, under pdf.js's text layer (so its words can be
// selected and copied), with boxes over the cited words themselves: found in the text layer by their letters, near where
// the citation says they start, so the same words in a running header are not taken instead. On a scanned page (its
// text came from OCR, so pdf.js has no text for it) the boxes go over the OCR'd words the citation spans.
import { DrawFailed } from './DrawFailed';
import { useEffect, useRef, useState } from 'react';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { SourceOcrLayer } from '../../../shared/model';
import { docentApi } from '../state/store';
import { loadPdfJs, openPdf } from '../lib/pdf';
import { toUint8Array } from '../lib/bytes';
import { errorMessage } from '../lib/errors';
import { findCoveringSpans } from '../lib/highlight-match';
import { ocrHighlightBoxes, type HighlightBox as Box } from '../lib/ocr-boxes';
import { boxesOfSpans } from '../lib/text-layer-boxes';
import { scrollIntoPanel } from '../lib/scroll-into-panel';
import { useTranslator } from '../i18n';

/** 'fit': the page as wide as the panel; a number: pdf.js scale (1 = 100 %, 72 dpi CSS points). */
export type PdfZoom = 'fit' | number;

interface PdfPageViewProps {
  sid: string;
  fileId: string;
  page: number;
  /** The cited text on this page ('' when the page is not cited). */
  passage: string;
  /** Where the passage starts on the page, in compact characters (highlight-match.ts), to tell repeated words apart. */
  near?: number;
  /** The page's OCR layer when its text was read from the page image. */
  ocr?: SourceOcrLayer;
  /** The cited [start, end) in the page text (null when the page is not cited); used with `ocr`. */
  span?: [number, number] | null;
  zoom?: PdfZoom;
  /** Told the scale the page is drawn at (the fit-to-width one too), for the zoom controls. */
  onScale?(scale: number): void;
}

/** pdf.js refuses the work it was asked to stop with one of these: expected, never an error to show. */
const isCancellation = (e: unknown) => ['RenderingCancelledException', 'AbortException'].includes((e as { name?: string })?.name ?? '');

export function PdfPageView({ sid, fileId, page, passage, near, ocr, span = null, zoom = 'fit', onScale }: PdfPageViewProps) {
  const tr = useTranslator();
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayer = useRef<HTMLDivElement>(null);
  const [boxes, setBoxes] = useState<Box[]>([]);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [frameWidth, setFrameWidth] = useState(0);

  // Fit-to-width follows the panel's width as the window is resized.
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setFrameWidth(Math.floor(el.clientWidth)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (zoom === 'fit' && frameWidth === 0) return;
    let live = true;
    const stops: (() => void)[] = [];
    setError(null);
    (async () => {
      const [pdfjs, doc] = await Promise.all([
        loadPdfJs(),
        openPdf(`${sid}/${fileId}`, async () => toUint8Array((await docentApi().documents.bytes({ sid, fileId })).bytes)),
      ]);
      const pdfPage = await doc.getPage(page);
      if (!live || !canvas.current || !textLayer.current) return;
      const unscaled = pdfPage.getViewport({ scale: 1 });
      const scale = zoom === 'fit' ? Math.max(240, frameWidth) / unscaled.width : zoom;
      const viewport = pdfPage.getViewport({ scale });
      onScale?.(scale);
      // The canvas holds device pixels, CSS sizes it in CSS pixels: sharp on a high-density screen.
      const ratio = window.devicePixelRatio || 1;
      const el = canvas.current;
      el.width = Math.floor(viewport.width * ratio);
      el.height = Math.floor(viewport.height * ratio);
      setSize({ width: el.width / ratio, height: el.height / ratio });
      const task = pdfPage.render({ canvas: el, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined });
      stops.push(() => task.cancel());
      // Handled now, not when awaited below: a cancel that lands while the text is read must not go unhandled.
      const rendered = task.promise.catch((e: unknown) => {
        if (!isCancellation(e)) throw e;
      });

      const layer = textLayer.current;
      layer.replaceChildren();
      setBoxes([]);
      if (ocr) {
        // The OCR image was the whole page, so scaling to the viewport lines its boxes up with the canvas.
        setBoxes(ocrHighlightBoxes(ocr, span, { width: viewport.width, height: viewport.height }));
        await rendered;
        return;
      }
      const content = await pdfPage.getTextContent();
      if (!live) return;
      layer.style.setProperty('--total-scale-factor', String(scale));
      const text = new pdfjs.TextLayer({ textContentSource: content, container: layer, viewport });
      stops.push(() => text.cancel());
      await text.render();
      if (!live) return;
      const items = content.items.filter((item): item is TextItem => 'str' in item);
      const spans = passage ? findCoveringSpans(items.map((item) => item.str), passage, near) : [];
      // text.textDivs follows the items with text, in order: the same indices.
      setBoxes(boxesOfSpans(spans, text.textDivs, layer));
      await rendered;
    })().catch((e: unknown) => {
      if (live && !isCancellation(e)) setError(errorMessage(e));
    });
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
  }, [sid, fileId, page, passage, near, ocr, span?.[0], span?.[1], zoom, zoom === 'fit' ? frameWidth : 0]);

  useEffect(() => {
    const first = frame.current?.querySelector<HTMLElement>('.pdf-highlight');
    if (first) scrollIntoPanel(first);
  }, [boxes]);

  if (error) return <DrawFailed reason={error} />;
  return (
    <div ref={frame} className="pdf-frame" data-testid="pdf-page">
      <div className="pdf-page" style={size ? { width: size.width, height: size.height } : undefined}>
        <canvas ref={canvas} style={size ? { width: size.width, height: size.height } : undefined} aria-label={tr.t('source.pageImage', { page: String(page) })} role="img" />
        <div ref={textLayer} className="textLayer" data-testid="pdf-text-layer" />
        {boxes.map((box, i) => (
          <div key={i} className="pdf-highlight" data-testid="source-highlight" style={{ left: box.left, top: box.top, width: box.width, height: box.height }} />
        ))}
      </div>
    </div>
  );
}
