// The benchmark configurations of the installed local models (bench-app.ts benchConfigs): with DOCENT_MODELS_DIR set to
// a models folder holding real installed models (`<id>/manifest.json` + files, as `docent models` installs them),
// each ONNX embedder alone, each reranker over the offline default, and each embedder with each reranker.
import { existsSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE, ModelManifestSchema, type ModelManifest } from '../electron/app/models/manifest';
import type { BenchConfig } from './bench-app';

export function benchModelsDir(): string | undefined {
  return process.env.DOCENT_MODELS_DIR || undefined;
}

/** The installed ONNX models of DOCENT_MODELS_DIR (read synchronously: configurations are listed up front). */
export function installedOnnxModels(): ModelManifest[] {
  const dir = benchModelsDir();
  if (!dir || !existsSync(dir)) return [];
  const models: ModelManifest[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name, MANIFEST_FILE);
    if (!existsSync(file)) continue;
    const parsed = ModelManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success && parsed.data.format === 'onnx' && parsed.data.id === name) models.push(parsed.data);
  }
  return models;
}

export function modelBenchConfigs(): BenchConfig[] {
  const models = installedOnnxModels();
  const embedders = models.filter((m) => m.role === 'embed');
  const rerankers = models.filter((m) => m.role === 'rerank');
  const configs: BenchConfig[] = [];
  for (const e of [undefined, ...embedders]) {
    const embeddings = e ? { embeddings: { provider: 'onnx' as const, onnxModel: e.id } } : {};
    if (e) configs.push({ label: e.id, settings: embeddings });
    for (const r of rerankers) configs.push({ label: `${e?.id ?? 'offline default'} + ${r.id}`, settings: { ...embeddings, rerank: { model: r.id } } });
  }
  return configs;
}

/** Makes the benchmark models visible in a fresh data folder, where the app looks for installed models. */
export function linkBenchModels(dataDir: string): void {
  const dir = benchModelsDir();
  if (dir) symlinkSync(path.resolve(dir), path.join(dataDir, 'models'), 'dir');
}
