// Embedders that compute one text at a time in process share this loop, which honours a cancel between texts.
export function embedEach(texts: string[], embedOne: (text: string) => Float32Array, signal?: AbortSignal): Float32Array[] {
  const out: Float32Array[] = [];
  for (const text of texts) {
    signal?.throwIfAborted();
    out.push(embedOne(text));
  }
  return out;
}
