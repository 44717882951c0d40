// The ingest service: one job per drop; each file goes copy → extract → chunk → embed → store, with progress events,
// and can be cancelled. A file that fails leaves no vectors and no copy behind, the other files of the batch go on,
// and the session file records every document's outcome.
import { randomUUID } from 'node:crypto';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { DocentError } from '../../../shared/api';
import { BASE_SID } from '../../../shared/ids';
import { visibleFileName } from '../../../shared/display-name';
import type { DocumentRecord, ErrorInfo, IngestEvent, IngestStage, SessionFile } from '../../../shared/model';
import type { Embedder } from '../embeddings/embedder';
import type { EventHub } from '../events';
import type { SessionStore } from '../sessions/session-store';
import type { VectorStore } from '../vectors/vector-store';
import { DEFAULT_MAX_BYTES, sizeParams } from '../documents/limits';
import { ExtractError } from '../documents/types';
import { copyAndHash } from './copy-and-hash';
import { indexDocument, type ExtractPoolLike } from './index-document';
import { toErrorInfo } from './error-info';
import { causeOf, userMessage } from '../user-message';
import { newDocumentRecord } from './new-document-record';
import { pagesFile } from './stored-pages';

export interface IngestFile {
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
  /** Files of one job processed at once. */
  filesInParallel?: number;
}

/** The error code that marks a document whose removal has begun (and is finished at the next start if interrupted). */
const REMOVING = 'removing';

interface Job {
  jobId: string;
  sid: string;
  controller: AbortController;
  files: Map<string, AbortController>;
  done: Promise<FileResult[]>;
}

export class IngestService {
  private readonly jobs = new Map<string, Job>();
  /** fileIds being ingested per session, so the same file dropped twice at once is processed once. */
  private readonly inFlight = new Map<string, Set<string>>();

  constructor(private readonly deps: IngestDeps) {}

