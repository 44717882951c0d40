// The browser host with the real core on a temp data dir: the secret gate (a header, never a cookie), Host/Origin
// checks, static files confined to the renderer folder, the invoke round trip, events over SSE, and uploads as the
// only ingestible paths.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { createDocent } from '../../electron/app/docent';
import type { DocentCore } from '../../electron/app/core';
import { startWebHost, type WebHost } from '../../electron/app/web/host';
import { parseWireJson } from '../../renderer/src/platform/wire';
import { createWebDocentApi } from '../../renderer/src/platform/web-client';
import { DocentError } from '../../shared/api';
import { tempDataDir } from '../helpers/paths';
import { withTimeout } from '../helpers/wait';
import { cleanEnv } from '../helpers/clean-env';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request: unlike fetch, it sends the path, Host and Origin exactly as given. */
function request(host: WebHost, rawPath: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: rawPath, headers: { host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let dataDir: { dir: string; cleanup: () => Promise<void> };
let rendererDir: string;
let core: DocentCore;
let host: WebHost;

const authed = (extra: Record<string, string> = {}) => ({ 'x-docent-secret': host.secret, ...extra });

async function invoke(channel: string, payload?: unknown) {
  const reply = await request(host, `/api/invoke/${channel}`, {
    method: 'POST',
    headers: authed({ 'content-type': 'application/json' }),
    body: JSON.stringify({ payload }),
  });
  assert.equal(reply.status, 200);
  return parseWireJson(reply.body) as { ok: true; value: any } | { ok: false; error: { code: string; message: string } };
}

/** Opens the event stream and collects `{event, payload}` messages. */
function openEvents(): Promise<{ messages: { event: string; payload: any }[]; waitFor(pred: (m: { event: string; payload: any }) => boolean): Promise<{ event: string; payload: any }>; close(): void }> {
  return new Promise((resolve, reject) => {
    const messages: { event: string; payload: any }[] = [];
    const waiters: { pred: (m: { event: string; payload: any }) => boolean; resolve: (m: { event: string; payload: any }) => void }[] = [];
    const req = http.get({ host: '127.0.0.1', port: host.port, path: '/api/events', headers: { host: `127.0.0.1:${host.port}`, 'x-docent-secret': host.secret } }, (res) => {
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/event-stream/);
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame
            .split('\n')
            .filter((l) => l.startsWith('data: '))
            .map((l) => l.slice(6))
            .join('\n');
          if (!data) continue;
          const message = parseWireJson(data) as { event: string; payload: any };
          messages.push(message);
          for (const w of [...waiters]) if (w.pred(message)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(message));
        }
      });
      resolve({
        messages,
        waitFor: (pred) => {
          const seen = messages.find(pred);
          return seen ? Promise.resolve(seen) : withTimeout(new Promise((r) => waiters.push({ pred, resolve: r })), 'an event on the stream');
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', (e) => (e.message.includes('socket hang up') ? undefined : reject(e)));
  });
}

before(async () => {
  dataDir = await tempDataDir('docent-web-host-');
  rendererDir = path.join(dataDir.dir, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>fixture</title><script type="module" src="./assets/app.js"></script>');
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(path.join(dataDir.dir, 'outside-secret.txt'), 'TOP SECRET OUTSIDE THE RENDERER');
  await symlink(path.join(dataDir.dir, 'outside-secret.txt'), path.join(rendererDir, 'link.txt'));
  core = await createDocent({ dataDir: path.join(dataDir.dir, 'data'), env: cleanEnv(), syncBase: false });
  host = await startWebHost({ core, rendererDir });
});

after(async () => {
  await host?.close();
  await core?.close();
  await dataDir?.cleanup();
});

describe('the secret gate', () => {
  test('the printed URL is loopback with a 256-bit secret in its fragment, which no request carries', () => {
    const url = new URL(host.url);
    assert.equal(url.hostname, '127.0.0.1');
    assert.equal(url.pathname, '/');
    assert.equal(url.search, '');
    assert.match(url.hash, /^#secret=[A-Za-z0-9_-]{43}$/);
    assert.equal(url.hash.slice('#secret='.length), host.secret);
  });

  test('no response sets a cookie; the old ?secret= address moves the secret into the fragment', async () => {
    const old = await request(host, `/?secret=${host.secret}`);
    assert.equal(old.status, 303);
    assert.equal(old.headers.location, `/#secret=${host.secret}`);
    assert.equal(old.headers['set-cookie'], undefined);
    for (const [method, p, headers] of [
      ['GET', '/', {}],
      ['POST', '/api/invoke/sessions.list', authed({ 'content-type': 'application/json' })],
    ] as const) {
      const reply = await request(host, p, { method, headers, body: method === 'POST' ? '{}' : undefined });
      assert.equal(reply.headers['set-cookie'], undefined, p);
    }
    assert.equal((await request(host, '/?secret=wrong')).status, 403);
  });

  test('the renderer’s files are public; every API request without the secret header gets a bare 403', async () => {
    for (const p of ['/', '/index.html', '/assets/app.js']) assert.equal((await request(host, p)).status, 200, p);
    const attempts: [string, string, Record<string, string>][] = [
      ['POST', '/api/invoke/sessions.list', { 'content-type': 'application/json' }],
      ['GET', '/api/events', {}],
      ['POST', '/api/upload', { 'x-file-name': 'a.txt' }],
      ['POST', '/api/invoke/sessions.list', { 'content-type': 'application/json', 'x-docent-secret': 'A'.repeat(43) }],
      ['POST', '/api/invoke/sessions.list', { 'content-type': 'application/json', 'x-docent-secret': host.secret.slice(0, -1) }],
      // A cookie holding the secret is not accepted: the host never sets one and never reads one.
      ['POST', '/api/invoke/sessions.list', { 'content-type': 'application/json', cookie: `docent-${host.port}=${host.secret}` }],
    ];
    for (const [method, p, headers] of attempts) {
      const reply = await request(host, p, { method, headers, body: method === 'POST' ? '{}' : undefined });
      assert.equal(reply.status, 403, `${method} ${p} ${JSON.stringify(headers)}`);
      assert.equal(reply.body, '');
    }
  });

  test('the X-Docent-Secret header opens the API', async () => {
    const reply = await request(host, '/api/invoke/sessions.list', { method: 'POST', headers: authed({ 'content-type': 'application/json' }), body: '{}' });
    assert.equal(reply.status, 200);
  });

  test('a wrong Host is refused even with the secret (DNS rebinding)', async () => {
    for (const badHost of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, `[::1]:${host.port}`, `0.0.0.0:${host.port}`, `127.0.0.1.nip.io:${host.port}`]) {
      const reply = await request(host, '/', { headers: authed({ host: badHost }) });
      assert.equal(reply.status, 403, badHost);
    }
    const viaLocalhost = await request(host, '/', { headers: authed({ host: `localhost:${host.port}` }) });
    assert.equal(viaLocalhost.status, 200);
  });

  test('a foreign Origin is refused; the host’s own origin is accepted', async () => {
    for (const origin of ['https://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null', `http://localhost.evil:${host.port}`, `https://127.0.0.1:${host.port}`]) {
      const reply = await request(host, '/api/invoke/sessions.list', { method: 'POST', headers: authed({ origin, 'content-type': 'application/json' }), body: '{}' });
      assert.equal(reply.status, 403, origin);
    }
    const own = await request(host, '/api/invoke/sessions.list', { method: 'POST', headers: authed({ origin: host.origin, 'content-type': 'application/json' }), body: '{}' });
    assert.equal(own.status, 200);
  });

  test('the host listens on 127.0.0.1 only', async (t) => {
    assert.equal(new URL(host.origin).hostname, '127.0.0.1');
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    // The address check above ran; the connection attempt needs an interface other than loopback.
    if (!external) return t.skip('this machine has no non-loopback IPv4 interface to try a connection from');
    await assert.rejects(
      new Promise((resolve, reject) => {
        const req = http.get({ host: external.address, port: host.port, path: '/', timeout: 2000 }, resolve);
        req.on('error', reject);
        req.on('timeout', () => req.destroy(new Error('timeout')));
      }),
    );
  });
});

describe('static files', () => {
  test('served with the strict CSP and nosniff', async () => {
    const reply = await request(host, '/assets/app.js', { headers: authed() });
    assert.equal(reply.status, 200);
    assert.match(String(reply.headers['content-type']), /^text\/javascript/);
    assert.match(String(reply.headers['content-security-policy']), /script-src 'self';/);
    assert.match(String(reply.headers['content-security-policy']), /object-src 'none'/);
    assert.equal(reply.headers['x-content-type-options'], 'nosniff');
  });

  test('nothing outside the renderer folder can be read', async () => {
    for (const p of ['/../outside-secret.txt', '/assets/../../outside-secret.txt', '/%2e%2e/outside-secret.txt', '/..%2foutside-secret.txt', '/%2e%2e%5coutside-secret.txt', '/link.txt', '/%00index.html', '/%E0%A4%A', `/${dataDir.dir}/outside-secret.txt`]) {
      const reply = await request(host, p, { headers: authed() });
      assert.notEqual(reply.status, 200, p);
      assert.doesNotMatch(reply.body, /TOP SECRET/, p);
    }
  });
});

describe('the API', () => {
  test('invoke round trip: sessions.create then sessions.list', async () => {
    const created = await invoke('sessions.create', { title: 'Web host round trip' });
    assert.equal(created.ok, true);
    const sid = created.ok ? created.value.sid : '';
    const listed = await invoke('sessions.list');
    assert.ok(listed.ok && listed.value.some((s: { sid: string; title: string }) => s.sid === sid && s.title === 'Web host round trip'));
  });

  test('bad payloads and unknown channels come back as invalid-input envelopes', async () => {
    const bad = await invoke('sessions.open', { sid: '../../etc' });
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.equal(bad.error.code, 'invalid-input');
    const unknown = await invoke('fs.readFile', { path: '/etc/passwd' });
    assert.equal(unknown.ok, false);
    if (!unknown.ok) assert.equal(unknown.error.code, 'invalid-input');
  });

  test('an invoke without a JSON content type is refused (no cross-site simple POSTs)', async () => {
    const reply = await request(host, '/api/invoke/sessions.create', { method: 'POST', headers: authed({ 'content-type': 'text/plain' }), body: '{}' });
    assert.equal(reply.status, 415);
  });

  test("the page's web client returns values and rejects with DocentErrors that keep their code", async () => {
    const api = createWebDocentApi({ baseUrl: host.origin, secret: host.secret });
    const created = await api.sessions.create({ title: 'Client' });
    assert.ok((await api.sessions.list()).some((s) => s.sid === created.sid));
    await assert.rejects(api.sessions.open({ sid: 'base' }), (e) => e instanceof DocentError && e.code === 'invalid-input' && /^sid: /.test(e.message));
    const stranger = createWebDocentApi({ baseUrl: host.origin, secret: 'not-the-secret' });
    await assert.rejects(stranger.sessions.list(), (e) => e instanceof DocentError && e.code === 'forbidden');
  });

  test('the page’s web client receives events over its fetch stream (EventSource cannot send the header)', async () => {
    const api = createWebDocentApi({ baseUrl: host.origin, secret: host.secret });
    let arrived = false;
    const unsubscribe = api.events.onStatus((event) => {
      if (event.type === 'sessions-changed') arrived = true;
    });
    try {
      // Sessions are created until one's event comes through the stream (the first may come before it is open).
      for (let i = 0; i < 100 && !arrived; i++) {
        await api.sessions.create({ title: `Streamed ${i}` });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.ok(arrived, 'an event arrived over the stream');
    } finally {
      unsubscribe();
    }
  });

  test('SSE delivers core events', async () => {
    const events = await openEvents();
    try {
      const created = await invoke('sessions.create', { title: 'Evented' });
      assert.equal(created.ok, true);
      const message = await events.waitFor((m) => m.event === 'status' && m.payload?.type === 'sessions-changed');
      assert.deepEqual(message.payload, { type: 'sessions-changed' });
    } finally {
      events.close();
    }
  });
});

describe('uploads and ingest', () => {
  test('ingest of a path the host did not hand out is forbidden', async () => {
    const created = await invoke('sessions.create', { title: 'Forbidden ingest' });
    assert.ok(created.ok);
    const sid = created.ok ? created.value.sid : '';
    const outside = path.join(dataDir.dir, 'outside-secret.txt');
    for (const p of [outside, '/etc/passwd', path.join(host.uploadsDir, '..', 'settings.json'), path.join(host.uploadsDir, 'x', '..', '..', 'outside-secret.txt')]) {
      const reply = await invoke('documents.ingest', { sid, files: [{ path: p }] });
      assert.equal(reply.ok, false, p);
      if (!reply.ok) assert.equal(reply.error.code, 'forbidden');
    }
    const docs = await invoke('documents.list', { sid });
    assert.ok(docs.ok && docs.value.length === 0);
  });

  test('an uploaded file is ingested, its bytes come back, and the upload is deleted once the job is done', async () => {
    const created = await invoke('sessions.create', { title: 'Upload' });
    const sid = created.ok ? created.value.sid : '';
    const text = 'Docent keeps every session private.\n\nThe capital of the fictional land of Oskova is Brel.\n';
    const uploaded = await request(host, '/api/upload', {
      method: 'POST',
      headers: authed({ 'x-file-name': encodeURIComponent('../notes Ω.txt'), 'content-type': 'application/octet-stream' }),
      body: text,
    });
    const envelope = parseWireJson(uploaded.body) as { ok: boolean; value: { path: string; name: string } };
    assert.equal(envelope.ok, true);
    const { path: uploadPath, name } = envelope.value;
    assert.equal(name, '../notes Ω.txt');
    assert.equal(path.basename(uploadPath), 'notes Ω.txt');
    assert.ok(uploadPath.startsWith(host.uploadsDir + path.sep));
    assert.ok(existsSync(uploadPath));

    const events = await openEvents();
    try {
      const ingest = await invoke('documents.ingest', { sid, files: [{ path: uploadPath, name: 'notes.txt' }] });
      assert.ok(ingest.ok, JSON.stringify(ingest));
      const jobId = ingest.ok ? ingest.value.jobId : '';
      await events.waitFor((m) => m.event === 'ingest' && m.payload.type === 'job-done' && m.payload.jobId === jobId);
    } finally {
      events.close();
    }
    const docs = await invoke('documents.list', { sid });
    assert.ok(docs.ok);
    const doc = docs.ok ? docs.value[0] : undefined;
    assert.equal(doc?.status, 'ready');
    const bytes = await invoke('documents.bytes', { sid, fileId: doc.fileId });
    assert.ok(bytes.ok && bytes.value.bytes instanceof Uint8Array);
    assert.equal(new TextDecoder().decode(bytes.ok ? bytes.value.bytes : undefined), text);
    // The session kept its own copy; the upload is gone (released a moment after job-done).
    for (let i = 0; i < 50 && existsSync(uploadPath); i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(existsSync(uploadPath), false);
  });

  test('an upload without a name is refused, and uploads never ingested are deleted at close', async () => {
    const noName = await request(host, '/api/upload', { method: 'POST', headers: authed(), body: 'x' });
    const refused = parseWireJson(noName.body) as { ok: boolean; error: { code: string } };
    assert.equal(refused.ok, false);
    assert.equal(refused.error.code, 'invalid-input');

    const extra = await startWebHost({ core, rendererDir, maxUploadBytes: 1024 });
    try {
      const big = await request(extra, '/api/upload', { method: 'POST', headers: { 'x-docent-secret': extra.secret, 'x-file-name': 'big.bin' }, body: Buffer.alloc(4096) });
      const tooBig = parseWireJson(big.body) as { ok: boolean; error: { code: string; message: string } };
      assert.equal(tooBig.ok, false);
      assert.match(tooBig.error.message, /big\.bin: the file is larger than/);
      const kept = await request(extra, '/api/upload', { method: 'POST', headers: { 'x-docent-secret': extra.secret, 'x-file-name': 'kept.txt' }, body: 'hello' });
      const keptPath = (parseWireJson(kept.body) as { value: { path: string } }).value.path;
      assert.ok(existsSync(keptPath));
      await extra.close();
      assert.equal(existsSync(keptPath), false);
      const left = existsSync(extra.uploadsDir) ? await readdir(extra.uploadsDir) : [];
      assert.ok(!left.some((d) => keptPath.includes(d)));
    } finally {
      await extra.close();
    }
  });
});

describe('uploads left by a crash', () => {
  test('are deleted when Docent and its host start on the data folder again', async () => {
    const leftover = await tempDataDir('docent-web-uploads-');
    try {
      // What a host killed mid-upload (or before its job finished) leaves: a copy of someone's document.
      const old = path.join(leftover.dir, 'uploads', 'a1b2c3d4e5f6a1b2c3d4e5f6', 'tax return.pdf');
      await mkdir(path.dirname(old), { recursive: true });
      await writeFile(old, '%PDF-1.7 private');
      const restarted = await createDocent({ dataDir: leftover.dir, env: {}, syncBase: false });
      const host2 = await startWebHost({ core: restarted, rendererDir });
      try {
        assert.equal(existsSync(old), false);
        assert.deepEqual(existsSync(host2.uploadsDir) ? await readdir(host2.uploadsDir) : [], []);
      } finally {
        await host2.close();
        await restarted.close();
      }
    } finally {
      await leftover.cleanup();
    }
  });
});
