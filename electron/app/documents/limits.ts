// Size limits for one file, shared by extractDocument and the pool (which scales them to its heap budget).

/** Any file above this is refused before it is read. */
export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
/**
 * Text-like files (txt, md, csv, html) above this are refused: their text, sentence spans and
 * chunks take several times the file's size in memory.
 */
export const DEFAULT_MAX_TEXT_BYTES = 128 * 1024 * 1024;
