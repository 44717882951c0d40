// Messages in the corner: errors stay until dismissed, notices fade on their own.
import { useDocent } from '../state/store';

export function Toasts() {
  const toasts = useDocent((s) => s.toasts);
  const dismiss = useDocent((s) => s.dismissToast);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast ${toast.level}`} role={toast.level === 'error' ? 'alert' : 'status'}>
          <span>{toast.message}</span>
          <button type="button" className="button ghost small" aria-label="Dismiss message" onClick={() => dismiss(toast.id)}>
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
