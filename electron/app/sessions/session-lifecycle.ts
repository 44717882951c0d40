// Opening, resuming and ending sessions. Ending is crash-safe (DESIGN.md §3): the session is marked `ending` on disk
// first, then its vectors are deleted and checked gone, then its copies and its file. A session found `ending` at start
// (app killed, store offline) is finished then, so nothing is ever orphaned.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../../../shared/api';
import { sessionDocuments, type EndPreview, type ErasedSession, type SessionFile } from '../../../shared/model';
import { SID_PATTERN } from '../../../shared/ids';
import type { VectorStore } from '../vectors/vector-store';
import { sessionEndingError, sessionName, sessionNotFound, type SessionStore } from './session-store';
import type { NoticeLevel } from '../events';
import { causeOf, userMessage, type UserMessage } from '../user-message';

/** The temp file name writeFileAtomic uses: `.<target name>.<12 hex chars>.tmp`. */
const ATOMIC_TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/;

export interface LifecycleHooks {
  /** Stops ingest jobs and answers of the session before its data goes. */
  stopWorkFor(sid: string): Promise<void>;
  notice(level: NoticeLevel, message: UserMessage): void;
}

export class SessionLifecycle {
  constructor(
    private readonly sessions: SessionStore,
    private readonly vectors: () => VectorStore,
    private readonly hooks: LifecycleHooks,
  ) {}

  /** The session to show on launch: `current` if it is still there and active, else a new one. */
  async resumeOrCreate(): Promise<SessionFile> {
    const sid = await this.sessions.readCurrent();
    if (sid) {
      const session = await this.sessions.read(sid);
      if (session && session.state === 'active') return session;
    }
    return this.openNew();
  }

  async openNew(title?: string): Promise<SessionFile> {
    const session = await this.sessions.create(title);
    await this.sessions.writeCurrent(session.sid);
    return session;
  }

  async open(sid: string): Promise<SessionFile> {
    const session = await this.sessions.get(sid);
    if (session.state === 'ending') throw sessionEndingError(session);
    await this.sessions.writeCurrent(sid);
    return session;
  }

  async preview(sid: string): Promise<EndPreview> {
    const session = await this.sessions.get(sid);
    const store = this.vectors();
    return {
      sid,
      title: session.title,
      documents: sessionDocuments(session.documents).length,
      chunks: await store.countSession(sid).catch(() => session.documents.reduce((n, d) => n + d.chunks, 0)),
      messages: session.chat.length,
      storeKeepsDeletedRecordsForAWhile: store.keepsDeletedRecordsForAWhile,
      storeKind: store.kind,
    };
  }

  /**
   * Ends the session and erases everything it owned. Returns the session that is current afterwards and what was
   * erased, counted as it went (the window confirms it with these figures).
   * If the vector store cannot be reached the session stays `ending` (hidden, finished on a later start) and the
   * error says so.
   */
  async end(sid: string): Promise<{ current: SessionFile; erased: ErasedSession }> {
    if (!(await this.sessions.read(sid))) {
      // An unreadable file was moved aside (now or earlier): its vectors, copies and that file still hold its data.
      if (!(await this.hasTraces(sid))) throw sessionNotFound(sid);
      await this.sessions.writeEndingPlaceholder(sid);
    }
    const ending = await this.sessions.update(sid, (s) => {
      s.state = 'ending';
    });
    // Move the cookie first: whatever happens next, the next launch opens a live session.
    const wasCurrent = (await this.sessions.readCurrent()) === sid;
    const next = wasCurrent ? await this.openNew() : undefined;
    await this.hooks.stopWorkFor(sid);
    // Counted after the work stopped (a file committed meanwhile is erased too) and before anything is erased. A store
    // that cannot be reached must not stop the end here: the documents' own chunk counts stand in, and the erasure
    // below says that it will be finished at the next start.
    const documents = sessionDocuments((await this.sessions.read(sid))?.documents ?? ending.documents);
    const passages = await this.vectors()
      .countSession(sid)
      .catch(() => documents.reduce((n, d) => n + d.chunks, 0));
    const erased: ErasedSession = {
      title: ending.title,
      documents: documents.length,
      passages,
      messages: ending.chat.length,
    };
    await this.erase(sid, ending.title);
    return { current: next ?? (await this.resumeOrCreate()), erased };
  }

