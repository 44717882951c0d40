// The open session's title and the window-wide actions.
import { useDocent } from '../state/store';

export function TopBar() {
  const title = useDocent((s) => s.session?.title ?? '');
  const hasChat = useDocent((s) => (s.session?.chat.length ?? 0) > 0);
  const exportChat = useDocent((s) => s.exportChat);
  const openSettings = useDocent((s) => s.openSettings);
  return (
    <header className="topbar">
      <h1 className="session-heading">{title || 'Untitled session'}</h1>
      <div className="topbar-actions">
        <button type="button" className="button" disabled={!hasChat} onClick={() => void exportChat()}>
          Export chat
        </button>
        <button type="button" className="button" onClick={() => void openSettings(true)}>
          Settings
        </button>
      </div>
    </header>
  );
}
