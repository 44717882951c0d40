// When the embedder changes, vectors of the old one cannot be searched with the new one (other dimension, other space).
// Every session's ready documents are indexed again from their stored copies into the new index, with progress, and the
// session's vectors in the old index are deleted afterwards, so nothing of an ended session can stay behind in either.
import path from 'node:path';
import type { EventHub } from '../events';
import type { SessionFile } from '../../../shared/model';
import type { SessionStore } from '../sessions/session-store';
import type { VectorStore } from '../vectors/vector-store';
import { toErrorInfo } from './error-info';
import { indexDocument, type IndexTools } from './index-document';
import { userMessage } from '../user-message';

export async function reembedSessions(options: {
  sessions: SessionStore;
  from: VectorStore;
  tools: IndexTools;
  events: EventHub;
  signal: AbortSignal;
  /** Only the sessions this accepts (all active ones when absent). */
  only?: (session: SessionFile) => boolean;
}): Promise<void> {
  const { sessions, from, tools, events, signal, only } = options;
  for (const session of await sessions.list()) {
    if (session.state !== 'active' || (only && !only(session))) continue;
    const docs = session.documents.filter((d) => d.status === 'ready' && d.copy);
    const sid = session.sid;
    let done = 0;
    events.emit('status', { type: 'reembed', sid, done, total: docs.length });
    for (const doc of docs) {
      signal.throwIfAborted();
      const filesDir = sessions.filesDir(sid);
      try {
        await tools.store.deleteFile(sid, doc.fileId);
        const { chunks } = await indexDocument(
          { sid, fileId: doc.fileId, name: doc.name, copyPath: path.join(filesDir, doc.copy!), filesDir },
          tools,
          { signal, progress: () => {} },
        );
        await sessions.update(sid, (s) => {
          const d = s.documents.find((x) => x.fileId === doc.fileId);
          if (d) d.chunks = chunks.length;
          s.embedder = { id: tools.embedder.id, dimension: tools.embedder.dimension };
        });
      } catch (error) {
        if (signal.aborted) throw error;
        await tools.store.deleteFile(sid, doc.fileId).catch(() => {});
        const info = toErrorInfo(error, doc.name);
        // An encrypted PDF's password is never stored: it asks for it again.
        const needsPassword = info.code === 'needs-password' || info.code === 'wrong-password';
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
      }
      events.emit('status', { type: 'reembed', sid, done: ++done, total: docs.length });
    }
    if (separateIndexes(from, tools.store)) await from.deleteSession(sid);
  }
  if (separateIndexes(from, tools.store)) await from.purgeDeleted();
}

/**
 * Two LanceDB tables (one per embedder), two Pinecone indexes or two kinds of store are separate: the old one's copies
 * must go. In the same table or index, re-indexing already replaced each record under its own id, and deleting the
 * session there afterwards would delete what was just indexed.
 */
function separateIndexes(from: VectorStore, to: VectorStore): boolean {
  return from.location !== to.location;
}
