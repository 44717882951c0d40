// The Electron IPC wrapper, with ipcMain and the window faked: every channel is registered, a sender that is not the
// app's own main frame gets 'forbidden' before its payload is even parsed, and events go to the app window only.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserWindow, IpcMain } from 'electron';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eventChannels, invokeSchemas, platformChannels, type DocentHandlers, type EventName, type EventPayloads } from '../../shared/api';
import { PathGrants } from '../../electron/app/ipc/path-grants';
import { grantDroppedFiles } from '../../electron/preload-files';
import type { DocentCore } from '../../electron/app/core';
import { registerIpc } from '../../electron/ipc';

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;

function fakes() {
  const registered = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => registered.set(channel, handler),
    removeHandler: (channel: string) => registered.delete(channel),
  } as unknown as IpcMain;
  const sent: { channel: string; payload: unknown }[] = [];
  const window = {
    isDestroyed: () => false,
    webContents: { id: 1, isDestroyed: () => false, send: (channel: string, payload: unknown) => sent.push({ channel, payload }) },
  } as unknown as BrowserWindow;
  const calls: string[] = [];
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const core: DocentCore = {
    dataDir: '/nowhere',
    handlers: Object.fromEntries(Object.keys(invokeSchemas).map((channel) => [channel, async () => (calls.push(channel), { from: channel })])) as unknown as DocentHandlers,
    onEvent<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (p: unknown) => void);
      return () => set.delete(listener as (p: unknown) => void);
    },
    close: async () => {},
  };
  const emit = (event: EventName, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
  return { registered, ipcMain, window, sent, calls, core, emit, listeners };
}

const mainFrame = (url: string) => ({ url, parent: null });
const appEvent = { sender: { id: 1 }, senderFrame: mainFrame('app://docent/index.html') };

test('every channel of the contract is registered, and unregistering removes them all', async () => {
  const f = fakes();
  const unregister = registerIpc({ ipcMain: f.ipcMain, core: f.core, appOrigin: 'app://docent', getWindow: () => f.window, grants: new PathGrants(), log: () => {} });
  assert.deepEqual([...f.registered.keys()].sort(), [...Object.keys(invokeSchemas), platformChannels.grantPaths].sort());
  assert.deepEqual(await f.registered.get('sessions.list')!(appEvent, undefined), { ok: true, value: { from: 'sessions.list' } });
  unregister();
  assert.equal(f.registered.size, 0);
  assert.ok([...f.listeners.values()].every((s) => s.size === 0));
});

test('a sender other than the app window’s main frame is refused with forbidden, and the handler never runs', async () => {
  const f = fakes();
  registerIpc({ ipcMain: f.ipcMain, core: f.core, appOrigin: 'app://docent', getWindow: () => f.window, grants: new PathGrants(), log: () => {} });
  const strangers = [
    { sender: { id: 2 }, senderFrame: mainFrame('app://docent/index.html') }, // another webContents
    { sender: { id: 1 }, senderFrame: { url: 'app://docent/index.html', parent: mainFrame('app://docent/') } }, // an iframe
    { sender: { id: 1 }, senderFrame: mainFrame('https://evil.example/') }, // navigated away
    { sender: { id: 1 }, senderFrame: mainFrame('app://docent.evil/') },
    { sender: { id: 1 }, senderFrame: null }, // frame already gone
  ];
  for (const event of strangers) {
    const reply = (await f.registered.get('sessions.create')!(event, { title: 'x' })) as { ok: boolean; error?: { code: string } };
    assert.equal(reply.ok, false);
    assert.equal(reply.error?.code, 'forbidden');
  }
  assert.deepEqual(f.calls, []);
});

test('no window yet (or a closed one) trusts nobody', async () => {
  const f = fakes();
  registerIpc({ ipcMain: f.ipcMain, core: f.core, appOrigin: 'app://docent', getWindow: () => null, grants: new PathGrants(), log: () => {} });
  const reply = (await f.registered.get('sessions.list')!(appEvent, undefined)) as { ok: boolean; error?: { code: string } };
  assert.equal(reply.error?.code, 'forbidden');
});

test('the trusted sender still goes through payload validation', async () => {
  const f = fakes();
  registerIpc({ ipcMain: f.ipcMain, core: f.core, appOrigin: 'app://docent', getWindow: () => f.window, grants: new PathGrants(), log: () => {} });
  const reply = (await f.registered.get('sessions.open')!(appEvent, { sid: '../x' })) as { ok: boolean; error?: { code: string } };
  assert.equal(reply.error?.code, 'invalid-input');
  assert.deepEqual(f.calls, []);
});

test('core events reach the app window on their event channel, and stop when the window is gone', () => {
  const f = fakes();
  let window: BrowserWindow | null = f.window;
  registerIpc({ ipcMain: f.ipcMain, core: f.core, appOrigin: 'app://docent', getWindow: () => window, grants: new PathGrants(), log: () => {} });
  f.emit('status', { type: 'sessions-changed' });
  f.emit('ingest', { type: 'job-done', jobId: 'j', sid: 's' });
  assert.deepEqual(f.sent, [
    { channel: eventChannels.status, payload: { type: 'sessions-changed' } },
    { channel: eventChannels.ingest, payload: { type: 'job-done', jobId: 'j', sid: 's' } },
  ]);
  window = null;
  f.emit('status', { type: 'sessions-changed' });
  assert.equal(f.sent.length, 2);
});

