// "Remove all failed": every file of the session that could not be read, taken off the list at once after a question.
import { useState } from 'react';
import { useDocent } from '../state/store';
import { useTranslator } from '../i18n';
import { Modal } from './Modal';

export function RemoveFailedButton({ count }: { count: number }) {
  const removeFailed = useDocent((s) => s.removeFailed);
  const tr = useTranslator();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button type="button" className="button ghost small danger" data-testid="remove-failed" onClick={() => setConfirming(true)}>
        {tr.t('documents.removeFailed', { count })}
      </button>
      <Modal
        title={tr.t('documents.removeFailedTitle', { count })}
        open={confirming}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
              {tr.t('documents.keep')}
            </button>
            <button
              type="button"
              className="button danger-fill"
              data-testid="remove-failed-confirm"
              onClick={() => {
                setConfirming(false);
                void removeFailed();
              }}
            >
              {tr.t('documents.remove')}
            </button>
          </>
        }
      >
        <p>{tr.t('documents.removeFailedBody')}</p>
      </Modal>
    </>
  );
}
