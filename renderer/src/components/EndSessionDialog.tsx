// The one confirmation before a session is ended, saying exactly what will be erased.
import { useEffect, useState } from 'react';
import type { EndPreview } from '../../../shared/model';
import { useDocent } from '../state/store';
import { plural } from '../lib/format';
import { Modal } from './Modal';

export function EndSessionDialog({ sid, onClose }: { sid: string; onClose(): void }) {
  const previewEnd = useDocent((s) => s.previewEnd);
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
      title={`End “${preview.title}”?`}
      open
      onClose={onClose}
      testId="end-session-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={onClose} autoFocus>
            Keep session
          </button>
          <button type="button" className="button danger-fill" disabled={busy} onClick={() => void confirm()}>
            {busy ? 'Ending…' : 'End and erase'}
          </button>
        </>
      }
    >
      <p>Ending this session erases, from this computer and from the vector store:</p>
      <ul className="erase-list">
        <li>{plural(preview.documents, 'document')} and their copies</li>
        <li>{plural(preview.chunks, 'indexed passage')} (chunks)</li>
        <li>the chat ({plural(preview.messages, 'message')})</li>
      </ul>
      {preview.storeKeepsDeletedRecordsForAWhile && (
        <p className="note warning">
          Your vector store is Pinecone: it keeps deleted records for a while before they are gone for good.
        </p>
      )}
      <p>This cannot be undone. The base library is not affected.</p>
    </Modal>
  );
}
