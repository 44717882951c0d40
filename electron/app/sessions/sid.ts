// Session ids: 128 random bits in base64url. Every sid from outside is checked here before it touches a path.
import { randomBytes } from 'node:crypto';
import { BASE_SID, SID_PATTERN } from '../../../shared/ids';
import { DocentError } from '../../../shared/api';

/**
 * A fresh sid. One base64url id in 64 would begin with "-", which command lines take for an option; those are drawn
 * again, so a new sid can always be typed after `--session` or `sessions end` as it is. (Existing ones still work:
 * the CLI accepts them too.)
 */
export function newSid(): string {
  for (;;) {
    const sid = randomBytes(16).toString('base64url');
    if (!sid.startsWith('-')) return sid;
  }
}

/** Throws a clear `invalid-input` error unless `sid` is a session id; `base` is reserved for the base library. */
export function assertSessionId(sid: unknown): asserts sid is string {
  if (sid === BASE_SID) throw new DocentError('invalid-input', `"${BASE_SID}" is reserved for the base library and is not a session`);
  if (typeof sid !== 'string' || !SID_PATTERN.test(sid)) {
    const shown = typeof sid === 'string' ? JSON.stringify(sid.length > 40 ? `${sid.slice(0, 40)}…` : sid) : typeof sid;
    throw new DocentError('invalid-input', `not a session id: ${shown} (expected 22 characters of A-Z a-z 0-9 _ -)`);
  }
}
