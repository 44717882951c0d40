// Identifiers shared by every layer. Pure TypeScript: no Node, no DOM.

/** The reserved sid of the preinstalled base library. Never a real session. */
export const BASE_SID = 'base';

/** A session id: 128 random bits in base64url, exactly 22 characters. */
export const SID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** A fileId: the first 16 hex characters of the file's sha256. */
export const FILE_ID_PATTERN = /^[0-9a-f]{16}$/;

/** An installed model's id (its folder name under `<data>/models/`): lower-case, digits, ".", "_" and "-". */
export const MODEL_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;

export function isSessionId(value: unknown): value is string {
  return typeof value === 'string' && SID_PATTERN.test(value);
}

/** Any sid a vector may carry: a session's or the base library's. */
export function isVectorSid(value: unknown): value is string {
  return value === BASE_SID || isSessionId(value);
}

export function isFileId(value: unknown): value is string {
  return typeof value === 'string' && FILE_ID_PATTERN.test(value);
}

/** The record id of the original design notes: `<sid>#<fileId>#<chunk>`. */
export function recordId(sid: string, fileId: string, chunk: number): string {
  return `${sid}#${fileId}#${chunk}`;
}

/** The prefix under which all of one file's records in one session are listed. */
export function filePrefix(sid: string, fileId: string): string {
  return `${sid}#${fileId}#`;
}

/** The prefix under which all of one session's records are listed. */
export function sessionPrefix(sid: string): string {
  return `${sid}#`;
}
