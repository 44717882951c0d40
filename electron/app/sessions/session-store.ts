// The session store of the original design notes: `<data>/sessions/<sid>.session` (schema-versioned; the format is
// session-file.ts), `<sid>.files/` (the session's copies of its documents) and `current` (the sid to resume, like a
// session cookie). Every write is atomic and serialized per session; a file that cannot be parsed is moved aside and
// reported, never blocking the app or the other sessions.
//
// Scale: each session is read from disk once and kept in memory (one process owns a data folder), a change is an
// appended line rather than a rewrite of the whole file, and documents saved by many files at once (a folder of
// 5,000) share one append and one fsync. So the 5,000th document costs what the 5th did.
import { mkdir, open, readFile, readdir, rename, rm, chmod } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../../../shared/api';
import { userMessage } from '../user-message';
import {
  ChatMessageSchema,
  DocumentRecordSchema,
  type ChatMessage,
  type DocumentRecord,
  type SessionFile,
  type SessionSummary,
  type SessionView,
  type UnreadableSession,
  sessionDocuments,
} from '../../../shared/model';
import { SID_PATTERN } from '../../../shared/ids';
import { writeFileAtomic, writeFileAtomicWith, fsyncDir } from './atomic-write';
import { KeyedQueue } from './keyed-queue';
import { GroupCommit } from '../group-commit';
import {
  applyOp,
  copyDocument,
  liveLines,
  opLines,
  parseSessionFile,
  snapshotPieces,
  toSessionFile,
  SessionFormatError,
  type HeaderPatch,
  type SessionOp,
  type SessionState,
} from './session-file';
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
/** Appended lines beyond the live ones that trigger a compaction (plus as many as the session has live lines). */
const COMPACT_SLACK = 256;
/** Group commit of document saves: the longest a save waits for others, and the documents that end the wait sooner. */
export const SAVE_GATHER_MS = 50;
const SAVE_GATHER_DOCS = 256;
/** Saves within this long of the last one are a stream and gather; one after a quiet spell is written at once. */
const STREAM_GAP_MS = 1000;

interface Loaded {
  state: SessionState;
  /** Lines in the file now. */
  lines: number;
  /** The file must be rewritten whole before the next append (a torn last line, version 1, a failed append). */
  rewrite: boolean;
}

/** Documents waiting to be saved together: every caller that joins before the write starts shares it. */
interface PendingDocuments {
  docs: Map<string, DocumentRecord>;
  done: Promise<void>;
}

