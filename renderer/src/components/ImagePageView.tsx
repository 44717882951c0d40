// An image document (a photo or scan read by OCR) drawn to the panel's width, with boxes over the cited words.
import { DrawFailed } from './DrawFailed';
import { useEffect, useRef, useState } from 'react';
import type { SourceOcrLayer } from '../../../shared/model';
import { docentApi } from '../state/store';
import { toUint8Array } from '../lib/bytes';
import { errorMessage } from '../lib/errors';
import { ocrHighlightBoxes } from '../lib/ocr-boxes';
import { previewableImageType } from '../lib/image-preview';
import { scrollIntoPanel } from '../lib/scroll-into-panel';
import { useTranslator } from '../i18n';

interface ImagePageViewProps {
  sid: string;
  fileId: string;
  page: number;
  ocr: SourceOcrLayer | undefined;
  /** The cited [start, end) in the page text, or null when the page is not cited. */
  span: [number, number] | null;
  /** Called when the browser cannot draw this image (TIFF, or bytes it cannot decode): the panel shows the text instead. */
  onNoPreview: () => void;
}

/** Boxes are placed in percent of the drawn image, so they follow it however the panel is resized. */
const PERCENT = { width: 100, height: 100 };

export function ImagePageView({ sid, fileId, page, ocr, span, onNoPreview }: ImagePageViewProps) {
  const tr = useTranslator();
  const frame = useRef<HTMLDivElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let objectUrl: string | undefined;
    setError(null);
    setLoaded(false);
    setUrl(null);
    docentApi()
      .documents.bytes({ sid, fileId })
      .then(({ bytes }) => {
        if (!live) return;
        const data = toUint8Array(bytes);
        const type = previewableImageType(data);
        if (!type) return onNoPreview();
        // slice(): a Blob takes only bytes backed by a plain ArrayBuffer, which the copy guarantees.
        objectUrl = URL.createObjectURL(new Blob([data.slice()], { type }));
        setUrl(objectUrl);
      })
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [sid, fileId]);

  const boxes = loaded && ocr ? ocrHighlightBoxes(ocr, span, PERCENT) : [];
  const first = boxes[0];
  useEffect(() => {
    const box = frame.current?.querySelector<HTMLElement>('.pdf-highlight');
    if (box) scrollIntoPanel(box);
  }, [first?.left, first?.top]);

  if (error) return <DrawFailed reason={error} />;
  return (
    <div ref={frame} className="pdf-frame" data-testid="image-page">
      {url && (
        <div className="pdf-page image-page">
          <img src={url} alt={tr.t('source.pageImage', { page: String(page) })} onLoad={() => setLoaded(true)} onError={onNoPreview} />
          {boxes.map((box, i) => (
            <div
              key={i}
              className="pdf-highlight"
              data-testid="source-highlight"
              style={{ left: `${box.left}%`, top: `${box.top}%`, width: `${box.width}%`, height: `${box.height}%` }}
            />
          ))}
        </div>
      )}
    </div>
  );
}
