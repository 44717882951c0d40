// The window: sessions on the left; documents, chat and (when a citation is open) its source on the right.
import { useEffect, useState } from 'react';
import { getDocentApi } from './platform';
import { useDocent } from './state/store';
import { SessionsSidebar } from './components/SessionsSidebar';
import { TopBar } from './components/TopBar';
import { DocumentsPanel } from './components/DocumentsPanel';
import { ChatPanel } from './components/ChatPanel';
import { SourcePanel } from './components/SourcePanel';
import { DropZone } from './components/DropZone';
import { Toasts } from './components/Toasts';
import { SettingsDialog } from './components/SettingsDialog';
import { I18nProvider, useTranslator } from './i18n';

export function App() {
  return (
    <I18nProvider>
      <DocentWindow />
    </I18nProvider>
  );
}

function DocentWindow() {
  const tr = useTranslator();
  const ready = useDocent((s) => s.ready);
  const loadError = useDocent((s) => s.loadError);
  const hasSession = useDocent((s) => s.session !== null);
  const sourceOpen = useDocent((s) => s.source !== null);
  const sid = useDocent((s) => s.session?.sid);
  // In a narrow window the sessions sidebar folds away behind a button in the top bar (styles.css, "Narrow windows").
  const [sessionsOpen, setSessionsOpen] = useState(false);
  useEffect(() => setSessionsOpen(false), [sid]);
  useEffect(() => {
    if (!sessionsOpen) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setSessionsOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sessionsOpen]);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    void useDocent
      .getState()
      .init(getDocentApi())
      .then((off) => (live ? (stop = off) : off()));
    return () => {
      live = false;
      stop?.();
    };
  }, []);

  if (!ready) return <div className="splash" aria-busy="true">{tr.t('app.opening')}</div>;
  if (loadError || !hasSession) {
    return (
      <div className="splash" role="alert">
        <p>{tr.t('app.loadFailed', { reason: loadError ?? tr.t('app.noSession') })}</p>
        <p>{tr.t('app.loadHint')}</p>
      </div>
    );
  }
  return (
    <div className={`app ${sourceOpen ? 'with-source' : ''} ${sessionsOpen ? 'sessions-open' : ''}`}>
      <SessionsSidebar />
      {sessionsOpen && <div className="sidebar-backdrop" aria-hidden="true" onClick={() => setSessionsOpen(false)} />}
      <main className="workspace">
        <TopBar sessionsOpen={sessionsOpen} onToggleSessions={() => setSessionsOpen(!sessionsOpen)} />
        <Toasts />
        <div className="panes">
          <DocumentsPanel />
          <ChatPanel />
          {sourceOpen && <SourcePanel />}
        </div>
      </main>
      <DropZone />
      <SettingsDialog />
    </div>
  );
}
