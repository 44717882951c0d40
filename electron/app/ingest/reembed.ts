// When the embedder changes, vectors of the old one cannot be searched with the new one (other dimension, other space).
// Every session's ready documents are indexed again from their stored copies into the new index, with progress, and the
// session's vectors in the old index are deleted afterwards, so nothing of an ended session can stay behind in either.
//
// The user goes on meanwhile: a session ended or a document removed while it is being indexed again must not get
// vectors back. Ending a session first waits for the document of that session in progress (ReembedActivity.settle),
// then no further document of it is started; a document removed meanwhile has what was just written deleted.
import path from 'node:path';
import { DocentError } from '../../../shared/api';
import type { DocumentRecord, SessionFile } from '../../../shared/model';
import type { EventHub } from '../events';
import type { SessionStore } from '../sessions/session-store';
import type { VectorStore } from '../vectors/vector-store';
import { toErrorInfo } from './error-info';
import { indexDocument, type IndexTools } from './index-document';
import { userMessage } from '../user-message';

/** The document being indexed again, so ending its session can wait for it. */
export class ReembedActivity {
  private running: { sid: string; done: Promise<unknown> } | undefined;

  track(sid: string, done: Promise<unknown>): void {
    const entry = { sid, done };
    this.running = entry;
    void done.finally(() => {
      if (this.running === entry) this.running = undefined;
    }).catch(() => undefined);
  }

  /** Resolves once no document of `sid` is being indexed again (one whose session is not active never starts). */
  async settle(sid: string): Promise<void> {
    const running = this.running;
    if (running?.sid === sid) await running.done.catch(() => undefined);
  }
}

export async function reembedSessions(options: {
  sessions: SessionStore;
  from: VectorStore;
  tools: IndexTools;
  events: EventHub;
  signal: AbortSignal;
  /** Only the sessions this accepts (all active ones when absent). */
  only?: (session: SessionFile) => boolean;
  activity?: ReembedActivity;
}): Promise<void> {
  const { sessions, from, tools, events, signal, only, activity } = options;
  for (const session of await sessions.list()) {
    if (session.state !== 'active' || (only && !only(session))) continue;
    const docs = session.documents.filter((d) => d.status === 'ready' && d.copy);
    const sid = session.sid;
    let done = 0;
    events.emit('status', { type: 'reembed', sid, done, total: docs.length });
    for (const doc of docs) {
      signal.throwIfAborted();
      // Ended meanwhile: its erase takes everything, and nothing may be written for it any more.
      if ((await sessions.stateOf(sid)) !== 'active') break;
      const step = reindexDocument(sid, doc, options);
      activity?.track(sid, step);
      if ((await step) === 'session-gone') break;
      events.emit('status', { type: 'reembed', sid, done: ++done, total: docs.length });
    }
    if (separateIndexes(from, tools.store)) await from.deleteSession(sid);
  }
  if (separateIndexes(from, tools.store)) await from.purgeDeleted();
}

/** One document into the new index; a failure marks it failed (or asking for its password) and leaves no vector. */
async function reindexDocument(
  sid: string,
  doc: DocumentRecord,
  { sessions, tools, signal }: { sessions: SessionStore; tools: IndexTools; signal: AbortSignal },
): Promise<'done' | 'session-gone'> {
  const filesDir = sessions.filesDir(sid);
  try {
    await tools.store.deleteFile(sid, doc.fileId);
    const { chunks } = await indexDocument(
      { sid, fileId: doc.fileId, name: doc.name, copyPath: path.join(filesDir, doc.copy!), filesDir },
      tools,
      { signal, progress: () => {} },
    );
    let kept = false;
    await sessions.update(sid, (s) => {
      const d = s.documents.find((x) => x.fileId === doc.fileId);
      if (s.state !== 'active' || !d || d.status !== 'ready') return;
      kept = true;
      d.chunks = chunks.length;
      s.embedder = { id: tools.embedder.id, dimension: tools.embedder.dimension };
    });
    // Removed by the user, or its session being ended, while it was indexed again: what was just written goes.
    if (!kept) await tools.store.deleteFile(sid, doc.fileId);
    return 'done';
  } catch (error) {
    if (signal.aborted) throw error;
    await tools.store.deleteFile(sid, doc.fileId).catch(() => {});
    if (isSessionGone(error)) return 'session-gone';
    const info = toErrorInfo(error, doc.name);
    // An encrypted PDF's password is never stored: it asks for it again.
    const needsPassword = info.code === 'needs-password' || info.code === 'wrong-password';
    try {
      await sessions.update(sid, (s) => {
        const d = s.documents.find((x) => x.fileId === doc.fileId);
        if (!d) return;
        d.status = needsPassword ? 'needs-password' : 'failed';
        d.chunks = 0;
        d.error = needsPassword
          ? userMessage(
              'needs-password-again',
              `${doc.name}: enter its password again. Docent indexed your documents again for the new settings and never stores passwords.`,
              { file: doc.name },
            )
          : info;
      });
    } catch (markError) {
      if (isSessionGone(markError)) return 'session-gone';
      throw markError;
    }
    return 'done';
  }
}

/**
 * Two LanceDB tables (one per embedder), two Pinecone indexes or two kinds of store are separate: the old one's copies
 * must go. In the same table or index, re-indexing already replaced each record under its own id, and deleting the
 * session there afterwards would delete what was just indexed.
 */
function separateIndexes(from: VectorStore, to: VectorStore): boolean {
  return from.location !== to.location;
}

function isSessionGone(error: unknown): boolean {
  return error instanceof DocentError && error.code === 'not-found';
}
