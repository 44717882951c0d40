// Notices, in the flow of the window under the top bar, so they never cover the composer, a panel's buttons or each
// other, and never run off the right edge. Information goes away by itself. Warnings and errors stay until dismissed,
// gathered in one list: the latest shows, the others fold away behind "N more", and "Dismiss all" clears them.
import { useState } from 'react';
import { useDocent } from '../state/store';
import { isProblem, type Toast } from '../state/toasts';
import { useTranslator } from '../i18n';
import { SaidMessage } from './SaidMessage';

function NoticeItem({ toast }: { toast: Toast }) {
  const tr = useTranslator();
  const dismiss = useDocent((s) => s.dismissToast);
  const endUnreadable = useDocent((s) => s.endUnreadableSession);
  // A session whose file could not be read still has vectors and copies: its notice offers to erase them.
  const unreadableSid = toast.message.code === 'session-file-unreadable' ? toast.message.params?.sid : undefined;
  return (
    <li className={`notice ${toast.level}`} data-testid="notice" data-level={toast.level} data-code={toast.message.code}>
      <span className="notice-icon" aria-hidden="true">
        {toast.level === 'info' ? 'ℹ' : '⚠'}
      </span>
      <div className="notice-text">
        <SaidMessage message={toast.message} />
        {toast.count > 1 && <span className="notice-count"> ×{tr.number(toast.count)}</span>}
      </div>
      {typeof unreadableSid === 'string' && (
        <button type="button" className="button small danger" onClick={() => void endUnreadable(unreadableSid, toast.id)}>
          {tr.t('toast.endUnreadable')}
        </button>
      )}
      <button type="button" className="button ghost small notice-dismiss" aria-label={tr.t('toast.dismiss')} onClick={() => dismiss(toast.id)}>
        ✕
      </button>
    </li>
  );
}

export function Toasts() {
  const toasts = useDocent((s) => s.toasts);
  const dismissProblems = useDocent((s) => s.dismissProblems);
  const tr = useTranslator();
  const [expanded, setExpanded] = useState(false);
  const infos = toasts.filter((t) => !isProblem(t));
  const problems = toasts.filter(isProblem);
  const shownProblems = expanded ? [...problems].reverse() : problems.slice(-1);
  const hidden = problems.length - shownProblems.length;
  if (toasts.length === 0) return null;
  return (
    <div className="notices" data-testid="notices">
      {infos.length > 0 && (
        <ul className="notice-list" role="status" aria-live="polite" aria-label={tr.t('toast.information')}>
          {infos.map((toast) => (
            <NoticeItem key={toast.id} toast={toast} />
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <section className="problems" aria-label={tr.t('toast.problems', { count: problems.length })} data-testid="problems">
          <ul className="notice-list" role="alert">
            {shownProblems.map((toast) => (
              <NoticeItem key={toast.id} toast={toast} />
            ))}
          </ul>
          {problems.length > 1 && (
            <div className="problems-actions">
              <button type="button" className="button ghost small" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
                {expanded ? tr.t('toast.showLatest') : tr.t('toast.more', { count: hidden })}
              </button>
              <button type="button" className="button ghost small" onClick={() => dismissProblems()}>
                {tr.t('toast.dismissAll')}
              </button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
