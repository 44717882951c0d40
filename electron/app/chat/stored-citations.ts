// Citations saved before locations were data: those kept as English words are read back as data by the schema
// (shared/legacy-location.ts); those that had none (a PDF page, a text "p. 1") are located here from the document's
// stored page texts, by the same rules as new answers, and the session is saved once with them.
import type { Citation, SessionFile } from '../../../shared/model';
import { locate } from '../documents/location';
import type { StoredPages } from '../ingest/stored-pages';
import type { SessionStore } from '../sessions/session-store';

export type PagesOf = (sid: string, fileId: string) => Promise<StoredPages | undefined>;

/** The session with every citation that can be located given its location; unchanged (not rewritten) when none can. */
export async function locateStoredCitations(session: SessionFile, pagesOf: PagesOf, sessions: SessionStore): Promise<SessionFile> {
  const missing = session.chat.flatMap((m) => m.citations.filter((c) => !c.location).map((c) => ({ id: m.id, citation: c })));
  if (missing.length === 0) return session;
  const files = new Map<string, Promise<StoredPages | undefined>>();
  const found = new Map<Citation, NonNullable<Citation['location']>>();
  for (const { citation } of missing) {
    const key = `${citation.sid}/${citation.fileId}`;
    if (!files.has(key)) files.set(key, pagesOf(citation.sid, citation.fileId).catch(() => undefined));
    const stored = await files.get(key);
    const location = stored && locate(stored, citation.page, citation.start, citation.end, citation.pageEnd);
    if (location) found.set(citation, location);
  }
  if (found.size === 0) return session;
  const byMessage = new Map<string, Map<number, NonNullable<Citation['location']>>>();
  for (const { id, citation } of missing) {
    const location = found.get(citation);
    if (!location) continue;
    if (!byMessage.has(id)) byMessage.set(id, new Map());
    byMessage.get(id)!.set(citation.n, location);
  }
  try {
    return await sessions.update(session.sid, (s) => {
      for (const message of s.chat) {
        const locations = byMessage.get(message.id);
        if (!locations) continue;
        for (const c of message.citations) if (!c.location && locations.has(c.n)) c.location = locations.get(c.n);
      }
    });
  } catch {
    // Being ended, or unwritable right now: show the locations anyway; saving them can wait for the next read.
    return { ...session, chat: session.chat.map((m) => ({ ...m, citations: m.citations.map((c) => (found.has(c) ? { ...c, location: found.get(c) } : c)) })) };
  }
}
