// The open session's title and the window-wide actions.
import { useDocent } from '../state/store';
import { useTranslator } from '../i18n';

interface TopBarProps {
  /** Whether the folded sessions sidebar of a narrow window is shown. */
  sessionsOpen: boolean;
  onToggleSessions(): void;
}

export function TopBar({ sessionsOpen, onToggleSessions }: TopBarProps) {
  const tr = useTranslator();
  const title = useDocent((s) => s.session?.title ?? '');
  const hasChat = useDocent((s) => (s.session?.chat.length ?? 0) > 0);
  const exportChat = useDocent((s) => s.exportChat);
  const openSettings = useDocent((s) => s.openSettings);
  return (
    <header className="topbar">
      <button type="button" className="button sessions-toggle" aria-expanded={sessionsOpen} data-testid="sessions-toggle" onClick={onToggleSessions}>
        {tr.t('sessions.nav')}
      </button>
      <h1 className="session-heading" dir="auto">
        {title || tr.t('sessions.untitled')}
      </h1>
      <div className="topbar-actions">
        <button type="button" className="button" disabled={!hasChat} onClick={() => void exportChat()}>
          {tr.t('topbar.export')}
        </button>
        <button type="button" className="button" data-testid="open-settings" onClick={() => void openSettings(true)}>
          {tr.t('topbar.settings')}
        </button>
      </div>
    </header>
  );
}
