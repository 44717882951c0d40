// Electron entry: one instance, one locked-down window showing the built renderer from app://docent/, the core
// services behind the IPC wrapper, and a shutdown that waits for the core to close.
//
// Why app://docent/ and not loadFile: a file:// page has the opaque origin 'null', so the CSP's 'self' and the IPC
// sender check could not tell Docent's page from any other local file; a standard+secure custom scheme gives the
// page a real origin to check against, and the protocol handler serves files from dist/renderer only.
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session } from 'electron';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createDocent } from './app/docent';
import type { DocentCore } from './app/core';
import { DataFolderInUseError } from './app/ownership/data-folder-lock';
import { plainTextSecretBox, secretBoxFromSafeStorage } from './app/settings/secret-box';
import { APP_ORIGIN, APP_SCHEME, appProtocolResponse } from './app/web/app-protocol';
import { PathGrants } from './app/ipc/path-grants';
import { packagedResources } from './app/packaged-resources';
import { registerIpc } from './ipc';
import { hardenSession, hardenWebContents, secureWebPreferences } from './security';

// Before `ready`: the scheme must be known as standard (real origin, relative URLs) and secure (like https).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// main.cjs lives in dist/electron/, the renderer in dist/renderer/.
const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

let window: BrowserWindow | null = null;
let core: DocentCore | null = null;
let unregisterIpc: (() => void) | null = null;
/** The files and folders the user handed over in this run: the only paths ingest takes (see path-grants.ts). */
const grants = new PathGrants();

function dataDirectory(): string {
  if (process.env.DOCENT_DATA_DIR) return path.resolve(process.env.DOCENT_DATA_DIR);
  return app.isPackaged ? app.getPath('userData') : path.join(app.getAppPath(), 'userData-sessions');
}

/** The data dir and its sessions/ readable by the owner only: sessions hold the user's documents and chats. */
async function prepareDataDir(dataDir: string): Promise<void> {
  for (const dir of [dataDir, path.join(dataDir, 'sessions')]) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700).catch(() => {});
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Docent',
    webPreferences: secureWebPreferences(preloadPath),
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (window === win) window = null;
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** "Add folder…": a folder of documents, chosen in main's own dialog and added whole. Undefined when cancelled. */
async function pickDocumentsFolder(): Promise<string | undefined> {
  const options: Electron.OpenDialogOptions = { properties: ['openDirectory'] };
  const result = window && !window.isDestroyed() ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (result.canceled || !result.filePaths[0]) return undefined;
  // The user handed this folder over in main's own dialog: ingest may take it and its subtree.
  await grants.grant([result.filePaths[0]]);
  return result.filePaths[0];
}

/** "Import a model file…": a GGUF file, or a folder holding an ONNX or Model2Vec model. Undefined when cancelled. */
async function pickModelPath(kind: 'file' | 'folder'): Promise<string | undefined> {
  const options: Electron.OpenDialogOptions =
    kind === 'file'
      ? { properties: ['openFile'], filters: [{ name: 'GGUF', extensions: ['gguf'] }, { name: '*', extensions: ['*'] }] }
      : { properties: ['openDirectory'] };
  const result = window && !window.isDestroyed() ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(request.url, rendererDir, request.method));

  const dataDir = dataDirectory();
  await prepareDataDir(dataDir);
  const secretBox = safeStorage.isEncryptionAvailable() ? secretBoxFromSafeStorage(safeStorage) : plainTextSecretBox;
  if (!secretBox.available) console.warn('[docent] the OS offers no key store: API keys will be saved unencrypted in settings.json');
  // Packaged, the base library, the model catalog and the word vectors ship as extra resources (electron-builder.json); in development they
  // are read from resources/.
  const packaged = app.isPackaged ? packagedResources(process.resourcesPath) : undefined;
  // The data folder's own lock (a CLI or `npm run web` on the same folder) is taken here; the single-instance lock below
  // only keeps a second copy of the app out. The model catalog ships as an extra resource too; a model to import is
  // chosen in main's own dialog, never named by the window.
  core = await createDocent({
    dataDir,
    secretBox,
    baseDocsDir: packaged?.baseDocsDir,
    wordVectorsDir: packaged?.wordVectorsDir,
    command: 'the Docent app',
    models: { catalogFile: packaged?.catalogFile, pickPath: pickModelPath },
    pickFolder: pickDocumentsFolder,
  });
  unregisterIpc = registerIpc({ ipcMain, core, appOrigin: APP_ORIGIN, getWindow: () => window, grants });
  window = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, APP_ORIGIN, (m) => console.warn(m)));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) window = createWindow();
  });

  // Quit waits once for the core to finish (jobs cancelled, session files written, stores closed).
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed || !core) return;
    event.preventDefault();
    unregisterIpc?.();
    const closing = core;
    core = null;
    closing
      .close()
      .catch((error: unknown) => console.error('[docent] shutdown did not finish cleanly', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[docent] could not start', error);
      // A folder in use by another process (the CLI, `npm run web`) says which one, so the user can close it.
      const message = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox(error instanceof DataFolderInUseError ? 'Docent’s data folder is in use' : 'Docent could not start', message);
      app.exit(1);
    });
}
