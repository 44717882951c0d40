// The preload's half of handing files to main, kept free of `electron` so it is tested in Node: each File the user
// dropped or picked becomes its real path (webUtils.getPathForFile in the preload), and main grants exactly those
// paths for ingestion. The page never sends a path string of its own.
import type { Envelope } from '../shared/api';
import type { GrantedPath } from '../shared/model';

export async function grantDroppedFiles(
  files: readonly File[],
  pathForFile: (file: File) => string,
  grantPaths: (paths: string[]) => Promise<Envelope<GrantedPath[]>>,
): Promise<Envelope<GrantedPath[]>> {
  if (!Array.isArray(files) || files.length === 0) return { ok: false, error: { code: 'invalid-input', message: 'no files were given' } };
  const paths: string[] = [];
  for (const file of files) {
    let filePath = '';
    try {
      filePath = pathForFile(file);
    } catch {
      // Not a File at all (page code passing something else): it has no path.
    }
    if (!filePath) {
      const name = typeof file?.name === 'string' ? file.name : 'an item';
      return { ok: false, error: { code: 'invalid-input', message: `${name}: this item has no file on disk (drop files or folders from your computer).` } };
    }
    paths.push(filePath);
  }
  return grantPaths(paths);
}
