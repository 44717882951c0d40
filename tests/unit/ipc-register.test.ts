// The Electron IPC wrapper, with ipcMain and the window faked: every channel is registered, a sender that is not the
// app's own main frame gets 'forbidden' before its payload is even parsed, and events go to the app window only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserWindow, IpcMain } from 'electron';
import { eventChannels, invokeSchemas, type DocentHandlers, type EventName, type EventPayloads } from '../../shared/api';
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
    handlers: new Proxy({} as DocentHandlers, {
      get: (_t, channel: string) => async () => (calls.push(channel), { from: channel }),
    }),
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
  const unregister = registerIpc({ ipcMain: f.ipcMain, core: f.core, appOrigin: 'app://docent', getWindow: () => f.window, log: () => {} });
  assert.deepEqual([...f.registered.keys()].sort(), Object.keys(invokeSchemas).sort());
  assert.deepEqual(await f.registered.get('sessions.list')!(appEvent, undefined), { ok: true, value: { from: 'sessions.list' } });
  unregister();
  assert.equal(f.registered.size, 0);
  assert.ok([...f.listeners.values()].every((s) => s.size === 0));
});

test('a sender other than the app window’s main frame is refused with forbidden, and the handler never runs', async () => {
  const f = fakes();
  registerIpc({ ipcMain: f.ipcMain, core: f.core, appOrigin: 'app://docent', getWindow: () => f.window, log: () => {} });
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
  registerIpc({ ipcMain: f.ipcMain, core: f.core, appOrigin: 'app://docent', getWindow: () => null, log: () => {} });
  const reply = (await f.registered.get('sessions.list')!(appEvent, undefined)) as { ok: boolean; error?: { code: string } };
  assert.equal(reply.error?.code, 'forbidden');
});

test('the trusted sender still goes through payload validation', async () => {
  const f = fakes();
  registerIpc({ ipcMain: f.ipcMain, core: f.core, appOrigin: 'app://docent', getWindow: () => f.window, log: () => {} });
  const reply = (await f.registered.get('sessions.open')!(appEvent, { sid: '../x' })) as { ok: boolean; error?: { code: string } };
  assert.equal(reply.error?.code, 'invalid-input');
  assert.deepEqual(f.calls, []);
});

test('core events reach the app window on their event channel, and stop when the window is gone', () => {
  const f = fakes();
  let window: BrowserWindow | null = f.window;
  registerIpc({ ipcMain: f.ipcMain, core: f.core, appOrigin: 'app://docent', getWindow: () => window, log: () => {} });
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