  /** Does anything of a session without a readable file remain: a moved-aside file, copies, or vectors? */
  private async hasTraces(sid: string): Promise<boolean> {
    if ((await this.sessions.movedAside(sid)).length > 0) return true;
    if ((await readdir(this.sessions.filesDir(sid)).catch(() => null)) !== null) return true;
    return (await this.vectors().countSession(sid)) > 0;
  }

  /**
   * Finishes every session left `ending`, and removes document copies whose session file is gone and the temp files of
   * writes a crash interrupted. Runs at start, before anything writes to the store.
   */
  async recover(): Promise<void> {
    for (const session of await this.sessions.list()) {
      if (session.state !== 'ending') continue;
      try {
        await this.erase(session.sid, session.title);
        this.hooks.notice(
          'info',
          userMessage('session-end-finished', `Finished ending ${sessionName(session)}, which was interrupted.`, { title: session.title }),
        );
      } catch (error) {
        this.hooks.notice(
          'error',
          userMessage(
            'session-end-retry',
            `${sessionName(session)} could not be fully erased yet: ${causeOf(error)}. Docent will try again at the next start.`,
            { title: session.title },
            causeOf(error),
          ),
        );
      }
    }
    await this.removeOrphanFolders();
    await this.removeInterruptedWrites();
  }

  /**
   * Deletes the session's vectors, then its copies and file. A store that cannot be reached stops it before anything
   * else goes, with an error the window words (which store, the session's title) and the store's own cause as detail.
   */
  private async erase(sid: string, title: string): Promise<void> {
    const store = this.vectors();
    try {
      await store.deleteSession(sid);
      const left = await store.countSession(sid);
      if (left > 0) throw new Error(`${left} vectors of the session are still listed`);
      await store.purgeDeleted();
    } catch (error) {
      const where = store.kind === 'pinecone' ? 'Pinecone' : 'the local vector store';
      throw new DocentError(
        'store-unavailable',
        userMessage(
          'session-erase-deferred',
          `The session's vectors could not be deleted from ${where}: ${causeOf(error)}. Its data is hidden and will be erased at the next start.`,
          { title, reason: store.kind === 'pinecone' ? 'pinecone' : 'local' },
          causeOf(error),
        ),
      );
    }
    await this.sessions.remove(sid);
  }

  /**
   * A crash between an atomic write's temp file and its rename leaves the temp file (`.<name>.<random>.tmp`, see
   * atomic-write.ts): never read, but it may hold a session's chat or a manifest. Sweeps the folders of the data dir
   * that such writes go to (the sessions, the settings, the base library's manifest); the session folders' own
   * leftovers are the ingest service's to clean. Runs before anything else writes.
   */
  private async removeInterruptedWrites(): Promise<void> {
    const dataDir = path.dirname(this.sessions.dir);
    for (const dir of [this.sessions.dir, dataDir, path.join(dataDir, 'base'), path.join(dataDir, 'base', 'files')]) {
      for (const name of await readdir(dir).catch(() => [] as string[])) {
        if (ATOMIC_TEMP.test(name)) await rm(path.join(dir, name), { force: true });
      }
    }
  }

  private async removeOrphanFolders(): Promise<void> {
    const names = await readdir(this.sessions.dir).catch(() => [] as string[]);
    const sessionFiles = new Set(names.filter((n) => n.endsWith('.session')).map((n) => n.slice(0, -'.session'.length)));
    for (const name of names) {
      if (!name.endsWith('.files')) continue;
      const sid = name.slice(0, -'.files'.length);
      if (SID_PATTERN.test(sid) && !sessionFiles.has(sid)) {
        await rm(path.join(this.sessions.dir, name), { recursive: true, force: true });
      }
    }
  }
}
