// The on-disk format of `<sid>.session`, version 2: JSON Lines, so that a change costs what it changes rather than
// what the session holds (rewriting a whole 5,000-document session for each added file made ingestion quadratic).
//
//   {"docent":"session","version":2,"sid":…,"title":…,"createdAt":…,"updatedAt":…,"state":…,"embedder":…}   header
//   {"doc":{DocumentRecord}}          a document added or changed (the last line for a fileId wins)
//   {"drop":"<fileId>"}               a document removed
//   {"chat":{ChatMessage}}            a message added (or replaced, by id)
//   {"set":{"title"|"state"|"embedder"|"updatedAt": …}}   header fields changed
//
// A snapshot is the header followed by one line per document and per message; changes are appended after it, and
// the file is compacted into a fresh snapshot (atomically: temp file, fsync, rename) once the appended lines outnumber
// the live ones. A crash in the middle of an append can only tear the last line, which carries no newline then: it is
// dropped on reading, and the file is compacted before anything is appended after it. Version 1 (one JSON object)
// is still read, and rewritten as version 2 the first time its session is opened.
import { ChatMessageSchema, DocumentRecordSchema, SessionFileSchema, SessionIdSchema, SessionStateSchema, type ChatMessage, type DocumentRecord, type SessionFile } from '../../../shared/model';
import { z } from 'zod';

export const SESSION_FORMAT_VERSION = 2;

const HeaderSchema = z.object({
  docent: z.literal('session'),
  version: z.literal(SESSION_FORMAT_VERSION),
  sid: SessionIdSchema,
  title: z.string().max(200),
  createdAt: z.string(),
  updatedAt: z.string(),
  state: SessionStateSchema,
  embedder: SessionFileSchema.shape.embedder,
});
export type SessionHeader = Omit<z.infer<typeof HeaderSchema>, 'docent' | 'version'>;

const HeaderPatchSchema = HeaderSchema.pick({ title: true, updatedAt: true, state: true, embedder: true }).partial().strict();
export type HeaderPatch = z.infer<typeof HeaderPatchSchema>;

export type SessionOp =
  | { doc: DocumentRecord }
  | { drop: string }
  | { chat: ChatMessage }
  | { set: HeaderPatch };

/** A session as held in memory: documents by fileId, in the order they were first added. */
export interface SessionState {
  header: SessionHeader;
  documents: Map<string, DocumentRecord>;
  chat: ChatMessage[];
}

export interface ParsedSessionFile {
  state: SessionState;
  /** Lines in the file, header included; with `live`, says when compaction is due. */
  lines: number;
  /** The last line was cut short by a crash (and ignored): compact before appending. */
  torn: boolean;
  /** The file was version 1: rewrite it as version 2. */
  legacy: boolean;
}

export class SessionFormatError extends Error {
  override name = 'SessionFormatError';
}

/** Reads a session file of either version. Throws SessionFormatError (with the line at fault) when it is damaged. */
export function parseSessionFile(text: string): ParsedSessionFile {
  const firstBreak = text.indexOf('\n');
  const firstLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  let header: unknown;
  try {
    header = JSON.parse(firstLine);
  } catch {
    header = undefined;
  }
  if (!header || typeof header !== 'object' || (header as { docent?: unknown }).docent !== 'session') return parseLegacy(text);

  const parsedHeader = HeaderSchema.safeParse(header);
  if (!parsedHeader.success) throw new SessionFormatError(`line 1: ${describeZod(parsedHeader.error)}`);
  const { docent: _docent, version: _version, ...rest } = parsedHeader.data;
  const state: SessionState = { header: rest, documents: new Map(), chat: [] };
  const chatIndex = new Map<string, number>();
  let lines = 1;
  let torn = false;
  let at = firstBreak < 0 ? text.length : firstBreak + 1;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    const last = end < 0 || text.slice(end + 1).trim() === '';
    at = end < 0 ? text.length : end + 1;
    if (!line.trim()) continue;
    lines++;
    let op: unknown;
    try {
      op = JSON.parse(line);
    } catch (error) {
      // Only the last line can be cut short by a crash mid-append; anywhere else the file is damaged.
      if (last && end < 0) {
        torn = true;
        break;
      }
      throw new SessionFormatError(`line ${lines}: ${(error as Error).message}`);
    }
    try {
      applyOp(state, op as SessionOp, chatIndex, true);
    } catch (error) {
      if (last && end < 0) {
        torn = true;
        break;
      }
      throw new SessionFormatError(`line ${lines}: ${(error as Error).message}`);
    }
  }
  return { state, lines, torn, legacy: false };
}

