// The one path every request takes from a front end (Electron IPC, the browser host) to a handler: look up the
// channel, parse the payload with its zod schema, call the handler, and wrap the outcome in an envelope.
// It never throws, so a transport can always answer, and a handler never sees data its schema refused.
import { ZodError } from 'zod';
import { carriedMessage, DocentError, errorCodes, invokeSchemas, type DocentHandlers, type Envelope, type ErrorCode, type InvokeChannel } from '../../../shared/api';
import type { ErrorInfo } from '../../../shared/model';
import { userMessage } from '../user-message';

export interface DispatchOptions {
  /** Told about errors that became 'internal', with the full error (stack included) for the log. */
  onInternalError?: (channel: string, error: unknown) => void;
}

const MAX_ISSUES_SHOWN = 5;
const MAX_MESSAGE_LENGTH = 1000;

export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && Object.hasOwn(invokeSchemas, channel);
}

function fail(code: ErrorCode, message: string, said?: ErrorInfo): Envelope<never> {
  // A user message out of bounds is dropped rather than sent: the English message still says what happened.
  const carried = carriedMessage(said);
  return { ok: false, error: { code, message: truncate(message), ...(carried ? { userMessage: carried } : {}) } };
}

/**
 * A payload its schema refused: the window says one translated sentence, and the fields and problems (English, from
 * zod, useful to whoever reports the bug) go behind "Details".
 */
export function invalidInput(error: ZodError): Envelope<never> {
  const problems = describeZodError(error);
  return fail('invalid-input', problems, userMessage('request-invalid', problems, undefined, problems));
}

function truncate(text: string): string {
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
}

/** `sid: not a session id (22 base64url characters); files.0.path: …` — the field and the problem, in words. */
export function describeZodError(error: ZodError): string {
  const parts = error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'payload';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length - MAX_ISSUES_SHOWN;
  return more > 0 ? `${parts.join('; ')}; and ${more} more` : parts.join('; ');
}

function isErrorCode(value: unknown): value is ErrorCode {
  return (errorCodes as readonly unknown[]).includes(value);
}

/** Maps what a handler threw to an envelope the window may show: known codes kept, everything else 'internal'. */
export function errorEnvelope(channel: string, error: unknown, options: DispatchOptions = {}): Envelope<never> {
  if (error instanceof DocentError) return fail(error.code, error.message, error.userMessage);
  if (error instanceof ZodError) return invalidInput(error);
  if (error !== null && typeof error === 'object' && isErrorCode((error as { code?: unknown }).code)) {
    const message = (error as { message?: unknown }).message;
    return fail((error as { code: ErrorCode }).code, typeof message === 'string' && message ? message : `${channel} failed`);
  }
  options.onInternalError?.(channel, error);
  // Only the first line of the message: a stack or a multi-line dump has no place in the window.
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const firstLine = raw.split('\n', 1)[0]?.trim();
  return fail('internal', firstLine ? `${channel} failed: ${firstLine}` : `${channel} failed unexpectedly; see the log for details.`);
}

export async function dispatch(handlers: DocentHandlers, channel: unknown, payload: unknown, options: DispatchOptions = {}): Promise<Envelope<unknown>> {
  try {
    return await dispatchUnsafe(handlers, channel, payload, options);
  } catch (error) {
    // Only reachable when even the error could not be read (a hostile object): still answer, never throw.
    options.onInternalError?.(typeof channel === 'string' ? channel : '(unknown channel)', error);
    return fail('internal', 'the request failed unexpectedly; see the log for details.');
  }
}

async function dispatchUnsafe(handlers: DocentHandlers, channel: unknown, payload: unknown, options: DispatchOptions): Promise<Envelope<unknown>> {
  if (!isInvokeChannel(channel)) {
    const shown = typeof channel === 'string' ? JSON.stringify(channel.slice(0, 80)) : typeof channel;
    return fail('invalid-input', `unknown channel ${shown}`);
  }
  let parsed: unknown;
  try {
    parsed = invokeSchemas[channel].parse(payload);
  } catch (error) {
    if (error instanceof ZodError) return invalidInput(error);
    return errorEnvelope(channel, error, options);
  }
  const handler = handlers[channel] as ((payload: unknown) => Promise<unknown>) | undefined;
  if (typeof handler !== 'function') return fail('internal', `${channel} is not available in this build`);
  try {
    return { ok: true, value: await handler(parsed) };
  } catch (error) {
    return errorEnvelope(channel, error, options);
  }
}
