// Names as a reader spots them in English text: runs of capitalised words, with the small words names hold between
// them ("Bank of England", "Ludwig van Beethoven"). Shared by the acronym matching and the question's names.
// Pure functions: no I/O.

/** Small words a name may hold between its capitalised words. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'de', 'du', 'des', 'la', 'le', 'von', 'van', '&']);

const CONNECTOR = [...NAME_CONNECTORS].join('|');
const WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{N}'’-]*";
/** Two or more capitalised words; with `numbers`, later words may be numbers or numerals ("Super Bowl 50", "Henry VIII"). */
const RUN = new RegExp(`${WORD}(?:\\s+(?:(?:${CONNECTOR})\\s+)*${WORD})+`, 'gu');
const RUN_WITH_NUMBERS = new RegExp(`${WORD}(?:\\s+(?:(?:${CONNECTOR})\\s+)*(?:${WORD}|\\p{N}+))+`, 'gu');

export interface NameRun {
  text: string;
  /** Offset of the run in the text. */
  index: number;
}

export function nameRuns(text: string, options: { numbers?: boolean } = {}): NameRun[] {
  return [...text.matchAll(options.numbers ? RUN_WITH_NUMBERS : RUN)].map((m) => ({ text: m[0], index: m.index }));
}
