// Who may talk to the browser host. The host binds 127.0.0.1, but any local program and any web page the user
// opens can reach a loopback port, so every API request must carry the per-launch secret in the X-Docent-Secret
// header, name the host itself in Host (defeats DNS rebinding) and, when it says where it comes from, come from the
// host's own origin (defeats cross-site requests).
//
// Never a cookie: cookies are not separated by port, so a cookie for 127.0.0.1:PORT would be sent to every other
// server on 127.0.0.1 the browser visits, handing it the whole API. The page learns the secret from the printed
// URL's fragment (#secret=…, which no request carries), keeps it in its own tab (sessionStorage, separated by
// origin, port included) and sends it as a header; a cross-site page cannot send a custom header without a CORS
// preflight, which this host never grants.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SECRET_HEADER = 'x-docent-secret';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison; hashing first makes the lengths equal so nothing leaks through an early exit. */
export function secretMatches(candidate: string | undefined, secret: string): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0) return false;
  const a = createHash('sha256').update(candidate).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Host must name this host; Origin, when sent, must be this host's own origin. */
export function isAllowedHostAndOrigin(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  if (!host || !allowedHosts(port).includes(host.toLowerCase())) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

/** The request carries the secret in the X-Docent-Secret header. */
export function isAuthenticated(req: IncomingMessage, secret: string): boolean {
  const header = req.headers[SECRET_HEADER];
  return typeof header === 'string' && secretMatches(header, secret);
}
