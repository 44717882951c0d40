// The embedder that needs nothing: no key, no download, no model. Feature hashing of words and character n-grams.
// It is the vector half of hybrid search (BM25 is the other): BM25 matches exact stems, so this half is tuned for what
// BM25 misses — inflections, compounds, misspellings, transliterations — through character n-grams.
import { embedEach } from './embed-each';
import type { Embedder, EmbedOptions, LocalEmbedderSpec } from './embedder';
import { terms, type Term } from './lexical-terms';

export interface LexicalEmbedderOptions {
  /** Vector length (default 512). Part of the id: vectors of different lengths never mix. */
  dimension?: number;
}

/**
 * Relative weights of the feature groups; each group is normalised on its own before mixing. Tuned on
 * bench/retrieval-bench.ts, where the weights moved hit@k by tenths of a point and the dimension by points
 * (collisions are the main loss: 1024 dimensions gain ~6 points of dense hit@1 over 512).
 */
const WORD_WEIGHT = 1.0;
const NGRAM_WEIGHT = 0.8;
const BIGRAM_WEIGHT = 0; // word pairs measured no better than noise at 512 dimensions; kept for larger ones
/** A stop word still counts a little: "to be or not to be" must not embed as zero. */
const STOP_WEIGHT = 0.08;
const NGRAM_MIN = 3;
const NGRAM_MAX = 5;

// Distinct seeds so a word, an n-gram and a word pair that happen to spell alike land in different buckets.
const SEED_WORD = 0x811c9dc5;
const SEED_NGRAM = 0x01000193 ^ 0x9e3779b9;
const SEED_BIGRAM = 0x2545f491;

/**
 * This vector half is the weaker one in hybrid search (49% hit@1 alone on the SQuAD bench against ~71% for BM25 over
 * chunks), so at equal weight it dragged good BM25 hits down; at 0.3 it still lifts what BM25 misses (hit@1 77.5% vs
 * 76.6% at 1.0, after the sentence rerank).
 */
const LEXICAL_FUSION_WEIGHT = 0.3;

export class LexicalEmbedder implements Embedder {
  readonly id: string;
  readonly dimension: number;
  readonly workerSpec: LocalEmbedderSpec;
  readonly fusionWeight = LEXICAL_FUSION_WEIGHT;

  constructor(options: LexicalEmbedderOptions = {}) {
    const dimension = options.dimension ?? 512;
    if (!Number.isInteger(dimension) || dimension < 16 || dimension > 65536) {
      throw new Error(`LexicalEmbedder: dimension must be an integer between 16 and 65536, got ${dimension}`);
    }
    this.dimension = dimension;
    // v2: the stemmer folds "died"/"dying" into "die" (v1 vectors kept them apart; sessions are indexed again).
    // v3: Chinese and Japanese text gets every bigram ("总部" in "的总部在"); v2 vectors had every other one only.
    // v4: British doubled "l" folds ("cancelling" → "cancel", "travelled" → "travel"); v3 vectors kept them apart.
    this.id = `lexical-v4-${dimension}`;
    this.workerSpec = { kind: 'lexical', dimension };
  }

  async embed(texts: string[], options?: EmbedOptions): Promise<Float32Array[]> {
    return embedEach(texts, (text) => this.embedOne(text), options?.signal);
  }

  /** Synchronous form for workers and benchmarks. */
  embedOne(text: string): Float32Array {
    const dim = this.dimension;
    // One signed bucket array per feature group. Counting in buckets rather than per distinct feature is what makes
    // this fast; two features sharing a bucket already blur together, so their shared count loses nothing more.
    const words = new Float32Array(dim);
    const ngrams = new Float32Array(dim);
    const bigrams = new Float32Array(dim);
    let prev: Term | undefined;
    for (const t of terms(text)) {
      if (t.stop) {
        bump(words, hashString(t.stem, SEED_WORD), STOP_WEIGHT);
        prev = undefined;
        continue;
      }
      bump(words, hashString(t.stem, SEED_WORD), 1);
      if (!t.cjk) addNgrams(ngrams, t.word);
      if (prev && BIGRAM_WEIGHT > 0) bump(bigrams, hashString(t.stem, hashString(prev.stem, SEED_BIGRAM)), 1);
      prev = t;
    }
    const v = new Float32Array(dim);
    mix(v, words, WORD_WEIGHT);
    mix(v, ngrams, NGRAM_WEIGHT);
    if (BIGRAM_WEIGHT > 0) mix(v, bigrams, BIGRAM_WEIGHT);
    normalise(v);
    return v;
  }
}

/** Signed hashing: the sign bit keeps colliding features from adding up to a bias. */
function bump(buckets: Float32Array, h: number, weight: number): void {
  const mixed = finalise(h);
  buckets[mixed % buckets.length] += mixed & 0x80000000 ? -weight : weight;
}

/** Character n-grams of "<word>" (boundaries marked so prefixes and suffixes are features of their own), hashed in place. */
function addNgrams(buckets: Float32Array, word: string): void {
  const s = `<${word}>`;
  const len = s.length;
  for (let i = 0; i + NGRAM_MIN <= len; i++) {
    let h = SEED_NGRAM;
    for (let j = i; j < len && j - i < NGRAM_MAX; j++) {
      h = Math.imul(h ^ s.charCodeAt(j), 0x01000193) >>> 0;
      if (j - i + 1 >= NGRAM_MIN) bump(buckets, h, 1);
    }
  }
}

/**
 * Adds one feature group to v with sublinear tf (sign · (1 + ln |count|)), scaled to unit length times its weight,
 * so a long word's many n-grams cannot drown the words.
 */
function mix(v: Float32Array, buckets: Float32Array, weight: number): void {
  let sumSq = 0;
  for (let i = 0; i < buckets.length; i++) {
    const c = buckets[i];
    const a = Math.abs(c);
    const w = a > 1 ? Math.sign(c) * (1 + Math.log(a)) : c;
    buckets[i] = w;
    sumSq += w * w;
  }
  if (sumSq === 0) return;
  const scale = weight / Math.sqrt(sumSq);
  for (let i = 0; i < buckets.length; i++) v[i] += buckets[i] * scale;
}

function normalise(v: Float32Array): void {
  let sumSq = 0;
  for (let i = 0; i < v.length; i++) sumSq += v[i] * v[i];
  if (sumSq === 0) return; // empty text: the zero vector matches nothing, which is the truth
  const inv = 1 / Math.sqrt(sumSq);
  for (let i = 0; i < v.length; i++) v[i] *= inv;
}

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** murmur3's finaliser: FNV's low bits are weak, and the bucket is taken modulo the dimension. */
function finalise(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
