// One document of the session: name, pages and passages; Remove after a confirmation.
import { useState } from 'react';
import type { DocumentRecord } from '../../../shared/model';
import { useDocent } from '../state/store';
import { formatBytes, plural } from '../lib/format';
import { Modal } from './Modal';
import { PasswordPrompt } from './PasswordPrompt';

export function DocumentItem({ document }: { document: DocumentRecord }) {
  const removeDocument = useDocent((s) => s.removeDocument);
  const [confirming, setConfirming] = useState(false);
  const ready = document.status === 'ready';
  const problem = document.status === 'failed' || document.status === 'needs-password';

  return (
    <li className={`document-item status-${document.status}`} data-testid="document-item" data-status={document.status} data-file-name={document.name}>
      <div className="row-head">
        <span className="file-name" title={document.title || document.name}>
          <span className={`kind-badge kind-${document.kind}`}>{document.kind || 'file'}</span>
          {document.name}
        </span>
        <button type="button" className="button ghost small" aria-label={`${problem ? 'Dismiss' : 'Remove'} ${document.name}`} onClick={() => setConfirming(true)}>
          {problem ? 'Dismiss' : 'Remove'}
        </button>
      </div>
      {ready && (
        <p className="doc-meta">
          {document.pages > 0 ? `${plural(document.pages, 'page')} · ` : ''}
          {plural(document.chunks, 'passage')} · {formatBytes(document.size)}
        </p>
      )}
      {document.status === 'processing' && <p className="doc-meta">Being added…</p>}
      {document.status === 'needs-password' && <PasswordPrompt fileId={document.fileId} fileName={document.name} error={document.error} />}
      {document.status === 'failed' && <p className="row-problem error">{document.error?.message ?? 'Docent could not read this file.'}</p>}
      <Modal
        title={`Remove “${document.name}”?`}
        open={confirming}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
              Keep it
            </button>
            <button
              type="button"
              className="button danger-fill"
              onClick={() => {
                setConfirming(false);
                void removeDocument(document.fileId);
              }}
            >
              Remove
            </button>
          </>
        }
      >
        <p>
          {ready
            ? `Its ${plural(document.chunks, 'passage')} and its copy are erased from this session. The chat keeps its answers, but their citations to this file will no longer open.`
            : 'It is taken off the list.'}
        </p>
      </Modal>
    </li>
  );
}
