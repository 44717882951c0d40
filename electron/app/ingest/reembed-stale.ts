// Sessions whose vectors were made by another embedder than the one in use: an update changed the built-in embedder's
// id (its tokenizer or stemmer changed), or Docent was closed in the middle of indexing again for new settings. Their
// vectors sit in the other embedder's table or space, where the current one can neither search nor read them, so a
// question would find nothing. At start they are indexed again from their stored copies, as after a settings change.
import type { SessionFile } from '../../../shared/model';
import type { EventHub } from '../events';
import type { SessionStore } from '../sessions/session-store';
import type { VectorStore } from '../vectors/vector-store';
import type { IndexTools } from './index-document';
import { reembedSessions, type ReembedActivity } from './reembed';

/** The embedder ids of active sessions whose ready documents were indexed by another embedder than `currentId`. */
export function staleEmbedderIds(sessions: readonly SessionFile[], currentId: string): string[] {
  const ids = new Set<string>();
  for (const s of sessions) {
    if (s.state !== 'active' || !s.embedder || s.embedder.id === currentId) continue;
    if (s.documents.some((d) => d.status === 'ready')) ids.add(s.embedder.id);
  }
  return [...ids];
}

/**
 * Indexes the stale sessions again with `tools.embedder`, one former embedder at a time; `storeFor` opens where that
 * embedder's vectors are (to delete them afterwards).
 */
export async function reembedStaleSessions(options: {
  sessions: SessionStore;
  tools: IndexTools;
  storeFor: (embedderId: string) => Promise<VectorStore>;
  events: EventHub;
  signal: AbortSignal;
  activity?: ReembedActivity;
}): Promise<void> {
  const { sessions, tools, storeFor, events, signal, activity } = options;
  const all = await sessions.list();
  for (const oldId of staleEmbedderIds(all, tools.embedder.id)) {
    const from = await storeFor(oldId);
    const only = (s: SessionFile) => s.embedder?.id === oldId && s.documents.some((d) => d.status === 'ready');
    try {
      await reembedSessions({ sessions, from, tools, events, signal, only, activity });
    } finally {
      if (from !== tools.store) await from.close().catch(() => undefined);
    }
  }
}
