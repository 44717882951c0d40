// The window's state, fed by the DocentApi and its events. Components read slices with `useDocent(selector)`
// and call the actions; only this file talks to the API.
import { create } from 'zustand';
import { DocentError, type DocentApi } from '../../../shared/api';
import type { ChatMessage, Citation, DocumentRecord, EndPreview, SessionSummary, SessionView, SettingsView, StatusEvent } from '../../../shared/model';
import { sessionDocuments } from '../../../shared/model';
import { documentOpening } from '../lib/document-opening';
import { errorMessage, errorSayable } from '../lib/errors';
import { downloadText } from '../lib/download';
import { applyIngestEvent, isFinished, queuedRows, type IngestRow } from './ingest-rows';
import { applyJobEvent, newFolderUpload, sessionJobs, SMALL_JOB, type FolderUpload, type JobView } from './jobs';
import type { FolderFiles } from '../lib/folder-files';
import { combineSummaries } from '../../../shared/job-summary';
import { uploadFolderFile } from '../platform';
import { applyChatEvent, joinChats, type StreamingAnswer } from './chat-stream';
import { addToast, isProblem, makeToast, type Toast, type ToastLevel } from './toasts';
import type { Sayable } from '../i18n/say';
import { connectModels } from './models-store';

export interface BackgroundWork {
  baseSync?: { done: number; total: number; fileName?: string };
  reembed?: { sid: string; done: number; total: number };
}

export interface DocentState {
  ready: boolean;
  loadError?: string;
  session: SessionView | null;
  sessions: SessionSummary[];
  baseDocuments: DocumentRecord[];
  ingestRows: IngestRow[];
  /** Every ingest job's summary, by jobId (see state/jobs.ts). */
  jobs: Record<string, JobView>;
  /** A folder the browser is uploading. */
  folderUpload: FolderUpload | null;
  streaming: StreamingAnswer | null;
  source: Citation | null;
  /** Counts openings of a source, so clicking the open citation again brings its cited page back. */
  sourceOpenings: number;
  settings: SettingsView | null;
  settingsOpen: boolean;
  toasts: Toast[];
  background: BackgroundWork;

  init(api: DocentApi): Promise<() => void>;
  openSession(sid: string): Promise<void>;
  createSession(): Promise<void>;
  renameSession(sid: string, title: string): Promise<boolean>;
  previewEnd(sid: string): Promise<EndPreview | null>;
  endSession(sid: string): Promise<boolean>;
  /** Paths granted or uploaded; a `folder` entry is walked by main (the desktop app). */
  addFiles(files: { path: string; name: string; folder?: boolean }[]): Promise<void>;
  /** Browser host: a folder's files, uploaded and sent in parts of at most 1,000 (the contract's limit per call). */
  addFolderFiles(folder: FolderFiles): Promise<void>;
  /** Desktop app: "Add folder…" through main's own dialog; the folder is added whole. */
  chooseFolder(): Promise<void>;
  /** Cancels every job of the current session (and the rest of a folder being uploaded). */
  cancelAllIngest(): Promise<void>;
  /** Takes the summary of the session's finished jobs away. */
  dismissJobs(): void;
  /** Removes every failed document of the current session at once. */
  removeFailed(): Promise<void>;
  cancelIngest(key: string): Promise<void>;
  /** Takes a finished row off the list; a failed file's record leaves the session with it. */
  dismissIngest(key: string): Promise<void>;
  /** Sends a document already in the session (an encrypted PDF) again, with its password; `replaces` is its old row. */
  retryWithPassword(target: { fileId: string; fileName: string; replaces?: string }, password: string): Promise<void>;
  removeDocument(fileId: string): Promise<void>;
  ask(question: string): Promise<boolean>;
  /** Summarises a whole document of the session into the chat, streamed like an answer. */
  summarize(fileId: string): Promise<boolean>;
  stop(): Promise<void>;
  openCitation(citation: Citation): void;
  /** Opens a document (of the session or the base library) in the source viewer at its first page, nothing marked. */
  openDocument(sid: string, document: Pick<DocumentRecord, 'fileId' | 'name'>): void;
  closeSource(): void;
  exportChat(): Promise<void>;
  openSettings(open: boolean): Promise<void>;
  setSettings(settings: SettingsView): void;
  /** A notice: a message from the main process (with its code) or a sentence the window already worded. */
  toast(level: ToastLevel, message: Sayable | string, noticeId?: string): void;
  dismissToast(id: number): void;
  /** Ends a session whose file was unreadable (from its notice): its vectors, copies and set-aside file are erased. */
  endUnreadableSession(sid: string, toastId: number): Promise<void>;
  /** Dismisses every warning and error at once. */
  dismissProblems(): void;
}

