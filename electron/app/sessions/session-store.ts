// The session store of the original design notes: `<data>/sessions/<sid>.session` (JSON, schema-versioned),
// `<sid>.files/` (the session's copies of its documents) and `current` (the sid to resume, like a session cookie).
// Every write is atomic and serialized per session; a file that cannot be parsed is moved aside and reported,
// never blocking the app or the other sessions.
import { mkdir, readFile, readdir, rename, rm, chmod } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../../../shared/api';
import { SessionFileSchema, sessionDocuments, type SessionFile, type SessionSummary, type SessionView, type UnreadableSession } from '../../../shared/model';
import { SID_PATTERN } from '../../../shared/ids';
import { writeFileAtomic, fsyncDir } from './atomic-write';
import { KeyedQueue } from './keyed-queue';
import { assertSessionId, newSid } from './sid';

export interface CorruptSessionReport {
  sid: string;
  movedTo: string;
  reason: string;
}

const SESSION_SUFFIX = '.session';
const CORRUPT_INFIX = '.corrupt-';

export type { UnreadableSession };
const CURRENT_FILE = 'current';

export class SessionStore {
  readonly dir: string;
  private readonly queue = new KeyedQueue();

  constructor(
    dataDir: string,
    private readonly onCorrupt: (report: CorruptSessionReport) => void = () => {},
  ) {
    this.dir = path.join(dataDir, 'sessions');
  }

  /** Creates the sessions folder, owner-only: it holds private documents. */
  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await chmod(this.dir, 0o700).catch(() => {});
  }

  sessionPath(sid: string): string {
    assertSessionId(sid);
    return path.join(this.dir, `${sid}${SESSION_SUFFIX}`);
  }

  filesDir(sid: string): string {
    assertSessionId(sid);
    return path.join(this.dir, `${sid}.files`);
  }

  /** Every readable session, newest first. Unreadable files are moved aside and reported, not thrown. */
  async list(): Promise<SessionFile[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const sessions: SessionFile[] = [];
    for (const name of names) {
      if (!name.endsWith(SESSION_SUFFIX)) continue;
      const sid = name.slice(0, -SESSION_SUFFIX.length);
      if (!SID_PATTERN.test(sid)) continue;
      const session = await this.read(sid);
      if (session) sessions.push(session);
    }
    return sessions.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** The session, or undefined when it does not exist or was unreadable (then moved aside and reported). */
  async read(sid: string): Promise<SessionFile | undefined> {
    const file = this.sessionPath(sid);
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      const parsed = SessionFileSchema.parse(JSON.parse(raw));
      if (parsed.sid !== sid) throw new Error(`it names another session (${parsed.sid})`);
      return parsed;
    } catch (error) {
      await this.moveAside(sid, error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }

  /** Like read, but a missing session is a `not-found` error. */
  async get(sid: string): Promise<SessionFile> {
    const session = await this.read(sid);
    if (!session) throw new DocentError('not-found', `session ${sid} does not exist (it may have been ended)`);
    return session;
  }

  async create(title?: string): Promise<SessionFile> {
    const sid = newSid();
    const now = new Date().toISOString();
    const session: SessionFile = {
      version: 1,
      sid,
      // No title is the default: the window names an untitled session in the user's own language.
      title: title?.trim() ?? '',
      createdAt: now,
      updatedAt: now,
      state: 'active',
      embedder: null,
      documents: [],
      chat: [],
    };
    await this.queue.run(sid, () => this.write(session));
    return session;
  }

  /**
   * Applies `change` to the latest version of the session and writes it atomically. Updates to one session run one at
   * a time, each seeing the previous one's result, so concurrent writers lose nothing.
   */
  async update(sid: string, change: (session: SessionFile) => void | SessionFile): Promise<SessionFile> {
    assertSessionId(sid);
    return this.queue.run(sid, async () => {
      const current = await this.get(sid);
      const next = change(current) ?? current;
      next.updatedAt = new Date().toISOString();
      const valid = SessionFileSchema.parse(next);
      await this.write(valid);
      return valid;
    });
  }

  /**
   * Removes the session's file, its documents' copies and any unreadable version of it that was moved aside. Its
   * vectors must be gone first (see SessionLifecycle).
   */
  async remove(sid: string): Promise<void> {
    assertSessionId(sid);
    await this.queue.run(sid, async () => {
      await rm(this.filesDir(sid), { recursive: true, force: true });
      for (const file of await this.movedAside(sid)) await rm(path.join(this.dir, file), { force: true });
      await rm(this.sessionPath(sid), { force: true });
      await fsyncDir(this.dir);
    });
  }

  /** The names of the session's files that could not be read and were moved aside (`<sid>.session.corrupt-<time>`). */
  async movedAside(sid: string): Promise<string[]> {
    assertSessionId(sid);
    const prefix = `${sid}${SESSION_SUFFIX}${CORRUPT_INFIX}`;
    return (await readdir(this.dir).catch(() => [] as string[])).filter((name) => name.startsWith(prefix)).sort();
  }

  /** Every session whose file was unreadable and moved aside, and is not ended yet: their data is erased by ending them. */
  async unreadable(): Promise<UnreadableSession[]> {
    const bySid = new Map<string, string[]>();
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      const at = name.indexOf(`${SESSION_SUFFIX}${CORRUPT_INFIX}`);
      const sid = at > 0 ? name.slice(0, at) : '';
      if (!SID_PATTERN.test(sid)) continue;
      bySid.set(sid, [...(bySid.get(sid) ?? []), name]);
    }
    return [...bySid].map(([sid, files]) => ({ sid, files: files.sort() }));
  }

  /**
   * Writes an empty session in state `ending` for a sid whose own file is unreadable, so that ending it is finished at
   * the next start if it is interrupted (the same crash-safe path as any end).
   */
  async writeEndingPlaceholder(sid: string): Promise<void> {
    const now = new Date().toISOString();
    const placeholder: SessionFile = { version: 1, sid, title: '', createdAt: now, updatedAt: now, state: 'ending', embedder: null, documents: [], chat: [] };
    await this.queue.run(sid, () => this.write(placeholder));
  }

  /** The sid to resume on launch, if its session still exists and is active. */
  async readCurrent(): Promise<string | undefined> {
    const raw = await readFile(path.join(this.dir, CURRENT_FILE), 'utf8').catch(() => '');
    const sid = raw.trim();
    return SID_PATTERN.test(sid) ? sid : undefined;
  }

  async writeCurrent(sid: string): Promise<void> {
    assertSessionId(sid);
    await writeFileAtomic(path.join(this.dir, CURRENT_FILE), `${sid}\n`);
  }

  /** Waits for queued writes (used on shutdown). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  private async write(session: SessionFile): Promise<void> {
    await writeFileAtomic(this.sessionPath(session.sid), `${JSON.stringify(session, null, 1)}\n`);
  }

  private async moveAside(sid: string, reason: string): Promise<void> {
    const from = this.sessionPath(sid);
    const to = `${from}${CORRUPT_INFIX}${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      await rename(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    this.onCorrupt({ sid, movedTo: to, reason: `session file could not be read: ${reason}` });
  }
}

export function summarize(session: SessionFile): SessionSummary {
  return {
    sid: session.sid,
    title: session.title,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    state: session.state,
    documentCount: sessionDocuments(session.documents).length,
  };
}

export function toView(session: SessionFile): SessionView {
  return { ...summarize(session), documents: session.documents, chat: session.chat };
}

/** How messages from the main process name a session (the window has its own, translated, words for "untitled"). */
export function sessionName(session: { title: string }): string {
  return session.title ? `"${session.title}"` : 'an untitled session';
}
