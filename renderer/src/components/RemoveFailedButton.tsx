// "Remove all failed": every file of the session that could not be read, taken off the list at once after a question.
import { useState } from 'react';
import { useDocent } from '../state/store';
import { useTranslator } from '../i18n';
import { ConfirmRemoval } from './ConfirmRemoval';

export function RemoveFailedButton({ count }: { count: number }) {
  const removeFailed = useDocent((s) => s.removeFailed);
  const tr = useTranslator();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button type="button" className="button ghost small danger" data-testid="remove-failed" onClick={() => setConfirming(true)}>
        {tr.t('documents.removeFailed', { count })}
      </button>
      <ConfirmRemoval
        title={tr.t('documents.removeFailedTitle', { count })}
        open={confirming}
        onClose={() => setConfirming(false)}
        onRemove={() => void removeFailed()}
        removeTestId="remove-failed-confirm"
      >
        <p>{tr.t('documents.removeFailedBody')}</p>
      </ConfirmRemoval>
    </>
  );
}
