// Reads what Docent needs from a GGUF file before accepting it as a chat model: its architecture, name, licence,
// trained context length and the shapes that size its KV cache, and checks that the file is whole (its tensor data
// reaches as far as the header says). Written here rather than taken from node-llama-cpp's readGgufFileInfo because that
// reader treats bytes past the end of a cut-off file as zeros and returns garbage instead of failing, and a truncated
// download or copy is exactly what an import must refuse; this reader checks every length against the file's size.
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export class GgufError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${path.basename(file)}: ${message}`);
    this.name = 'GgufError';
  }
}

export interface GgufSummary {
  version: number;
  architecture: string;
  name?: string;
  licence?: string;
  /** Tokens the model was trained for (`<arch>.context_length`). */
  contextLength?: number;
  blockCount?: number;
  embeddingLength?: number;
  headCount?: number;
  headCountKv?: number;
  keyLength?: number;
  hasChatTemplate: boolean;
  tensorCount: number;
  fileSize: number;
}

/** ggml's block size and bytes per block for the tensor types whose layout is fixed; others are checked by offset only. */
const TYPE_LAYOUT: Record<number, [block: number, bytes: number]> = {
  0: [1, 4], // F32
  1: [1, 2], // F16
  2: [32, 18], // Q4_0
  3: [32, 20], // Q4_1
  6: [32, 22], // Q5_0
  7: [32, 24], // Q5_1
  8: [32, 34], // Q8_0
  9: [32, 36], // Q8_1
  10: [256, 84], // Q2_K
  11: [256, 110], // Q3_K
  12: [256, 144], // Q4_K
  13: [256, 176], // Q5_K
  14: [256, 210], // Q6_K
  15: [256, 292], // Q8_K
  20: [32, 18], // IQ4_NL
  23: [256, 136], // IQ4_XS
  24: [1, 1], // I8
  25: [1, 2], // I16
  26: [1, 4], // I32
  27: [1, 8], // I64
  28: [1, 8], // F64
  30: [1, 2], // BF16
};

const WANTED = ['general.architecture', 'general.name', 'general.license', 'general.alignment', 'tokenizer.chat_template'];
const ARCH_KEYS = ['context_length', 'block_count', 'embedding_length', 'attention.head_count', 'attention.head_count_kv', 'attention.key_length'];

/** Reads and checks a GGUF file's header; throws a GgufError naming the file and the problem. */
export async function readGgufSummary(file: string): Promise<GgufSummary> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new GgufError(file, `cannot be opened (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    const fileSize = (await handle.stat()).size;
    const reader = new BoundedReader(handle, fileSize, file);
    const magic = (await reader.bytes(4)).toString('latin1');
    if (magic !== 'GGUF') throw new GgufError(file, `is not a GGUF model file (it starts with ${JSON.stringify(magic)}, not "GGUF")`);
    const version = await reader.u32();
    if (version !== 2 && version !== 3) throw new GgufError(file, `uses GGUF version ${version}; versions 2 and 3 are supported`);
    const tensorCount = Number(await reader.u64());
    const kvCount = Number(await reader.u64());
    if (tensorCount > 1_000_000 || kvCount > 1_000_000) throw new GgufError(file, 'has an impossible header (it is damaged or not a GGUF file)');

    const metadata = new Map<string, unknown>();
    for (let i = 0; i < kvCount; i++) {
      const key = await reader.string();
      const type = await reader.u32();
      const keep = WANTED.includes(key) || ARCH_KEYS.some((k) => key.endsWith(`.${k}`));
      const value = await reader.value(type, keep);
      if (keep) metadata.set(key, value);
    }
    const architecture = metadata.get('general.architecture');
    if (typeof architecture !== 'string' || !architecture) throw new GgufError(file, 'has no general.architecture: it does not describe a model');
    const arch = (key: string) => {
      const v = metadata.get(`${architecture}.${key}`);
      return typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined;
    };

    let dataEnd = 0;
    for (let i = 0; i < tensorCount; i++) {
      await reader.string();
      const dims = await reader.u32();
      if (dims > 8) throw new GgufError(file, 'has a tensor with an impossible shape (it is damaged)');
      let elements = 1;
      for (let d = 0; d < dims; d++) elements *= Number(await reader.u64());
      const type = await reader.u32();
      const offset = Number(await reader.u64());
      const layout = TYPE_LAYOUT[type];
      dataEnd = Math.max(dataEnd, offset + (layout ? Math.ceil(elements / layout[0]) * layout[1] : 1));
    }
    const alignment = Number(metadata.get('general.alignment') ?? 32) || 32;
    const dataStart = Math.ceil(reader.position / alignment) * alignment;
    if (dataStart + dataEnd > fileSize) {
      throw new GgufError(file, `is truncated: its tensors need ${dataStart + dataEnd} bytes but the file has ${fileSize} (an unfinished download or copy?)`);
    }
    return {
      version,
      architecture,
      name: stringOf(metadata.get('general.name')),
      licence: stringOf(metadata.get('general.license')),
      contextLength: arch('context_length'),
      blockCount: arch('block_count'),
      embeddingLength: arch('embedding_length'),
      headCount: arch('attention.head_count'),
      headCountKv: arch('attention.head_count_kv'),
      keyLength: arch('attention.key_length'),
      hasChatTemplate: typeof metadata.get('tokenizer.chat_template') === 'string',
      tensorCount,
      fileSize,
    };
  } finally {
    await handle.close();
  }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : undefined;
}

