// The renderer's one door to Docent: the same DocentApi whether the page runs inside Electron (the preload's
// window.docent) or in a browser through the loopback host (fetch, events streamed over fetch). No Node imports here.
import { createDocentApi, errorFromEnvelope, type DocentApi } from '../../../shared/api';
import { createWebDocentApi, uploadFile } from './web-client';

let api: DocentApi | null = null;

/**
 * The DocentApi, created once. In Electron it is built here over the preload's transport rather than taken from
 * window.docent, so rejected calls are real DocentErrors with their `code` (the context bridge drops custom error
 * properties). In a browser it talks to the loopback host.
 */
export function getDocentApi(): DocentApi {
  if (api) return api;
  if (window.docentTransport) api = createDocentApi(window.docentTransport);
  else if (window.docent) api = window.docent;
  else api = createWebDocentApi();
  return api;
}

/** True inside the Electron shell (the preload ran); false in the browser host. */
export function isElectron(): boolean {
  return window.docentTransport !== undefined && window.docentPlatform !== undefined;
}

/**
 * Turns dropped or picked files into the paths `documents.ingest` takes. Electron: the preload hands the File objects
 * to main, which grants their real paths (a folder: its subtree) and answers with them. Browser: the bytes are
 * uploaded to the host's upload folder, which answers with the stored path. The renderer never builds a path itself.
 * Rejects (DocentError) naming the file that could not be taken.
 */
export async function pathsForDroppedFiles(files: File[]): Promise<{ path: string; name: string; folder?: boolean }[]> {
  const platform = window.docentPlatform;
  if (platform) {
    const granted = await platform.grantFiles(files);
    if (!granted.ok) throw errorFromEnvelope(granted.error);
    return granted.value.map(({ path, name, kind }) => ({ path, name, ...(kind === 'folder' ? { folder: true } : {}) }));
  }
  const results: { path: string; name: string }[] = [];
  // One at a time: uploads are large and the host streams each to disk.
  for (const file of files) results.push(await uploadFile(file));
  return results;
}

/** Browser host only: uploads one file of a folder under its path from the folder down ("Trip/day 2/notes.md"). */
export function uploadFolderFile(file: File, name: string): Promise<{ path: string; name: string }> {
  return uploadFile(file, {}, name);
}
