// The chunk table's Arrow schema, and the conversions between ChunkRecord / ChunkHit and its rows.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as Arrow from 'apache-arrow';
import { recordId } from '../../../shared/ids';
import { checkedFileId, checkedSid } from './lancedb-filter';
import type { ChunkHit, ChunkRecord } from './vector-store';

// LanceDB `require`s apache-arrow's CommonJS build; an ES `import` would give the ES build, whose classes LanceDB
// does not recognize (it then rebuilds the table and fails on "schemas must be equivalent"). Share its instance.
const { DataType, Field, FixedSizeList, Float32, Int32, makeData, RecordBatch, Schema, Struct, Table, Utf8 } = createRequire(import.meta.url)(
  'apache-arrow',
) as typeof Arrow;
type Schema = Arrow.Schema;
type Table = Arrow.Table;
type Data<T extends Arrow.DataType = Arrow.DataType> = Arrow.Data<T>;

/**
 * Text columns are stored uncompressed (Lance would otherwise FSST-compress them). That costs disk space, but it
 * makes erasure checkable: a byte search of the data dir finds a chunk's text while it exists and proves it gone
 * after `purgeDeleted`, which compressed storage would not let anyone (tests, auditors, users) verify.
 */
const PLAIN = new Map([['lance-encoding:compression', 'none']]);

export const INT_COLUMNS = ['chunk', 'page', 'pageEnd', 'start', 'end'] as const;
/** Every column but the vector: what queries read back. */
export const HIT_COLUMNS = ['id', 'sid', 'fileId', 'fileName', ...INT_COLUMNS, 'text'];

export function chunkSchema(dimension: number): Schema {
  return new Schema([
    new Field('id', new Utf8(), false),
    new Field('sid', new Utf8(), false),
    new Field('fileId', new Utf8(), false),
    new Field('fileName', new Utf8(), false, PLAIN),
    ...INT_COLUMNS.map((name) => new Field(name, new Int32(), false)),
    new Field('text', new Utf8(), false, PLAIN),
    new Field('vector', new FixedSizeList(dimension, new Field('item', new Float32(), true)), false),
  ]);
}

/** The fixed vector length of an existing table. */
export function dimensionOf(schema: Schema): number {
  const type = schema.fields.find((field) => field.name === 'vector')?.type;
  if (!type || !DataType.isFixedSizeList(type)) throw new Error('LanceDB: table has no fixed-size "vector" column; it was not made by Docent');
  return type.listSize;
}

/** Embedder ids (`openai:text-embedding-3-small`) become table names; a hash keeps two ids that clean up alike apart. */
export function tableNameFor(embedderId: string): string {
  if (typeof embedderId !== 'string' || embedderId.length === 0) throw new Error('LanceDB: the table (embedder id) is empty');
  const clean = embedderId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80);
  if (clean === embedderId) return clean;
  return `${clean}-${createHash('sha256').update(embedderId).digest('hex').slice(0, 8)}`;
}

function describe(record: ChunkRecord | undefined, index: number): string {
  return `chunk ${index} (${record?.fileName ?? '?'} #${record?.chunk ?? '?'})`;
}

