// The one shape of every message the core sends a person (shared/model.ts ErrorInfo): a stable `code` that the window
// words in the user's language with `params`, the English `message` (the CLI prints it; the window falls back to it for
// a code it does not know), and the technical cause in `detail`, which the window keeps behind "Details" so that no raw
// library error, Rust trace or file path ends up inside a sentence in French.
import type { ErrorInfo, MessageParams } from '../../shared/model';

export type UserMessage = ErrorInfo;

/** Text limits of ErrorInfoSchema: longer text is cut rather than refused at the IPC boundary. */
const MAX_MESSAGE = 4000;
const MAX_CODE = 64;

export function userMessage(code: string, message: string, params?: MessageParams, detail?: string): UserMessage {
  const out: UserMessage = { code: code.slice(0, MAX_CODE), message: message.slice(0, MAX_MESSAGE) };
  if (params && Object.keys(params).length > 0) out.params = params;
  const cause = detail?.trim();
  if (cause) out.detail = cause.slice(0, MAX_MESSAGE);
  return out;
}

/** The technical cause of a failure, for `detail`: the error's own message, or what was thrown. */
export function causeOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
