// The composition root: builds every service from the data dir and settings, and exposes one handler per DocentApi
// channel. Electron's main.ts, the browser host, the CLI, the tests and the benchmarks all start Docent through here,
// so they run the same code.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DocentError, type DocentHandlers, type EventName, type EventPayloads, type SettingsPatch } from '../../shared/api';
import { BASE_SID } from '../../shared/ids';
import type { SessionFile, SettingsView, SourcePage } from '../../shared/model';
import { BaseLibrary } from './base/base-library';
import { ChatService, chatToMarkdown } from './chat/chat-service';
import { LocalAnswerer } from './chat/local-answerer';
import { LlmRuntime, type LlmRuntimeOptions } from './llm/llm-runtime';
import { locateStoredCitations } from './chat/stored-citations';
import type { DocentCore } from './core';
import { createExtractPool, type ExtractPoolOptions } from './documents/extract-pool';
import { installedOcrLanguages } from './documents/ocr/language-data';
import type { Embedder } from './embeddings/embedder';
import { EventHub, type NoticeLevel } from './events';
import { causeOf, userMessage, type UserMessage } from './user-message';
import { IngestService } from './ingest/ingest-service';
import { readStoredPages } from './ingest/stored-pages';
import { ReembedActivity, reembedSessions } from './ingest/reembed';
import { reembedStaleSessions, staleEmbedderIds } from './ingest/reembed-stale';
import { loadCatalog } from './models/catalog';
import { ModelManager } from './models/model-manager';
import { modelsApi, type ModelsOptions } from './models/models-api';
import { createVectorStore, model2vecPresent } from './providers';
import { ActiveProviders } from './active-providers';
import { KeyedQueue } from './sessions/keyed-queue';
import { UPLOADS_FOLDER } from './web/uploads';
import { acquireDataFolderLock, type DataFolderLock } from './ownership/data-folder-lock';
import { SessionLifecycle } from './sessions/session-lifecycle';
import { sessionEndedNotice } from './sessions/session-ended-notice';
import { documentGone, SessionStore, sessionEndingError, summarize, toView } from './sessions/session-store';
import { plainTextSecretBox, type SecretBox } from './settings/secret-box';
import { SettingsStore } from './settings/settings-store';
import { testConnection } from './settings/connection-tests';
import type { VectorStore } from './vectors/vector-store';
import { wordVectorsIn } from './chat/word-vectors';

export interface CreateDocentOptions {
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  /** safeStorage in the app; plain text (owner-only file) elsewhere. */
  secretBox?: SecretBox;
  /** The preinstalled documents; defaults to resources/base-docs of this checkout or package. */
  baseDocsDir?: string;
  /** The offline answerer's word vectors; defaults to resources/word-vectors of this checkout or package. */
  wordVectorsDir?: string;
  /** Index the base library in the background at start (default true). */
  syncBase?: boolean;
  /** The extraction worker pool's options (the bundled worker for benchmarks, budgets for tests). */
  extractPool?: ExtractPoolOptions;
  /** What this process is ("the app", "docent web", "docent ingest"…): named to a second process refused the folder. */
  command?: string;
  /** The model manager: catalog file, the open dialog that picks a model to import, and test hooks. */
  models?: ModelsOptions;
  /** The desktop app's folder dialog for "Add folder…" (undefined when cancelled); absent in a browser and the CLI. */
  pickFolder?: () => Promise<string | undefined>;
  /** The local model runtime's options (threads, memory limit, idle delay; a scripted backend in tests). */
  llm?: LlmRuntimeOptions;
}

/** DocentCore plus the services, for the CLI, tests and benchmarks. */
export interface DocentApp extends DocentCore {
  readonly sessions: SessionStore;
  readonly lifecycle: SessionLifecycle;
  readonly ingest: IngestService;
  readonly chat: ChatService;
  readonly base: BaseLibrary;
  readonly settings: SettingsStore;
  readonly models: ModelManager;
  store(): VectorStore;
  embedder(): Embedder;
  /** Settles when the base library's sync (started at launch) has finished. */
  baseSynced(): Promise<void>;
}