/** Sequential reads through a buffer, refusing to read past the end of the file. */
class BoundedReader {
  position = 0;
  private buffer = Buffer.alloc(0);
  private bufferStart = 0;

  constructor(
    private readonly handle: FileHandle,
    private readonly size: number,
    private readonly file: string,
  ) {}

  async bytes(n: number): Promise<Buffer> {
    if (n < 0 || this.position + n > this.size) {
      throw new GgufError(this.file, `is truncated: its header ends at byte ${this.size} while reading byte ${this.position + n} (an unfinished download or copy?)`);
    }
    const inBuffer = this.position - this.bufferStart;
    if (inBuffer < 0 || inBuffer + n > this.buffer.length) {
      const length = Math.min(Math.max(n, 1 << 20), this.size - this.position);
      const fresh = Buffer.alloc(length);
      await this.handle.read(fresh, 0, length, this.position);
      this.buffer = fresh;
      this.bufferStart = this.position;
    }
    const start = this.position - this.bufferStart;
    this.position += n;
    return this.buffer.subarray(start, start + n);
  }

  async u32(): Promise<number> {
    return (await this.bytes(4)).readUInt32LE(0);
  }

  async u64(): Promise<bigint> {
    return (await this.bytes(8)).readBigUInt64LE(0);
  }

  async string(): Promise<string> {
    const length = Number(await this.u64());
    if (length > 64 * 1024 * 1024) throw new GgufError(this.file, 'has an impossible string length (it is damaged)');
    return (await this.bytes(length)).toString('utf8');
  }

  /** Reads one metadata value of GGUF type `type`; returns it when `keep`, else skips it. */
  async value(type: number, keep: boolean): Promise<unknown> {
    const fixed: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
    if (type === 8) return this.string();
    if (type === 9) {
      const itemType = await this.u32();
      const count = Number(await this.u64());
      if (count > 100_000_000) throw new GgufError(this.file, 'has an impossible array length (it is damaged)');
      if (itemType in fixed) {
        await this.bytes(fixed[itemType] * count);
        return undefined;
      }
      for (let i = 0; i < count; i++) await this.value(itemType, false);
      return undefined;
    }
    const size = fixed[type];
    if (size === undefined) throw new GgufError(this.file, `has a metadata value of unknown type ${type} (it is damaged or from a newer GGUF version)`);
    const b = await this.bytes(size);
    if (!keep) return undefined;
    switch (type) {
      case 0:
        return b.readUInt8(0);
      case 1:
        return b.readInt8(0);
      case 2:
        return b.readUInt16LE(0);
      case 3:
        return b.readInt16LE(0);
      case 4:
        return b.readUInt32LE(0);
      case 5:
        return b.readInt32LE(0);
      case 6:
        return b.readFloatLE(0);
      case 7:
        return b.readUInt8(0) !== 0;
      case 10:
        return b.readBigUInt64LE(0);
      case 11:
        return b.readBigInt64LE(0);
      default:
        return b.readDoubleLE(0);
    }
  }
}
