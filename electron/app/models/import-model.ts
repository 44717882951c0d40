// Installs a model the user already has: a GGUF file (a chat model, as LM Studio and Ollama users keep them) or a
// folder holding an ONNX model (transformers.js layout: config.json, tokenizer.json, onnx/*.onnx) or a Model2Vec model.
// The files are checked first (a GGUF must be whole), then copied into `.partial/` with their sha256 computed on the way,
// then renamed into place with a manifest, like a download: the user's original is never touched or moved.
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { copyAndHash } from '../ingest/copy-and-hash';
import { readGgufSummary, type GgufSummary } from './gguf-header';
import { MANIFEST_FILE, MODEL_ID_PATTERN, ModelManifestSchema, listInstalledModels, modelsDir, type ModelManifest } from './manifest';
import { partialRoot } from './partial-store';
import { DiskSpaceError, defaultFreeBytes, installFolder } from './pull-model';

export class ImportError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface ImportOptions {
  dataDir: string;
  /** The file or folder chosen by the user (in the app: from the main process's own open dialog). */
  source: string;
  freeBytes?(dir: string): Promise<number>;
}

/** The context Docent gives an imported chat model: its trained length, capped as for catalog models. */
export const IMPORTED_CHAT_CONTEXT = 8192;
const COMPUTE_RESERVE = 512 * 1024 * 1024;

interface PlannedImport {
  manifest: Omit<ModelManifest, 'version' | 'id' | 'files' | 'installedAt' | 'source'>;
  /** Relative path in the model folder → the user's file. */
  files: Map<string, string>;
  baseName: string;
}

