// The window rules of electron/security.ts, checked on stand-in Electron objects: what the scanner cannot see through
// (it reads only literals inside `new BrowserWindow(...)`) and the allowlist relies on, and what the real-shell e2e
// test would cover where an Electron binary exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, secureWebPreferences } from '../../electron/security';
import { FakeSession, FakeWebContents } from './fake-electron';

const APP_ORIGIN = 'app://docent';

test('every window gets an isolated, sandboxed renderer without Node and with web security on', () => {
  const prefs = secureWebPreferences('/x/preload.cjs');
  assert.equal(prefs.preload, '/x/preload.cjs');
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.nodeIntegrationInWorker, false);
  assert.equal(prefs.nodeIntegrationInSubFrames, false);
  assert.equal(prefs.webSecurity, true);
  assert.equal(prefs.allowRunningInsecureContent, false);
  assert.equal(prefs.webviewTag, false);
  assert.equal(prefs.experimentalFeatures, false);
});

test('no new window opens, whatever asked for it: window.open, target=_blank, a middle-click, shift-click', () => {
  const contents = new FakeWebContents();
  hardenWebContents(contents.asWebContents(), APP_ORIGIN);
  assert.ok(contents.windowOpenHandler, 'a window-open handler is set');
  for (const disposition of ['new-window', 'foreground-tab', 'background-tab', 'default', 'other']) {
    for (const url of ['https://example.com/', `${APP_ORIGIN}/index.html`, 'file:///etc/passwd', 'javascript:alert(1)']) {
      assert.deepEqual(contents.windowOpenHandler({ url, disposition, frameName: '', features: '' }), { action: 'deny' }, `${disposition} ${url}`);
    }
  }
});

test('navigation away, redirects, sub-frame navigations and <webview> are refused; the top frame loading itself is not touched', () => {
  const contents = new FakeWebContents();
  hardenWebContents(contents.asWebContents(), APP_ORIGIN);
  assert.equal(contents.attempt('will-navigate', { url: 'https://example.com/' }), true);
  assert.equal(contents.attempt('will-navigate', { url: `${APP_ORIGIN}/other.html` }), true);
  assert.equal(contents.attempt('will-redirect', { url: 'https://example.com/' }), true);
  assert.equal(contents.attempt('will-frame-navigate', { url: 'https://example.com/', isMainFrame: false }), true);
  assert.equal(contents.attempt('will-frame-navigate', { url: `${APP_ORIGIN}/index.html`, isMainFrame: true }), false);
  assert.equal(contents.attempt('will-attach-webview', {}), true);
});

test('every response carries the strict CSP, replacing whatever CSP the response had; no permission is granted', async () => {
  const session = new FakeSession();
  hardenSession(session.asSession());
  assert.ok(session.headersListener);
  const headers = await new Promise<Record<string, string[]>>((resolve) =>
    session.headersListener!({ responseHeaders: { 'content-security-policy': ["default-src *; script-src 'unsafe-inline' *"], 'Content-Type': ['text/html'] } }, (r) =>
      resolve(r.responseHeaders ?? {}),
    ),
  );
  const cspHeaders = Object.entries(headers).filter(([name]) => name.toLowerCase() === 'content-security-policy');
  assert.deepEqual(cspHeaders, [['Content-Security-Policy', [CONTENT_SECURITY_POLICY]]]);
  assert.deepEqual(headers['X-Content-Type-Options'], ['nosniff']);
  assert.deepEqual(headers['Content-Type'], ['text/html']);

  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
    const granted = await new Promise<boolean>((resolve) => session.permissionRequest!(null, permission, resolve));
    assert.equal(granted, false, permission);
  }
  assert.equal(session.permissionCheck!(null, 'media', APP_ORIGIN, {}), false);
  assert.equal(session.deviceCheck!({ deviceType: 'usb', origin: APP_ORIGIN }), false);
});

test("the CSP lets no script in but the app's own files: no inline, no eval, no plugins, no <base>, no framing", () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  assert.deepEqual(directives.get('script-src'), ["'self'"]);
  assert.deepEqual(directives.get('object-src'), ["'none'"]);
  assert.deepEqual(directives.get('base-uri'), ["'none'"]);
  assert.deepEqual(directives.get('frame-ancestors'), ["'none'"]);
  assert.deepEqual(directives.get('connect-src'), ["'self'"]);
  assert.deepEqual(directives.get('default-src'), ["'self'"]);
});