/** Checks a batch before it touches the table, naming the file and chunk at fault. Returns the batch's dimension. */
export function validateBatch(records: readonly ChunkRecord[]): number {
  if (!Array.isArray(records)) throw new TypeError('LanceDB upsert: records must be an array');
  const dimension = records[0]?.vector?.length ?? 0;
  if (dimension === 0) throw new Error(`LanceDB upsert: ${describe(records[0], 0)} has no vector`);
  const ids = new Set<string>();
  records.forEach((record, index) => {
    const where = describe(record, index);
    checkedSid(record.sid);
    checkedFileId(record.fileId);
    if (typeof record.fileName !== 'string') throw new Error(`LanceDB upsert: ${where} has no file name`);
    if (typeof record.text !== 'string') throw new Error(`LanceDB upsert: ${where} has no text`);
    for (const column of INT_COLUMNS) {
      const value = record[column];
      if (!Number.isInteger(value) || value < -(2 ** 31) || value >= 2 ** 31) {
        throw new Error(`LanceDB upsert: ${where} has ${column} = ${String(value)}, not a 32-bit integer`);
      }
    }
    if (record.chunk < 0) throw new Error(`LanceDB upsert: ${where} has a negative chunk number`);
    if (record.vector?.length !== dimension) {
      throw new Error(`LanceDB upsert: ${where} has a ${record.vector?.length ?? 0}-dimensional vector; the batch's first has ${dimension}`);
    }
    for (let i = 0; i < dimension; i++) {
      if (!Number.isFinite(record.vector[i])) throw new Error(`LanceDB upsert: ${where} has a non-finite vector component at ${i}`);
    }
    const id = recordId(record.sid, record.fileId, record.chunk);
    if (ids.has(id)) throw new Error(`LanceDB upsert: ${where} repeats record id ${id} within one batch`);
    ids.add(id);
  });
  return dimension;
}

const encoder = new TextEncoder();

function utf8Data(values: string[]): Data<Arrow.Utf8> {
  const encoded = values.map((value) => encoder.encode(value));
  const valueOffsets = new Int32Array(values.length + 1);
  let total = 0;
  encoded.forEach((bytes, i) => {
    total += bytes.length;
    valueOffsets[i + 1] = total;
  });
  const data = new Uint8Array(total);
  encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]));
  return makeData({ type: new Utf8(), length: values.length, nullCount: 0, valueOffsets, data });
}

/**
 * Builds the Arrow table column by column: several times faster than letting LanceDB infer it from objects.
 * `unitVectors`: each vector is scaled to length 1 (a zero vector stays zero), so a dot product ranks rows as cosine
 * similarity does.
 */
export function toArrowTable(records: readonly ChunkRecord[], schema: Schema, options: { unitVectors?: boolean } = {}): Table {
  const n = records.length;
  const dimension = dimensionOf(schema);
  const flat = new Float32Array(n * dimension);
  records.forEach((record, i) => flat.set(options.unitVectors ? unitVector(record.vector) : record.vector, i * dimension));
  const ints = (column: (typeof INT_COLUMNS)[number]) =>
    makeData({ type: new Int32(), length: n, nullCount: 0, data: Int32Array.from(records, (record) => record[column]) });
  const vectorType = schema.fields.find((field) => field.name === 'vector')!.type as Arrow.FixedSizeList<Arrow.Float32>;
  const children: Data[] = [
    utf8Data(records.map((record) => recordId(record.sid, record.fileId, record.chunk))),
    utf8Data(records.map((record) => record.sid)),
    utf8Data(records.map((record) => record.fileId)),
    utf8Data(records.map((record) => record.fileName)),
    ...INT_COLUMNS.map(ints),
    utf8Data(records.map((record) => record.text)),
    makeData({
      type: vectorType,
      length: n,
      nullCount: 0,
      child: makeData({ type: new Float32(), length: n * dimension, nullCount: 0, data: flat }),
    }),
  ];
  const batch = new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: n, nullCount: 0, children }));
  return new Table([batch]);
}

/** `vector` scaled to length 1; a zero vector is returned as it is. */
export function unitVector(vector: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(vector);
  let norm = 0;
  for (let i = 0; i < out.length; i++) norm += out[i] * out[i];
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < out.length; i++) out[i] *= scale;
  }
  return out;
}

export function hitFromRow(row: Record<string, unknown>, score: number): ChunkHit {
  return {
    sid: String(row.sid),
    fileId: String(row.fileId),
    fileName: String(row.fileName),
    chunk: Number(row.chunk),
    page: Number(row.page),
    pageEnd: Number(row.pageEnd),
    start: Number(row.start),
    end: Number(row.end),
    text: String(row.text),
    score,
  };
}
