// The list of sessions: the open one highlighted, New at the top, background work at the bottom.
import { useCallback, useState } from 'react';
import { useDocent } from '../state/store';
import { SessionItem } from './SessionItem';
import { EndSessionDialog } from './EndSessionDialog';
import { BackgroundStatus } from './BackgroundStatus';
import { useTranslator } from '../i18n';

export function SessionsSidebar() {
  const tr = useTranslator();
  const sessions = useDocent((s) => s.sessions);
  const currentSid = useDocent((s) => s.session?.sid);
  const createSession = useDocent((s) => s.createSession);
  const [ending, setEnding] = useState<string | null>(null);
  const closeEnd = useCallback(() => setEnding(null), []);

  return (
    <nav className="sidebar" aria-label={tr.t('sessions.nav')}>
      <div className="sidebar-head">
        <span className="brand">Docent</span>
        <button type="button" className="button primary small" onClick={() => void createSession()}>
          {tr.t('sessions.new')}
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
