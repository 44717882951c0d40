// Who may talk to the browser host. The host binds 127.0.0.1, but any local program and any web page the user
// opens can reach a loopback port, so every request must prove it holds the per-launch secret (cookie or header),
// name the host itself in Host (defeats DNS rebinding) and, when it says where it comes from, come from the host's
// own origin (defeats cross-site requests).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SECRET_HEADER = 'x-docent-secret';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Cookies are not separated by port, so each host names its own: two Docent hosts never overwrite each other. */
export function cookieName(port: number): string {
  return `docent-${port}`;
}

export function sessionCookie(port: number, secret: string): string {
  return `${cookieName(port)}=${secret}; Path=/; HttpOnly; SameSite=Strict`;
}

/** Constant-time comparison; hashing first makes the lengths equal so nothing leaks through an early exit. */
export function secretMatches(candidate: string | undefined, secret: string): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0) return false;
  const a = createHash('sha256').update(candidate).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
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

/** The request carries the secret in its cookie or in the X-Docent-Secret header (scripts, tests). */
export function isAuthenticated(req: IncomingMessage, port: number, secret: string): boolean {
  const header = req.headers[SECRET_HEADER];
  if (typeof header === 'string' && secretMatches(header, secret)) return true;
  return secretMatches(readCookie(req.headers.cookie, cookieName(port)), secret);
}
