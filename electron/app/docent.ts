// The composition root: builds every service from the data dir and settings, and exposes one handler per DocentApi
// channel. Electron's main.ts, the browser host, the CLI, the tests and the benchmarks all start Docent through here,
// so they run the same code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DocentError, type DocentHandlers, type EventName, type EventPayloads } from '../../shared/api';
import { BASE_SID } from '../../shared/ids';
import type { SessionFile, SourcePage } from '../../shared/model';
import { BaseLibrary } from './base/base-library';
import type { Answerer } from './chat/answer-types';
import { ChatService, chatToMarkdown } from './chat/chat-service';
import type { DocentCore } from './core';
import { createExtractPool, type ExtractPoolOptions } from './documents/extract-pool';
import { installedOcrLanguages } from './documents/ocr/language-data';
import type { Embedder } from './embeddings/embedder';
import { EventHub, type NoticeLevel } from './events';
import { causeOf, userMessage, type UserMessage } from './user-message';
import { IngestService } from './ingest/ingest-service';
import { readStoredPages } from './ingest/stored-pages';
import { reembedSessions } from './ingest/reembed';
import { createAnswerer, createEmbedder, createVectorStore, model2vecPresent } from './providers';
import { SessionLifecycle } from './sessions/session-lifecycle';
import { SessionStore, sessionName, summarize, toView } from './sessions/session-store';
import { plainTextSecretBox, type SecretBox } from './settings/secret-box';
import { SettingsStore } from './settings/settings-store';
import { testConnection, startModelDownload } from './settings/connection-tests';
import type { VectorStore } from './vectors/vector-store';

export interface CreateDocentOptions {
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  /** safeStorage in the app; plain text (owner-only file) elsewhere. */
  secretBox?: SecretBox;
  /** The preinstalled documents; defaults to resources/base-docs of this checkout or package. */
  baseDocsDir?: string;
  /** Index the base library in the background at start (default true). */
  syncBase?: boolean;
  /** The extraction worker pool's options (the bundled worker for benchmarks, budgets for tests). */
  extractPool?: ExtractPoolOptions;
}

/** DocentCore plus the services, for the CLI, tests and benchmarks. */
export interface DocentApp extends DocentCore {
  readonly sessions: SessionStore;
  readonly lifecycle: SessionLifecycle;
  readonly ingest: IngestService;
  readonly chat: ChatService;
  readonly base: BaseLibrary;
  readonly settings: SettingsStore;
  store(): VectorStore;
  embedder(): Embedder;
  /** Settles when the base library's sync (started at launch) has finished. */
  baseSynced(): Promise<void>;
}

export function defaultBaseDocsDir(): string {
  // electron/app/docent.ts in a checkout, dist/electron/main.cjs when bundled: both are two levels below the root.
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'resources', 'base-docs');
}

