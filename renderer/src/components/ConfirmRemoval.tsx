// The confirmation every removal asks for: "Keep" (focused, so Enter does no harm) or "Remove".
import type { ReactNode } from 'react';
import { useTranslator } from '../i18n';
import { Modal } from './Modal';

export function ConfirmRemoval({
  title,
  open,
  onClose,
  onRemove,
  removeTestId,
  children,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  onRemove: () => void;
  removeTestId?: string;
  children: ReactNode;
}) {
  const tr = useTranslator();
  return (
    <Modal
      title={title}
      open={open}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" autoFocus onClick={onClose}>
            {tr.t('documents.keep')}
          </button>
          <button
            type="button"
            className="button danger-fill"
            data-testid={removeTestId}
            onClick={() => {
              onClose();
              onRemove();
            }}
          >
            {tr.t('documents.remove')}
          </button>
        </>
      }
    >
      {children}
    </Modal>
  );
}
