// The real Electron shell, driven by Playwright's _electron: the page has window.docent and no Node, a session can be
// created through the secure IPC wrapper, the CSP blocks inline scripts, and navigation away is refused.
// Where no Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD) the test is reported as skipped, with why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { repoRoot, tempDataDir } from '../../helpers/paths';
import { cleanEnv } from '../../helpers/clean-env';

/** The Electron binary's path, found without require('electron'): that would try to download a missing binary. */
function electronBinary(): string | null {
  const pkg = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (!relative) return null;
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkg, 'dist');
  const full = path.join(base, relative);
  return existsSync(full) ? full : null;
}

const binary = electronBinary();

test(
  'the Electron shell exposes only window.docent, creates a session over IPC, and enforces the CSP',
  { skip: binary ? false : 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): this test was NOT run', timeout: 60_000 },
  async () => {
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-electron.mjs')], { cwd: repoRoot, stdio: 'inherit' });
    assert.ok(existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html')), 'dist/renderer must be built first (npm run build:renderer)');
    const data = await tempDataDir('docent-e2e-electron-');
    // Chromium refuses to run as root with its OS sandbox on; the renderer stays sandbox: true either way.
    const args = ['.', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
    const app = await electron.launch({ executablePath: binary!, args, cwd: repoRoot, env: cleanEnv({ DOCENT_DATA_DIR: data.dir }) as Record<string, string> });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('load');
      const loaded = new URL(page.url());
      assert.equal(`${loaded.protocol}//${loaded.host}`, 'app://docent');

      const globals = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        return { docent: typeof w.docent, transport: typeof w.docentTransport, require: typeof w.require, process: typeof w.process, ipcRenderer: typeof w.ipcRenderer };
      });
      assert.deepEqual(globals, { docent: 'object', transport: 'object', require: 'undefined', process: 'undefined', ipcRenderer: 'undefined' });

      const created = await page.evaluate(() => (window as any).docent.sessions.create({ title: 'From Electron' }));
      assert.match(created.sid, /^[A-Za-z0-9_-]{22}$/);
      const listed = await page.evaluate(() => (window as any).docent.sessions.list());
      assert.ok(listed.some((s: { sid: string }) => s.sid === created.sid));
      const refused = await page.evaluate(() => (window as any).docentTransport.invoke('sessions.open', { sid: '../x' }));
      assert.equal(refused.ok, false);
      assert.equal(refused.error.code, 'invalid-input');

      const inlineRan = await page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const script = document.createElement('script');
            script.textContent = 'window.__docentInlineRan = true';
            document.head.append(script);
            setTimeout(() => resolve((window as any).__docentInlineRan === true), 200);
          }),
      );
      assert.equal(inlineRan, false);

      const opened = await page.evaluate(() => window.open('https://example.com') === null);
      assert.equal(opened, true);
      await page.evaluate(() => {
        location.href = 'https://example.com/';
      });
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(new URL(page.url()).host, 'docent');
    } finally {
      await app.close();
      await data.cleanup();
    }
  },
);
