// How alike two words are in meaning, for the offline answerer: a question asks "Where did he go to school?" of a
// sentence that says "he entered the University of Erfurt", or "Who founded it?" of one that says "established by".
// The vectors are GloVe's (resources/word-vectors, made by scripts/make-word-vectors.mjs): 50,000 common English words,
// each a unit vector stored as signed bytes and a scale. Read on first use, once; a missing or damaged file leaves the
// answerer matching words as written, with a warning in the log.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface WordVectors {
  /** Cosine similarity of two lower-cased words, -1..1: 1 for the same word, 0 when either is not known. */
  similarity(a: string, b: string): number;
  /** What a run of words means together (see `meaningSimilarity`): each word weighed by `weightOf` its stem (1 by default). */
  meaningOf(words: ReadonlyArray<{ word: string; stem: string }>, weightOf?: (stem: string) => number): Meaning;
}

/**
 * The weighted sum of a text's word vectors, and its words without one (a name, a code, a figure) by stem.
 */
export interface Meaning {
  known: Float32Array | undefined;
  /** Squared length of `known`. */
  knownSquares: number;
  unknown: Map<string, number>;
}

/**
 * Cosine of two meanings, -1..1; 0 when either is empty. A word without a vector counts where both texts have it
 * ("Luther" in both is a likeness), and is left out where only one has it: a sentence's VIN or price says nothing of
 * what it means, and must not make it read less like the question than one without.
 */
export function meaningSimilarity(a: Meaning, b: Meaning): number {
  let dot = 0;
  if (a.known && b.known) for (let k = 0; k < a.known.length; k++) dot += a.known[k] * b.known[k];
  let squaresA = a.knownSquares;
  let squaresB = b.knownSquares;
  for (const [stem, wa] of a.unknown) {
    const wb = b.unknown.get(stem);
    if (wb === undefined) continue;
    dot += wa * wb;
    squaresA += wa * wa;
    squaresB += wb * wb;
  }
  return squaresA > 0 && squaresB > 0 ? dot / Math.sqrt(squaresA * squaresB) : 0;
}

interface Table {
  rows: Map<string, number>;
  codes: Int8Array;
  scales: Float32Array;
  dims: number;
}

/** The vectors of `dir` (words.txt, vectors.bin), read when first asked for. */
export function wordVectorsIn(dir: string, warn: (message: string) => void = console.warn): WordVectors {
  let table: Table | null | undefined;
  const load = (): Table | null => {
    if (table !== undefined) return table;
    try {
      table = readTable(dir);
    } catch (error) {
      warn(`Word vectors in ${dir} could not be read (${(error as Error).message}); answers match words as written.`);
      table = null;
    }
    return table;
  };
  return {
    similarity(a, b) {
      if (a === b) return 1;
      const t = load();
      if (!t) return 0;
      const i = t.rows.get(a);
      const j = t.rows.get(b);
      if (i === undefined || j === undefined) return 0;
      let dot = 0;
      for (let k = 0, x = i * t.dims, y = j * t.dims; k < t.dims; k++) dot += t.codes[x + k] * t.codes[y + k];
      return dot * t.scales[i] * t.scales[j];
    },
    meaningOf(words, weightOf = () => 1) {
      const t = load();
      let known: Float32Array | undefined;
      const unknown = new Map<string, number>();
      for (const { word, stem } of words) {
        const w = weightOf(stem);
        const row = t?.rows.get(word);
        if (!t || row === undefined) {
          unknown.set(stem, (unknown.get(stem) ?? 0) + w);
          continue;
        }
        known ??= new Float32Array(t.dims);
        const scale = w * t.scales[row];
        for (let k = 0, x = row * t.dims; k < t.dims; k++) known[k] += t.codes[x + k] * scale;
      }
      let knownSquares = 0;
      if (known) for (const x of known) knownSquares += x * x;
      return { known, knownSquares, unknown };
    },
  };
}

function readTable(dir: string): Table {
  const words = readFileSync(path.join(dir, 'words.txt'), 'utf8').split('\n');
  const bytes = readFileSync(path.join(dir, 'vectors.bin'));
  // vectors.bin: each word's codes (dims signed bytes), then each word's scale (a little-endian float32).
  const dims = bytes.length / words.length - 4;
  if (!Number.isInteger(dims) || dims <= 0) throw new Error(`vectors.bin holds ${bytes.length} bytes, which does not fit ${words.length} words`);
  const codes = new Int8Array(bytes.buffer, bytes.byteOffset, words.length * dims);
  const scales = new Float32Array(bytes.buffer.slice(bytes.byteOffset + words.length * dims, bytes.byteOffset + bytes.length));
  return { rows: new Map(words.map((w, i) => [w, i])), codes, scales, dims };
}
