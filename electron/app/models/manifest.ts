// The on-disk contract of an installed model (DESIGN.md §7): one folder `<data>/models/<id>/` holding the model's files
// and `manifest.json`. A folder is only ever renamed into place once every file's digest matched, so a manifest that
// parses names a complete model. The model manager writes manifests; the runtimes (llama.cpp for chat, transformers.js
// for embedders and rerankers) only read them.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { MODEL_ID_PATTERN } from '../../../shared/ids';

export { MODEL_ID_PATTERN };
export const ModelIdSchema = z.string().regex(MODEL_ID_PATTERN, 'a model id uses a-z, 0-9, ".", "_" and "-" (at most 100)');

export const ModelRoleSchema = z.enum(['chat', 'embed', 'rerank']);
export type ModelRole = z.infer<typeof ModelRoleSchema>;

/** gguf: one llama.cpp file; onnx: a transformers.js folder (config, tokenizer, onnx/…); model2vec: a static embedder. */
export const ModelFormatSchema = z.enum(['gguf', 'onnx', 'model2vec']);
export type ModelFormat = z.infer<typeof ModelFormatSchema>;

export const ModelFileSchema = z.object({
  /** Relative to the model's folder, forward slashes, no `..`. */
  path: z.string().min(1).max(300).refine((p) => !p.split('/').includes('..') && !p.startsWith('/'), 'a model file path stays inside its folder'),
  size: z.number().int().nonnegative(),
  /** Verified at install: from the catalog, or the server's published digest when the catalog could not know it. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const ModelManifestSchema = z.object({
  version: z.literal(1),
  id: ModelIdSchema,
  role: ModelRoleSchema,
  format: ModelFormatSchema,
  /** Shown to users: "Qwen2.5 1.5B Instruct (Q4_K_M)". */
  name: z.string().min(1).max(200),
  files: z.array(ModelFileSchema).min(1),
  /** `catalog` (downloaded) or `import` (the user's own file or folder). */
  source: z.enum(['catalog', 'import']),
  /** Where the files came from (URL of the catalog entry, or the imported path), for the user's information. */
  origin: z.string().max(2000).optional(),
  licence: z.string().max(200).optional(),
  /** Chat models: the context window the runtime is given (tokens). Embedders and rerankers: their max input tokens. */
  contextLength: z.number().int().positive().optional(),
  /** Memory the model needs when loaded, in bytes (checked against free memory before loading). */
  memoryBytes: z.number().int().positive().optional(),
  /** Embedders: vector length, pooling and the prefixes the model expects before queries and passages. */
  dimension: z.number().int().positive().optional(),
  pooling: z.enum(['cls', 'mean']).optional(),
  prefixes: z.object({ query: z.string().max(200), passage: z.string().max(200) }).optional(),
  installedAt: z.string(),
});
export type ModelManifest = z.infer<typeof ModelManifestSchema>;

export const MANIFEST_FILE = 'manifest.json';

export function modelsDir(dataDir: string): string {
  return path.join(dataDir, 'models');
}

/** The folder of an installed model. The id is validated before it touches a path. */
export function installedModelDir(dataDir: string, id: string): string {
  ModelIdSchema.parse(id);
  return path.join(modelsDir(dataDir), id);
}

/** The manifest of an installed model, or undefined when it is not installed (or its manifest is unreadable). */
export async function readInstalledModel(dataDir: string, id: string): Promise<ModelManifest | undefined> {
  if (!MODEL_ID_PATTERN.test(id)) return undefined;
  try {
    const manifest = ModelManifestSchema.parse(JSON.parse(await readFile(path.join(installedModelDir(dataDir, id), MANIFEST_FILE), 'utf8')));
    return manifest.id === id ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** Every installed model (folders whose manifest parses), by id. Partial downloads live in `.partial/` and are never listed. */
export async function listInstalledModels(dataDir: string): Promise<ModelManifest[]> {
  const names = await readdir(modelsDir(dataDir)).catch(() => [] as string[]);
  const manifests = await Promise.all(names.filter((n) => MODEL_ID_PATTERN.test(n)).map((n) => readInstalledModel(dataDir, n)));
  return manifests.filter((m): m is ModelManifest => m !== undefined).sort((a, b) => a.id.localeCompare(b.id));
}
