// Which entries of a folder Docent skips when a whole folder is added: hidden ones, those of the system or of tools
// (.DS_Store, Thumbs.db, desktop.ini, Office's ~$ lock files, .git, .svn, node_modules…) and files of other kinds.
// The same rule for main's folder walk and for a folder the browser uploads. Pure TypeScript: no Node, no DOM.
import { DOCUMENT_EXTENSIONS, IMAGE_EXTENSIONS, extensionOf } from './formats';
import type { SkipCounts } from './model';

export type SkipReason = keyof SkipCounts;

/** Folders and files that belong to the system or to tools, never to the user's documents (compared lower-cased). */
const SYSTEM_NAMES = new Set([
  '.ds_store', 'thumbs.db', 'ehthumbs.db', 'desktop.ini', '$recycle.bin', 'system volume information', '.spotlight-v100',
  '.trashes', '.fseventsd', '.temporaryitems', '__macosx', 'node_modules', '.git', '.svn', '.hg', '.bzr', 'cvs', '.idea', '.vscode',
]);

const documentExtensions = new Set<string>(DOCUMENT_EXTENSIONS);
const imageExtensions = new Set<string>(IMAGE_EXTENSIONS);

/** Why an entry named `name` is skipped, or null when a file of that name may be read (or a folder walked). */
export function skipReasonFor(name: string, isFolder: boolean, ocrEnabled: boolean): SkipReason | null {
  const lower = name.toLowerCase();
  if (SYSTEM_NAMES.has(lower) || name.startsWith('~$')) return 'system';
  if (name.startsWith('.')) return 'hidden';
  if (isFolder) return null;
  const ext = extensionOf(name);
  if (documentExtensions.has(ext)) return null;
  if (imageExtensions.has(ext)) return ocrEnabled ? null : 'ocrOff';
  return 'unsupported';
}
