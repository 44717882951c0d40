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
