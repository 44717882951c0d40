// One session in the sidebar: open it, rename it in place, or end it.
import { useState, type FormEvent } from 'react';
import type { SessionSummary } from '../../../shared/model';
import { useDocent } from '../state/store';
import { formatDate, plural } from '../lib/format';

interface SessionItemProps {
  session: SessionSummary;
  current: boolean;
  onEnd(): void;
}

export function SessionItem({ session, current, onEnd }: SessionItemProps) {
  const openSession = useDocent((s) => s.openSession);
  const renameSession = useDocent((s) => s.renameSession);
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(session.title);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed || trimmed === session.title || (await renameSession(session.sid, trimmed))) setEditing(false);
  };

  return (
    <li className={`session-item ${current ? 'current' : ''}`} data-testid="session-item" aria-current={current ? 'true' : undefined}>
      {editing ? (
        <form className="rename-form" onSubmit={(e) => void submit(e)}>
          <input
            aria-label="Session title"
            value={title}
            maxLength={200}
            autoFocus
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setTitle(session.title);
                setEditing(false);
              }
            }}
          />
          <button type="submit" className="button small">
            Save
          </button>
        </form>
      ) : (
        <button type="button" className="session-open" onClick={() => void openSession(session.sid)}>
          <span className="session-title">{session.title || 'Untitled session'}</span>
          <span className="session-meta">
            {formatDate(session.updatedAt || session.createdAt)} · {plural(session.documentCount, 'document')}
          </span>
        </button>
      )}
      {!editing && (
        <div className="session-actions">
          <button
            type="button"
            className="button ghost small"
            aria-label={`Rename ${session.title}`}
            onClick={() => {
              setTitle(session.title);
              setEditing(true);
            }}
          >
            Rename
          </button>
          <button type="button" className="button ghost small danger" aria-label={`End ${session.title}`} onClick={onEnd}>
            End
          </button>
        </div>
      )}
    </li>
  );
}
