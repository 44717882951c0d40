// One running Docent for a browser test: a temp data dir, the real core (createDocent), the browser host serving the
// built renderer, and a Chromium page signed in to it. `relaunch()` restarts the services on the same data dir, as
// closing and reopening the app would; `close()` tears everything down.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
// Imported statically: a backend that fails to load fails every browser test (it never turns them into todo).
import { createDocent, type DocentApp } from '../../../electron/app/docent';
import { startWebHost, type WebHost } from '../../../electron/app/web/host';
import type { LlmRuntimeOptions } from '../../../electron/app/llm/llm-runtime';
import type { ModelsOptions } from '../../../electron/app/models/models-api';
import { cleanEnv } from '../../helpers/clean-env';
import { repoRoot, tempDataDir } from '../../helpers/paths';
import { launchChromium } from './browser';
import { builtRenderer } from './build-renderer';

export const screenshotsDir = path.join(repoRoot, 'test-results', 'screenshots');

export interface UiHarness {
  readonly dataDir: string;
  readonly core: DocentApp;
  readonly host: WebHost;
  readonly browser: Browser;
  readonly page: Page;
  /** Console errors and uncaught page errors seen so far (cleared by `takeErrors`). */
  readonly errors: string[];
  takeErrors(): string[];
  /** Saves test-results/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Closes page, host and core; starts a new core and host on the same data dir and opens a new page. */
  relaunch(): Promise<void>;
  close(): Promise<void>;
}

export interface UiHarnessOptions {
  /** Index the base library at start (default false: most tests do not need it and it costs time). */
  syncBase?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** The screen's device pixel ratio (default 1): 2 stands for a high-density display. */
  deviceScaleFactor?: number;
  /** What the core's environment adds to cleanEnv() (the developer's own settings never leak in). */
  env?: NodeJS.ProcessEnv;
  /** The model manager's options: a test catalog, the picker standing in for the open dialog. */
  models?: ModelsOptions;
  /** The browser host's upload limit (default: the host's own), so a test can meet it with a small file. */
  maxUploadBytes?: number;
  /** The local model runtime's options (a scripted stand-in model for the window's local-model tests). */
  llm?: LlmRuntimeOptions;
}

export async function startUi(options: UiHarnessOptions = {}): Promise<UiHarness> {
  const rendererDir = await builtRenderer();
  const data = await tempDataDir('docent-ui-');
  const browser = await launchChromium();
  const errors: string[] = [];
  let core!: DocentApp;
  let host!: WebHost;
  let context!: BrowserContext;
  let page!: Page;

  const startServices = async () => {
    core = await createDocent({ dataDir: data.dir, syncBase: options.syncBase ?? false, env: cleanEnv(options.env), models: options.models, llm: options.llm });
    host = await startWebHost({
      core,
      rendererDir,
      maxUploadBytes: options.maxUploadBytes,
      log: (message, error) => errors.push(`[host] ${message} ${String(error ?? '')}`),
    });
  };
  const openPage = async () => {
    context = await browser.newContext({ viewport: options.viewport ?? { width: 1360, height: 860 }, colorScheme: options.colorScheme ?? 'light', deviceScaleFactor: options.deviceScaleFactor ?? 1, acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`[console] ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`[pageerror] ${error.message}`));
    await page.goto(host.url);
    // Attached, not visible: a narrow window folds the sessions sidebar behind a button.
    await page.getByTestId('session-list').waitFor({ state: 'attached' });
  };
  const stopServices = async () => {
    await context?.close().catch(() => undefined);
    await host?.close();
    await core?.close();
  };

  try {
    await startServices();
    await openPage();
  } catch (error) {
    await stopServices().catch(() => undefined);
    await browser.close();
    await data.cleanup();
    throw error;
  }

  return {
    dataDir: data.dir,
    get core() {
      return core;
    },
    get host() {
      return host;
    },
    browser,
    get page() {
      return page;
    },
    errors,
    takeErrors() {
      return errors.splice(0, errors.length);
    },
    async screenshot(name) {
      await mkdir(screenshotsDir, { recursive: true });
      const file = path.join(screenshotsDir, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async relaunch() {
      await stopServices();
      await startServices();
      await openPage();
    },
    async close() {
      await stopServices();
      await browser.close();
      await rm(data.dir, { recursive: true, force: true });
    },
  };
}
