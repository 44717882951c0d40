// A folder given to the window in a browser (dropped, or chosen with "Add folder…"): the page cannot hand a folder's
// path to the host, so its files are read here and uploaded one by one. Each keeps its path from the folder's own name
// down ("Trip/day 2/notes.md"), and what main's folder walk would skip is skipped here by the same rule and counted.
// In the desktop app a folder is never read here: its path is granted and main walks it.
import type { SkipCounts } from '../../../shared/model';
import { emptySkipCounts } from '../../../shared/job-summary';
import { skipReasonFor } from '../../../shared/folder-skip';

export interface FolderFile {
  file: File;
  /** The path from the folder's own name down, with '/' between parts. */
  name: string;
}

export interface FolderFiles {
  files: FolderFile[];
  skipped: SkipCounts;
}

/**
 * The entries of a drop, taken while the drop event runs (the browser empties its DataTransfer afterwards). Null when
 * the drop holds no folder: then its files are added as files.
 */
export function droppedEntries(transfer: DataTransfer | null): FileSystemEntry[] | null {
  const entries = Array.from(transfer?.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => Boolean(entry));
  return entries.some((entry) => entry.isDirectory) ? entries : null;
}

/** Every file below the dropped entries that Docent reads, with what was skipped. */
export async function filesOfEntries(entries: FileSystemEntry[], ocrEnabled: boolean): Promise<FolderFiles> {
  const result: FolderFiles = { files: [], skipped: emptySkipCounts() };
  // What the user dropped is taken as given, as main takes a dropped path; the rule applies below it.
  const pending: { entry: FileSystemEntry; path: string; given?: boolean }[] = entries.map((entry) => ({ entry, path: entry.name, given: true }));
  while (pending.length) {
    const { entry, path, given } = pending.pop()!;
    const reason = given ? null : skipReasonFor(entry.name, entry.isDirectory, ocrEnabled);
    if (reason) {
      result.skipped[reason]++;
      continue;
    }
    if (entry.isDirectory) {
      for (const child of await readAll(entry as FileSystemDirectoryEntry)) pending.push({ entry: child, path: `${path}/${child.name}` });
    } else if (entry.isFile) {
      result.files.push({ file: await fileOf(entry as FileSystemFileEntry), name: path });
    }
  }
  result.files.sort((a, b) => a.name.localeCompare(b.name));
  return result;
}

/**
 * The files of an `<input webkitdirectory>`: each carries its path in `webkitRelativePath`. A skipped folder counts
 * once, however many files it holds, as main's walk counts it.
 */
export function filesOfDirectoryInput(list: readonly File[], ocrEnabled: boolean): FolderFiles {
  const result: FolderFiles = { files: [], skipped: emptySkipCounts() };
  const skippedFolders = new Set<string>();
  for (const file of list) {
    const name = file.webkitRelativePath || file.name;
    const parts = name.split('/');
    let skippedHere = false;
    for (let i = 0; i < parts.length - 1 && !skippedHere; i++) {
      const reason = i === 0 ? null : skipReasonFor(parts[i], true, ocrEnabled);
      if (!reason) continue;
      skippedHere = true;
      const folder = parts.slice(0, i + 1).join('/');
      if (!skippedFolders.has(folder)) {
        skippedFolders.add(folder);
        result.skipped[reason]++;
      }
    }
    if (skippedHere) continue;
    const reason = skipReasonFor(parts[parts.length - 1], false, ocrEnabled);
    if (reason) result.skipped[reason]++;
    else result.files.push({ file, name });
  }
  return result;
}

/** A folder's entries: readEntries answers in pieces (about 100 at a time in Chromium) until it answers none. */
async function readAll(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const some = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (some.length === 0) return all;
    all.push(...some);
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}
