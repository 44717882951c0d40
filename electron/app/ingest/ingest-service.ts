// The ingest service: one job per drop; each file goes copy → extract → chunk → embed → store, with progress events,
// and can be cancelled. A file that fails leaves no vectors and no copy behind, the other files of the batch go on,
// and the session file records every document's outcome.
//
// A dropped folder is one entry: it is counted first (so progress has a total), then walked a file at a time. Files
// flow through a pipeline: a few are copied and extracted at once (the worker pool does the CPU work), and the writes
// of every file that is ready to be stored meanwhile are gathered into one commit of the vector store and one append
// to the session file (see LanceDbStore.upsert, SessionStore.putDocuments), so a file's cost stays flat however many
// came before it.
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../../../shared/api';
import { BASE_SID } from '../../../shared/ids';
import { visibleFileName } from '../../../shared/display-name';
import type { DocumentRecord, ErrorInfo, IngestEvent, IngestJobSummary, IngestStage, SessionFile } from '../../../shared/model';
import type { Embedder } from '../embeddings/embedder';
import type { EventHub } from '../events';
import { documentGone, type SessionStore } from '../sessions/session-store';
import type { VectorStore } from '../vectors/vector-store';
import { DEFAULT_MAX_BYTES, sizeParams } from '../documents/limits';
import { ExtractError } from '../documents/types';
import { copyAndHash, UnreadableSourceError } from './copy-and-hash';
import { indexDocument, type ExtractPoolLike } from './index-document';
import { toErrorInfo } from './error-info';
import { causeOf, userMessage } from '../user-message';
import { newDocumentRecord } from './new-document-record';
import { pagesFile } from './stored-pages';
import { countFolder, walkFolder } from './folder-walk';
import { emptyJobSummary } from '../../../shared/job-summary';

export interface IngestFile {
  /** A file, or a folder: then every file Docent reads below it. */
  path?: string;
  fileId?: string;
  name?: string;
  password?: string;
}

export type FileOutcome = Extract<IngestEvent, { type: 'file-done' }>['status'];

export interface FileResult {
  file: string;
  fileId: string;
  status: FileOutcome;
  pages: number;
  chunks: number;
  error?: ErrorInfo;
}

export interface IngestDeps {
  sessions: SessionStore;
  pool: () => ExtractPoolLike;
  embedder: () => Embedder;
  store: () => VectorStore;
  events: EventHub;
  chunking: () => { size: number; overlap: number };
  ocr?: () => { enabled: boolean; languages: string[] };
  /** Files of one job copied and extracted at once (default 4); any number more may be waiting for their store commit. */
  filesInParallel?: number;
}

/** How often a running job reports its summary. */
const SUMMARY_EVERY_MS = 250;

/** The error code that marks a document whose removal has begun (and is finished at the next start if interrupted). */
const REMOVING = 'removing';

interface Job {
  jobId: string;
  sid: string;
  controller: AbortController;
  files: Map<string, AbortController>;
  done: Promise<FileResult[]>;
  summary: IngestJobSummary;
  started: number;
  summarySent: number;
}

export class IngestService {
  private readonly jobs = new Map<string, Job>();
  /** fileIds being ingested per session, so the same file dropped twice at once is processed once. */
  private readonly inFlight = new Map<string, Set<string>>();
  /** Files of every job between being picked up and their outcome, and jobs still walking their entries. */
  private filesUnderway = 0;
  private jobsWalking = 0;

  /**
   * Whether files besides the one asking are on their way to the stores. When none are, its writes go at once
   * instead of waiting for company (group-commit.ts): the last file of a job, or one dropped alone, is not delayed.
   */
  private othersComing(): boolean {
    return this.filesUnderway > 1 || this.jobsWalking > 0;
  }

  constructor(private readonly deps: IngestDeps) {}

  /** Starts a job and returns at once; progress arrives as events. Entries may be folders. */
  start(sid: string, files: IngestFile[]): { jobId: string; done: Promise<FileResult[]> } {
    const jobId = randomUUID();
    const controller = new AbortController();
    // Every file in flight listens to the job's signal; a folder may have many.
    setMaxListeners(0, controller.signal);
    const summary: IngestJobSummary = emptyJobSummary(files.length);
    const job: Job = { jobId, sid, controller, files: new Map(), done: Promise.resolve([]), summary, started: Date.now(), summarySent: 0 };
    this.jobs.set(jobId, job);
    job.done = this.run(job, files).finally(() => {
      this.jobs.delete(jobId);
      summary.counting = false;
      summary.elapsedMs = Date.now() - job.started;
      this.emit({ type: 'job-progress', jobId, sid, summary: { ...summary, skipped: { ...summary.skipped } } });
      this.emit({ type: 'job-done', jobId, sid, summary });
    });
    return { jobId, done: job.done };
  }

