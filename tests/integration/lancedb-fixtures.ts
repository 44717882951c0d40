// Shared builders for the LanceDB store tests: valid ids, chunk records and vectors.
import { randomBytes } from 'node:crypto';
import type { ChunkRecord } from '../../electron/app/vectors/vector-store';

export const newSid = (): string => randomBytes(16).toString('base64url');
export const newFileId = (): string => randomBytes(8).toString('hex');

/** A random unit vector: unrelated to every other one, which is what the "misleading vector" cases need. */
export function randomVector(dimension: number): Float32Array {
  const v = new Float32Array(dimension);
  let norm = 0;
  for (let i = 0; i < dimension; i++) {
    v[i] = Math.random() * 2 - 1;
    norm += v[i] * v[i];
  }
  return v.map((x) => x / Math.sqrt(norm));
}

export function chunks(sid: string, fileId: string, texts: string[], dimension = 16, fileName = `${fileId}.txt`): ChunkRecord[] {
  return texts.map((text, chunk) => ({
    sid,
    fileId,
    fileName,
    chunk,
    page: chunk + 1,
    pageEnd: chunk + 1,
    start: 0,
    end: text.length,
    text,
    vector: randomVector(dimension),
  }));
}

const FILLER = ['river', 'stone', 'morning', 'harvest', 'window', 'letter', 'garden', 'engine', 'market', 'silver', 'winter', 'bridge'];
export function fillerText(seed: number, words = 30): string {
  return Array.from({ length: words }, (_, i) => FILLER[(seed * 7 + i * 5 + (i * i) % 11) % FILLER.length]).join(' ');
}
