// Deterministic stand-in for a real embedding model: a signed, hashed bag of words, L2-normalised.
// Texts sharing words get similar vectors, so retrieval tests behave like they would with a real model.

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function hashedEmbedding(text: string, dimension: number): Float32Array {
  const vector = new Float32Array(dimension);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // Text without a single word (punctuation only) still gets a vector: real models never return zeros.
  const features = words.length > 0 ? words : [text.trim()];
  for (const feature of features) {
    const hash = fnv1a(feature);
    vector[hash % dimension] += hash & 0x80000000 ? -1 : 1;
  }
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm === 0) {
    vector[fnv1a(text) % dimension] = 1;
    return vector;
  }
  for (let i = 0; i < dimension; i++) vector[i] /= norm;
  return vector;
}

/** OpenAI's `encoding_format: "base64"`: the little-endian float32 bytes, base64-encoded. */
export function toBase64(vector: Float32Array): string {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString('base64');
}
