// Session ids: 128 random bits in base64url. Every sid from outside is checked here before it touches a path.
import { randomBytes } from 'node:crypto';
import { BASE_SID, SID_PATTERN } from '../../../shared/ids';
import { DocentError } from '../../../shared/api';

export function newSid(): string {
  return randomBytes(16).toString('base64url');
}

/** Throws a clear `invalid-input` error unless `sid` is a session id; `base` is reserved for the base library. */
export function assertSessionId(sid: unknown): asserts sid is string {
  if (sid === BASE_SID) throw new DocentError('invalid-input', `"${BASE_SID}" is reserved for the base library and is not a session`);
  if (typeof sid !== 'string' || !SID_PATTERN.test(sid)) {
    const shown = typeof sid === 'string' ? JSON.stringify(sid.length > 40 ? `${sid.slice(0, 40)}…` : sid) : typeof sid;
    throw new DocentError('invalid-input', `not a session id: ${shown} (expected 22 characters of A-Z a-z 0-9 _ -)`);
  }
}
