// The one confirmation before a session is ended, saying exactly what will be erased.
import { useEffect, useState } from 'react';
import type { EndPreview } from '../../../shared/model';
import { useDocent } from '../state/store';
import { useTranslator } from '../i18n';
import { Modal } from './Modal';

export function EndSessionDialog({ sid, onClose }: { sid: string; onClose(): void }) {
  const previewEnd = useDocent((s) => s.previewEnd);
  const tr = useTranslator();
  const endSession = useDocent((s) => s.endSession);
  const [preview, setPreview] = useState<EndPreview | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void previewEnd(sid).then((p) => {
      if (!live) return;
      if (p) setPreview(p);
      else onClose();
    });
    return () => {
      live = false;
    };
  }, [sid, previewEnd, onClose]);

  if (!preview) return null;
  const confirm = async () => {
    setBusy(true);
    await endSession(sid);
    setBusy(false);
    onClose();
  };
  return (
    <Modal
      title={tr.t('end.title', { title: preview.title || tr.t('sessions.untitled') })}
      open
      onClose={onClose}
      testId="end-session-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={onClose} autoFocus>
            {tr.t('end.keep')}
          </button>
          <button type="button" className="button danger-fill" disabled={busy} onClick={() => void confirm()}>
            {tr.t(busy ? 'end.ending' : 'end.confirm')}
          </button>
        </>
      }
    >
      <p>{tr.t('end.intro')}</p>
      <ul className="erase-list">
        <li>{tr.t('end.documents', { count: preview.documents })}</li>
        <li>{tr.t('end.chunks', { count: preview.chunks })}</li>
        <li>{tr.t('end.messages', { count: preview.messages })}</li>
      </ul>
      {preview.storeKeepsDeletedRecordsForAWhile && (
        <p className="note warning">{tr.t('end.pinecone')}</p>
      )}
      <p>{tr.t('end.final')}</p>
    </Modal>
  );
}
