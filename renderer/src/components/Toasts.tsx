// Messages in the corner: errors stay until dismissed, notices fade on their own.
import { useDocent } from '../state/store';
import { useTranslator } from '../i18n';

export function Toasts() {
  const toasts = useDocent((s) => s.toasts);
  const tr = useTranslator();
  const dismiss = useDocent((s) => s.dismissToast);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast ${toast.level}`} role={toast.level === 'error' ? 'alert' : 'status'}>
          <span dir="auto">{toast.message}</span>
          <button type="button" className="button ghost small" aria-label={tr.t('toast.dismiss')} onClick={() => dismiss(toast.id)}>
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
