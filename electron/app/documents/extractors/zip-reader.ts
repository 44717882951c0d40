// Reads a ZIP's central directory by hand and unpacks single entries with a hard cap on their output. fflate, given
// an entry whose header understates its size, keeps inflating the whole stream into a buffer of the stated size (a
// 1 GB "20 KB" part costs ~7 s of CPU); jszip (inside mammoth) inflates it all into memory. Node's zlib with
// maxOutputLength stops at the first byte past what the header promised.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** What the central directory declares; never trusted beyond being a cap. */
  originalSize: number;
  localOffset: number;
}

export class ZipReadError extends Error {
  constructor(
    readonly reason: 'damaged' | 'oversize',
    message: string,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function damaged(why: string): never {
  throw new ZipReadError('damaged', why);
}

function view(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

function u64(v: DataView, at: number): number {
  return Number(v.getBigUint64(at, true));
}

/** Every entry of the central directory (ZIP64 sizes and offsets included). */
export function listZipEntries(data: Uint8Array): ZipEntryInfo[] {
  const v = view(data);
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) damaged('no end of central directory');
  let count = v.getUint16(end + 10, true);
  let cdOffset = v.getUint32(end + 16, true);
  if ((count === 0xffff || cdOffset === 0xffffffff) && end >= 20 && v.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const at = u64(v, end - 12);
    if (at + 56 > data.length || v.getUint32(at, true) !== ZIP64_EOCD) damaged('bad ZIP64 end of central directory');
    count = u64(v, at + 32);
    cdOffset = u64(v, at + 48);
  }
  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || v.getUint32(p, true) !== CENTRAL) damaged('central directory entry out of place');
    const flags = v.getUint16(p + 8, true);
    const nameLength = v.getUint16(p + 28, true);
    const extraLength = v.getUint16(p + 30, true);
    const commentLength = v.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength > data.length) damaged('central directory entry runs past the end');
    const entry: ZipEntryInfo = {
      name: decoder.decode(data.subarray(p + 46, p + 46 + nameLength)),
      method: v.getUint16(p + 10, true),
      encrypted: (flags & 1) !== 0,
      compressedSize: v.getUint32(p + 20, true),
      originalSize: v.getUint32(p + 24, true),
      localOffset: v.getUint32(p + 42, true),
    };
    readZip64Extra(v, p + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset saturated at 0xFFFFFFFF live in the ZIP64 extra field, in this order. */
function readZip64Extra(v: DataView, at: number, length: number, entry: ZipEntryInfo): void {
  for (let q = at; q + 4 <= at + length; ) {
    const id = v.getUint16(q, true);
    const size = v.getUint16(q + 2, true);
    if (id === 0x0001) {
      let r = q + 4;
      const take = () => {
        const value = r + 8 <= q + 4 + size ? u64(v, r) : damaged('short ZIP64 extra field');
        r += 8;
        return value;
      };
      if (entry.originalSize === 0xffffffff) entry.originalSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localOffset === 0xffffffff) entry.localOffset = take();
      return;
    }
    q += 4 + size;
  }
}

/**
 * The entry's bytes, never more than its declared size: an entry that unpacks to more is refused as soon as the
 * first byte past it appears (ZipReadError 'oversize').
 */
export function inflateZipEntry(data: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  if (entry.encrypted) damaged(`${entry.name} is encrypted`);
  const v = view(data);
  const at = entry.localOffset;
  if (at + 30 > data.length || v.getUint32(at, true) !== LOCAL) damaged(`${entry.name}: local header out of place`);
  const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
  if (start + entry.compressedSize > data.length) damaged(`${entry.name} runs past the end of the file`);
  const packed = data.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.originalSize) damaged(`${entry.name}: stored sizes disagree`);
    return packed;
  }
  if (entry.method !== 8) damaged(`${entry.name} uses compression method ${entry.method}`);
  try {
    const out = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.originalSize) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ZipReadError('oversize', `${entry.name} unpacks to more than the ${entry.originalSize} bytes its header declares`);
    damaged(`${entry.name} cannot be unpacked (${(err as Error).message})`);
  }
}
