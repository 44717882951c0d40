// The one place ipcMain is used: every channel of the contract goes through the same wrapper (sender check first,
// then dispatch: zod parse, handler, envelope), and core events go to the app window only.
// Electron objects are passed in; the imports here are types only.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { eventChannels, invokeSchemas, type Envelope, type EventName } from '../shared/api';
import type { DocentCore } from './app/core';
import { dispatch } from './app/ipc/dispatch';
import { isTrustedSender } from './app/ipc/sender';

export interface IpcOptions {
  ipcMain: IpcMain;
  core: DocentCore;
  appOrigin: string;
  /** The app window; only its webContents may call, and only it receives events. */
  getWindow: () => BrowserWindow | null;
  log?: (message: string, error?: unknown) => void;
}

const FORBIDDEN: Envelope<never> = { ok: false, error: { code: 'forbidden', message: 'This page may not call Docent.' } };

/** Registers every channel; returns a function that removes the handlers and stops forwarding events. */
export function registerIpc(options: IpcOptions): () => void {
  const { ipcMain, core, appOrigin, getWindow } = options;
  const log = options.log ?? ((message, error) => console.error(message, error ?? ''));

  const senderIsTrusted = (event: IpcMainInvokeEvent): boolean => {
    const window = getWindow();
    const frame = event.senderFrame;
    return isTrustedSender(
      { frameUrl: frame?.url, isMainFrame: frame !== null && frame.parent === null, webContentsId: event.sender.id },
      { allowedWebContentsIds: window && !window.isDestroyed() ? [window.webContents.id] : [], appOrigin },
    );
  };

  const channels = Object.keys(invokeSchemas);
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!senderIsTrusted(event)) {
        log(`[docent] refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return FORBIDDEN;
      }
      return dispatch(core.handlers, channel, payload, { onInternalError: (c, error) => log(`[docent] ${c} failed`, error) });
    });
  }

  const unsubscribes = (Object.keys(eventChannels) as EventName[]).map((name) =>
    core.onEvent(name, (payload) => {
      const window = getWindow();
      if (window && !window.isDestroyed() && !window.webContents.isDestroyed()) window.webContents.send(eventChannels[name], payload);
    }),
  );

  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}
