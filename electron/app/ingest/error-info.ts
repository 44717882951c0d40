// Turns whatever went wrong with one file into the message the user sees (see user-message.ts): the code says what
// happened, `params` name the file (plus a size, a limit or a reason where the code has them), the English message
// always names the file, and `detail` keeps the specifics (a library's own words) for "Details".
import type { ErrorInfo, MessageParams } from '../../../shared/model';
import { userMessage } from '../user-message';

export function toErrorInfo(error: unknown, fileName: string): ErrorInfo {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'failed';
  const own = error instanceof Error ? error.message : String(error);
  const message = own.includes(fileName) ? own : `${fileName}: ${own}`;
  const extra = (error as { params?: MessageParams })?.params;
  const detail = own.startsWith(`${fileName}: `) ? own.slice(fileName.length + 2) : own;
  return userMessage(code, message, { ...extra, file: fileName }, detail);
}
