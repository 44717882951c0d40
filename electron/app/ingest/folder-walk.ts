// Walks a dropped folder and everything below it, yielding the files Docent reads one at a time, so a folder of 50,000
// files is never held as a list. Hidden and system entries (.DS_Store, Thumbs.db, desktop.ini, Office's ~$ lock files,
// .git, .svn, node_modules…) and files of other kinds are skipped and counted by reason; a folder reached again
// through a symbolic link (a loop, or a second way in) is not walked twice.
import { opendir, stat } from 'node:fs/promises';
import path from 'node:path';
import { skipReasonFor, type SkipReason } from '../../../shared/folder-skip';
import { emptySkipCounts } from '../../../shared/job-summary';

export type { SkipReason };

export interface WalkedFile {
  path: string;
  /** The path from the dropped folder's own name down, with '/' between parts: "Taxes/2024/receipt.pdf". */
  name: string;
}

export interface WalkOptions {
  /** Images are read by OCR; with OCR off they are skipped as such. */
  ocrEnabled: boolean;
  signal?: AbortSignal;
  onSkip?: (reason: SkipReason, file: string) => void;
}

/** A folder this deep is a link trick, not a document tree. */
const MAX_DEPTH = 64;

export { skipReasonFor };

export async function* walkFolder(root: string, options: WalkOptions): AsyncGenerator<WalkedFile> {
  const rootInfo = await stat(root);
  if (!rootInfo.isDirectory()) throw new Error(`${root} is not a folder`);
  const visited = new Set<string>([identity(rootInfo)]);
  // Folders still to walk: only folders are ever waiting, never files.
  const pending: { dir: string; name: string; depth: number }[] = [{ dir: root, name: path.basename(root) || root, depth: 0 }];
  const skip = (reason: SkipReason, file: string) => options.onSkip?.(reason, file);

  while (pending.length) {
    options.signal?.throwIfAborted();
    const { dir, name: dirName, depth } = pending.pop()!;
    let handle;
    try {
      handle = await opendir(dir, { bufferSize: 64 });
    } catch {
      skip('unreadable', dir);
      continue;
    }
    const subfolders: typeof pending = [];
    for await (const entry of handle) {
      options.signal?.throwIfAborted();
      const full = path.join(dir, entry.name);
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      let info;
      if (entry.isSymbolicLink() || isFolder) {
        try {
          info = await stat(full);
        } catch {
          skip('unreadable', full);
          continue;
        }
        isFolder = info.isDirectory();
        isFile = info.isFile();
      }
      if (!isFolder && !isFile) continue; // sockets, devices, pipes: nothing to read
      const reason = skipReasonFor(entry.name, isFolder, options.ocrEnabled);
      if (reason) {
        skip(reason, full);
        continue;
      }
      if (isFolder) {
        const id = identity(info!);
        if (visited.has(id) || depth + 1 > MAX_DEPTH) continue;
        visited.add(id);
        subfolders.push({ dir: full, name: `${dirName}/${entry.name}`, depth: depth + 1 });
      } else {
        yield { path: full, name: `${dirName}/${entry.name}` };
      }
    }
    // Reversed, so the first subfolder listed is the next one walked.
    for (let i = subfolders.length - 1; i >= 0; i--) pending.push(subfolders[i]);
  }
}

/** How many files a walk will yield (a quick first pass, so progress can show a total), and what it will skip. */
export async function countFolder(root: string, options: Omit<WalkOptions, 'onSkip'>): Promise<{ files: number; skipped: ReturnType<typeof emptySkipCounts> }> {
  const skipped = emptySkipCounts();
  let files = 0;
  for await (const _ of walkFolder(root, { ...options, onSkip: (reason) => skipped[reason]++ })) files++;
  return { files, skipped };
}

export { emptySkipCounts };

/** A file or folder's identity on its device: the same folder reached by two paths has one. */
function identity(info: { dev: number; ino: number }): string {
  return `${info.dev}:${info.ino}`;
}