  /**
   * Feeds the job's files through the pipeline, at most `filesInParallel` being copied or extracted at once; a file
   * frees its place as soon as its text is out, and waits for its store commit without holding anyone up.
   */
  private async run(job: Job, entries: IngestFile[]): Promise<FileResult[]> {
    const results: FileResult[] = [];
    const inFlight = new Set<Promise<void>>();
    const limit = Math.max(1, this.deps.filesInParallel ?? 4);
    let free = limit;
    let wake: (() => void) | undefined;
    const slotFreed = () => {
      free++;
      wake?.();
    };
    this.jobsWalking++;
    try {
      let index = 0;
      for await (const file of this.filesOf(job, entries)) {
        while (free === 0) await new Promise<void>((resolve) => (wake = resolve));
        free--;
        this.filesUnderway++;
        const at = index++;
        let released = false;
        const release = () => {
          if (!released) {
            released = true;
            slotFreed();
          }
        };
        const work = this.ingestFile(job, file, release).then((result) => {
          results[at] = result;
          this.count(job, result.status);
        });
        const tracked = work.finally(() => {
          this.filesUnderway--;
          release();
          inFlight.delete(tracked);
        });
        inFlight.add(tracked);
      }
    } catch (error) {
      // A folder that cannot be walked (or a job cancelled mid-walk) stops the walk; the files already sent finish.
      if (!job.controller.signal.aborted) {
        const cause = causeOf(error);
        this.deps.events.notice('warning', userMessage('folder-walk-failed', `A folder could not be read to the end: ${cause}`, {}, cause));
      }
    } finally {
      this.jobsWalking--;
    }
    await Promise.all(inFlight);
    // Writes were gathered while files flowed; what the indexes have not taken in yet is folded in once, now.
    await this.deps.store().refreshIndexes().catch(() => {});
    return results.filter(Boolean);
  }

  /** The job's files: entries as they are, folders counted first (for a total) and then walked a file at a time. */
  private async *filesOf(job: Job, entries: IngestFile[]): AsyncGenerator<IngestFile> {
    const ocrEnabled = this.deps.ocr?.().enabled ?? true;
    const folders = new Map<IngestFile, boolean>();
    for (const entry of entries) {
      if (entry.path !== undefined && !entry.fileId) folders.set(entry, await isFolder(entry.path));
    }
    if ([...folders.values()].some(Boolean)) {
      job.summary.counting = true;
      job.summary.total = entries.length - [...folders.values()].filter(Boolean).length;
      this.reportSummary(job, true);
      for (const [entry, folder] of folders) {
        if (!folder) continue;
        const { files, skipped } = await countFolder(entry.path!, { ocrEnabled, signal: job.controller.signal });
        job.summary.total += files;
        for (const [reason, n] of Object.entries(skipped)) job.summary.skipped[reason as keyof typeof skipped] += n;
        this.reportSummary(job);
      }
      job.summary.counting = false;
      this.reportSummary(job, true);
    }
    for (const entry of entries) {
      if (!folders.get(entry)) {
        yield entry;
        continue;
      }
      // Skips were counted in the first pass; the names here are relative to the folder's parent ("Taxes/2024/a.pdf").
      const parent = entry.name ? entry.name : undefined;
      for await (const file of walkFolder(entry.path!, { ocrEnabled, signal: job.controller.signal })) {
        yield { path: file.path, name: parent ? `${parent}${file.name.slice(file.name.indexOf('/'))}` : file.name };
      }
    }
  }

  private count(job: Job, status: FileOutcome): void {
    const s = job.summary;
    s.done++;
    if (status === 'ready') s.ready++;
    else if (status === 'failed') s.failed++;
    else if (status === 'duplicate') s.duplicate++;
    else if (status === 'needs-password') s.needsPassword++;
    else if (status === 'cancelled') s.cancelled++;
    this.reportSummary(job);
  }

