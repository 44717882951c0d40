// Chunks, ids and vectors for tests and benchmarks of the Pinecone store: deterministic, so runs repeat.
import { createHash } from 'node:crypto';
import type { ChunkRecord } from '../../../electron/app/vectors/vector-store';

/** A valid 22-character session id derived from a label, so tests read well and stay deterministic. */
export function sidFor(label: string): string {
  return createHash('sha256').update(`sid:${label}`).digest().subarray(0, 16).toString('base64url');
}

/** A valid 16-hex-character file id derived from a label. */
export function fileIdFor(label: string): string {
  return createHash('sha256').update(`file:${label}`).digest('hex').slice(0, 16);
}

/** A deterministic unit vector; different seeds give nearly orthogonal vectors in high dimensions. */
export function vectorFor(seed: string, dimension: number): number[] {
  const values: number[] = [];
  let block = Buffer.alloc(0);
  for (let i = 0; values.length < dimension; i++) {
    if (block.length === 0) block = createHash('sha256').update(`${seed}:${i}`).digest();
    values.push(block.readUInt8(0) / 127.5 - 1);
    block = block.subarray(1);
  }
  const norm = Math.hypot(...values) || 1;
  return values.map((v) => v / norm);
}

export function makeChunks(
  sid: string,
  fileLabel: string,
  count: number,
  options: { dimension?: number; textChars?: number; fileName?: string } = {},
): ChunkRecord[] {
  const dimension = options.dimension ?? 8;
  const fileId = fileIdFor(fileLabel);
  const fileName = options.fileName ?? `${fileLabel}.pdf`;
  return Array.from({ length: count }, (_, chunk) => {
    const head = `${fileName} chunk ${chunk} of session ${sid}. `;
    const text = head.padEnd(Math.max(head.length, options.textChars ?? 0), 'lorem ipsum dolor sit amet ');
    return {
      sid,
      fileId,
      fileName,
      chunk,
      page: Math.floor(chunk / 3) + 1,
      pageEnd: Math.floor(chunk / 3) + 1,
      start: 0,
      end: text.length,
      text,
      vector: vectorFor(`${sid}/${fileLabel}/${chunk}`, dimension),
    };
  });
}
