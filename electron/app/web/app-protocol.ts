// What the Electron shell's `app://docent/…` protocol answers: files from the built renderer only, with the strict
// CSP on every response. A web-standard Response, so this stays plain Node (main.ts hands it to protocol.handle).
import { readFile } from 'node:fs/promises';
import { SECURITY_HEADERS } from './headers';
import { contentTypeFor, resolveStaticFile } from './static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'docent';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export async function appProtocolResponse(requestUrl: string, rendererDir: string, method = 'GET'): Promise<Response> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return new Response(null, { status: 400, headers: SECURITY_HEADERS });
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return new Response(null, { status: 403, headers: SECURITY_HEADERS });
  if (method !== 'GET' && method !== 'HEAD') return new Response(null, { status: 405, headers: SECURITY_HEADERS });
  const file = await resolveStaticFile(rendererDir, url.pathname);
  if (!file) return new Response(null, { status: 404, headers: SECURITY_HEADERS });
  const body = method === 'HEAD' ? null : await readFile(file);
  return new Response(body, { status: 200, headers: { 'content-type': contentTypeFor(file), ...SECURITY_HEADERS } });
}
