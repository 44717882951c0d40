// The single bridge between the page and the main process. Never ipcRenderer, never an IPC event object.
// The page gets:
//   window.docentTransport  invoke(channel, payload) → envelope, subscribe(event, listener) → unsubscribe.
//                           The renderer builds the DocentApi over it in its own world (renderer/src/platform), because
//                           errors crossing the context bridge lose their custom properties: a DocentError thrown here
//                           would reach the page without its `code`. Envelopes are plain data and cross intact.
//   window.docent           the same DocentApi built here, for scripts and tests that only need values.
//   window.docentPlatform   grantFiles(files): hands dropped or picked File objects to main, which allows ingesting
//                           exactly their paths (a folder: its subtree) and answers {path, name, kind} for each. The
//                           page never gets to name a path itself (File.path is gone since Electron 32).
// Sandboxed preloads can only require 'electron' (and a few others), so this file is bundled with zod and shared/.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createDocentApi, eventChannels, invokeSchemas, platformChannels, type Envelope, type Transport } from '../shared/api';
import type { GrantedPath } from '../shared/model';
import { grantDroppedFiles } from './preload-files';

const transport: Transport = {
  invoke(channel, payload) {
    // Only the contract's channels: the page cannot reach any other ipcMain handler through this bridge.
    if (typeof channel !== 'string' || !Object.hasOwn(invokeSchemas, channel)) {
      return Promise.resolve({ ok: false, error: { code: 'invalid-input', message: `unknown channel ${String(channel).slice(0, 80)}` } });
    }
    return ipcRenderer.invoke(channel, payload) as Promise<Envelope<unknown>>;
  },
  subscribe(event, listener) {
    if (typeof event !== 'string' || !Object.hasOwn(eventChannels, event) || typeof listener !== 'function') return () => {};
    const channel = eventChannels[event];
    // The IPC event (with its sender and ports) stays here; page code sees the payload only.
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('docentTransport', transport);
contextBridge.exposeInMainWorld('docent', createDocentApi(transport));
contextBridge.exposeInMainWorld('docentPlatform', {
  grantFiles: (files: File[]): Promise<Envelope<GrantedPath[]>> =>
    grantDroppedFiles(files, (file) => webUtils.getPathForFile(file), (paths) => ipcRenderer.invoke(platformChannels.grantPaths, paths) as Promise<Envelope<GrantedPath[]>>),
});
