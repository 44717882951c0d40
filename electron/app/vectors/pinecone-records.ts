// Docent's chunks as Pinecone records (original design notes): id `<sid>#<fileId>#<chunk>`, metadata
// sid, fileId, fileName, chunk, page, text (+ pageEnd, start, end for citations); and upsert batches that stay
// under both of Pinecone's per-request limits (1000 records, 2 MB of JSON).
import type { PineconeRecord } from '@pinecone-database/pinecone';
import { isFileId, isVectorSid, recordId } from '../../../shared/ids';
import type { ChunkHit, ChunkRecord } from './vector-store';

export const MAX_RECORDS_PER_UPSERT = 1000;
/** Pinecone refuses requests over 2 MB; aim a little under so no rounding on its side can tip a batch over. */
export const UPSERT_BYTE_BUDGET = 1_900_000;
/** Pinecone's limit is 40,960 bytes of metadata JSON per record; keep a margin for the truncation mark. */
export const METADATA_BYTE_BUDGET = 40_000;
export const TRUNCATION_MARK = '…[truncated]';
const FILE_NAME_MAX_CHARS = 1024;

/** A record's metadata is the chunk itself without its vector (the original design notes' sid, fileId, fileName, chunk, page, text). */
export type ChunkMetadata = Omit<ChunkRecord, 'vector'> & { [key: string]: string | number };

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** Cuts `text` at a code-point boundary so `build(cut + mark)` fits the budget; text that fits is kept whole. */
function fitText(text: string, build: (text: string) => unknown, budget: number): string {
  if (jsonBytes(build(text)) <= budget) return text;
  const codePoints = Array.from(text);
  let low = 0;
  let high = codePoints.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (jsonBytes(build(codePoints.slice(0, mid).join('') + TRUNCATION_MARK)) <= budget) low = mid;
    else high = mid - 1;
  }
  return codePoints.slice(0, low).join('') + TRUNCATION_MARK;
}

/** The record's metadata, its text cut with a visible mark when the whole would pass Pinecone's 40 KB limit. */
export function chunkMetadata(record: ChunkRecord): ChunkMetadata {
  const fileName = Array.from(record.fileName).length > FILE_NAME_MAX_CHARS
    ? Array.from(record.fileName).slice(0, FILE_NAME_MAX_CHARS).join('') + TRUNCATION_MARK
    : record.fileName;
  const build = (text: string): ChunkMetadata => ({
    sid: record.sid,
    fileId: record.fileId,
    fileName,
    chunk: record.chunk,
    page: record.page,
    pageEnd: record.pageEnd,
    start: record.start,
    end: record.end,
    text,
  });
  return build(fitText(record.text, build, METADATA_BYTE_BUDGET));
}

/**
 * Vector values for the wire. Pinecone keeps float32; nine significant digits give back exactly the same float32,
 * and the JSON is about 40 % smaller than a double's 17 digits, so more records fit in each 2 MB request.
 */
export function wireValues(vector: Float32Array | number[]): number[] {
  return Array.from(vector, (v) => Number(Math.fround(v).toPrecision(9)));
}

/** Checks what Docent itself must get right before anything is sent; the message names the file and the problem. */
export function validateChunk(record: ChunkRecord, dimension: number): string | null {
  const where = `chunk ${record.chunk} of "${record.fileName}"`;
  if (!isVectorSid(record.sid)) return `Cannot store ${where}: ${JSON.stringify(record.sid)} is not a valid session id.`;
  if (!isFileId(record.fileId)) return `Cannot store ${where}: ${JSON.stringify(record.fileId)} is not a valid file id.`;
  if (!Number.isInteger(record.chunk) || record.chunk < 0) return `Cannot store ${where}: the chunk number must be a non-negative integer.`;
  if (typeof record.text !== 'string') return `Cannot store ${where}: its text is missing.`;
  for (const field of ['page', 'pageEnd', 'start', 'end'] as const) {
    if (!Number.isFinite(record[field])) return `Cannot store ${where}: ${field} must be a number.`;
  }
  if (record.vector.length !== dimension) {
    return `Cannot store ${where}: its vector has ${record.vector.length} dimensions, the others ${dimension}.`;
  }
  let nonZero = false;
  for (const v of record.vector) {
    if (!Number.isFinite(v)) return `Cannot store ${where}: its vector contains ${v}.`;
    if (Math.abs(v) >= 1e-8) nonZero = true;
  }
  if (!nonZero) return `Cannot store ${where}: its vector is all zeros, which Pinecone refuses.`;
  return null;
}

export function toPineconeRecord(record: ChunkRecord): PineconeRecord<ChunkMetadata> {
  return { id: recordId(record.sid, record.fileId, record.chunk), values: wireValues(record.vector), metadata: chunkMetadata(record) };
}

/**
 * Groups records into upsert requests under both limits, measuring each record as the client serialises it
 * (`{"vectors":[...],"namespace":"..."}`).
 */
export function upsertBatches<T>(records: T[], namespace: string, maxRecords = MAX_RECORDS_PER_UPSERT, byteBudget = UPSERT_BYTE_BUDGET): T[][] {
  const envelope = jsonBytes({ vectors: [], namespace });
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = envelope;
  for (const record of records) {
    const size = jsonBytes(record);
    // +1 for the comma between records.
    if (current.length > 0 && (current.length >= maxRecords || bytes + 1 + size > byteBudget)) {
      batches.push(current);
      current = [];
      bytes = envelope;
    }
    bytes += (current.length > 0 ? 1 : 0) + size;
    current.push(record);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** A query match back as a ChunkHit, or null when its metadata is not Docent's (never shown to the user). */
export function hitFromMatch(match: { id: string; score?: number; metadata?: Record<string, unknown> }): ChunkHit | null {
  const m = match.metadata;
  if (!m || typeof m.sid !== 'string' || typeof m.fileId !== 'string' || typeof m.text !== 'string') return null;
  const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
  const page = num(m.page, 0);
  return {
    sid: m.sid,
    fileId: m.fileId,
    fileName: typeof m.fileName === 'string' ? m.fileName : '',
    chunk: num(m.chunk, 0),
    page,
    pageEnd: num(m.pageEnd, page),
    start: num(m.start, 0),
    end: num(m.end, 0),
    text: m.text,
    score: match.score ?? 0,
  };
}
