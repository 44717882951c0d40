// Reads the safetensors format by hand: 8-byte little-endian header length, a JSON header naming each tensor's dtype,
// shape and byte range, then the raw little-endian data. Small and fully specified, so no dependency is needed.
import { readFile } from 'node:fs/promises';

export interface Tensor {
  name: string;
  dtype: string;
  shape: number[];
  /** Values widened to float32 (float formats) or kept as integers (int formats, e.g. a token→row mapping). */
  data: Float32Array | Int32Array;
}

const BYTES: Record<string, number> = { F32: 4, F16: 2, BF16: 2, F64: 8, I64: 8, I32: 4, I16: 2, I8: 1, U8: 1 };

export class SafetensorsError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'SafetensorsError';
  }
}

export async function readSafetensors(file: string): Promise<Map<string, Tensor>> {
  return parseSafetensors(await readFile(file), file);
}

/** Parses a whole safetensors file. `file` only names the source in error messages. */
export function parseSafetensors(buf: Buffer, file = 'safetensors'): Map<string, Tensor> {
  if (buf.length < 8) throw new SafetensorsError(file, 'too short to be a safetensors file');
  const headerLength = Number(buf.readBigUInt64LE(0));
  if (headerLength <= 0 || 8 + headerLength > buf.length) {
    throw new SafetensorsError(file, `header length ${headerLength} does not fit in a file of ${buf.length} bytes`);
  }
  let header: Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] } | Record<string, string>>;
  try {
    header = JSON.parse(buf.subarray(8, 8 + headerLength).toString('utf8'));
  } catch (error) {
    throw new SafetensorsError(file, `header is not valid JSON (${(error as Error).message})`);
  }
  const dataStart = 8 + headerLength;
  const tensors = new Map<string, Tensor>();
  for (const [name, entry] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    const { dtype, shape, data_offsets } = entry as { dtype: string; shape: number[]; data_offsets: [number, number] };
    const width = BYTES[dtype];
    if (!width) throw new SafetensorsError(file, `tensor "${name}" has unsupported dtype ${dtype}`);
    if (!Array.isArray(shape) || !Array.isArray(data_offsets) || data_offsets.length !== 2) {
      throw new SafetensorsError(file, `tensor "${name}" has a malformed header entry`);
    }
    const count = shape.reduce((a, b) => a * b, 1);
    const [from, to] = data_offsets;
    if (to - from !== count * width || dataStart + to > buf.length || from < 0) {
      throw new SafetensorsError(file, `tensor "${name}" (${dtype} ${JSON.stringify(shape)}) has byte range ${from}–${to} that does not match its shape or the file size`);
    }
    tensors.set(name, { name, dtype, shape, data: decode(buf, dataStart + from, count, dtype) });
  }
  return tensors;
}

function decode(buf: Buffer, offset: number, count: number, dtype: string): Float32Array | Int32Array {
  const view = new DataView(buf.buffer, buf.byteOffset + offset, count * BYTES[dtype]);
  switch (dtype) {
    case 'F32': {
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getFloat32(i * 4, true);
      return out;
    }
    case 'F64': {
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getFloat64(i * 8, true);
      return out;
    }
    case 'F16': {
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = halfToFloat(view.getUint16(i * 2, true));
      return out;
    }
    case 'BF16': {
      const out = new Float32Array(count);
      const word = new Uint32Array(1);
      const asFloat = new Float32Array(word.buffer);
      for (let i = 0; i < count; i++) {
        word[0] = view.getUint16(i * 2, true) << 16;
        out[i] = asFloat[0];
      }
      return out;
    }
    case 'I64': {
      const out = new Int32Array(count);
      for (let i = 0; i < count; i++) out[i] = Number(view.getBigInt64(i * 8, true));
      return out;
    }
    case 'I32': {
      const out = new Int32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getInt32(i * 4, true);
      return out;
    }
    case 'I16': {
      const out = new Int32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getInt16(i * 2, true);
      return out;
    }
    case 'I8': {
      const out = new Int32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getInt8(i);
      return out;
    }
    default: {
      const out = new Int32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getUint8(i);
      return out;
    }
  }
}

/** IEEE 754 half precision → number (subnormals, infinities and NaN included). */
export function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >> 10) & 0x1f;
  const fraction = h & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 31) return fraction ? NaN : sign * Infinity;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

/** number → IEEE 754 half precision (round to nearest); used by tests to write float16 models. */
export function floatToHalf(value: number): number {
  const f32 = new Float32Array([value]);
  const bits = new Uint32Array(f32.buffer)[0];
  const sign = (bits >> 16) & 0x8000;
  const exponent = ((bits >> 23) & 0xff) - 127 + 15;
  let mantissa = bits & 0x7fffff;
  if (exponent <= 0) {
    if (exponent < -10) return sign;
    mantissa = (mantissa | 0x800000) >> (1 - exponent);
    return sign | ((mantissa + 0x1000) >> 13);
  }
  if (exponent >= 31) return sign | 0x7c00;
  const rounded = (exponent << 10) | (mantissa >> 13);
  return sign | (rounded + ((mantissa >> 12) & 1));
}

/** Builds a safetensors file (F32, F16 or I32/I64 tensors). Used by tests and tools that write small models. */
export function encodeSafetensors(tensors: Array<{ name: string; dtype: 'F32' | 'F16' | 'I32' | 'I64'; shape: number[]; values: ArrayLike<number> }>): Buffer {
  const header: Record<string, unknown> = {};
  const parts: Buffer[] = [];
  let offset = 0;
  for (const t of tensors) {
    const width = BYTES[t.dtype];
    const part = Buffer.alloc(t.values.length * width);
    for (let i = 0; i < t.values.length; i++) {
      const x = t.values[i];
      if (t.dtype === 'F32') part.writeFloatLE(x, i * 4);
      else if (t.dtype === 'F16') part.writeUInt16LE(floatToHalf(x), i * 2);
      else if (t.dtype === 'I32') part.writeInt32LE(x, i * 4);
      else part.writeBigInt64LE(BigInt(x), i * 8);
    }
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + part.length] };
    parts.push(part);
    offset += part.length;
  }
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  // The format asks for the data to start 8-byte aligned; pad the header with spaces.
  const pad = (8 - ((8 + json.length) % 8)) % 8;
  json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(json.length));
  return Buffer.concat([length, json, ...parts]);
}
