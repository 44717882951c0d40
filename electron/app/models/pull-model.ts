// Downloads a model's files into `.partial/<id>/`, verifies each, writes its manifest and renames the folder into
// `<data>/models/<id>/` in one step, so a model is either installed whole or not listed at all. An interrupted pull
// (connection lost, app closed) keeps what it has and the next pull resumes it, even after a restart.
import { mkdir, rename, rm, statfs, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DownloadError, downloadFile } from './download-file';
import { MANIFEST_FILE, ModelManifestSchema, installedModelDir, modelsDir, readInstalledModel, type ModelManifest } from './manifest';
import { partialBytes, partialDir, partialRoot, readPartialState, removePartial, writePartialState } from './partial-store';
import { TransferRate, type TransferSnapshot } from './transfer-rate';

export interface PlannedFile {
  path: string;
  url: string;
  /** From the catalog; absent = verified against the digest the server publishes. */
  sha256?: string;
  size?: number;
  /** A file the model can do without (a Model2Vec config.json): a 404 leaves it out instead of failing. */
  optional?: boolean;
}

/** Everything a pull needs: the files and the manifest fields of the model once installed. */
export interface PullPlan {
  manifest: Omit<ModelManifest, 'version' | 'files' | 'installedAt' | 'source'>;
  /** Identifies where the files come from (repo@revision, or a base URL): an interrupted pull resumes only the same origin. */
  originKey: string;
  files: PlannedFile[];
}

export interface PullProgress extends TransferSnapshot {
  file: string;
}

export interface PullOptions {
  dataDir: string;
  plan: PullPlan;
  signal?: AbortSignal;
  onProgress?(progress: PullProgress): void;
  /** Free bytes on the disk holding `dir` (fs.statfs by default). */
  freeBytes?(dir: string): Promise<number>;
  /** How often progress is reported at most (ms, default 250). */
  progressIntervalMs?: number;
  retryDelayMs?(attempt: number): number;
}

export class DiskSpaceError extends Error {
  constructor(
    readonly id: string,
    readonly neededBytes: number,
    readonly freeBytes: number,
  ) {
    super(`not enough free disk space to download ${id}: it needs ${formatBytes(neededBytes)} more and the disk has ${formatBytes(freeBytes)} free`);
    this.name = 'DiskSpaceError';
  }
}

/** Space kept free beyond the download itself, so the disk is not filled to the last byte. */
const DISK_RESERVE = 256 * 1024 * 1024;

export async function defaultFreeBytes(dir: string): Promise<number> {
  const s = await statfs(dir);
  return Number(s.bavail) * Number(s.bsize);
}

export async function pullModel(options: PullOptions): Promise<ModelManifest> {
  const { dataDir, plan } = options;
  const id = plan.manifest.id;
  await mkdir(partialRoot(dataDir), { recursive: true });
  const state = await readPartialState(dataDir, id, plan.originKey);
  await writePartialState(dataDir, state);
  const dir = partialDir(dataDir, id);
  await mkdir(dir, { recursive: true });

  const sizeOf = (f: PlannedFile) => f.size ?? state.files[f.path]?.published?.size ?? 0;
  const total = () => plan.files.reduce((n, f) => n + sizeOf(f), 0);
  const have = await partialBytes(dataDir, id);
  const needed = Math.max(0, total() - have);
  const free = await (options.freeBytes ?? defaultFreeBytes)(modelsDir(dataDir));
  if (needed + DISK_RESERVE > free) throw new DiskSpaceError(id, needed + DISK_RESERVE, free);

  const rate = new TransferRate(have, total());
  let lastReport = 0;
  let currentFile = plan.files[0].path;
  const report = (force = false) => {
    const now = performance.now();
    if (!force && now - lastReport < (options.progressIntervalMs ?? 250)) return;
    lastReport = now;
    options.onProgress?.({ ...rate.snapshot(), file: currentFile });
  };
  report(true);

  const absent = new Set<string>();
  for (const file of plan.files) {
    options.signal?.throwIfAborted();
    currentFile = file.path;
    const target = path.join(dir, ...file.path.split('/'));
    const entry = (state.files[file.path] ??= {});
    if (entry.verified && existsSync(target)) continue;
    const identity = await downloadFile({
      url: file.url,
      label: file.path,
      target,
      sha256: file.sha256,
      size: file.size,
      published: entry.published,
      signal: options.signal,
      retryDelayMs: options.retryDelayMs,
      onPublished: async (published) => {
        entry.published = published;
        await writePartialState(dataDir, state);
        rate.setTotal(total());
      },
      onBytes: (count) => {
        rate.add(count);
        report();
      },
    }).catch((error: unknown) => {
      if (file.optional && error instanceof DownloadError && error.kind === 'not-found') return undefined;
      throw error;
    });
    if (!identity) {
      absent.add(file.path);
      continue;
    }
    entry.verified = { sha256: identity.sha256, size: identity.size };
    await writePartialState(dataDir, state);
    report(true);
  }

  const manifest = ModelManifestSchema.parse({
    ...plan.manifest,
    version: 1,
    source: 'catalog',
    files: plan.files.filter((f) => !absent.has(f.path)).map((f) => ({ path: f.path, ...state.files[f.path].verified! })),
    installedAt: new Date().toISOString(),
  });
  await writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
  await installFolder(dataDir, id, dir);
  await removePartial(dataDir, id);
  return manifest;
}

/**
 * Renames a complete model folder into `<data>/models/<id>/`. A folder already there without a valid manifest (a
 * Model2Vec model downloaded by an older Docent, unverified) is moved aside and deleted first; an installed model is
 * never overwritten.
 */
export async function installFolder(dataDir: string, id: string, from: string): Promise<void> {
  const target = installedModelDir(dataDir, id);
  if (existsSync(target)) {
    if (await readInstalledModel(dataDir, id)) throw new Error(`${id} is already installed`);
    const aside = path.join(partialRoot(dataDir), `.replaced-${id}-${Date.now()}`);
    await rename(target, aside);
    await rm(aside, { recursive: true, force: true });
  }
  await rename(from, target);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} kB`;
  return `${bytes} bytes`;
}