let api: DocentApi | null = null;

/** Whether a password was typed for a file sent for ingestion, by `<sid>|<name>`: events can outrun `ingest`'s answer. */
const sentFiles = new Map<string, { passwordTried: boolean }>();
const seedRow = (sid: string, fileName: string) => sentFiles.get(`${sid}|${fileName}`);

/** The API the store was started with; components needing a call the store does not wrap use this. */
export function docentApi(): DocentApi {
  if (!api) throw new Error('Docent is not connected yet.');
  return api;
}

const INFO_TOAST_MS = 5000;

/** The notice the core sends when it sets an unreadable session file aside (code `session-file-unreadable`). */
function unreadableSessionNotice(sid: string): Sayable {
  return {
    code: 'session-file-unreadable',
    params: { sid },
    message: 'A session file could not be read and was set aside; your other sessions are not affected.',
  };
}
const infoTimers = new Map<number, ReturnType<typeof setTimeout>>();

export const useDocent = create<DocentState>()((set, get) => {
  const fail = (error: unknown) => get().toast('error', errorSayable(error));

  const setSession = (session: SessionView) => {
    const previous = get().session;
    const same = previous?.sid === session.sid;
    set({
      session: same ? { ...session, chat: joinChats(previous.chat, session.chat) } : session,
      streaming: get().streaming?.sid === session.sid ? get().streaming : null,
      source: same ? get().source : null,
    });
  };

  /**
   * After a removal: the view main answered with, then its documents as main holds them now. The view was read when the
   * removal ended, and a file of a running job may have finished since (its event already shown): the view alone would
   * show it as being added again until the job ends.
   */
  const afterRemoval = async (view: SessionView) => {
    setSession(view);
    await refreshDocuments(view.sid);
  };

  /** After an end that main finished only in part: drop the session from the list and show the current one. */
  const followEndedSession = async (sid: string) => {
    set({ ingestRows: get().ingestRows.filter((row) => row.sid !== sid) });
    await refreshSessions();
    if (get().session?.sid !== sid) return;
    try {
      setSession(await docentApi().sessions.current());
    } catch (error) {
      fail(error);
    }
  };

  const refreshSessions = async () => {
    try {
      set({ sessions: await docentApi().sessions.list() });
    } catch (error) {
      fail(error);
    }
  };

  /** Starts an answer (a question, a summary): the streaming bubble shows at once, events fill it as they come. */
  const startAnswer = async (begin: (sid: string) => Promise<{ requestId: string }>): Promise<boolean> => {
    const session = get().session;
    if (!session || get().streaming) return false;
    set({ streaming: { requestId: null, sid: session.sid, text: '', citations: [], stopping: false } });
    try {
      const { requestId } = await begin(session.sid);
      const streaming = get().streaming;
      if (streaming && streaming.requestId === null) set({ streaming: { ...streaming, requestId } });
      return true;
    } catch (error) {
      set({ streaming: null });
      fail(error);
      return false;
    }
  };

  const refreshDocuments = async (sid: string) => {
    try {
      const documents = await docentApi().documents.list({ sid });
      const session = get().session;
      if (session?.sid === sid) set({ session: { ...session, documents, documentCount: sessionDocuments(documents).length } });
    } catch (error) {
      fail(error);
    }
  };

  // Documents finished since the last flush, by fileId (null: the session keeps no record of it any more).
  let finishedDocuments = new Map<string, DocumentRecord | null>();
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  const flushDocuments = () => {
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = undefined;
    const session = get().session;
    const changes = finishedDocuments;
    finishedDocuments = new Map();
    if (!session || changes.size === 0) return;
    const documents: DocumentRecord[] = [];
    for (const doc of session.documents) {
      if (!changes.has(doc.fileId)) documents.push(doc);
      else {
        const next = changes.get(doc.fileId);
        if (next) documents.push(next);
        changes.delete(doc.fileId);
      }
    }
    for (const doc of changes.values()) if (doc) documents.push(doc);
    set({ session: { ...session, documents, documentCount: sessionDocuments(documents).length } });
  };
  const queueDocument = (fileId: string, document: DocumentRecord | undefined) => {
    if (!fileId) return;
    finishedDocuments.set(fileId, document ?? null);
    flushTimer ??= setTimeout(flushDocuments, 200);
  };

  /** A job just started, known before its first summary arrives (which may come a moment later). */
  const expectJob = (jobId: string, sid: string, total: number, counting: boolean) => {
    if (get().jobs[jobId]) return;
    const summary = { ...combineSummaries([]), total, counting };
    set({ jobs: { ...get().jobs, [jobId]: { jobId, sid, summary, finished: false } } });
  };

  const onStatus = (event: StatusEvent) => {
    const background = { ...get().background };
    switch (event.type) {
      case 'base-sync':
        background.baseSync = event.done >= event.total ? undefined : { done: event.done, total: event.total, fileName: event.fileName };
        set({ background });
        if (event.done >= event.total) void docentApi().base.list().then((baseDocuments) => set({ baseDocuments }), fail);
        return;
      case 'reembed':
        background.reembed = event.done >= event.total ? undefined : { sid: event.sid, done: event.done, total: event.total };
        set({ background });
        // Re-indexing can change a document's state (an encrypted PDF then asks for its password again): show it.
        if (event.done >= event.total) {
          if (get().session?.sid === event.sid) void refreshDocuments(event.sid);
          void refreshSessions();
        }
        return;
      case 'sessions-changed':
        void refreshSessions();
        return;
      case 'notice': {
        const { level, message, code, params, detail, id } = event;
        get().toast(level, { message, code, params, detail }, id);
        return;
      }
    }
  };

  return {
    ready: false,
    session: null,
    sessions: [],
    baseDocuments: [],
    ingestRows: [],
    jobs: {},
    folderUpload: null,
    streaming: null,
    source: null,
    sourceOpenings: 0,
    settings: null,
    settingsOpen: false,
    toasts: [],
    background: {},

    async init(docent) {
      api = docent;
      const unsubscribe = [
        docent.events.onIngest((event) => {
          const session = get().session;
          if (event.type === 'job-progress' || event.type === 'job-done') {
            set({ jobs: applyJobEvent(get().jobs, event) });
            if (event.type === 'job-done') {
              flushDocuments();
              if (session?.sid === event.sid) void refreshDocuments(event.sid);
              void refreshSessions();
            }
            return;
          }
          set({ ingestRows: applyIngestEvent(get().ingestRows, event, seedRow) });
          if (event.type !== 'file-done') return;
          // The file's record as the session now holds it joins the list (gathered, so thousands of files finishing
          // re-render the list a few times a second, not once each).
          if (session?.sid === event.sid) queueDocument(event.fileId, event.document);
          // A file that became ready is in the documents list now; its progress row has done its job.
          if (event.status === 'ready') {
            const done = (r: IngestRow) => r.jobId !== event.jobId || r.fileName !== event.fileName;
            set({ ingestRows: get().ingestRows.filter(done) });
          }
        }),
        docent.events.onChat((event) => {
          const session = get().session;
          if (!session || session.sid !== event.sid) return;
          const next = applyChatEvent({ messages: session.chat, streaming: get().streaming }, event);
          if (next.messages !== session.chat) set({ session: { ...session, chat: next.messages } });
          if (next.streaming !== get().streaming) set({ streaming: next.streaming });
          if (event.type === 'error' && event.error.code !== 'cancelled') get().toast('error', event.error);
        }),
        docent.events.onStatus(onStatus),
        connectModels(docent),
      ];
      try {
        // `current` may create the first session, so the list is read after it.
        const session = await docent.sessions.current();
        const [sessions, baseDocuments, notices, unreadable] = await Promise.all([
          docent.sessions.list(),
          docent.base.list().catch(() => []),
          // Problems raised before the window listened (at start) are shown too.
          docent.status.notices().catch(() => []),
          docent.sessions.unreadable().catch(() => []),
        ]);
        set({ session, sessions, baseDocuments, ready: true });
        // A session file set aside shows once, and only while it still holds data (it may have been ended since).
        const stillUnreadable = new Set(unreadable.map((u) => u.sid));
        const announced = new Set<string>();
        for (const notice of notices) {
          if (notice.code === 'session-file-unreadable') {
            const sid = String(notice.params?.sid ?? '');
            if (!stillUnreadable.has(sid) || announced.has(sid)) continue;
            announced.add(sid);
          }
          onStatus(notice);
        }
        // Set aside in an earlier run: each still holds data until it is ended from its notice.
        for (const { sid } of unreadable) if (!announced.has(sid)) get().toast('warning', unreadableSessionNotice(sid));
      } catch (error) {
        set({ ready: true, loadError: errorMessage(error) });
      }
      return () => unsubscribe.forEach((off) => off());
    },

    async openSession(sid) {
      if (get().session?.sid === sid) return;
      try {
        setSession(await docentApi().sessions.open({ sid }));
      } catch (error) {
        fail(error);
      }
    },

    async createSession() {
      try {
        setSession(await docentApi().sessions.create());
        await refreshSessions();
      } catch (error) {
        fail(error);
      }
    },

    async renameSession(sid, title) {
      try {
        const summary = await docentApi().sessions.rename({ sid, title });
        set({ sessions: get().sessions.map((s) => (s.sid === sid ? summary : s)) });
        const session = get().session;
        if (session?.sid === sid) set({ session: { ...session, title: summary.title, updatedAt: summary.updatedAt } });
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },

    async previewEnd(sid) {
      try {
        return await docentApi().sessions.endPreview({ sid });
      } catch (error) {
        fail(error);
        return null;
      }
    },

    async endSession(sid) {
      try {
        const result = await docentApi().sessions.end({ sid });
        // Say what was erased (an information notice: it goes away by itself).
        get().toast('info', result.notice);
        set({ ingestRows: get().ingestRows.filter((row) => row.sid !== sid) });
        const session = get().session;
        if (!session || session.sid === sid || session.sid !== result.current.sid) setSession(result.current);
        await refreshSessions();
        return true;
      } catch (error) {
        fail(error);
        // Ended but not erased yet (the vector store could not be reached): main has hidden the session and moved on
        // to another, so the window follows rather than keep showing a session that is gone.
        if (error instanceof DocentError && error.code === 'store-unavailable') await followEndedSession(sid);
        return false;
      }
    },

    async addFiles(files) {
      const session = get().session;
      if (!session || files.length === 0) return;
      for (const file of files) sentFiles.set(`${session.sid}|${file.name}`, { passwordTried: false });
      try {
        const { jobId } = await docentApi().documents.ingest({ sid: session.sid, files: files.map(({ path, name }) => ({ path, name })) });
        expectJob(jobId, session.sid, files.filter((file) => !file.folder).length, files.some((file) => file.folder));
        // A few files are listed at once as waiting; a folder's files and a big drop appear as they are reached.
        const single = files.filter((file) => !file.folder);
        if (single.length === files.length && single.length <= SMALL_JOB) {
          // Events may already have created rows for this job; only add the files they have not named yet.
          const known = new Set(get().ingestRows.map((row) => row.key));
          set({ ingestRows: [...get().ingestRows, ...queuedRows(jobId, session.sid, single).filter((row) => !known.has(row.key))] });
        }
      } catch (error) {
        fail(error);
      }
    },

    async addFolderFiles({ files, skipped }) {
      const session = get().session;
      if (!session) return;
      const sid = session.sid;
      const upload = newFolderUpload(sid, files.length, skipped);
      set({ folderUpload: upload });
      const update = (change: Partial<FolderUpload>) => {
        if (get().folderUpload === upload || get().folderUpload?.startedAt === upload.startedAt) set({ folderUpload: { ...get().folderUpload!, ...change } });
      };
      const PART = 500;
      let uploaded = 0;
      try {
        for (let from = 0; from < files.length; from += PART) {
          const part: { path: string; name: string }[] = [];
          for (const { file, name } of files.slice(from, from + PART)) {
            if (get().folderUpload?.cancelled) return;
            try {
              part.push(await uploadFolderFile(file, name));
            } catch (error) {
              // One file that cannot be read (moved, too large) is reported; the rest of the folder goes on.
              get().toast('error', errorSayable(error));
            }
            update({ uploaded: ++uploaded });
          }
          if (get().folderUpload?.cancelled) return;
          if (part.length) expectJob((await docentApi().documents.ingest({ sid, files: part })).jobId, sid, part.length, false);
        }
      } catch (error) {
        fail(error);
      } finally {
        update({ finished: true, uploaded });
      }
    },

    async chooseFolder() {
      try {
        const chosen = await docentApi().documents.chooseFolder();
        if (chosen) await get().addFiles([{ ...chosen, folder: true }]);
      } catch (error) {
        fail(error);
      }
    },

    async cancelAllIngest() {
      const sid = get().session?.sid;
      const jobs = sessionJobs(get().jobs, get().folderUpload, sid);
      if (!jobs) return;
      if (get().folderUpload?.sid === sid && !get().folderUpload?.finished) set({ folderUpload: { ...get().folderUpload!, cancelled: true } });
      try {
        await Promise.all(jobs.runningJobIds.map((jobId) => docentApi().documents.cancel({ jobId })));
      } catch (error) {
        fail(error);
      }
    },

    dismissJobs() {
      const sid = get().session?.sid;
      const jobs = Object.fromEntries(Object.entries(get().jobs).filter(([, job]) => job.sid !== sid || !job.finished));
      const upload = get().folderUpload;
      set({ jobs, folderUpload: upload && upload.sid === sid && upload.finished ? null : upload });
    },

    async removeFailed() {
      const session = get().session;
      if (!session) return;
      const failed = session.documents.filter((d) => d.status === 'failed').map((d) => d.fileId);
      if (failed.length === 0) return;
      const gone = new Set(failed);
      // Off the list at once, with their rows; the store catches up.
      set({
        session: { ...session, documents: session.documents.filter((d) => !gone.has(d.fileId)) },
        ingestRows: get().ingestRows.filter((r) => r.sid !== session.sid || !r.fileId || !gone.has(r.fileId) || r.status === 'working'),
      });
      try {
        await afterRemoval(await docentApi().documents.removeMany({ sid: session.sid, fileIds: failed }));
        await refreshSessions();
      } catch (error) {
        fail(error);
        void refreshDocuments(session.sid);
      }
    },

    async cancelIngest(key) {
      const row = get().ingestRows.find((r) => r.key === key);
      if (!row) return;
      try {
        await docentApi().documents.cancel({ jobId: row.jobId, ...(row.fileId ? { fileId: row.fileId } : {}) });
      } catch (error) {
        fail(error);
      }
    },

    async dismissIngest(key) {
      const row = get().ingestRows.find((r) => r.key === key);
      if (!row || !isFinished(row)) return;
      set({ ingestRows: get().ingestRows.filter((r) => r.key !== key) });
      const session = get().session;
      const record = session?.documents.find((d) => d.fileId === row.fileId);
      if (session && record && record.status !== 'ready' && record.status !== 'processing') {
        // Off the list at once; the store catches up.
        set({ session: { ...session, documents: session.documents.filter((d) => d !== record) } });
        try {
          await afterRemoval(await docentApi().documents.remove({ sid: session.sid, fileId: record.fileId }));
        } catch (error) {
          fail(error);
        }
      }
    },

    async retryWithPassword({ fileId, fileName, replaces }, password) {
      const session = get().session;
      if (!session) return;
      sentFiles.set(`${session.sid}|${fileName}`, { passwordTried: true });
      try {
        const { jobId } = await docentApi().documents.ingest({ sid: session.sid, files: [{ fileId, name: fileName, password }] });
        const retry = queuedRows(jobId, session.sid, [{ name: fileName, fileId }], true)[0];
        const rows = get().ingestRows.filter((r) => r.key !== replaces);
        set({ ingestRows: rows.some((r) => r.key === retry.key) ? rows : [...rows, retry] });
      } catch (error) {
        fail(error);
      }
    },

    async removeDocument(fileId) {
      const session = get().session;
      if (!session) return;
      try {
        await afterRemoval(await docentApi().documents.remove({ sid: session.sid, fileId }));
        if (get().source?.fileId === fileId) set({ source: null });
        await refreshSessions();
      } catch (error) {
        fail(error);
      }
    },

    async ask(question) {
      return startAnswer((sid) => docentApi().chat.ask({ sid, question }));
    },

    async summarize(fileId) {
      return startAnswer((sid) => docentApi().chat.summarize({ sid, fileId }));
    },

    async stop() {
      const streaming = get().streaming;
      if (!streaming?.requestId) return;
      set({ streaming: { ...streaming, stopping: true } });
      try {
        await docentApi().chat.cancel({ requestId: streaming.requestId });
      } catch (error) {
        fail(error);
      }
    },

    openCitation(citation) {
      set({ source: citation, sourceOpenings: get().sourceOpenings + 1 });
    },

    openDocument(sid, document) {
      get().openCitation(documentOpening(sid, document));
    },

    closeSource() {
      set({ source: null });
    },

    async exportChat() {
      const session = get().session;
      if (!session) return;
      try {
        const { fileName, markdown } = await docentApi().chat.exportMarkdown({ sid: session.sid });
        downloadText(fileName, markdown);
      } catch (error) {
        fail(error);
      }
    },

    async openSettings(open) {
      if (!open) {
        set({ settingsOpen: false });
        return;
      }
      try {
        set({ settings: await docentApi().settings.get(), settingsOpen: true });
      } catch (error) {
        fail(error);
      }
    },

    setSettings(settings) {
      set({ settings });
    },

    toast(level, message, noticeId) {
      const { toasts, shown } = addToast(get().toasts, makeToast(level, message, noticeId));
      set({ toasts });
      // Information goes away by itself, counted from its latest arrival; problems stay until dismissed.
      if (level === 'info') {
        clearTimeout(infoTimers.get(shown.id));
        infoTimers.set(
          shown.id,
          setTimeout(() => {
            infoTimers.delete(shown.id);
            get().dismissToast(shown.id);
          }, INFO_TOAST_MS),
        );
      }
    },

    async endUnreadableSession(sid, toastId) {
      try {
        const result = await docentApi().sessions.end({ sid });
        get().dismissToast(toastId);
        get().toast('info', result.notice);
        if (get().session?.sid === sid) setSession(result.current);
        await refreshSessions();
      } catch (error) {
        fail(error);
      }
    },

    dismissToast(id) {
      set({ toasts: get().toasts.filter((t) => t.id !== id) });
    },

    dismissProblems() {
      set({ toasts: get().toasts.filter((t) => !isProblem(t)) });
    },
  };
});

/** Messages of the open session, or none. */
export function useChatMessages(): ChatMessage[] {
  return useDocent((state) => state.session?.chat ?? EMPTY_CHAT);
}
const EMPTY_CHAT: ChatMessage[] = [];
