// When the embedder changes, vectors of the old one cannot be searched with the new one (other dimension, other space).
// Every session's ready documents are indexed again from their stored copies into the new index, with progress, and the
// session's vectors in the old index are deleted afterwards, so nothing of an ended session can stay behind in either.
//
// The user goes on meanwhile: a session ended or a document removed while it is being indexed again must not get
// vectors back. Ending a session first waits for the document of that session in progress (ReembedActivity.settle),
// then no further document of it is started; a document removed meanwhile has what was just written deleted.
import path from 'node:path';
import pLimit from 'p-limit';
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

/**
 * Documents indexed again together: their old vectors go in one delete, their writes gather into few commits and the
 * session file takes their outcome in one write. One at a time, each cost a delete, a commit and a session write that
 * all grow with the session, so a re-index of 10,000 notes slowed from 8 to 2.5 documents a second within 400.
 */
const BATCH = 64;
/** Documents of a batch in the extraction pool at once: enough to keep its workers busy, few enough for big files. */
const AT_ONCE = 4;

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
    const indexed = () => events.emit('status', { type: 'reembed', sid, done: ++done, total: docs.length });
    for (let i = 0; i < docs.length; i += BATCH) {
      signal.throwIfAborted();
      // Ended meanwhile: its erase takes everything, and nothing may be written for it any more.
      if ((await sessions.stateOf(sid)) !== 'active') break;
      const step = reindexDocuments(sid, docs.slice(i, i + BATCH), options, indexed);
      activity?.track(sid, step);
      if ((await step) === 'session-gone') break;
    }
    if (separateIndexes(from, tools.store)) await from.deleteSession(sid);
  }
  if (separateIndexes(from, tools.store)) await from.purgeDeleted();
}

type Outcome = { doc: DocumentRecord; chunks: number } | { doc: DocumentRecord; error: unknown };

/**
 * Some documents of one session into the new index. A failure marks its document failed (or asking for its password)
 * and leaves no vector of it; a document removed, or the session ended, meanwhile keeps none either.
 */
async function reindexDocuments(
  sid: string,
  docs: DocumentRecord[],
  { sessions, tools, signal }: { sessions: SessionStore; tools: IndexTools; signal: AbortSignal },
  indexed: () => void,
): Promise<'done' | 'session-gone'> {
  const filesDir = sessions.filesDir(sid);
  await tools.store.deleteFiles(sid, docs.map((d) => d.fileId));
  const indexOne = async (doc: DocumentRecord, onExtracted: () => void): Promise<Outcome | undefined> => {
    // Ending the session waits for the documents in progress only: the rest of the batch does not start.
    if ((await sessions.stateOf(sid)) !== 'active') return undefined;
    try {
      const target = { sid, fileId: doc.fileId, name: doc.name, copyPath: path.join(filesDir, doc.copy!), filesDir };
      const { chunks } = await indexDocument(target, tools, { signal, progress: () => {}, onExtracted });
      indexed();
      return { doc, chunks: chunks.length };
    } catch (error) {
      return { doc, error };
    }
  };
  // A document holds its place in the pool until its text is out, not until its vectors are stored: the writes of the
  // whole batch then wait together and go in a few commits (each commit costs the table's size).
  const limit = pLimit(AT_ONCE);
  const started = await Promise.all(
    docs.map((doc) => {
      let outcome!: Promise<Outcome | undefined>;
      const extracted = limit(
        () =>
          new Promise<void>((slotFree) => {
            outcome = indexOne(doc, slotFree);
            outcome.then(
              () => slotFree(),
              () => slotFree(),
            );
          }),
      );
      return extracted.then(() => outcome);
    }),
  );
  if (signal.aborted) throw signal.reason;
  const outcomes = started.filter((o): o is Outcome => o !== undefined);
  const kept = new Set<string>();
  try {
    await sessions.update(sid, (s) => {
      if (s.state !== 'active') return;
      const byId = new Map(s.documents.map((d) => [d.fileId, d]));
      for (const outcome of outcomes) {
        const d = byId.get(outcome.doc.fileId);
        if (!d) continue;
        if ('chunks' in outcome) {
          if (d.status !== 'ready') continue;
          kept.add(d.fileId);
          d.chunks = outcome.chunks;
          s.embedder = { id: tools.embedder.id, dimension: tools.embedder.dimension };
        } else markFailed(d, outcome.doc.name, outcome.error);
      }
    });
  } catch (error) {
    if (!isSessionGone(error)) throw error;
  }
  // Failed, removed by the user, or its session being ended, while it was indexed again: what was written goes.
  const dropped = docs.filter((d) => !kept.has(d.fileId)).map((d) => d.fileId);
  if (dropped.length) await tools.store.deleteFiles(sid, dropped);
  return outcomes.some((o) => 'error' in o && isSessionGone(o.error)) || (await sessions.stateOf(sid)) !== 'active' ? 'session-gone' : 'done';
}

function markFailed(d: DocumentRecord, name: string, error: unknown): void {
  const info = toErrorInfo(error, name);
  // An encrypted PDF's password is never stored: it asks for it again.
  const needsPassword = info.code === 'needs-password' || info.code === 'wrong-password';
  d.status = needsPassword ? 'needs-password' : 'failed';
  d.chunks = 0;
  d.error = needsPassword
    ? userMessage(
        'needs-password-again',
        `${name}: enter its password again. Docent indexed your documents again for the new settings and never stores passwords.`,
        { file: name },
      )
    : info;
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
