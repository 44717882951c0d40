// Which paths the desktop app may ingest. A page can be compromised (a bug, a hostile document rendered somewhere);
// if `documents.ingest` took any path it sent, the page could read any file (ingest, then `documents.bytes`). So main
// ingests only what the user handed over: files and folders dropped or picked in the window (the preload turns each
// File into its real path with webUtils.getPathForFile and grants it here) and what main's own dialogs return. A
// folder allows everything below it. Paths are compared after symbolic links are resolved, so neither `..` nor a link
// inside a granted folder leads out of it.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { DocentError, type DocentHandlers } from '../../../shared/api';
import type { GrantedPath } from '../../../shared/model';
import type { DocentCore } from '../core';
import { userMessage } from '../user-message';

function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export class PathGrants {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  /**
   * Allows each path (a file, or a folder and its subtree). Every path must exist and be a file or a folder; the
   * first that is not refuses the whole call, naming it, and nothing is granted.
   */
  async grant(paths: string[]): Promise<GrantedPath[]> {
    const granted: (GrantedPath & { real: string })[] = [];
    for (const given of paths) {
      const name = path.basename(given) || given;
      if (!path.isAbsolute(given)) throw new DocentError('invalid-input', `${name}: not a full path`);
      const real = await realpath(given).catch(() => undefined);
      const info = real ? await stat(real).catch(() => undefined) : undefined;
      if (!real || !info) throw new DocentError('not-found', userMessage('not-found', `${name}: it cannot be read (it was moved or deleted)`, { file: name }));
      if (!info.isFile() && !info.isDirectory()) throw new DocentError('invalid-input', `${name}: not a file or a folder`);
      granted.push({ path: given, name, kind: info.isDirectory() ? 'folder' : 'file', real });
    }
    for (const { kind, real } of granted) (kind === 'folder' ? this.folders : this.files).add(real);
    return granted.map(({ path: p, name, kind }) => ({ path: p, name, kind }));
  }

  /** True when `candidate` is a granted file, or a granted folder or anything below one. */
  async allows(candidate: string): Promise<boolean> {
    if (!path.isAbsolute(candidate)) return false;
    const real = await realpath(candidate).catch(() => undefined);
    if (!real) return false;
    if (this.files.has(real)) return true;
    for (const folder of this.folders) if (isInside(folder, real)) return true;
    return false;
  }
}

/** The core with `documents.ingest` refusing every path that was not granted (a retry by fileId reads the session's own copy). */
export function withGrantedPaths(core: DocentCore, grants: PathGrants): DocentCore {
  const handlers: DocentHandlers = {
    ...core.handlers,
    'documents.ingest': async (payload) => {
      for (const file of payload.files) {
        if (file.path !== undefined && !(await grants.allows(file.path))) {
          const name = file.name ?? path.basename(file.path);
          throw new DocentError('forbidden', userMessage('file-not-granted', `${name}: only files you drop or choose can be added; add it again.`, { file: name }));
        }
      }
      return core.handlers['documents.ingest'](payload);
    },
  };
  return { ...core, handlers, onEvent: core.onEvent.bind(core), close: core.close.bind(core) };
}
