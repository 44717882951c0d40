// The models Docent offers to download (resources/models/catalog.json, shipped with the app). Each entry pins its files to
// a repository revision (a commit id, so the bytes never change) and gives every file's sha256 where it could be
// confirmed, or "server" where the download must be verified against the digest the server publishes (see download.ts).
// The file is validated at load: a malformed catalog is a packaging bug and fails loudly, naming the entry.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ModelFileSchema, ModelFormatSchema, ModelIdSchema, ModelRoleSchema } from './manifest';

export const HUGGING_FACE = 'https://huggingface.co';

const CatalogFileSchema = z
  .object({
    path: ModelFileSchema.shape.path,
    /** Bytes, where confirmed; otherwise the server's announced size is used (and the digest still decides). */
    size: z.number().int().positive().optional(),
    sha256: z.union([z.string().regex(/^[0-9a-f]{64}$/), z.literal('server')]),
  })
  .strict();
export type CatalogFile = z.infer<typeof CatalogFileSchema>;

export const CatalogModelSchema = z
  .object({
    id: ModelIdSchema,
    role: ModelRoleSchema,
    format: ModelFormatSchema,
    name: z.string().min(1).max(200),
    /** The chat model offered first (one click near the chat when none is installed). */
    suggested: z.boolean().optional(),
    licence: z.string().min(1).max(200),
    licenceUrl: z.url().optional(),
    /** Hugging Face layout: `<base>/<repo>/resolve/<revision>/<path>`; base is https://huggingface.co or the mirror. */
    source: z
      .object({
        repo: z.string().regex(/^[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+$/),
        revision: z.string().regex(/^[0-9a-f]{40}$/, 'a revision is a full commit id, so the files cannot change under it'),
      })
      .strict(),
    files: z.array(CatalogFileSchema).min(1),
    contextLength: z.number().int().positive(),
    memoryBytes: z.number().int().positive(),
    dimension: z.number().int().positive().optional(),
    pooling: z.enum(['cls', 'mean']).optional(),
    prefixes: z.object({ query: z.string().max(200), passage: z.string().max(200) }).strict().optional(),
    /**
     * Rerankers: how many passages it reads when chosen (the setting rerank.depth, which the user may change after).
     * Its cost grows with the depth and the model's size: this depth keeps the time it adds to a question within 1 s
     * p95 on a 2-core CPU (`npm run bench -- onnx`).
     */
    rerankDepth: z.number().int().min(1).max(200).optional(),
    /** Where each size and digest was confirmed (for maintainers; not shown in the window). */
    confirmedBy: z.string().max(1000).optional(),
  })
  .strict()
  .superRefine((model, ctx) => {
    if (model.role === 'embed' && model.format === 'onnx' && (!model.dimension || !model.pooling)) {
      ctx.addIssue({ code: 'custom', message: `${model.id}: an ONNX embedder needs its dimension and pooling` });
    }
    if (model.role === 'chat' && model.format !== 'gguf') ctx.addIssue({ code: 'custom', message: `${model.id}: chat models are GGUF files` });
    if (model.rerankDepth !== undefined && model.role !== 'rerank') ctx.addIssue({ code: 'custom', message: `${model.id}: only a reranker has a rerank depth` });
    const paths = model.files.map((f) => f.path);
    if (new Set(paths).size !== paths.length) ctx.addIssue({ code: 'custom', message: `${model.id}: a file is listed twice` });
  });
export type CatalogModel = z.infer<typeof CatalogModelSchema>;

export const CatalogSchema = z
  .object({
    version: z.literal(1),
    notes: z.array(z.string()),
    models: z.array(CatalogModelSchema),
  })
  .strict()
  .superRefine((catalog, ctx) => {
    const ids = catalog.models.map((m) => m.id);
    for (const id of ids.filter((id, i) => ids.indexOf(id) !== i)) ctx.addIssue({ code: 'custom', message: `model id ${id} is listed twice` });
    const suggested = catalog.models.filter((m) => m.suggested);
    if (suggested.some((m) => m.role !== 'chat') || suggested.length > 1) {
      ctx.addIssue({ code: 'custom', message: 'at most one model is suggested, and it is a chat model' });
    }
  });
export type Catalog = z.infer<typeof CatalogSchema>;

/** Reads and validates a catalog file; the error names the file and the first problem. */
export async function loadCatalog(file: string): Promise<Catalog> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`the model catalog ${file} could not be read: ${(error as Error).message}`);
  }
  const parsed = CatalogSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`the model catalog ${file} is not valid: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Where a catalog file is fetched from: the mirror (when set) takes Hugging Face's place, with the same layout. */
export function fileUrl(model: CatalogModel, file: CatalogFile, mirror = ''): string {
  const base = (mirror || HUGGING_FACE).replace(/\/+$/, '');
  const filePath = file.path.split('/').map(encodeURIComponent).join('/');
  return `${base}/${model.source.repo}/resolve/${model.source.revision}/${filePath}`;
}

/** The page users can read about the model (always the real hub, never the mirror). */
export function modelPageUrl(model: CatalogModel): string {
  return `${HUGGING_FACE}/${model.source.repo}/tree/${model.source.revision}`;
}