  /** Starts a job and returns at once; progress arrives as events. */
  start(sid: string, files: IngestFile[]): { jobId: string; done: Promise<FileResult[]> } {
    const jobId = randomUUID();
    const controller = new AbortController();
    const job: Job = { jobId, sid, controller, files: new Map(), done: Promise.resolve([]) };
    this.jobs.set(jobId, job);
    const limit = pLimit(this.deps.filesInParallel ?? 2);
    job.done = Promise.all(files.map((file) => limit(() => this.ingestFile(job, file)))).finally(() => {
      this.jobs.delete(jobId);
      this.emit({ type: 'job-done', jobId, sid });
    });
    return { jobId, done: job.done };
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

  async stopAll(): Promise<void> {
    const jobs = [...this.jobs.values()];
    for (const job of jobs) job.controller.abort();
    await Promise.allSettled(jobs.map((j) => j.done));
  }

  /**
   * Removes a document: first its record is marked as being removed (so a crash from here on is finished at the next
   * start instead of leaving a `ready` document without its vectors), then its vectors, its copy, and its record.
   */
  async remove(sid: string, fileId: string): Promise<void> {
    const session = await this.deps.sessions.get(sid);
    const doc = session.documents.find((d) => d.fileId === fileId);
    if (!doc) throw new DocentError('not-found', `no document ${fileId} in this session`);
    if (doc.status === 'processing') throw new DocentError('busy', `${doc.name} is still being added; cancel it first`);
    if (!this.claim(sid, fileId)) throw new DocentError('busy', `${doc.name} is being added or removed right now; try again in a moment`);
    try {
      await this.deps.sessions.update(sid, (s) => {
        const d = s.documents.find((x) => x.fileId === fileId);
        if (!d) return;
        d.status = 'failed';
        d.error = userMessage(REMOVING, `${d.name}: being removed; if it is still listed, remove it again`, { file: d.name });
      });
      await this.finishRemoval(sid, fileId);
    } finally {
      this.inFlight.get(sid)?.delete(fileId);
    }
  }

  /** The vectors (physically), then the copy, then the record: each step can be repeated after a crash. */
  private async finishRemoval(sid: string, fileId: string): Promise<void> {
    const store = this.deps.store();
    await store.deleteFile(sid, fileId);
    await store.purgeDeleted();
    await this.removeCopies(sid, fileId);
    await this.deps.sessions.update(sid, (s) => {
      s.documents = s.documents.filter((d) => d.fileId !== fileId);
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
      for (const doc of session.documents.filter((d) => d.status === 'failed' && d.error?.code === REMOVING)) {
        await this.finishRemoval(session.sid, doc.fileId);
      }
      const stuck = session.documents.filter((d) => d.status === 'processing');
      for (const doc of stuck) {
        await this.deps.store().deleteFile(session.sid, doc.fileId);
        await this.removeCopies(session.sid, doc.fileId);
        deletedVectors = true;
      }
      const current = stuck.length === 0 ? await this.deps.sessions.read(session.sid) : await this.deps.sessions.update(session.sid, (s) => {
        for (const d of s.documents) {
          if (d.status !== 'processing') continue;
          d.status = 'failed';
          d.chunks = 0;
          d.error = userMessage('interrupted', `${d.name}: Docent was closed while adding this file; add it again`, { file: d.name });
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

  private async ingestFile(job: Job, file: IngestFile): Promise<FileResult> {
    const { sid } = job;
    const controller = new AbortController();
    const onJobAbort = () => controller.abort();
    job.controller.signal.addEventListener('abort', onJobAbort, { once: true });
    // A file still waiting its turn when the job was cancelled (or its session ended) missed the abort event: it must
    // not start, or cancelling a big drop would stop only the files in progress and index all the others.
    if (job.controller.signal.aborted) controller.abort();
    const signal = controller.signal;
    // The name is shown everywhere (lists, citations, messages, the CLI): bidi controls cannot disguise its extension.
    let name = visibleFileName(file.name ?? (file.path ? path.basename(file.path) : 'document'));
    let fileId = file.fileId ?? '';
    let claimed = false;
    let stored = false;
    const progress = (stage: IngestStage, done: number, total: number) =>
      this.emit({ type: 'progress', jobId: job.jobId, sid, fileId, fileName: name, stage, done, total });
    const finish = (result: Omit<FileResult, 'file' | 'fileId'>): FileResult => {
      this.emit({ type: 'file-done', jobId: job.jobId, sid, fileId, fileName: name, ...result });
      return { file: name, fileId, ...result };
    };

    try {
      signal.throwIfAborted();
      const filesDir = this.deps.sessions.filesDir(sid);
      let copyPath: string;
      let record: DocumentRecord;
      if (file.fileId) {
        // A retry from the session's own copy (an encrypted PDF, now with its password).
        const session = await this.deps.sessions.get(sid);
        const existing = session.documents.find((d) => d.fileId === file.fileId);
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
        const size = (await stat(file.path!).catch(() => undefined))?.size;
        if (size === undefined) throw new DocentError('not-found', `${name}: the file cannot be read (it was moved or deleted)`);
        // Refused before the copy: a 2 GB file would otherwise be copied and hashed (seconds of disk) only to be refused.
        if (size > DEFAULT_MAX_BYTES)
          throw new ExtractError('too-large', `${name}: ${formatMb(size)} is over the ${formatMb(DEFAULT_MAX_BYTES)} limit`, sizeParams(size, DEFAULT_MAX_BYTES));
        const copy = await copyAndHash(file.path!, filesDir, signal);
        fileId = copy.fileId;
        const session = await this.deps.sessions.get(sid);
        const existing = session.documents.find((d) => d.fileId === fileId);
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
      await this.saveRecord(sid, record);

      const embedder = this.deps.embedder();
      const { doc, chunks } = await indexDocument(
        { sid, fileId, name, copyPath, filesDir, password: file.password },
        { pool: this.deps.pool(), embedder, store: this.deps.store(), chunking: this.deps.chunking(), ocr: this.deps.ocr?.() },
        { signal, progress, onStored: () => (stored = true) },
      );
      await this.saveRecord(sid, {
        ...record,
        kind: doc.kind,
        mime: doc.mime,
        title: doc.title?.slice(0, 1000),
        pages: doc.pageCount,
        chunks: chunks.length,
        status: 'ready',
        error: undefined,
      }, embedder);
      return finish({ status: 'ready', pages: doc.pageCount, chunks: chunks.length });
    } catch (error) {
      const cancelled = signal.aborted;
      const info: ErrorInfo = cancelled ? userMessage('cancelled', `${name}: cancelled`, { file: name }) : toErrorInfo(error, name);
      const status: FileOutcome = cancelled ? 'cancelled' : info.code === 'needs-password' || info.code === 'wrong-password' ? 'needs-password' : 'failed';
      if (fileId && claimed) await this.cleanUpFailed(sid, fileId, name, stored, status, info);
      return finish({ status, pages: 0, chunks: 0, error: info });
    } finally {
      job.controller.signal.removeEventListener('abort', onJobAbort);
      if (claimed) {
        this.inFlight.get(sid)?.delete(fileId);
        job.files.delete(fileId);
      }
    }
  }

  /** A failed or cancelled file leaves no vectors and no copy; an encrypted one keeps its copy for the password retry. */
  private async cleanUpFailed(sid: string, fileId: string, name: string, stored: boolean, status: FileOutcome, error: ErrorInfo) {
    try {
      if (stored) await this.deps.store().deleteFile(sid, fileId);
      const keepCopy = status === 'needs-password';
      if (!keepCopy) await this.removeCopies(sid, fileId);
      await this.deps.sessions.update(sid, (s) => {
        const doc = s.documents.find((d) => d.fileId === fileId);
        if (!doc) return;
        if (status === 'cancelled') {
          s.documents = s.documents.filter((d) => d.fileId !== fileId);
          return;
        }
        doc.status = status === 'needs-password' ? 'needs-password' : 'failed';
        doc.error = error;
        doc.chunks = 0;
        if (!keepCopy) delete doc.copy;
      });
    } catch (cleanupError) {
      // The session may have been ended meanwhile; then its data is gone with it.
      if (!(cleanupError instanceof DocentError && cleanupError.code === 'not-found')) {
        const cause = causeOf(cleanupError);
        this.deps.events.notice('warning', userMessage('cleanup-failed', `${name}: cleanup after failure did not finish: ${cause}`, { file: name }, cause));
      }
    }
  }

  private async removeCopies(sid: string, fileId: string): Promise<void> {
    if (sid === BASE_SID) return;
    const dir = this.deps.sessions.filesDir(sid);
    const session = await this.deps.sessions.read(sid);
    const copy = session?.documents.find((d) => d.fileId === fileId)?.copy;
    if (copy) await rm(path.join(dir, copy), { force: true });
    await rm(path.join(dir, `${fileId}.pages.json`), { force: true });
  }

  private async saveRecord(sid: string, record: DocumentRecord, embedder?: Embedder): Promise<void> {
    await this.deps.sessions.update(sid, (s) => {
      const i = s.documents.findIndex((d) => d.fileId === record.fileId);
      if (i >= 0) s.documents[i] = record;
      else s.documents.push(record);
      if (embedder && embedder.dimension) s.embedder = { id: embedder.id, dimension: embedder.dimension };
    });
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

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
}

/** Keeps a short, safe extension for the session's copy (`.pdf`, `.docx`…), so the copy opens in other apps too. */
function safeExtension(name: string): string {
  const ext = path.extname(name).toLowerCase();
  return /^\.[a-z0-9]{1,8}$/.test(ext) ? ext : '';
}