function parseLegacy(text: string): ParsedSessionFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SessionFormatError((error as Error).message);
  }
  const parsed = SessionFileSchema.safeParse(raw);
  if (!parsed.success) throw new SessionFormatError(describeZod(parsed.error));
  const { documents, chat, version: _version, ...header } = parsed.data;
  const state: SessionState = { header, documents: new Map(documents.map((d) => [d.fileId, d])), chat };
  return { state, lines: 0, torn: false, legacy: true };
}

/** Applies one change to the state; `validate` checks what came from disk against the schemas. */
export function applyOp(state: SessionState, op: SessionOp, chatIndex?: Map<string, number>, validate = false): void {
  if (!op || typeof op !== 'object') throw new SessionFormatError('not a change');
  if ('doc' in op) {
    const doc = validate ? DocumentRecordSchema.parse(op.doc) : op.doc;
    state.documents.set(doc.fileId, doc);
  } else if ('drop' in op) {
    if (typeof op.drop !== 'string') throw new SessionFormatError('a removal names no document');
    state.documents.delete(op.drop);
  } else if ('chat' in op) {
    const message = validate ? ChatMessageSchema.parse(op.chat) : op.chat;
    const index = chatIndex ? chatIndex.get(message.id) : state.chat.findIndex((m) => m.id === message.id);
    if (index !== undefined && index >= 0) state.chat[index] = message;
    else {
      chatIndex?.set(message.id, state.chat.length);
      state.chat.push(message);
    }
  } else if ('set' in op) {
    const patch = validate ? HeaderPatchSchema.parse(op.set) : op.set;
    Object.assign(state.header, patch);
  } else {
    throw new SessionFormatError('an unknown kind of change');
  }
}

export function headerLine(header: SessionHeader): string {
  return `${JSON.stringify({ docent: 'session', version: SESSION_FORMAT_VERSION, ...header })}\n`;
}

export function opLines(ops: readonly SessionOp[]): string {
  let out = '';
  for (const op of ops) out += `${JSON.stringify(op)}\n`;
  return out;
}

/** The whole session as a fresh snapshot, in pieces (a 50,000-document session is never one giant string). */
export function* snapshotPieces(state: SessionState): Generator<string> {
  yield headerLine(state.header);
  let batch = '';
  for (const doc of state.documents.values()) {
    batch += `${JSON.stringify({ doc })}\n`;
    if (batch.length > 256 * 1024) {
      yield batch;
      batch = '';
    }
  }
  for (const message of state.chat) {
    batch += `${JSON.stringify({ chat: message })}\n`;
    if (batch.length > 256 * 1024) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}

/** Lines a snapshot of this state has. */
export function liveLines(state: SessionState): number {
  return 1 + state.documents.size + state.chat.length;
}

/** The session as the rest of Docent sees it (the shape of version 1, whose schema still describes it). */
export function toSessionFile(state: SessionState): SessionFile {
  return {
    version: 1,
    ...state.header,
    embedder: state.header.embedder ? { ...state.header.embedder } : null,
    documents: [...state.documents.values()].map(copyDocument),
    chat: state.chat.map((m) => ({ ...m, citations: [...m.citations] })),
  };
}

/** A copy a caller may change freely without touching the store's own record. */
export function copyDocument(doc: DocumentRecord): DocumentRecord {
  return doc.error ? { ...doc, error: { ...doc.error, ...(doc.error.params ? { params: { ...doc.error.params } } : {}) } } : { ...doc };
}

function describeZod(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
