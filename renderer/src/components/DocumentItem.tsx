// One document of the session: name, pages and passages; Summarize (into the chat); Remove after a confirmation.
import { Fragment, useState, type CSSProperties, type MouseEvent, type Ref } from 'react';
import type { DocumentRecord } from '../../../shared/model';
import { useDocent } from '../state/store';
import { formatBytes } from '../lib/format';
import { useTranslator } from '../i18n';
import { ConfirmRemoval } from './ConfirmRemoval';
import { PasswordPrompt } from './PasswordPrompt';
import { SaidMessage } from './SaidMessage';
import { MiddleEllipsis } from './MiddleEllipsis';
import { KindBadge } from './KindBadge';
import { visibleFileName } from '../../../shared/display-name';

/**
 * `droppedAgain`: the same file was just dropped again; the row is marked so the user sees which one is already here.
 * In a virtualised list the row is placed by the list (`style`), measured (`measureRef`) and numbered (`index`).
 */
export function DocumentItem({
  document,
  droppedAgain = false,
  style,
  measureRef,
  index,
}: {
  document: DocumentRecord;
  droppedAgain?: boolean;
  style?: CSSProperties;
  measureRef?: Ref<HTMLLIElement>;
  index?: number;
}) {
  const removeDocument = useDocent((s) => s.removeDocument);
  const summarize = useDocent((s) => s.summarize);
  const busy = useDocent((s) => s.streaming !== null);
  const tr = useTranslator();
  const [confirming, setConfirming] = useState(false);
  const ready = document.status === 'ready';
  const problem = document.status === 'failed' || document.status === 'needs-password';
  const sid = useDocent((s) => s.session?.sid);
  const openDocument = useDocent((s) => s.openDocument);
  // A ready document opens in the source viewer at its first page: a click on its name or anywhere else on its row
  // that is not one of the row's own controls (or the dialog it holds).
  const open = ready && sid ? () => openDocument(sid, document) : undefined;
  const openFromRow = (event: MouseEvent<HTMLLIElement>) => {
    if (open && !(event.target as Element).closest('button, input, textarea, a, dialog')) open();
  };

  return (
    <li
      ref={measureRef}
      style={style}
      data-index={index}
      className={`document-item status-${document.status} ${droppedAgain ? 'dropped-again' : ''}`}
      data-testid="document-item"
      data-status={document.status}
      data-file-name={document.name}
      data-dropped-again={droppedAgain || undefined}
      data-openable={open ? true : undefined}
      onClick={open ? openFromRow : undefined}
    >
      <div className="row-head">
        {open ? (
          <button
            type="button"
            className="file-name open-document"
            data-testid="open-document"
            title={document.title || undefined}
            aria-label={tr.t('documents.openNamed', { name: visibleFileName(document.name) })}
            onClick={open}
          >
            <KindBadge kind={document.kind} />
            <MiddleEllipsis text={visibleFileName(document.name)} />
          </button>
        ) : (
          <span className="file-name" title={document.title || undefined}>
            <KindBadge kind={document.kind} />
            <MiddleEllipsis text={visibleFileName(document.name)} />
          </span>
        )}
        <button type="button" className="button ghost small" aria-label={tr.t(problem ? 'documents.dismissNamed' : 'documents.removeNamed', { name: visibleFileName(document.name) })} onClick={() => setConfirming(true)}>
          {tr.t(problem ? 'documents.dismiss' : 'documents.remove')}
        </button>
      </div>
      {ready && (
        <div className="row-foot">
          <p className="doc-meta">
            {/* Each figure stays on one line ("83 B", never "83" then "B"); the line breaks between figures. */}
            {[...(document.pages > 0 ? [tr.t('documents.pages', { count: document.pages })] : []), tr.t('documents.passages', { count: document.chunks }), formatBytes(document.size, tr)].map(
              (part, i) => (
                <Fragment key={i}>
                  {i > 0 && ' · '}
                  <span className="meta-part">{part}</span>
                </Fragment>
              ),
            )}
          </p>
          <button
            type="button"
            className="button ghost small"
            data-testid="summarize"
            disabled={busy}
            aria-label={tr.t('documents.summarizeNamed', { name: document.name })}
            onClick={() => void summarize(document.fileId)}
          >
            {tr.t('documents.summarize')}
          </button>
        </div>
      )}
      {document.status === 'processing' && <p className="doc-meta">{tr.t('documents.beingAdded')}</p>}
      {document.status === 'needs-password' && <PasswordPrompt fileId={document.fileId} fileName={visibleFileName(document.name)} error={document.error} />}
      {document.status === 'failed' && (
        <p className="row-problem error">{document.error?.message ? <SaidMessage message={document.error} /> : tr.t('documents.unreadable')}</p>
      )}
      <ConfirmRemoval
        title={tr.t('documents.removeTitle', { name: visibleFileName(document.name) })}
        open={confirming}
        onClose={() => setConfirming(false)}
        onRemove={() => void removeDocument(document.fileId)}
      >
        <p>
          {ready ? tr.t('documents.removeReadyBody', { count: document.chunks }) : tr.t('documents.removeOtherBody')}
        </p>
      </ConfirmRemoval>
    </li>
  );
}