  /** The job's summary, at most every SUMMARY_EVERY_MS (or now, when `force`). */
  private reportSummary(job: Job, force = false): void {
    const now = Date.now();
    if (!force && now - job.summarySent < SUMMARY_EVERY_MS) return;
    job.summarySent = now;
    job.summary.elapsedMs = now - job.started;
    this.emit({ type: 'job-progress', jobId: job.jobId, sid: job.sid, summary: { ...job.summary, skipped: { ...job.summary.skipped } } });
  }

  /** Cancels a whole job, or one file of it. */
  cancel(jobId: string, fileId?: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job) return false;
    if (!fileId) {
      job.controller.abort();
      return true;
    }
    const file = job.files.get(fileId);
    file?.abort();
    return Boolean(file);
  }

  /** Cancels every job of a session and waits for them to clean up (before the session is ended). */
  async stopSession(sid: string): Promise<void> {
    const jobs = [...this.jobs.values()].filter((j) => j.sid === sid);
    for (const job of jobs) job.controller.abort();
    await Promise.allSettled(jobs.map((j) => j.done));
  }

  /** At quit: every job stops; the files in progress are kept as failed 'interrupted', so the relaunch lists them. */
  async stopAll(): Promise<void> {
    const jobs = [...this.jobs.values()];
    for (const job of jobs) job.controller.abort(APP_CLOSING);
    await Promise.allSettled(jobs.map((j) => j.done));
  }

  /**
   * Removes a document: first its record is marked as being removed (so a crash from here on is finished at the next
   * start instead of leaving a `ready` document without its vectors), then its vectors, its copy, and its record.
   */
  async remove(sid: string, fileId: string): Promise<void> {
    await this.removeMany(sid, [fileId]);
  }

  /**
   * Removes several documents in one go ("remove all failed" may be thousands): one write marks them all, one delete
   * and one purge take their vectors, one write drops their records. Documents still being added are refused.
   */
  async removeMany(sid: string, fileIds: readonly string[]): Promise<void> {
    const wanted = [...new Set(fileIds)];
    const docs: DocumentRecord[] = [];
    for (const fileId of wanted) {
      const doc = await this.deps.sessions.document(sid, fileId);
      if (!doc) throw documentGone(fileId);
      if (doc.status === 'processing') throw new DocentError('busy', userMessage('document-adding', `${doc.name} is still being added; cancel it first`, { file: doc.name }));
      docs.push(doc);
    }
    const claimed: string[] = [];
    try {
      for (const doc of docs) {
        if (!this.claim(sid, doc.fileId))
          throw new DocentError('busy', userMessage('document-busy', `${doc.name} is being added or removed right now; try again in a moment`, { file: doc.name }));
        claimed.push(doc.fileId);
      }
      const removing = new Set(claimed);
      await this.deps.sessions.update(sid, (s) => {
        for (const d of s.documents) {
          if (!removing.has(d.fileId)) continue;
          d.status = 'failed';
          d.error = userMessage(REMOVING, `${d.name}: being removed; if it is still listed, remove it again`, { file: d.name });
        }
      });
      await this.finishRemoval(sid, claimed);
    } finally {
      for (const fileId of claimed) this.inFlight.get(sid)?.delete(fileId);
    }
  }

  /** The vectors (physically), then the copies, then the records: each step can be repeated after a crash. */
  private async finishRemoval(sid: string, fileIds: readonly string[]): Promise<void> {
    if (!fileIds.length) return;
    const store = this.deps.store();
    await store.deleteFiles(sid, fileIds);
    await store.purgeDeleted();
    const gone = new Set(fileIds);
    await this.removeCopies(sid, fileIds);
    await this.deps.sessions.update(sid, (s) => {
      s.documents = s.documents.filter((d) => !gone.has(d.fileId));
    });
  }

  /**
   * Cleans up after a crash: a document still `processing` when the app died may have some of its vectors stored.
   * They are deleted and the document marked failed, so a document is either ready with all its chunks or has none.
   * A removal that had begun is finished, and files in the session's folder that no document owns are deleted.
   */
  async recoverInterrupted(): Promise<void> {
    let deletedVectors = false;
    for (const session of await this.deps.sessions.list()) {
      if (session.state !== 'active') continue;
      await this.finishRemoval(
        session.sid,
        session.documents.filter((d) => d.status === 'failed' && d.error?.code === REMOVING).map((d) => d.fileId),
      );
      const stuck = session.documents.filter((d) => d.status === 'processing').map((d) => d.fileId);
      if (stuck.length) {
        await this.deps.store().deleteFiles(session.sid, stuck);
        await this.removeCopies(session.sid, stuck);
        deletedVectors = true;
      }
      const current = stuck.length === 0 ? await this.deps.sessions.read(session.sid) : await this.deps.sessions.update(session.sid, (s) => {
        for (const d of s.documents) {
          if (d.status !== 'processing') continue;
          d.status = 'failed';
          d.chunks = 0;
          d.error = interruptedInfo(d.name);
          delete d.copy;
        }
      });
      if (current) await this.removeUnownedFiles(current);
    }
    // The interrupted documents' text must not stay on disk in deleted-but-kept rows either.
    if (deletedVectors) await this.deps.store().purgeDeleted();
  }

  /**
   * A crash can leave files in `<sid>.files/` that no document owns: a half-written `.incoming-…` copy, a `.tmp` of an
   * interrupted atomic write, or a finished copy whose record was never saved. They hold private text, so they go.
   * Only called at start, before any ingest can be writing there.
   */
  private async removeUnownedFiles(session: SessionFile): Promise<void> {
    const dir = this.deps.sessions.filesDir(session.sid);
    const owned = new Set<string>();
    for (const doc of session.documents) {
      if (doc.copy) owned.add(doc.copy);
      if (doc.status === 'ready') owned.add(path.basename(pagesFile(dir, doc.fileId)));
    }
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (entry.isFile() && !owned.has(entry.name)) await rm(path.join(dir, entry.name), { force: true });
    }
  }

  /** One file through the pipeline; `extracted` is called once its text is out of the worker (or it failed before). */
  private async ingestFile(job: Job, file: IngestFile, extracted: () => void): Promise<FileResult> {
    const { sid } = job;
    const controller = new AbortController();
    const onJobAbort = () => controller.abort(job.controller.signal.reason);
    job.controller.signal.addEventListener('abort', onJobAbort, { once: true });
    // A file still waiting its turn when the job was cancelled (or its session ended) missed the abort event: it must
    // not start, or cancelling a big drop would stop only the files in progress and index all the others.
    if (job.controller.signal.aborted) controller.abort(job.controller.signal.reason);
    const signal = controller.signal;
    // The name is shown everywhere (lists, citations, messages, the CLI): bidi controls cannot disguise its extension.
    let name = visibleFileName(file.name ?? (file.path ? path.basename(file.path) : 'document'));
    let fileId = file.fileId ?? '';
    let claimed = false;
    let stored = false;
    /** The file's 'processing' record being written (see below). */
    let recorded: Promise<void> | undefined;
    const progress = (stage: IngestStage, done: number, total: number) =>
      this.emit({ type: 'progress', jobId: job.jobId, sid, fileId, fileName: name, stage, done, total });
    const finish = (result: Omit<FileResult, 'file' | 'fileId'>, document?: DocumentRecord): FileResult => {
      this.emit({ type: 'file-done', jobId: job.jobId, sid, fileId, fileName: name, ...result, ...(document ? { document } : {}) });
      return { file: name, fileId, ...result };
    };

    try {
      signal.throwIfAborted();
      const filesDir = this.deps.sessions.filesDir(sid);
      let copyPath: string;
      let record: DocumentRecord;
      /** A small file's bytes, as copied: the worker takes them rather than reading the copy again. */
      let bytes: Uint8Array | undefined;
      if (file.fileId) {
        // A retry from the session's own copy (an encrypted PDF, now with its password).
        const existing = await this.deps.sessions.document(sid, file.fileId);
        if (!existing?.copy) throw new DocentError('not-found', `${name}: this document is no longer in the session; drop the file again`);
        name = visibleFileName(file.name ?? existing.name);
        if (existing.status === 'ready') return finish({ status: 'duplicate', pages: existing.pages, chunks: existing.chunks });
        copyPath = path.join(filesDir, existing.copy);
        record = { ...existing, status: 'processing', error: undefined };
        if (!this.claim(sid, fileId)) return finish({ status: 'duplicate', pages: 0, chunks: 0 });
        claimed = true;
        job.files.set(fileId, controller);
      } else {
        progress('copy', 0, 1);
        // Refused before the copy: a 2 GB file would otherwise be copied and hashed (seconds of disk) only to be refused.
        const refuseTooLarge = (size: number) => {
          if (size > DEFAULT_MAX_BYTES)
            throw new ExtractError('too-large', `${name}: ${formatMb(size)} is over the ${formatMb(DEFAULT_MAX_BYTES)} limit`, sizeParams(size, DEFAULT_MAX_BYTES));
        };
        const copy = await copyAndHash(file.path!, filesDir, signal, refuseTooLarge).catch((error: unknown) => {
          if (error instanceof UnreadableSourceError) throw new DocentError('not-found', `${name}: the file cannot be read (it was moved or deleted)`);
          throw error;
        });
        bytes = copy.bytes;
        fileId = copy.fileId;
        const existing = await this.deps.sessions.document(sid, fileId);
        if ((existing && existing.status === 'ready') || !this.claim(sid, fileId)) {
          await rm(copy.tempPath, { force: true });
          return finish({ status: 'duplicate', pages: existing?.pages ?? 0, chunks: existing?.chunks ?? 0 });
        }
        claimed = true;
        // From here the file can be cancelled by its id (documents.cancel with a fileId).
        job.files.set(fileId, controller);
        const copyName = `${fileId}${safeExtension(name)}`;
        copyPath = path.join(filesDir, copyName);
        await rename(copy.tempPath, copyPath);
        record = newDocumentRecord({ fileId, name, size: copy.size, sha256: copy.sha256, copy: copyName });
        progress('copy', 1, 1);
      }
      // The 'processing' record is written while the file is extracted, not before: its fsync, shared with the other
      // files' records, stays off the path of each file. It must be on disk before the file's first vector is (an
      // interrupted file is then found and cleaned up at the next start), and before a failure is recorded.
      recorded = this.deps.sessions.putDocuments(sid, [record], { othersComing: this.othersComing() });
      recorded.catch(() => {});

      const embedder = this.deps.embedder();
      const { doc, chunks } = await indexDocument(
        { sid, fileId, name, copyPath, filesDir, password: file.password, bytes },
        { pool: this.deps.pool(), embedder, store: this.deps.store(), chunking: this.deps.chunking(), ocr: this.deps.ocr?.() },
        { signal, progress, onExtracted: extracted, beforeStore: () => recorded!, onStored: () => (stored = true), othersComing: () => this.othersComing() },
      );
      // Cancelled (or its session ended) while its vectors were being stored: it is not marked ready, and its vectors go.
      signal.throwIfAborted();
      const ready: DocumentRecord = {
        ...record,
        kind: doc.kind,
        mime: doc.mime,
        title: doc.title?.slice(0, 1000),
        pages: doc.pageCount,
        chunks: chunks.length,
        status: 'ready',
        error: undefined,
      };
      await this.saveReady(sid, ready, embedder);
      return finish({ status: 'ready', pages: doc.pageCount, chunks: chunks.length }, ready);
    } catch (error) {
      extracted();
      // Quitting is not the user's cancel: the file stays listed as interrupted (as after a crash), not silently dropped.
      const quitting = signal.aborted && signal.reason === APP_CLOSING;
      const cancelled = signal.aborted && !quitting;
      const info: ErrorInfo = quitting
        ? interruptedInfo(name)
        : cancelled ? userMessage('cancelled', `${name}: cancelled`, { file: name }) : toErrorInfo(error, name);
      const status: FileOutcome = cancelled ? 'cancelled' : info.code === 'needs-password' || info.code === 'wrong-password' ? 'needs-password' : 'failed';
      // Its record is on disk (or failed to be) before the failure replaces it, or the failure would not be kept.
      await recorded?.catch(() => {});
      const document = fileId && claimed ? await this.cleanUpFailed(sid, fileId, name, stored, status, info) : undefined;
      return finish({ status, pages: 0, chunks: 0, error: info }, document);
    } finally {
      job.controller.signal.removeEventListener('abort', onJobAbort);
      if (claimed) {
        this.inFlight.get(sid)?.delete(fileId);
        job.files.delete(fileId);
      }
    }
  }

  /**
   * A failed or cancelled file leaves no vectors and no copy; an encrypted one keeps its copy for the password retry.
   * Returns the record the session keeps of it, if any.
   */
  private async cleanUpFailed(sid: string, fileId: string, name: string, stored: boolean, status: FileOutcome, error: ErrorInfo): Promise<DocumentRecord | undefined> {
    try {
      if (stored) await this.deps.store().deleteFiles(sid, [fileId]);
      const keepCopy = status === 'needs-password';
      if (!keepCopy) await this.removeCopies(sid, [fileId]);
      // A worker stopped mid-way (too slow, too much memory, cancelled) may have been writing the page texts.
      if (status === 'cancelled' || error.code === 'interrupted' || WORKER_STOPPED.has(error.code)) await removeUnfinishedWrites(this.deps.sessions.filesDir(sid), fileId);
      const doc = await this.deps.sessions.document(sid, fileId);
      if (!doc) return undefined;
      if (status === 'cancelled') {
        await this.deps.sessions.update(sid, (s) => {
          s.documents = s.documents.filter((d) => d.fileId !== fileId);
        });
        return undefined;
      }
      const kept: DocumentRecord = { ...doc, status: status === 'needs-password' ? 'needs-password' : 'failed', error, chunks: 0 };
      if (!keepCopy) delete kept.copy;
      await this.deps.sessions.putDocuments(sid, [kept], { othersComing: this.othersComing() });
      return kept;
    } catch (cleanupError) {
      // The session may have been ended meanwhile; then its data is gone with it.
      if (!(cleanupError instanceof DocentError && cleanupError.code === 'not-found')) {
        const cause = causeOf(cleanupError);
        this.deps.events.notice('warning', userMessage('cleanup-failed', `${name}: cleanup after failure did not finish: ${cause}`, { file: name }, cause));
      }
      return undefined;
    }
  }

  private async removeCopies(sid: string, fileIds: readonly string[]): Promise<void> {
    if (sid === BASE_SID) return;
    const dir = this.deps.sessions.filesDir(sid);
    for (const fileId of fileIds) {
      const copy = (await this.deps.sessions.document(sid, fileId).catch(() => undefined))?.copy;
      if (copy) await rm(path.join(dir, copy), { force: true });
      await rm(path.join(dir, `${fileId}.pages.json`), { force: true });
    }
  }

  /** The document as ready, and the session's embedder, saved with the other files finishing now. */
  private async saveReady(sid: string, record: DocumentRecord, embedder: Embedder): Promise<void> {
    const session = await this.deps.sessions.embedderOf(sid);
    if (embedder.dimension && (session?.id !== embedder.id || session.dimension !== embedder.dimension)) {
      await this.deps.sessions.update(sid, (s) => {
        s.embedder = { id: embedder.id, dimension: embedder.dimension };
      });
    }
    await this.deps.sessions.putDocuments(sid, [record], { othersComing: this.othersComing() });
  }

  private claim(sid: string, fileId: string): boolean {
    let set = this.inFlight.get(sid);
    if (!set) this.inFlight.set(sid, (set = new Set()));
    if (set.has(fileId)) return false;
    set.add(fileId);
    return true;
  }

  private emit(event: IngestEvent): void {
    this.deps.events.emit('ingest', event);
  }
}

/** The abort reason of a quit (stopAll), told apart from a user's cancel. */
const APP_CLOSING = Symbol('Docent is closing');

function interruptedInfo(name: string): ErrorInfo {
  return userMessage('interrupted', `${name}: Docent was closed while adding this file; add it again`, { file: name });
}

/** Failures for which the extraction worker was stopped, perhaps in the middle of a write. */
const WORKER_STOPPED = new Set(['timeout', 'out-of-memory', 'cancelled']);

/** The temporary files of the document's interrupted atomic writes (`.<fileId>.pages.json.<random>.tmp`). */
async function removeUnfinishedWrites(dir: string, fileId: string): Promise<void> {
  const prefix = `.${fileId}.`;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) await rm(path.join(dir, name), { force: true });
  }
}

async function isFolder(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() ?? false;
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
}

/** Keeps a short, safe extension for the session's copy (`.pdf`, `.docx`…), so the copy opens in other apps too. */
function safeExtension(name: string): string {
  const ext = path.extname(name).toLowerCase();
  return /^\.[a-z0-9]{1,8}$/.test(ext) ? ext : '';
}
