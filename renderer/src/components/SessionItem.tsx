// One session in the sidebar: open it, rename it in place, or end it.
import { useState, type FormEvent } from 'react';
import type { SessionSummary } from '../../../shared/model';
import { useDocent } from '../state/store';
import { formatDate } from '../lib/format';
import { useTranslator } from '../i18n';

interface SessionItemProps {
  session: SessionSummary;
  current: boolean;
  onEnd(): void;
}

export function SessionItem({ session, current, onEnd }: SessionItemProps) {
  const openSession = useDocent((s) => s.openSession);
  const tr = useTranslator();
  const renameSession = useDocent((s) => s.renameSession);
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(session.title);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    // Kept unchanged (the untitled name included, which is the window's wording, not a title): nothing to save.
    const unchanged = trimmed === session.title || (!session.title && trimmed === tr.t('sessions.untitled'));
    if (!trimmed || unchanged || (await renameSession(session.sid, trimmed))) setEditing(false);
  };

  return (
    <li className={`session-item ${current ? 'current' : ''}`} data-testid="session-item" aria-current={current ? 'true' : undefined}>
      {editing ? (
        <form className="rename-form" onSubmit={(e) => void submit(e)}>
          <input
            aria-label={tr.t('sessions.titleLabel')}
            dir="auto"
            value={title}
            maxLength={200}
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setTitle(session.title);
                setEditing(false);
              }
            }}
          />
          <button type="submit" className="button small">
            {tr.t('sessions.save')}
          </button>
        </form>
      ) : (
        <button type="button" className="session-open" onClick={() => void openSession(session.sid)}>
          <span className="session-title" dir="auto">
            {session.title || tr.t('sessions.untitled')}
          </span>
          <span className="session-meta">{tr.t('sessions.meta', { date: formatDate(session.updatedAt || session.createdAt, tr), count: session.documentCount })}</span>
        </button>
      )}
      {!editing && (
        <div className="session-actions">
          <button
            type="button"
            className="button ghost small"
            aria-label={tr.t('sessions.renameNamed', { title: session.title || tr.t('sessions.untitled') })}
            onClick={() => {
              // Pre-filled with the name shown, untitled included, and selected: typing replaces it, arrows edit it.
              setTitle(session.title || tr.t('sessions.untitled'));
              setEditing(true);
            }}
          >
            {tr.t('sessions.rename')}
          </button>
          <button type="button" className="button ghost small danger" aria-label={tr.t('sessions.endNamed', { title: session.title || tr.t('sessions.untitled') })} onClick={onEnd}>
            {tr.t('sessions.end')}
          </button>
        </div>
      )}
    </li>
  );
}
