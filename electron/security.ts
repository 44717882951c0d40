// Locks down every window: the strict CSP on every response, no navigation away from the app, no new windows,
// no permissions (camera, notifications, …), no <webview>. Electron objects are passed in (only main.ts and
// preload.ts import `electron` at run time; the imports here are types only).
import type { Session, WebContents } from 'electron';
import { isSameOrigin } from './app/ipc/sender';
import { CONTENT_SECURITY_POLICY } from './app/web/headers';

export { CONTENT_SECURITY_POLICY };

/** webPreferences for every Docent window: the renderer gets no Node, runs sandboxed and isolated from the preload. */
export function secureWebPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: false,
  } as const;
}

/** CSP as a response header on everything the session loads (the meta tag in index.html is the second line). */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    headers['X-Content-Type-Options'] = ['nosniff'];
    callback({ responseHeaders: headers });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}

/** Applied to every webContents as it is created (app 'web-contents-created'). */
export function hardenWebContents(contents: WebContents, appOrigin: string, log: (message: string) => void = () => {}): void {
  const refuseNavigation = (event: { preventDefault(): void; url: string }) => {
    // The app is one page: even same-origin navigations are refused, so a bug cannot lose the window's state.
    event.preventDefault();
    log(`[docent] blocked navigation to ${isSameOrigin(event.url, appOrigin) ? 'an app page' : 'an outside page'}: ${event.url.slice(0, 200)}`);
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) refuseNavigation(event);
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`[docent] blocked a new window: ${url.slice(0, 200)}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
