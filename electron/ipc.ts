// The one place ipcMain is used: every channel of the contract goes through the same wrapper (sender check first,
// then dispatch: zod parse, handler, envelope), and core events go to the app window only. The preload's own channel
// (platform.grantPaths: the paths of files the user dropped or picked) goes through the same checks, and
// `documents.ingest` takes only paths granted so (path-grants.ts).
// Electron objects are passed in; the imports here are types only.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { eventChannels, GrantPathsSchema, invokeSchemas, platformChannels, type Envelope, type EventName } from '../shared/api';
import type { DocentCore } from './app/core';
import { dispatch, errorEnvelope, invalidInput } from './app/ipc/dispatch';
import { withGrantedPaths, type PathGrants } from './app/ipc/path-grants';
import { isTrustedSender } from './app/ipc/sender';

export interface IpcOptions {
  ipcMain: IpcMain;
  core: DocentCore;
  appOrigin: string;
  /** The app window; only its webContents may call, and only it receives events. */
  getWindow: () => BrowserWindow | null;
  /** The paths the user handed over; ingest refuses any other (main's own dialogs grant what they return here too). */
  grants: PathGrants;
  log?: (message: string, error?: unknown) => void;
}

const FORBIDDEN: Envelope<never> = { ok: false, error: { code: 'forbidden', message: 'This page may not call Docent.' } };

/** Registers every channel; returns a function that removes the handlers and stops forwarding events. */
export function registerIpc(options: IpcOptions): () => void {
  const { ipcMain, appOrigin, getWindow, grants } = options;
  const core = withGrantedPaths(options.core, grants);
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

  ipcMain.handle(platformChannels.grantPaths, async (event, payload: unknown) => {
    if (!senderIsTrusted(event)) {
      log(`[docent] refused ${platformChannels.grantPaths} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
      return FORBIDDEN;
    }
    const parsed = GrantPathsSchema.safeParse(payload);
    if (!parsed.success) return invalidInput(parsed.error);
    try {
      return { ok: true, value: await grants.grant(parsed.data) } satisfies Envelope<unknown>;
    } catch (error) {
      return errorEnvelope(platformChannels.grantPaths, error, { onInternalError: (c, e) => log(`[docent] ${c} failed`, e) });
    }
  });

  const unsubscribes = (Object.keys(eventChannels) as EventName[]).map((name) =>
    core.onEvent(name, (payload) => {
      const window = getWindow();
      if (window && !window.isDestroyed() && !window.webContents.isDestroyed()) window.webContents.send(eventChannels[name], payload);
    }),
  );

  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
    ipcMain.removeHandler(platformChannels.grantPaths);
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}