describe('ingest takes only paths the user handed over', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'docent-grants-'));
    await mkdir(path.join(dir, 'Taxes', '2024'), { recursive: true });
    await mkdir(path.join(dir, 'Taxes-evil'));
    for (const file of ['dropped.txt', 'secret.txt', 'Taxes/2024/receipt.pdf', 'Taxes-evil/x.txt']) await writeFile(path.join(dir, file), 'x');
    await symlink(path.join(dir, 'secret.txt'), path.join(dir, 'Taxes', 'link-out.txt'));
  });
  after(async () => rm(dir, { recursive: true, force: true }));

  const ingest = async (f: ReturnType<typeof fakes>, files: { path: string }[]) =>
    (await f.registered.get('documents.ingest')!(appEvent, { sid: 'AAAAAAAAAAAAAAAAAAAAAA', files })) as { ok: boolean; error?: { code: string; message: string } };
  const grant = async (f: ReturnType<typeof fakes>, event: unknown, paths: unknown) =>
    (await f.registered.get(platformChannels.grantPaths)!(event, paths)) as { ok: boolean; value?: { path: string; name: string; kind: string }[]; error?: { code: string } };

  test('a path the page names by itself is forbidden, and the handler never runs', async () => {
    const f = fakes();
    registerIpc({ ipcMain: f.ipcMain, core: f.core, appOrigin: 'app://docent', getWindow: () => f.window, grants: new PathGrants(), log: () => {} });
    for (const p of [path.join(dir, 'secret.txt'), '/etc/passwd', 'relative.txt']) {
      const reply = await ingest(f, [{ path: p }]);
      assert.equal(reply.error?.code, 'forbidden', p);
    }
    assert.deepEqual(f.calls, []);
  });

  test('dropped files and folders are granted through the preload’s channel; a folder allows its subtree only', async () => {
    const f = fakes();
    registerIpc({ ipcMain: f.ipcMain, core: f.core, appOrigin: 'app://docent', getWindow: () => f.window, grants: new PathGrants(), log: () => {} });
    const granted = await grant(f, appEvent, [path.join(dir, 'dropped.txt'), path.join(dir, 'Taxes')]);
    assert.deepEqual(granted.value, [
      { path: path.join(dir, 'dropped.txt'), name: 'dropped.txt', kind: 'file' },
      { path: path.join(dir, 'Taxes'), name: 'Taxes', kind: 'folder' },
    ]);
    for (const p of ['dropped.txt', 'Taxes', 'Taxes/2024/receipt.pdf']) assert.equal((await ingest(f, [{ path: path.join(dir, p) }])).ok, true, p);
    for (const p of ['secret.txt', 'Taxes/../secret.txt', 'Taxes-evil/x.txt', 'Taxes/link-out.txt', 'Taxes/missing.pdf']) {
      assert.equal((await ingest(f, [{ path: path.join(dir, p) }])).error?.code, 'forbidden', p);
    }
    // One path not granted refuses the whole batch.
    assert.equal((await ingest(f, [{ path: path.join(dir, 'dropped.txt') }, { path: path.join(dir, 'secret.txt') }])).error?.code, 'forbidden');
  });

  test('the grant channel checks its sender and its payload like every other', async () => {
    const f = fakes();
    registerIpc({ ipcMain: f.ipcMain, core: f.core, appOrigin: 'app://docent', getWindow: () => f.window, grants: new PathGrants(), log: () => {} });
    const stranger = { sender: { id: 2 }, senderFrame: mainFrame('app://docent/index.html') };
    assert.equal((await grant(f, stranger, [path.join(dir, 'secret.txt')])).error?.code, 'forbidden');
    assert.equal((await ingest(f, [{ path: path.join(dir, 'secret.txt') }])).error?.code, 'forbidden', 'nothing was granted');
    for (const bad of ['/etc/passwd', [], [42], null]) assert.equal((await grant(f, appEvent, bad)).error?.code, 'invalid-input', JSON.stringify(bad));
    assert.equal((await grant(f, appEvent, [path.join(dir, 'nowhere.txt')])).error?.code, 'not-found');
  });

  test('the preload sends the Files’ real paths, and refuses an item with none (a File made by page code)', async () => {
    const real = new File(['x'], 'dropped.txt');
    const madeUp = new File(['x'], 'passwd');
    const paths = new Map([[real, path.join(dir, 'dropped.txt')]]);
    const sent: string[][] = [];
    const grantPaths = async (p: string[]) => (sent.push(p), { ok: true as const, value: [] });
    assert.equal((await grantDroppedFiles([real], (file) => paths.get(file) ?? '', grantPaths)).ok, true);
    assert.deepEqual(sent, [[path.join(dir, 'dropped.txt')]]);
    const refused = await grantDroppedFiles([real, madeUp], (file) => paths.get(file) ?? '', grantPaths);
    assert.equal(refused.ok, false);
    if (!refused.ok) assert.match(refused.error.message, /^passwd: this item has no file on disk/);
    assert.equal(sent.length, 1, 'nothing is granted when one item has no path');
  });
});