export class SessionStore {
  readonly dir: string;
  private readonly queue = new KeyedQueue();
  private readonly loaded = new Map<string, Loaded>();
  private readonly loading = new Map<string, Promise<Loaded | undefined>>();
  private readonly pending = new Map<string, PendingDocuments>();
  /**
   * Per session: saves of documents that stream in (a folder's files each saved twice, as processing and as ready)
   * gather for a moment into one append, so their fsyncs do not go one file at a time (see group-commit.ts).
   */
  private readonly groupCommits = new Map<string, GroupCommit>();
  /** Per session: whether the newest save said others may follow it (see putDocuments). */
  private readonly moreExpected = new Map<string, boolean>();

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
    const sessions: SessionFile[] = [];
    for (const sid of await this.sids()) {
      const session = await this.read(sid);
      if (session) sessions.push(session);
    }
    return sessions.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Every readable session's summary, newest first, without copying its documents and chat. */
  async summaries(): Promise<SessionSummary[]> {
    const summaries: SessionSummary[] = [];
    for (const sid of await this.sids()) {
      const loaded = await this.load(sid);
      if (loaded) summaries.push(summarizeState(loaded.state));
    }
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** The session, or undefined when it does not exist or was unreadable (then moved aside and reported). */
  async read(sid: string): Promise<SessionFile | undefined> {
    const loaded = await this.load(sid);
    return loaded && toSessionFile(loaded.state);
  }

  /** Like read, but a missing session is a `not-found` error. */
  async get(sid: string): Promise<SessionFile> {
    const session = await this.read(sid);
    if (!session) throw sessionNotFound(sid);
    return session;
  }

  /** One document of the session, without copying the others. */
  async document(sid: string, fileId: string): Promise<DocumentRecord | undefined> {
    const loaded = await this.load(sid);
    if (!loaded) throw sessionNotFound(sid);
    const doc = loaded.state.documents.get(fileId);
    return doc && copyDocument(doc);
  }

  /** Whether the session is active or being ended (undefined: gone), without copying the session. */
  async stateOf(sid: string): Promise<SessionFile['state'] | undefined> {
    return (await this.load(sid))?.state.header.state;
  }

  /** The embedder the session's vectors were made with, without copying the session. */
  async embedderOf(sid: string): Promise<SessionFile['embedder']> {
    const loaded = await this.load(sid);
    if (!loaded) throw sessionNotFound(sid);
    return loaded.state.header.embedder && { ...loaded.state.header.embedder };
  }

  async create(title?: string): Promise<SessionFile> {
    const sid = newSid();
    const now = new Date().toISOString();
    const state: SessionState = {
      // No title is the default: the window names an untitled session in the user's own language.
      header: { sid, title: title?.trim() ?? '', createdAt: now, updatedAt: now, state: 'active', embedder: null },
      documents: new Map(),
      chat: [],
    };
    await this.queue.run(sid, async () => {
      await this.writeSnapshot(sid, state);
      this.loaded.set(sid, { state, lines: liveLines(state), rewrite: false });
    });
    return toSessionFile(state);
  }

  /**
   * Saves documents (added or changed, by fileId). Calls made while an earlier save of the session is being written
   * are gathered and written together, with one fsync: a job adding thousands of files writes in batches by itself.
   * `othersComing: false` (the caller knows no other save of this session is on its way) writes without waiting.
   */
  putDocuments(sid: string, docs: readonly DocumentRecord[], options: { othersComing?: boolean } = {}): Promise<void> {
    assertSessionId(sid);
    const valid = docs.map((doc) => DocumentRecordSchema.parse(doc));
    this.moreExpected.set(sid, options.othersComing ?? true);
    let batch = this.pending.get(sid);
    if (!batch) {
      const docsOfBatch = new Map<string, DocumentRecord>();
      const since = performance.now();
      let gathering = this.groupCommits.get(sid);
      if (!gathering) {
        const enough = () => (this.pending.get(sid)?.docs.size ?? 0) >= SAVE_GATHER_DOCS;
        const expectMore = () => this.moreExpected.get(sid) ?? true;
        gathering = new GroupCommit({ maxWaitMs: SAVE_GATHER_MS, streamGapMs: STREAM_GAP_MS, enough, expectMore });
        this.groupCommits.set(sid, gathering);
      }
      const groupCommit = gathering;
      batch = {
        docs: docsOfBatch,
        done: this.queue.run(sid, async () => {
          await groupCommit.gather(since);
          this.pending.delete(sid);
          try {
            await this.commit(sid, [...docsOfBatch.values()].map((doc) => ({ doc })));
          } finally {
            groupCommit.wrote();
          }
        }),
      };
      this.pending.set(sid, batch);
    }
    for (const doc of valid) batch.docs.set(doc.fileId, doc);
    this.groupCommits.get(sid)?.added();
    return batch.done;
  }

  /**
   * Applies `change` to the latest version of the session and writes what it changed. Updates to one session run one
   * at a time, each seeing the previous one's result, so concurrent writers lose nothing.
   */
  async update(sid: string, change: (session: SessionFile) => void | SessionFile): Promise<SessionFile> {
    assertSessionId(sid);
    return this.queue.run(sid, async () => {
      const loaded = await this.load(sid);
      if (!loaded) throw sessionNotFound(sid);
      const draft = toSessionFile(loaded.state);
      const next = change(draft) ?? draft;
      const { ops, replacement } = diff(loaded.state, next);
      await this.commit(sid, ops, replacement);
      return toSessionFile(loaded.state);
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
      this.loaded.delete(sid);
      this.groupCommits.delete(sid);
      this.moreExpected.delete(sid);
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
    const state: SessionState = {
      header: { sid, title: '', createdAt: now, updatedAt: now, state: 'ending', embedder: null },
      documents: new Map(),
      chat: [],
    };
    await this.queue.run(sid, async () => {
      await this.writeSnapshot(sid, state);
      this.loaded.set(sid, { state, lines: liveLines(state), rewrite: false });
    });
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

  /** Waits for queued writes (used on shutdown); a save gathering others goes at once. */
  idle(): Promise<void> {
    for (const groupCommit of this.groupCommits.values()) groupCommit.close();
    this.groupCommits.clear();
    this.moreExpected.clear();
    return this.queue.idle();
  }

  private async sids(): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names.filter((n) => n.endsWith(SESSION_SUFFIX)).map((n) => n.slice(0, -SESSION_SUFFIX.length)).filter((sid) => SID_PATTERN.test(sid));
  }

  /** The session in memory, read from disk the first time (one read at a time per session). */
  private load(sid: string): Promise<Loaded | undefined> {
    assertSessionId(sid);
    const cached = this.loaded.get(sid);
    if (cached) return Promise.resolve(cached);
    let loading = this.loading.get(sid);
    if (!loading) {
      loading = this.readFromDisk(sid).finally(() => this.loading.delete(sid));
      this.loading.set(sid, loading);
    }
    return loading;
  }

  private async readFromDisk(sid: string): Promise<Loaded | undefined> {
    let raw: string;
    try {
      raw = await readFile(this.sessionPath(sid), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      const parsed = parseSessionFile(raw);
      if (parsed.state.header.sid !== sid) throw new SessionFormatError(`it names another session (${parsed.state.header.sid})`);
      const loaded: Loaded = { state: parsed.state, lines: parsed.lines, rewrite: parsed.legacy || parsed.torn };
      // A session removed meanwhile stays removed.
      if (this.loaded.has(sid)) return this.loaded.get(sid);
      this.loaded.set(sid, loaded);
      // An old-format file is migrated, and a torn last line cut away, now rather than at the next change. Not awaited:
      // this read may itself be running inside a write of the session's queue.
      if (loaded.rewrite) void this.queue.run(sid, () => this.commit(sid, [])).catch(() => {});
      return loaded;
    } catch (error) {
      await this.moveAside(sid, error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }

  /**
   * Writes changes: appended with one fsync, or as a fresh snapshot when the file must be rewritten or has grown twice
   * the size of what it describes. The state in memory changes only once the disk holds the change.
   */
  private async commit(sid: string, ops: SessionOp[], replacement?: SessionState): Promise<void> {
    const loaded = this.loaded.get(sid) ?? (await this.load(sid));
    if (!loaded) throw sessionNotFound(sid);
    if (ops.length === 0 && !loaded.rewrite && !replacement) return;
    const updatedAt: SessionOp = { set: { updatedAt: new Date().toISOString() } };
    const stamped: SessionOp[] = ops.length || replacement ? [...ops, updatedAt] : ops;
    const lines = loaded.lines + stamped.length;
    if (loaded.rewrite || replacement || lines > 2 * liveLines(loaded.state) + COMPACT_SLACK) {
      const next = cloneState(replacement ?? loaded.state, stamped);
      await this.writeSnapshot(sid, next);
      loaded.state = next;
      loaded.lines = liveLines(next);
      loaded.rewrite = false;
      return;
    }
    try {
      await appendDurably(this.sessionPath(sid), opLines(stamped));
    } catch (error) {
      // Part of the lines may have reached the disk: the next write replaces the file with what memory holds.
      loaded.rewrite = true;
      throw error;
    }
    for (const op of stamped) applyOp(loaded.state, op);
    loaded.lines = lines;
  }

  private async writeSnapshot(sid: string, state: SessionState): Promise<void> {
    await writeFileAtomicWith(this.sessionPath(sid), async (handle) => {
      for (const piece of snapshotPieces(state)) await handle.write(piece);
    });
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

/** A session that is gone (ended, or never there): the window says so in its language, the sid behind Details. */
export function sessionNotFound(sid: string): DocentError {
  return new DocentError('not-found', userMessage('session-gone', `session ${sid} does not exist (it may have been ended)`, undefined, `session ${sid}`));
}

/** A document that is no longer there (removed, or its session's list changed meanwhile), worded for the window. */
export function documentGone(fileId: string, where: 'session' | 'base' = 'session'): DocentError {
  const english = where === 'base' ? `no document ${fileId} in the base library` : `no document ${fileId} in this session`;
  return new DocentError('not-found', userMessage('document-gone', english, { reason: where }, `file ${fileId}`));
}

/** Work refused on a session being ended, worded for the window. */
export function sessionEndingError(session: { title: string }): DocentError {
  return new DocentError('conflict', userMessage('session-ending', `${sessionName(session)} is being ended`, { title: session.title }));
}

async function appendDurably(file: string, text: string): Promise<void> {
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.writeFile(text);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** The state after `ops`, leaving `state` as it was (the documents map is copied, not its records). */
function cloneState(state: SessionState, ops: readonly SessionOp[]): SessionState {
  const next: SessionState = {
    header: { ...state.header },
    documents: ops.some((op) => 'doc' in op || 'drop' in op) ? new Map(state.documents) : state.documents,
    chat: ops.some((op) => 'chat' in op) ? [...state.chat] : state.chat,
  };
  for (const op of ops) applyOp(next, op);
  return next;
}

/**
 * What `next` changed against `state`, as lines to append; or, when a change cannot be said that way (messages
 * removed or reordered), the whole state to write afresh.
 */
function diff(state: SessionState, next: SessionFile): { ops: SessionOp[]; replacement?: SessionState } {
  const ops: SessionOp[] = [];
  let rewrite = false;
  const patch: HeaderPatch = {};
  if (next.title !== state.header.title) patch.title = next.title;
  if (next.state !== state.header.state) patch.state = next.state;
  if (JSON.stringify(next.embedder) !== JSON.stringify(state.header.embedder)) patch.embedder = next.embedder;
  if (Object.keys(patch).length) ops.push({ set: { ...patch } });

  const seen = new Set<string>();
  for (const doc of next.documents) {
    seen.add(doc.fileId);
    const before = state.documents.get(doc.fileId);
    if (!before || !sameRecord(before, doc)) ops.push({ doc: DocumentRecordSchema.parse(doc) });
  }
  for (const fileId of state.documents.keys()) if (!seen.has(fileId)) ops.push({ drop: fileId });

  const chat: ChatMessage[] = next.chat;
  if (chat.length < state.chat.length) rewrite = true;
  for (let i = 0; i < chat.length; i++) {
    const before = state.chat[i];
    if (before && before.id !== chat[i].id) rewrite = true;
    if (!before || JSON.stringify(before) !== JSON.stringify(chat[i])) ops.push({ chat: ChatMessageSchema.parse(chat[i]) });
  }
  if (rewrite) {
    // Messages removed or reordered: the file is written afresh from `next` itself.
    return {
      ops: [],
      replacement: {
        header: { ...state.header, ...patch },
        documents: new Map(next.documents.map((doc) => [doc.fileId, DocumentRecordSchema.parse(doc)])),
        chat: chat.map((message) => ChatMessageSchema.parse(message)),
      },
    };
  }
  return { ops };
}

function sameRecord(a: DocumentRecord, b: DocumentRecord): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof DocumentRecord>;
  for (const key of keys) {
    if (key === 'error') {
      if (JSON.stringify(a.error) !== JSON.stringify(b.error)) return false;
    } else if (a[key] !== b[key]) return false;
  }
  return true;
}

function summarizeState(state: SessionState): SessionSummary {
  // As sessionDocuments counts them (all but a cancelled add), without copying the list.
  let documentCount = 0;
  for (const doc of state.documents.values()) if (doc.status !== 'cancelled') documentCount++;
  const { sid, title, createdAt, updatedAt } = state.header;
  return { sid, title, createdAt, updatedAt, state: state.header.state, documentCount };
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

/**
 * Reads one session file straight from disk, as the store would (either format version), without a store: for
 * checks from outside, such as the crash tests. Throws when the file is damaged.
 */
export async function readSessionFile(file: string): Promise<SessionFile> {
  return toSessionFile(parseSessionFile(await readFile(file, 'utf8')).state);
}
