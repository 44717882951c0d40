// The open session's title and the window-wide actions.
import { useDocent } from '../state/store';
import { useTranslator } from '../i18n';

export function TopBar() {
  const tr = useTranslator();
  const title = useDocent((s) => s.session?.title ?? '');
  const hasChat = useDocent((s) => (s.session?.chat.length ?? 0) > 0);
  const exportChat = useDocent((s) => s.exportChat);
  const openSettings = useDocent((s) => s.openSettings);
  return (
    <header className="topbar">
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