export async function createDocent(options: CreateDocentOptions): Promise<DocentApp> {
  const dataDir = path.resolve(options.dataDir);
  const events = new EventHub();
  const notice = (level: NoticeLevel, message: UserMessage) => events.notice(level, message);

  const sessions = new SessionStore(dataDir, (report) =>
    notice(
      'warning',
      userMessage(
        'session-file-unreadable',
        `A session file could not be read and was moved aside to ${report.movedTo}: ${report.reason}`,
        {},
        `Moved aside to ${report.movedTo}: ${report.reason}`,
      ),
    ),
  );
  await sessions.init();
  const settings = new SettingsStore(dataDir, options.secretBox ?? plainTextSecretBox, options.env ?? process.env);
  const settingsLoad = await settings.load();
  if (settingsLoad.warning) notice('warning', settingsLoad.warning);

  let embedder: Embedder;
  let store: VectorStore;
  let answerer: Answerer;
  let providerKeys = { embedder: '', store: '' };
  /** (Re)builds the providers whose settings changed; an unchanged embedder or store is kept as it is. */
  async function buildProviders(): Promise<void> {
    const resolved = settings.resolved();
    const embedderKey = JSON.stringify(resolved.embeddings);
    if (embedderKey !== providerKeys.embedder) {
      const built = await createEmbedder(resolved, dataDir);
      if (built.warning) notice('warning', built.warning);
      embedder = built.embedder;
    }
    const storeKey = JSON.stringify([resolved.pinecone, embedder.id]);
    if (storeKey !== providerKeys.store) store = await createVectorStore(resolved, dataDir, embedder);
    providerKeys = { embedder: embedderKey, store: storeKey };
    answerer = createAnswerer(resolved);
  }
  await buildProviders();

  const pool = createExtractPool(options.extractPool);
  const base = new BaseLibrary(dataDir, options.baseDocsDir ?? defaultBaseDocsDir(), events);
  const chunking = () => settings.resolved().chunking;
  const ocr = () => settings.resolved().ocr;
  const ingest = new IngestService({ sessions, pool: () => pool, embedder: () => embedder, store: () => store, events, chunking, ocr });
  const chat = new ChatService({
    sessions,
    embedder: () => embedder,
    store: () => store,
    answerer: () => answerer,
    events,
    pagesOf: (sid, fileId) => readStoredPages(sid === BASE_SID ? base.filesDir : sessions.filesDir(sid), fileId),
  });
  const lifecycle = new SessionLifecycle(sessions, () => store, {
    stopWorkFor: async (sid) => {
      await ingest.stopSession(sid);
      await chat.stopSession(sid);
    },
    notice,
  });
  const shutdown = new AbortController();

  // Finish what a crash interrupted before anything else touches the stores.
  await lifecycle.recover();
  await ingest
    .recoverInterrupted()
    .catch((error) =>
      notice('error', userMessage('recovery-failed', `Interrupted documents could not be cleaned up yet: ${causeOf(error)}`, {}, causeOf(error))),
    );

  let baseSync: Promise<void> = Promise.resolve();
  let reembedding: Promise<void> = Promise.resolve();
  const startBaseSync = () => {
    baseSync = base
      .sync({ pool, embedder, store, chunking: chunking(), ocr: ocr() }, shutdown.signal)
      .catch((error) => {
        if (!shutdown.signal.aborted) notice('error', userMessage('base-sync-failed', `The base library could not be indexed: ${causeOf(error)}`, {}, causeOf(error)));
      });
  };
  if (options.syncBase !== false) startBaseSync();

  async function activeSession(sid: string): Promise<SessionFile> {
    const session = await sessions.get(sid);
    if (session.state !== 'active') throw new DocentError('conflict', `${sessionName(session)} is being ended`);
    return session;
  }

  async function pageSource(sid: string, fileId: string) {
    if (sid === BASE_SID) {
      const doc = (await base.list()).find((d) => d.fileId === fileId);
      if (!doc) throw new DocentError('not-found', 'no such document in the base library');
      return { doc, filesDir: base.filesDir };
    }
    const doc = await sessions.document(sid, fileId);
    if (!doc) throw new DocentError('not-found', 'no such document in this session');
    return { doc, filesDir: sessions.filesDir(sid) };
  }

  const handlers: DocentHandlers = {
    'sessions.list': async () => (await sessions.summaries()).filter((s) => s.state === 'active'),
    'sessions.current': async () => toView(await lifecycle.resumeOrCreate()),
    'sessions.create': async (payload) => {
      const view = toView(await lifecycle.openNew(payload?.title));
      events.emit('status', { type: 'sessions-changed' });
      return view;
    },
    'sessions.open': async ({ sid }) => toView(await lifecycle.open(sid)),
    'sessions.rename': async ({ sid, title }) => {
      const session = await sessions.update(sid, (s) => {
        s.title = title;
      });
      events.emit('status', { type: 'sessions-changed' });
      return summarize(session);
    },
    'sessions.endPreview': async ({ sid }) => lifecycle.preview(sid),
    'sessions.end': async ({ sid }) => {
      await sessions.get(sid);
      const current = await lifecycle.end(sid);
      events.emit('status', { type: 'sessions-changed' });
      return { endedSid: sid, current: toView(current) };
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
    // The Electron shell answers this with its own dialog (main.ts); a browser picks a folder in the page instead.
    'documents.chooseFolder': async () => {
      throw new DocentError('invalid-input', 'Choosing a folder here needs the desktop app: drop the folder on the window instead.');
    },
    'documents.page': async ({ sid, fileId, page }) => {
      const { doc, filesDir } = await pageSource(sid, fileId);
      const stored = await readStoredPages(filesDir, fileId);
      if (!stored) throw new DocentError('not-found', `${doc.name}: its text is not available (it was not indexed)`);
      const found = stored.pages.find((p) => p.page === page);
      if (!found && (page < 1 || page > stored.pageCount)) throw new DocentError('not-found', `${doc.name} has no page ${page}`);
      const source: SourcePage = { sid, fileId, fileName: doc.name, kind: stored.kind, page, pageCount: stored.pageCount, text: found?.text ?? '' };
      if (found?.ocr) source.ocr = found.ocr;
      return source;
    },
    'documents.bytes': async ({ sid, fileId }) => {
      const { doc, filesDir } = await pageSource(sid, fileId);
      if (!doc.copy) throw new DocentError('not-found', `${doc.name}: no copy of this document is kept`);
      const bytes = await readFile(path.join(filesDir, path.basename(doc.copy)));
      return { fileName: doc.name, kind: doc.kind, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    },
    'chat.ask': async ({ sid, question }) => {
      const { requestId } = await chat.ask(sid, question);
      return { requestId };
    },
    'chat.cancel': async ({ requestId }) => ({ cancelled: chat.cancel(requestId) }),
    'chat.history': async ({ sid }) => (await sessions.get(sid)).chat,
    'chat.exportMarkdown': async ({ sid }) => {
      const session = await sessions.get(sid);
      const fileName = `${session.title.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim() || 'docent-chat'}.md`;
      return { fileName, markdown: chatToMarkdown(session.title, session.chat) };
    },
    'settings.get': async () => settings.view(model2vecPresent(dataDir, settings.resolved().embeddings.model2vecName), installedOcrLanguages()),
    'settings.set': async (patch) => {
      await settings.set(patch);
      const before = { embedder, store };
      await buildProviders();
      if (before.embedder.id !== embedder.id || before.store !== store) {
        notice('info', userMessage('reindex-started', 'The embedder or vector store changed: your documents are being indexed again from their stored copies.'));
        startBaseSync();
        reembedding = reembedSessions({ sessions, from: before.store, tools: { pool, embedder, store, chunking: chunking(), ocr: ocr() }, events, signal: shutdown.signal })
          .then(() => notice('info', userMessage('reindex-done', 'All documents are indexed with the new settings.')))
          .catch((error) => {
            if (!shutdown.signal.aborted)
              notice('error', userMessage('reindex-failed', `Re-indexing stopped: ${causeOf(error)}. Add the affected documents again.`, {}, causeOf(error)));
          });
      }
      return settings.view(model2vecPresent(dataDir, settings.resolved().embeddings.model2vecName), installedOcrLanguages());
    },
    'settings.test': async ({ target }) => testConnection(target, settings.resolved(), dataDir),
    'settings.downloadModel': async () => startModelDownload(settings.resolved(), dataDir, events),
    'base.list': async () => base.list(),
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
    store: () => store,
    embedder: () => embedder,
    baseSynced: () => baseSync,
    onEvent<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
      return events.on(event, listener);
    },
    async close() {
      shutdown.abort();
      await ingest.stopAll();
      await chat.stopAll();
      await baseSync;
      await reembedding;
      await sessions.idle();
      await pool.destroy();
      await store.close();
    },
  };
}