export async function importModel(options: ImportOptions): Promise<ModelManifest> {
  const source = path.resolve(options.source);
  const info = await stat(source).catch(() => {
    throw new ImportError(source, `${source}: no such file or folder`);
  });
  const plan = info.isDirectory() ? await planFolder(source) : await planGguf(source);

  const installed = await listInstalledModels(options.dataDir);
  const id = uniqueId(plan.baseName, new Set(installed.map((m) => m.id)));
  const total = (await Promise.all([...plan.files.values()].map((f) => stat(f).then((s) => s.size)))).reduce((a, b) => a + b, 0);
  await mkdir(partialRoot(options.dataDir), { recursive: true });
  const free = await (options.freeBytes ?? defaultFreeBytes)(modelsDir(options.dataDir));
  if (total + 256 * 1024 * 1024 > free) throw new DiskSpaceError(id, total + 256 * 1024 * 1024, free);

  const staging = path.join(partialRoot(options.dataDir), `import-${randomUUID()}`);
  try {
    const files: ModelManifest['files'] = [];
    for (const [relative, from] of plan.files) {
      const to = path.join(staging, ...relative.split('/'));
      await mkdir(path.dirname(to), { recursive: true });
      // Read once: copied and hashed in the same pass, then given its name in the model's folder.
      const { sha256, size, tempPath } = await copyAndHash(from, path.dirname(to));
      await rename(tempPath, to);
      files.push({ path: relative, sha256, size });
      // A file still being written when it was chosen: the copy must be as whole as the header says.
      if (plan.manifest.format === 'gguf') await readGgufSummary(to).catch((error: Error) => {
        throw new ImportError(source, error.message.replace(path.basename(to), path.basename(from)));
      });
    }
    for (const existing of installed) {
      if (sameFiles(existing.files, files)) throw new ImportError(source, `${path.basename(source)} is already installed as "${existing.name}" (${existing.id})`);
    }
    const manifest = ModelManifestSchema.parse({ ...plan.manifest, version: 1, id, source: 'import', files, installedAt: new Date().toISOString() });
    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
    await installFolder(options.dataDir, id, staging);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function planGguf(file: string): Promise<PlannedImport> {
  const summary = await readGgufSummary(file).catch((error: Error) => {
    throw new ImportError(file, error.message);
  });
  const name = summary.name ?? path.basename(file, path.extname(file));
  return {
    baseName: path.basename(file, path.extname(file)),
    files: new Map([[path.basename(file).replace(/[^A-Za-z0-9._-]+/g, '_') || 'model.gguf', file]]),
    manifest: {
      role: 'chat',
      format: 'gguf',
      name,
      origin: file,
      licence: summary.licence,
      contextLength: Math.min(summary.contextLength ?? IMPORTED_CHAT_CONTEXT, IMPORTED_CHAT_CONTEXT),
      memoryBytes: ggufMemoryEstimate(summary),
    },
  };
}

/** File size + f16 KV cache at the context Docent gives the model + compute buffers (the catalog's formula). */
export function ggufMemoryEstimate(s: GgufSummary): number {
  const context = Math.min(s.contextLength ?? IMPORTED_CHAT_CONTEXT, IMPORTED_CHAT_CONTEXT);
  const headDim = s.keyLength ?? (s.embeddingLength && s.headCount ? s.embeddingLength / s.headCount : 0);
  const kvPerToken = s.blockCount && headDim ? 2 * s.blockCount * (s.headCountKv ?? s.headCount ?? 1) * headDim * 2 : 0;
  return Math.round(s.fileSize + kvPerToken * context + COMPUTE_RESERVE);
}

const OnnxConfigSchema = z.looseObject({
  architectures: z.array(z.string()).optional(),
  model_type: z.string().optional(),
  hidden_size: z.number().int().positive().optional(),
  max_position_embeddings: z.number().int().positive().optional(),
  _name_or_path: z.string().optional(),
});

async function planFolder(dir: string): Promise<PlannedImport> {
  const names = await readdir(dir);
  const has = (n: string) => names.includes(n);
  const baseName = path.basename(dir);
  if (has('model.safetensors') && has('tokenizer.json') && !names.some((n) => n.endsWith('.onnx')) && !has('onnx')) {
    const config = has('config.json') ? await readJson(dir, 'config.json') : {};
    const files = new Map(['model.safetensors', 'tokenizer.json', ...(has('config.json') ? ['config.json'] : [])].map((n) => [n, path.join(dir, n)]));
    const dimension = typeof (config as { hidden_dim?: unknown }).hidden_dim === 'number' ? (config as { hidden_dim: number }).hidden_dim : undefined;
    return { baseName, files, manifest: { role: 'embed', format: 'model2vec', name: baseName, origin: dir, dimension } };
  }
  if (!has('config.json')) {
    throw new ImportError(dir, `${baseName}: not a model folder Docent can import (an ONNX model needs config.json, tokenizer.json and onnx/*.onnx; a Model2Vec model model.safetensors and tokenizer.json)`);
  }
  if (!has('tokenizer.json')) throw new ImportError(dir, `${baseName}: tokenizer.json is missing, so its text cannot be tokenized`);
  const config = OnnxConfigSchema.safeParse(await readJson(dir, 'config.json'));
  if (!config.success) throw new ImportError(dir, `${baseName}: config.json does not describe a model`);

  const files = new Map<string, string>([['config.json', path.join(dir, 'config.json')], ['tokenizer.json', path.join(dir, 'tokenizer.json')]]);
  for (const optional of ['tokenizer_config.json', 'special_tokens_map.json']) if (has(optional)) files.set(optional, path.join(dir, optional));
  // transformers.js reads the graph from onnx/; a folder with the .onnx at its top is installed in that layout.
  const onnxDir = has('onnx') ? path.join(dir, 'onnx') : dir;
  for (const name of await readdir(onnxDir)) {
    if (/\.onnx(_data)?$/.test(name) || /\.onnx\.data$/.test(name)) files.set(`onnx/${name}`, path.join(onnxDir, name));
  }
  if (![...files.keys()].some((k) => k.endsWith('.onnx'))) throw new ImportError(dir, `${baseName}: no .onnx file (looked in ${has('onnx') ? 'onnx/' : 'the folder'})`);

  const isReranker = (config.data.architectures ?? []).some((a) => /ForSequenceClassification$/.test(a));
  const contextLength = Math.min(config.data.max_position_embeddings ?? 512, 512);
  const pooling = isReranker ? undefined : await poolingOf(dir);
  return {
    baseName,
    files,
    manifest: {
      role: isReranker ? 'rerank' : 'embed',
      format: 'onnx',
      name: baseName,
      origin: dir,
      contextLength,
      dimension: isReranker ? undefined : config.data.hidden_size,
      pooling,
    },
  };
}

/** Sentence-Transformers folders say how they pool in 1_Pooling/config.json; without it, mean pooling is assumed. */
async function poolingOf(dir: string): Promise<'cls' | 'mean'> {
  const pooling = (await readJson(dir, '1_Pooling/config.json').catch(() => ({}))) as Record<string, unknown>;
  return pooling.pooling_mode_cls_token === true ? 'cls' : 'mean';
}

async function readJson(dir: string, name: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path.join(dir, name), 'utf8'));
  } catch (error) {
    throw new ImportError(dir, `${path.basename(dir)}/${name}: not readable JSON (${(error as Error).message})`);
  }
}

/** An id from the file or folder name: lower case, a-z0-9._-, unique among installed models. */
export function uniqueId(base: string, taken: Set<string>): string {
  const stem =
    base
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '')
      .slice(0, 90) || 'model';
  let id = stem;
  for (let n = 2; taken.has(id) || !MODEL_ID_PATTERN.test(id); n++) id = `${stem}-${n}`;
  return id;
}

function sameFiles(a: ModelManifest['files'], b: ModelManifest['files']): boolean {
  const key = (files: ModelManifest['files']) => files.map((f) => f.sha256).sort().join(',');
  return key(a) === key(b);
}
