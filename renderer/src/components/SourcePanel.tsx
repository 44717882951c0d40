// The cited source beside the chat: the PDF page or the image drawn with the passage highlighted, or the page's text
// with it marked (every other kind, and images the window cannot draw).
import { useEffect, useState } from 'react';
import type { SourcePage } from '../../../shared/model';
import { docentApi, useDocent } from '../state/store';
import { citationLabel } from '../lib/format';
import { errorMessage } from '../lib/errors';
import { citedSpanOnPage, compactText } from '../lib/highlight-match';
import { PdfPageView, type PdfZoom } from './PdfPageView';
import { TextPageView } from './TextPageView';
import { ImagePageView } from './ImagePageView';
import { CitationLabel } from './CitationLabel';
import { useTranslator } from '../i18n';
import { isDocumentOpening } from '../lib/document-opening';
import { MiddleEllipsis } from './MiddleEllipsis';
import { visibleFileName } from '../../../shared/display-name';

export function SourcePanel() {
  const tr = useTranslator();
  const citation = useDocent((s) => s.source);
  const close = useDocent((s) => s.closeSource);
  const openings = useDocent((s) => s.sourceOpenings);
  const [pageNumber, setPageNumber] = useState(1);
  const [page, setPage] = useState<SourcePage | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The file whose image the window could not draw, so its text is shown instead. */
  const [noPreview, setNoPreview] = useState<string | null>(null);
  /** The PDF's zoom, kept while moving between pages and citations; `scale` is what it comes to (fit included). */
  const [zoom, setZoom] = useState<PdfZoom>('fit');
  const [scale, setScale] = useState(1);

  useEffect(() => setPageNumber(Math.max(1, citation?.page ?? 1)), [citation, openings]);

  useEffect(() => {
    if (!citation) return;
    let live = true;
    setError(null);
    docentApi()
      .documents.page({ sid: citation.sid, fileId: citation.fileId, page: pageNumber })
      .then((p) => live && setPage(p))
      .catch((e: unknown) => {
        if (!live) return;
        setPage(null);
        setError(tr.t('source.maybeRemoved', { reason: errorMessage(e) }));
      });
    return () => {
      live = false;
    };
  }, [citation, pageNumber]);

  if (!citation) return null;
  // A document opened from its row marks nothing and has no citation number.
  const opening = isDocumentOpening(citation);
  const onCitedPage = !opening && pageNumber >= citation.page && pageNumber <= Math.max(citation.page, citation.pageEnd);
  const shown = page && page.page === pageNumber && page.fileId === citation.fileId ? page : null;
  const passage = shown && onCitedPage ? citedSpanOnPage(shown.text, citation, pageNumber) || citation.text : '';
  const span = shown && onCitedPage ? spanOnPage(shown.text, citation, pageNumber) : null;
  const near = shown && span ? compactText(shown.text.slice(0, span[0])).length : undefined;
  const zoomBy = (factor: number) => setZoom(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(scale * factor * 20) / 20)));
  const fileKey = `${citation.sid}/${citation.fileId}`;

  return (
    <aside className="source-panel" aria-label={tr.t('source.region')} data-testid="source-panel">
      <div className="panel-head">
        {opening ? (
          <h2 title={visibleFileName(citation.fileName)} data-testid="source-document">
            <MiddleEllipsis text={visibleFileName(citation.fileName)} />
          </h2>
        ) : (
          <h2 title={citationLabel(citation, tr)}>
            <span className="chip-n">[{citation.n}]</span> <CitationLabel citation={citation} shorten />
          </h2>
        )}
        <button type="button" className="button ghost small" aria-label={tr.t('source.close')} onClick={close}>
          ✕
        </button>
      </div>
      {shown?.kind === 'pdf' && (
        <div className="zoom-bar" role="toolbar" aria-label={tr.t('source.zoomBar')}>
          <button type="button" className="button small" aria-label={tr.t('source.zoomOut')} disabled={scale <= MIN_ZOOM} onClick={() => zoomBy(1 / ZOOM_STEP)}>
            −
          </button>
          <span className="zoom-level" data-testid="zoom-level">
            {tr.t('source.zoomPercent', { percent: String(Math.round(scale * 100)) })}
          </span>
          <button type="button" className="button small" aria-label={tr.t('source.zoomIn')} disabled={scale >= MAX_ZOOM} onClick={() => zoomBy(ZOOM_STEP)}>
            +
          </button>
          <button type="button" className="button small" aria-pressed={zoom === 'fit'} onClick={() => setZoom('fit')}>
            {tr.t('source.fitWidth')}
          </button>
        </div>
      )}
      {shown && shown.pageCount > 1 && (
        <div className="page-nav">
          <button type="button" className="button small" disabled={pageNumber <= 1} onClick={() => setPageNumber((n) => Math.max(1, n - 1))}>
            {tr.t('source.previous')}
          </button>
          <span data-testid="source-page-number">
            {tr.t('source.pageOf', { page: String(pageNumber), count: String(shown.pageCount) })}
          </span>
          <button type="button" className="button small" disabled={pageNumber >= shown.pageCount} onClick={() => setPageNumber((n) => Math.min(shown.pageCount, n + 1))}>
            {tr.t('source.next')}
          </button>
        </div>
      )}
      <div className="panel-scroll source-body">
        {error && (
          <p className="row-problem error" role="alert">
            {error}
          </p>
        )}
        {!error && !shown && <p className="hint">{tr.t('source.opening')}</p>}
        {shown &&
          (shown.kind === 'pdf' ? (
            <PdfPageView sid={citation.sid} fileId={citation.fileId} page={pageNumber} passage={passage} near={near} ocr={shown.ocr} span={span} zoom={zoom} onScale={setScale} />
          ) : shown.kind === 'image' && noPreview !== fileKey ? (
            <ImagePageView sid={citation.sid} fileId={citation.fileId} page={pageNumber} ocr={shown.ocr} span={span} onNoPreview={() => setNoPreview(fileKey)} />
          ) : (
            <>
              {shown.kind === 'image' && (
                <p className="hint" data-testid="source-no-preview">
                  {tr.t('source.imageNoPreview')}
                </p>
              )}
              <TextPageView text={shown.text} span={span} />
            </>
          ))}
      </div>
    </aside>
  );
}

const ZOOM_STEP = 1.25;
const MIN_ZOOM = 0.25;
const MAX_ZOOM = 5;

function spanOnPage(text: string, span: { page: number; pageEnd: number; start: number; end: number }, page: number): [number, number] {
  const from = page === span.page ? Math.min(span.start, text.length) : 0;
  const to = page === span.pageEnd ? Math.min(span.end, text.length) : text.length;
  return [from, Math.max(from, to)];
}
