// Size limits for one file, shared by extractDocument and the pool (which scales them to its heap budget).

/** Any file above this is refused before it is read. */
export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
/**
 * Text-like files (txt, md, csv, html) above this are refused: their text, sentence spans and
 * chunks take several times the file's size in memory.
 */
export const DEFAULT_MAX_TEXT_BYTES = 128 * 1024 * 1024;

/** A file's size and the limit it went over, in whole megabytes, for the window's wording of `too-large`. */
export function sizeParams(size: number, limit: number): { reason: string; size: number; limit: number } {
  return { reason: 'over-limit', size: Math.ceil(size / (1024 * 1024)), limit: Math.floor(limit / (1024 * 1024)) };
}
