// Writes small but well-formed GGUF files (version 3: header, metadata, tensor infos, aligned F32 tensor data), for
// tests of code that reads GGUF headers: model import, truncation checks. Not a model llama.cpp can run (the model
// runtime's tests write their own); enough for everything that only reads the file's structure.
import { writeFile } from 'node:fs/promises';

type MetadataValue = string | number | boolean | bigint | string[];

const TYPE = { UINT32: 4, FLOAT32: 6, BOOL: 7, STRING: 8, ARRAY: 9, UINT64: 10 } as const;

export interface GgufSpec {
  metadata: Record<string, MetadataValue>;
  /** F32 tensors: name and shape; their values are 0.5. */
  tensors: Array<{ name: string; shape: number[] }>;
}

export function encodeGguf(spec: GgufSpec): Buffer {
  const parts: Buffer[] = [];
  const u32 = (v: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    parts.push(b);
  };
  const u64 = (v: number | bigint) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    parts.push(b);
  };
  const str = (s: string) => {
    const bytes = Buffer.from(s, 'utf8');
    u64(bytes.length);
    parts.push(bytes);
  };
  parts.push(Buffer.from('GGUF', 'ascii'));
  u32(3);
  u64(spec.tensors.length);
  u64(Object.keys(spec.metadata).length);
  for (const [key, value] of Object.entries(spec.metadata)) {
    str(key);
    if (typeof value === 'string') {
      u32(TYPE.STRING);
      str(value);
    } else if (typeof value === 'boolean') {
      u32(TYPE.BOOL);
      parts.push(Buffer.from([value ? 1 : 0]));
    } else if (typeof value === 'bigint') {
      u32(TYPE.UINT64);
      u64(value);
    } else if (Array.isArray(value)) {
      u32(TYPE.ARRAY);
      u32(TYPE.STRING);
      u64(value.length);
      for (const item of value) str(item);
    } else if (Number.isInteger(value)) {
      u32(TYPE.UINT32);
      u32(value);
    } else {
      u32(TYPE.FLOAT32);
      const b = Buffer.alloc(4);
      b.writeFloatLE(value);
      parts.push(b);
    }
  }
  const alignment = 32;
  let offset = 0;
  const sizes: number[] = [];
  for (const tensor of spec.tensors) {
    str(tensor.name);
    u32(tensor.shape.length);
    for (const d of tensor.shape) u64(d);
    u32(0); // GGML_TYPE_F32
    u64(offset);
    const size = tensor.shape.reduce((a, b) => a * b, 1) * 4;
    sizes.push(size);
    offset += Math.ceil(size / alignment) * alignment;
  }
  const header = Buffer.concat(parts);
  const padded = Math.ceil(header.length / alignment) * alignment;
  const data = Buffer.alloc(offset);
  let at = 0;
  sizes.forEach((size) => {
    for (let i = 0; i < size; i += 4) data.writeFloatLE(0.5, at + i);
    at += Math.ceil(size / alignment) * alignment;
  });
  return Buffer.concat([header, Buffer.alloc(padded - header.length), data]);
}

/** A small llama-architecture GGUF with a name, a context length and a chat template. */
export function tinyLlamaGguf(name = 'Tiny Test Llama', contextLength = 4096): Buffer {
  return encodeGguf({
    metadata: {
      'general.architecture': 'llama',
      'general.name': name,
      'general.license': 'apache-2.0',
      'llama.context_length': contextLength,
      'llama.embedding_length': 16,
      'llama.block_count': 1,
      'llama.attention.head_count': 1,
      'llama.attention.head_count_kv': 1,
      'tokenizer.chat_template': '{% for m in messages %}{{ m.content }}{% endfor %}',
    },
    tensors: [
      { name: 'token_embd.weight', shape: [16, 32] },
      { name: 'output_norm.weight', shape: [16] },
    ],
  });
}

export async function writeTinyGguf(file: string, bytes = tinyLlamaGguf()): Promise<Buffer> {
  await writeFile(file, bytes);
  return bytes;
}
