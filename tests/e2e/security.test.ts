// The built renderer in Debian's Chromium through the browser host, with the real core: it loads with no console
// errors under the strict CSP, an injected inline script is blocked, API requests without the secret header are
// refused (a forged request from another local page included), and the secret reaches no other server on loopback —
// opened directly or through a cross-site link — since the host never puts it in a cookie.
import { chromiumPath } from './helpers/browser';
import { builtRenderer } from './helpers/build-renderer';
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { createDocent } from '../../electron/app/docent';
import type { DocentCore } from '../../electron/app/core';
import { startWebHost, type WebHost } from '../../electron/app/web/host';
import { tempDataDir } from '../helpers/paths';
import { cleanEnv } from '../helpers/clean-env';

const CHROMIUM = chromiumPath;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

// The renderer is built for this file alone (as every browser test does): reading dist/renderer, which a parallel
// build may be rewriting, once made these tests skip themselves in a green run.
const skip = !existsSync(CHROMIUM) ? `${CHROMIUM} not found (apt-get install chromium): these tests were NOT run` : false;

describe('browser host security in Chromium', () => {
  let dataDir: { dir: string; cleanup: () => Promise<void> };
  let core: DocentCore;
  let host: WebHost;
  let browser: Browser;

  before(async () => {
    if (skip) return; // each test below reports the reason
    dataDir = await tempDataDir('docent-e2e-security-');
    core = await createDocent({ dataDir: dataDir.dir, env: cleanEnv(), syncBase: false });
    host = await startWebHost({ core, rendererDir: await builtRenderer() });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await host?.close();
    await core?.close();
    await dataDir?.cleanup();
  });

  async function openApp() {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    const response = await page.goto(host.url, { waitUntil: 'load' });
    return { context, page, problems, response };
  }

  test('the renderer loads under the CSP with no console errors, and the secret leaves the address bar', { skip }, async () => {
    const { context, page, problems, response } = await openApp();
    try {
      assert.equal(response?.status(), 200);
      assert.match(String(response?.headers()['content-security-policy']), /script-src 'self'/);
      assert.equal(new URL(page.url()).search, '');
      await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, undefined, { timeout: 10_000 });
      assert.equal(new URL(page.url()).hash, '', 'the secret left the address bar');
      assert.deepEqual(problems, []);
      assert.deepEqual(await context.cookies(), [], 'no cookie at all');
      assert.equal(await page.evaluate(() => document.cookie), '');
    } finally {
      await context.close();
    }
  });

  test('an injected inline script is blocked by the CSP', { skip }, async () => {
    const { context, page } = await openApp();
    try {
      const outcome = await page.evaluate(
        () =>
          new Promise<{ ran: boolean; violation: string }>((resolve) => {
            let violation = '';
            document.addEventListener('securitypolicyviolation', (e) => (violation = e.violatedDirective));
            const script = document.createElement('script');
            script.textContent = 'window.__docentInlineRan = true';
            document.head.append(script);
            setTimeout(() => resolve({ ran: (window as unknown as { __docentInlineRan?: boolean }).__docentInlineRan === true, violation }), 200);
          }),
      );
      assert.equal(outcome.ran, false);
      assert.match(outcome.violation, /^script-src/);
    } finally {
      await context.close();
    }
  });

  test('API requests without the secret header are refused', { skip }, async () => {
    const context = await browser.newContext();
    try {
      for (const p of ['/api/events', '/api/invoke/sessions.list']) {
        const response = await context.request.get(`${host.origin}${p}`);
        assert.equal(response.status(), 403, p);
        assert.equal((await response.body()).length, 0);
      }
    } finally {
      await context.close();
    }
    // From inside the app, a request that leaves the header out is refused too.
    const { context: appContext, page } = await openApp();
    try {
      await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, undefined, { timeout: 10_000 });
      const statuses = await page.evaluate(async () => {
        const invoke = await fetch('/api/invoke/sessions.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        const events = await fetch('/api/events');
        return [invoke.status, events.status];
      });
      assert.deepEqual(statuses, [403, 403]);
    } finally {
      await appContext.close();
    }
  });

  test('another local page cannot act on Docent', { skip }, async () => {
    const attacker = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><script>
        const target = ${JSON.stringify(host.origin)};
        Promise.allSettled([
          fetch(target + '/api/invoke/sessions.create', { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: '{"payload":{"title":"forged"}}' }),
          fetch(target + '/api/invoke/sessions.create', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{"payload":{"title":"forged"}}' }),
        ]).then(() => { document.title = 'done'; });
      </script>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    const { context, page } = await openApp();
    try {
      const port = (attacker.address() as { port: number }).port;
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => document.title === 'done');
      const sessions = await core.handlers['sessions.list'](undefined);
      assert.ok(!sessions.some((s) => s.title === 'forged'));
    } finally {
      await context.close();
      await new Promise((resolve) => attacker.close(resolve));
    }
  });

  test('the secret reaches no other server on loopback, opened directly or through a cross-site link', { skip }, async () => {
    const seen: { server: string; url: string; headers: http.IncomingHttpHeaders }[] = [];
    const listen = (server: http.Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
    // Another program on 127.0.0.1: a page with same-site subresources (an image, a script, a credentialed fetch).
    const other = http.createServer((req, res) => {
      seen.push({ server: 'other', url: req.url ?? '', headers: req.headers });
      if (req.url?.endsWith('.png')) return void res.writeHead(404).end();
      if (req.url === '/s.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end('document.title = "other";');
      res.writeHead(200, { 'content-type': 'text/html' }).end(
        `<!doctype html><img src="/pixel.png"><script src="/s.js"></script><script>fetch('/data', { credentials: 'include' }).then(() => (document.body.dataset.done = '1'));</script>`,
      );
    });
    const otherPort = await listen(other);
    // A site that is not 127.0.0.1 (localhost is another site) linking there.
    const linking = http.createServer((req, res) => {
      seen.push({ server: 'linking', url: req.url ?? '', headers: req.headers });
      res.writeHead(200, { 'content-type': 'text/html' }).end(
        `<!doctype html><img src="http://127.0.0.1:${otherPort}/from-elsewhere.png"><a id="go" href="http://127.0.0.1:${otherPort}/linked">open</a>`,
      );
    });
    const linkingPort = await listen(linking);
    const { context, page } = await openApp();
    try {
      await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, undefined, { timeout: 10_000 });
      await page.getByRole('navigation', { name: 'Sessions' }).waitFor();

      const typed = await context.newPage();
      await typed.goto(`http://127.0.0.1:${otherPort}/typed`);
      await typed.waitForFunction(() => document.body.dataset.done === '1');
      const viaLink = await context.newPage();
      await viaLink.goto(`http://localhost:${linkingPort}/`);
      await Promise.all([viaLink.waitForURL(`http://127.0.0.1:${otherPort}/linked`), viaLink.click('#go')]);
      await viaLink.waitForFunction(() => document.body.dataset.done === '1');

      const urls = seen.filter((r) => r.server === 'other').map((r) => r.url);
      for (const expected of ['/typed', '/pixel.png', '/s.js', '/data', '/from-elsewhere.png', '/linked']) assert.ok(urls.includes(expected), `${expected} in ${urls}`);
      for (const request of seen) {
        assert.ok(!JSON.stringify(request).includes(host.secret), `the secret reached ${request.server} in ${request.url}: ${JSON.stringify(request.headers)}`);
      }
    } finally {
      await context.close();
      await new Promise((resolve) => other.close(resolve));
      await new Promise((resolve) => linking.close(resolve));
    }
  });
});
