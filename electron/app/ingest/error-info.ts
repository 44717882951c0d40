// Turns whatever went wrong with one file into the `{code, message}` the user sees: the message always names the file.
import type { ErrorInfo } from '../../../shared/model';

export function toErrorInfo(error: unknown, fileName: string): ErrorInfo {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'failed';
  let message = error instanceof Error ? error.message : String(error);
  if (!message.includes(fileName)) message = `${fileName}: ${message}`;
  return { code: code.slice(0, 64), message: message.slice(0, 4000) };
}