/** How long after a session is opened its vectors are read into memory (see `opened` in createDocent). */
const PREPARE_AFTER_MS = 300;

/** The model catalog shipped with the app (resources/models/catalog.json; packaged, an extra resource). */
export function defaultCatalogFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'resources', 'models', 'catalog.json');
}

/** The offline answerer's word vectors (resources/word-vectors; packaged, an extra resource). */
export function defaultWordVectorsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'resources', 'word-vectors');
}

export function defaultBaseDocsDir(): string {
  // electron/app/docent.ts in a checkout, dist/electron/main.cjs when bundled: both are two levels below the root.
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'resources', 'base-docs');
}

/**
 * Opens Docent on a data folder. The folder's lock is taken first, before recovery or anything else touches it: a
 * folder already owned by another live process is refused with DataFolderInUseError (naming the folder and its pid).
 */
export async function createDocent(options: CreateDocentOptions): Promise<DocentApp> {
  const dataDir = path.resolve(options.dataDir);
  const lock = await acquireDataFolderLock(dataDir, { command: options.command });
  try {
    return await openDocent(options, dataDir, lock);
  } catch (error) {
    await lock.release().catch(() => undefined);
    throw error;
  }
}

async function openDocent(options: CreateDocentOptions, dataDir: string, lock: DataFolderLock): Promise<DocentApp> {
  const events = new EventHub();
  const notice = (level: NoticeLevel, message: UserMessage) => events.notice(level, message);

  const sessions = new SessionStore(dataDir, (report) =>
    notice(
      'warning',
      userMessage(
        'session-file-unreadable',
        `A session file could not be read and was moved aside to ${report.movedTo}: ${report.reason}`,
        { sid: report.sid },
        `Moved aside to ${report.movedTo}: ${report.reason}`,
      ),
    ),
  );
  await sessions.init();
  const settings = new SettingsStore(dataDir, options.secretBox ?? plainTextSecretBox, options.env ?? process.env);
  const settingsLoad = await settings.load();
  if (settingsLoad.warning) notice('warning', settingsLoad.warning);

  // The local chat model runs in its own process, started on the first question it answers.
  const llm = new LlmRuntime(options.llm);
  const providers = await ActiveProviders.start(settings.resolved(), dataDir, notice, llm, wordVectorsIn(options.wordVectorsDir ?? defaultWordVectorsDir()));
  const models = new ModelManager({
    dataDir,
    // DOCENT_MODELS_CATALOG: another catalog of the same format (an administrator's own list of approved models).
    catalog: await loadCatalog(options.models?.catalogFile ?? (options.env ?? process.env).DOCENT_MODELS_CATALOG ?? defaultCatalogFile()),
    settings: () => settings.resolved(),
    emit: (event) => events.emit('models', event),
    freeBytes: options.models?.freeBytes,
    retryDelayMs: options.models?.retryDelayMs,
    progressIntervalMs: options.models?.progressIntervalMs,
  });

  const pool = createExtractPool(options.extractPool);
  const base = new BaseLibrary(dataDir, options.baseDocsDir ?? defaultBaseDocsDir(), events);
  const chunking = () => settings.resolved().chunking;
  const ocr = () => settings.resolved().ocr;
  const embedder = () => providers.embedder;
  const store = () => providers.store;
  const ingest = new IngestService({ sessions, pool: () => pool, embedder, store, events, chunking, ocr });
  const pagesOf = (sid: string, fileId: string) => readStoredPages(sid === BASE_SID ? base.filesDir : sessions.filesDir(sid), fileId);
  const chat = new ChatService({
    sessions,
    embedder,
    store,
    answerer: () => providers.answerer,
    generator: () => providers.generator,
    reranker: () => providers.reranker,
    events,
    pagesOf,
    baseDocuments: async () =>
      (await base.list()).filter((d) => d.status === 'ready').map(({ fileId, name, title }) => ({ sid: BASE_SID, fileId, name, title })),
  });
  /** A session as the window and the exports see it: citations saved before locations were data get theirs. */
  const located = (session: SessionFile) => locateStoredCitations(session, pagesOf, sessions);
  /**
   * A session shown in the window is about to be asked: the store readies its vectors meanwhile (best effort), once the
   * window has had time to draw it. Read at once, the load (11k vectors for 5,000 notes, ~300-500 ms of work on this
   * 2-core machine) competed with the window drawing the session's first rows; a question asked before it starts
   * loads them itself.
   */
  const opened = (session: SessionFile, afterMs = PREPARE_AFTER_MS) => {
    setTimeout(() => {
      void Promise.resolve()
        .then(() => store().prepare?.([BASE_SID, session.sid]))
        .catch(() => undefined);
    }, afterMs).unref();
    return session;
  };
  // Indexing again for another embedder goes on in the background; ending a session waits for its document in progress.
  const reembedActivity = new ReembedActivity();
  const lifecycle = new SessionLifecycle(sessions, store, {
    stopWorkFor: async (sid) => {
      await ingest.stopSession(sid);
      await reembedActivity.settle(sid);
      await chat.stopSession(sid);
    },
    notice,
  });
  const shutdown = new AbortController();

  // Finish what a crash interrupted before anything else touches the stores.
  await lifecycle.recover();
  // Files a browser host received are deleted once ingested or when it closes; a host that crashed left them behind.
  // They are copies of the user's documents that no job can need any more (only this process can run one here).
  await rm(path.join(dataDir, UPLOADS_FOLDER), { recursive: true, force: true });
  await models
    .init()
    .catch((error) => notice('warning', userMessage('model-cleanup-failed', `Unfinished model downloads could not be cleaned up: ${causeOf(error)}`, {}, causeOf(error))));
  await ingest
    .recoverInterrupted()
    .catch((error) =>
      notice('error', userMessage('recovery-failed', `Interrupted documents could not be cleaned up yet: ${causeOf(error)}`, {}, causeOf(error))),
    );

  let baseSync: Promise<void> = Promise.resolve();
  let reembedding: Promise<void> = Promise.resolve();
  // One sync at a time, each with the providers in use when it starts.
  const startBaseSync = () => {
    baseSync = baseSync.then(() =>
      base.sync({ pool, embedder: embedder(), store: store(), chunking: chunking(), ocr: ocr() }, shutdown.signal).catch((error) => {
        if (!shutdown.signal.aborted) notice('error', userMessage('base-sync-failed', `The base library could not be indexed: ${causeOf(error)}`, {}, causeOf(error)));
      }),
    );
  };
  if (options.syncBase !== false) startBaseSync();

  // Sessions indexed by another embedder than the one in use (an update changed the built-in one, or Docent was closed
  // while indexing again for new settings) cannot be searched: they are indexed again now, in the background. Never
  // into a stand-in for a model that failed to load: the sessions wait for the real one.
  if (!providers.usingStandInEmbedder && staleEmbedderIds(await sessions.list(), providers.embedder.id).length > 0) {
    notice('info', userMessage('reindex-started', 'The embedder or vector store changed: your documents are being indexed again from their stored copies.'));
    const tools = { pool, embedder: providers.embedder, store: providers.store, chunking: chunking(), ocr: ocr() };
    const storeFor = (embedderId: string) => createVectorStore(settings.resolved(), dataDir, { id: embedderId, fusionWeight: undefined });
    reembedding = reembedStaleSessions({ sessions, tools, storeFor, events, signal: shutdown.signal, activity: reembedActivity })
      .then(() => notice('info', userMessage('reindex-done', 'All documents are indexed with the new settings.')))
      .catch((error) => {
        if (!shutdown.signal.aborted)
          notice('error', userMessage('reindex-failed', `Re-indexing stopped: ${causeOf(error)}. Add the affected documents again.`, {}, causeOf(error)));
      });
  }

  async function activeSession(sid: string): Promise<SessionFile> {
    const session = await sessions.get(sid);
    if (session.state !== 'active') throw sessionEndingError(session);
    return session;
  }

  async function pageSource(sid: string, fileId: string) {
    if (sid === BASE_SID) {
      const doc = (await base.list()).find((d) => d.fileId === fileId);
      if (!doc) throw documentGone(fileId, 'base');
      return { doc, filesDir: base.filesDir };
    }
    const doc = await sessions.document(sid, fileId);
    if (!doc) throw documentGone(fileId);
    return { doc, filesDir: sessions.filesDir(sid) };
  }

  const settingsView = () => settings.view(model2vecPresent(dataDir, settings.resolved().embeddings.model2vecName), installedOcrLanguages());
  const settingsChanges = new KeyedQueue();
  /**
   * Validate, then apply: the parts the patch changes are built and tried first (providers.prepare), and a part that
   * cannot work refuses the whole save with its reason, leaving the settings file and the parts in use as they were.
   * A new embedder or store has every document indexed again from the sessions' copies, in the background.
   */
  async function applySettings(patch: SettingsPatch): Promise<SettingsView> {
    const change = await providers.prepare(settings.preview(patch));
    try {
      await settings.set(patch);
    } catch (error) {
      await providers.discard(change);
      throw error;
    }
    const previous = providers.adopt(change);
    // A local model no longer answering frees its memory now rather than after the idle delay.
    if (change.changed.answerer && !(providers.answerer instanceof LocalAnswerer)) llm.unload();
    if (change.changed.store || previous.embedder.id !== providers.embedder.id) {
      notice('info', userMessage('reindex-started', 'The embedder or vector store changed: your documents are being indexed again from their stored copies.'));
      startBaseSync();
      const tools = { pool, embedder: providers.embedder, store: providers.store, chunking: chunking(), ocr: ocr() };
      const from = previous.store;
      reembedding = reembedding
        .then(() => reembedSessions({ sessions, from, tools, events, signal: shutdown.signal, activity: reembedActivity }))
        .then(() => notice('info', userMessage('reindex-done', 'All documents are indexed with the new settings.')))
        .catch((error) => {
          if (!shutdown.signal.aborted)
            notice('error', userMessage('reindex-failed', `Re-indexing stopped: ${causeOf(error)}. Add the affected documents again.`, {}, causeOf(error)));
        })
        .finally(() => (from !== providers.store ? from.close().catch(() => undefined) : undefined));
    }
    return settingsView();
  }

  const handlers: DocentHandlers = {
    'sessions.list': async () => (await sessions.summaries()).filter((s) => s.state === 'active'),
    'sessions.current': async () => toView(await located(opened(await lifecycle.resumeOrCreate()))),
    'sessions.create': async (payload) => {
      // A new session has no vectors to read and no rows to draw: held at once (empty), it takes each file's vectors as
      // they are stored, so its first question after a big drop does not read them all back from disk (30–70 MiB of
      // buffers at 10,000 notes, measured) or wait for that read.
      const view = toView(opened(await lifecycle.openNew(payload?.title), 0));
      events.emit('status', { type: 'sessions-changed' });
      return view;
    },
    'sessions.open': async ({ sid }) => toView(await located(opened(await lifecycle.open(sid)))),
    'sessions.rename': async ({ sid, title }) => {
      const session = await sessions.update(sid, (s) => {
        s.title = title;
      });
      events.emit('status', { type: 'sessions-changed' });
      return summarize(session);
    },
    'sessions.endPreview': async ({ sid }) => lifecycle.preview(sid),
    'sessions.unreadable': async () => sessions.unreadable(),
    'sessions.end': async ({ sid }) => {
      // A session whose file was unreadable (moved aside) is ended too: that erases its vectors, copies and the file.
      const { current, erased } = await lifecycle.end(sid);
      events.emit('status', { type: 'sessions-changed' });
      return { endedSid: sid, current: toView(current), erased, notice: sessionEndedNotice(erased) };
    },
    'documents.list': async ({ sid }) => (await sessions.get(sid)).documents,
    'documents.ingest': async ({ sid, files }) => {
      await activeSession(sid);
      const { jobId } = ingest.start(sid, files);
      return { jobId };
    },
    'documents.cancel': async ({ jobId, fileId }) => ({ cancelled: ingest.cancel(jobId, fileId) }),
    'documents.remove': async ({ sid, fileId }) => {
      await activeSession(sid);
      await ingest.remove(sid, fileId);
      return toView(await sessions.get(sid));
    },
    'documents.removeMany': async ({ sid, fileIds }) => {
      await activeSession(sid);
      await ingest.removeMany(sid, fileIds);
      return toView(await sessions.get(sid));
    },
    // The Electron shell's own dialog (main.ts); a browser picks a folder in the page and uploads it instead.
    'documents.chooseFolder': async () => {
      if (!options.pickFolder) throw new DocentError('invalid-input', 'Choosing a folder here needs the desktop app: drop the folder on the window instead.');
      const chosen = await options.pickFolder();
      return chosen ? { path: chosen, name: path.basename(chosen) || chosen } : null;
    },
    'documents.page': async ({ sid, fileId, page }) => {
      const { doc, filesDir } = await pageSource(sid, fileId);
      const stored = await readStoredPages(filesDir, fileId);
      if (!stored) throw new DocentError('not-found', userMessage('document-text-missing', `${doc.name}: its text is not available (it was not indexed)`, { file: doc.name }));
      const found = stored.pages.find((p) => p.page === page);
      if (!found && (page < 1 || page > stored.pageCount))
        throw new DocentError('not-found', userMessage('document-page-missing', `${doc.name} has no page ${page}`, { file: doc.name, page }));
      const source: SourcePage = { sid, fileId, fileName: doc.name, kind: stored.kind, page, pageCount: stored.pageCount, text: found?.text ?? '' };
      if (found?.ocr) source.ocr = found.ocr;
      if (found?.label) source.label = found.label;
      if (found?.section) source.section = found.section;
      return source;
    },
    'documents.bytes': async ({ sid, fileId }) => {
      const { doc, filesDir } = await pageSource(sid, fileId);
      if (!doc.copy) throw new DocentError('not-found', userMessage('document-copy-missing', `${doc.name}: no copy of this document is kept`, { file: doc.name }));
      const bytes = await readFile(path.join(filesDir, path.basename(doc.copy)));
      return { fileName: doc.name, kind: doc.kind, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    },
    'chat.ask': async ({ sid, question }) => {
      const { requestId } = await chat.ask(sid, question);
      return { requestId };
    },
    'chat.cancel': async ({ requestId }) => ({ cancelled: chat.cancel(requestId) }),
    'chat.summarize': async ({ sid, fileId }) => {
      const { requestId } = await chat.summarize(sid, fileId);
      return { requestId };
    },
    'chat.history': async ({ sid }) => (await located(await sessions.get(sid))).chat,
    'chat.exportMarkdown': async ({ sid }) => {
      const session = await located(await sessions.get(sid));
      const fileName = `${session.title.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim() || 'docent-chat'}.md`;
      return { fileName, markdown: chatToMarkdown(session.title, session.chat) };
    },
    'settings.get': async () => settingsView(),
    'settings.set': (patch) => settingsChanges.run('settings', () => applySettings(patch)),
    'settings.test': async ({ target, settings: form }) => testConnection(target, form ? settings.preview(form) : settings.resolved(), dataDir),
    'base.list': async () => base.list(),
    'status.notices': async () => events.recentProblems(),
    ...modelsApi({
      models,
      applySettings: (patch) => settingsChanges.run('settings', () => applySettings(patch)),
      settingsFor: (form) => (form ? settings.preview({ embeddings: form }) : settings.resolved()),
      notice: ({ level, ...message }) => notice(level, message),
      pickPath: options.models?.pickPath,
    }),
  };

  return {
    dataDir,
    handlers,
    sessions,
    lifecycle,
    ingest,
    chat,
    base,
    settings,
    models,
    store,
    embedder,
    baseSynced: () => baseSync,
    onEvent<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
      return events.on(event, listener);
    },
    async close() {
      shutdown.abort();
      await models.stopAll();
      await ingest.stopAll();
      await chat.stopAll();
      await baseSync;
      await reembedding;
      await sessions.idle();
      await pool.destroy();
      await llm.close();
      await providers.store.close();
      await lock.release();
    },
  };
}
