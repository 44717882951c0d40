// The list of sessions: the open one highlighted, New at the top, background work at the bottom.
import { useCallback, useState } from 'react';
import { useDocent } from '../state/store';
import { SessionItem } from './SessionItem';
import { EndSessionDialog } from './EndSessionDialog';
import { BackgroundStatus } from './BackgroundStatus';

export function SessionsSidebar() {
  const sessions = useDocent((s) => s.sessions);
  const currentSid = useDocent((s) => s.session?.sid);
  const createSession = useDocent((s) => s.createSession);
  const [ending, setEnding] = useState<string | null>(null);
  const closeEnd = useCallback(() => setEnding(null), []);

  return (
    <nav className="sidebar" aria-label="Sessions">
      <div className="sidebar-head">
        <span className="brand">Docent</span>
        <button type="button" className="button primary small" onClick={() => void createSession()}>
          New session
        </button>
      </div>
      <ul className="session-list" data-testid="session-list">
        {sessions.map((session) => (
          <SessionItem key={session.sid} session={session} current={session.sid === currentSid} onEnd={() => setEnding(session.sid)} />
        ))}
      </ul>
      <BackgroundStatus />
      {ending && <EndSessionDialog sid={ending} onClose={closeEnd} />}
    </nav>
  );
}
