// The model manager: what the catalog offers, what is installed, what is downloading, and which model does what.
// Downloads run in the background and report through the `models` event channel; imports, use and removal answer
// directly. Using a model is a settings change (answers.provider 'local', embeddings.provider 'onnx', rerank.model),
// returned as a patch so the composition root applies it through the same path as the Settings form.
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { SettingsPatch } from '../../../shared/api';
import type { ErrorInfo, ModelEvent, ModelRoleName, ModelView, ModelsView } from '../../../shared/model';
import { fileUrl, type Catalog, type CatalogModel } from './catalog';
import { DownloadError } from './download-file';
import { GgufError } from './gguf-header';
import { ImportError, importModel } from './import-model';
import { installedModelDir, listInstalledModels, readInstalledModel, type ModelManifest } from './manifest';
import { listPartials, partialBytes, partialRoot, removePartial, sweepPartials } from './partial-store';
import { DiskSpaceError, formatBytes, pullModel, type PullPlan, type PullProgress } from './pull-model';
import type { ResolvedSettings } from '../settings/settings-store';
import { userMessage } from '../user-message';

export interface ModelManagerOptions {
  dataDir: string;
  catalog: Catalog;
  settings: () => ResolvedSettings;
  emit: (event: ModelEvent) => void;
  freeBytes?(dir: string): Promise<number>;
  retryDelayMs?(attempt: number): number;
  progressIntervalMs?: number;
}

export class ModelError extends Error {
  constructor(
    readonly code: 'not-found' | 'conflict' | 'invalid-input',
    message: string,
  ) {
    super(message);
    this.name = 'ModelError';
  }
}

interface ActivePull {
  controller: AbortController;
  progress?: PullProgress;
  done: Promise<ModelManifest>;
}

export class ModelManager {
  private readonly pulls = new Map<string, ActivePull>();
  /** Set while the app closes: interrupted downloads keep their parts for the next start. */
  private closing = false;

  constructor(private readonly options: ModelManagerOptions) {}

  settingsNow(): ResolvedSettings {
    return this.options.settings();
  }

  get catalog(): Catalog {
    return this.options.catalog;
  }

  /** At start: interrupted downloads of catalog models are kept to resume; every other leftover is removed. */
  async init(): Promise<void> {
    const installed = new Set((await listInstalledModels(this.options.dataDir)).map((m) => m.id));
    const resumable = new Set((await listPartials(this.options.dataDir)).filter((id) => this.entry(id) && !installed.has(id)));
    await sweepPartials(this.options.dataDir, (id) => resumable.has(id));
  }

  entry(id: string): CatalogModel | undefined {
    return this.options.catalog.models.find((m) => m.id === id);
  }

  async list(): Promise<ModelsView> {
    const installed = await listInstalledModels(this.options.dataDir);
    const partials = new Set(await listPartials(this.options.dataDir));
    const inUse = this.inUse(installed);
    const used = new Set(Object.values(inUse).filter(Boolean));
    const views: ModelView[] = [];
    for (const model of this.options.catalog.models) {
      const manifest = installed.find((m) => m.id === model.id);
      if (manifest) {
        views.push({ ...viewOfManifest(manifest, used.has(model.id)), suggested: Boolean(model.suggested), licenceUrl: model.licenceUrl });
        continue;
      }
      const sizes = model.files.map((f) => f.size);
      const view: ModelView = {
        id: model.id,
        role: model.role,
        format: model.format,
        name: model.name,
        licence: model.licence,
        licenceUrl: model.licenceUrl,
        sizeBytes: sizes.every((s) => s !== undefined) ? sizes.reduce((a, b) => a + b!, 0) : undefined,
        memoryBytes: model.memoryBytes,
        contextLength: model.contextLength,
        dimension: model.dimension,
        suggested: Boolean(model.suggested),
        source: 'catalog',
        state: 'available',
        inUse: false,
      };
      const pull = this.pulls.get(model.id);
      if (pull) {
        view.state = 'downloading';
        if (pull.progress) view.download = downloadView(pull.progress);
      } else if (partials.has(model.id)) {
        const done = await partialBytes(this.options.dataDir, model.id);
        if (done > 0) {
          view.state = 'interrupted';
          view.download = { bytesDone: done, bytesTotal: view.sizeBytes ?? done, bytesPerSecond: 0 };
        }
      }
      views.push(view);
    }
    for (const manifest of installed) if (!this.entry(manifest.id)) views.push(viewOfManifest(manifest, used.has(manifest.id)));
    const settings = this.options.settings();
    return { models: views, inUse, answers: settings.answers.provider, mirror: settings.models.mirror };
  }

  /** The installed model the settings use for each role ('' = none, or the chosen one is not installed). */
  private inUse(installed: ModelManifest[]): ModelsView['inUse'] {
    const s = this.options.settings();
    const has = (id: string, role: ModelRoleName) => (installed.some((m) => m.id === id && m.role === role) ? id : '');
    const embedId = s.embeddings.provider === 'onnx' ? s.embeddings.onnxModel : s.embeddings.provider === 'model2vec' ? s.embeddings.model2vecName.toLowerCase() : '';
    return {
      chat: s.answers.provider === 'local' ? has(s.answers.localModel, 'chat') : '',
      embed: embedId ? has(embedId, 'embed') : '',
      rerank: s.rerank.model ? has(s.rerank.model, 'rerank') : '',
    };
  }

  /** The download plan of a catalog model, from the mirror when one is set. */
  planFor(model: CatalogModel): PullPlan {
    const mirror = this.options.settings().models.mirror;
    return {
      originKey: `${model.source.repo}@${model.source.revision}`,
      manifest: {
        id: model.id,
        role: model.role,
        format: model.format,
        name: model.name,
        origin: `https://huggingface.co/${model.source.repo}/tree/${model.source.revision}`,
        licence: model.licence,
        contextLength: model.contextLength,
        memoryBytes: model.memoryBytes,
        dimension: model.dimension,
        pooling: model.pooling,
        prefixes: model.prefixes,
      },
      files: model.files.map((f) => ({ path: f.path, url: fileUrl(model, f, mirror), sha256: f.sha256 === 'server' ? undefined : f.sha256, size: f.size })),
    };
  }

  /** Starts downloading a catalog model; progress and the outcome arrive as `models` events. */
  pull(id: string): { started: boolean; done: Promise<ModelManifest> } {
    const model = this.entry(id);
    if (!model) throw new ModelError('not-found', `${id} is not in the model catalog (see docent models list)`);
    return this.pullPlan(this.planFor(model));
  }

  /** Downloads any plan (a catalog model, or a Model2Vec model from the URL in Settings) through the verified path. */
  pullPlan(plan: PullPlan): { started: boolean; done: Promise<ModelManifest> } {
    const id = plan.manifest.id;
    const running = this.pulls.get(id);
    if (running) return { started: false, done: running.done };
    const controller = new AbortController();
    const active: ActivePull = { controller, done: Promise.resolve(undefined as unknown as ModelManifest) };
    this.pulls.set(id, active);
    active.done = (async () => {
      if (await readInstalledModel(this.options.dataDir, id)) throw new ModelError('conflict', `${id} is already installed`);
      return pullModel({
        dataDir: this.options.dataDir,
        plan,
        signal: controller.signal,
        freeBytes: this.options.freeBytes,
        retryDelayMs: this.options.retryDelayMs,
        progressIntervalMs: this.options.progressIntervalMs,
        onProgress: (progress) => {
          active.progress = progress;
          this.options.emit({ type: 'progress', id, file: progress.file, ...downloadView(progress) });
        },
      });
    })();
    active.done.then(
      () => this.options.emit({ type: 'installed', id }),
      async (error: unknown) => {
        if (this.closing) return;
        if (controller.signal.aborted) {
          await removePartial(this.options.dataDir, id).catch(() => undefined);
          this.options.emit({ type: 'cancelled', id });
        } else {
          this.options.emit({ type: 'failed', id, error: errorInfoOf(id, error) });
        }
      },
    );
    void active.done.catch(() => undefined).finally(() => this.pulls.delete(id));
    return { started: true, done: active.done };
  }

  /** Stops a download and deletes what it had downloaded; an interrupted one is discarded. */
  async cancel(id: string): Promise<boolean> {
    const pull = this.pulls.get(id);
    if (pull) {
      pull.controller.abort(new Error(`the download of ${id} was cancelled`));
      return true;
    }
    if (!(await listPartials(this.options.dataDir)).includes(id)) return false;
    await removePartial(this.options.dataDir, id);
    this.options.emit({ type: 'cancelled', id });
    return true;
  }

  async import(source: string): Promise<ModelManifest> {
    const manifest = await importModel({ dataDir: this.options.dataDir, source, freeBytes: this.options.freeBytes });
    this.options.emit({ type: 'changed' });
    return manifest;
  }

  /** The settings change that makes an installed model do its job. */
  async useChange(id: string): Promise<SettingsPatch> {
    const manifest = await readInstalledModel(this.options.dataDir, id);
    if (!manifest) throw new ModelError('not-found', `${id} is not installed (see docent models list)`);
    if (manifest.role === 'chat') return { answers: { provider: 'local', localModel: id } };
    // A catalog reranker comes with the depth that keeps it within a second on a laptop's CPU (bge-reranker-base reads
    // fewer passages than MiniLM in that time); an imported one keeps the depth set.
    if (manifest.role === 'rerank') {
      const depth = this.entry(id)?.rerankDepth;
      return { rerank: { model: id, ...(depth ? { depth } : {}) } };
    }
    if (manifest.format === 'model2vec') return { embeddings: { provider: 'model2vec', model2vecName: id } };
    return { embeddings: { provider: 'onnx', onnxModel: id } };
  }

  /**
   * Deletes an installed model. When the settings use it, the returned patch falls back to the offline default for its
   * role (extractive answers, the built-in embedder, no reranking); the caller applies it before the files go.
   */
  async removal(id: string): Promise<{ manifest: ModelManifest; fallback?: SettingsPatch }> {
    const manifest = await readInstalledModel(this.options.dataDir, id);
    if (!manifest) throw new ModelError('not-found', `${id} is not installed`);
    const inUse = this.inUse([manifest]);
    let fallback: SettingsPatch | undefined;
    if (inUse.chat === id) fallback = { answers: { provider: 'extractive', localModel: '' } };
    if (inUse.embed === id) fallback = { embeddings: manifest.format === 'model2vec' ? { provider: 'lexical' } : { provider: 'lexical', onnxModel: '' } };
    if (inUse.rerank === id) fallback = { rerank: { model: '' } };
    return { manifest, fallback };
  }

  /** Removes the files: renamed out of the models folder first, so a crash mid-delete leaves nothing listed. */
  async deleteFiles(id: string): Promise<void> {
    const aside = path.join(partialRoot(this.options.dataDir), `.deleting-${id}-${Date.now()}`);
    await rename(installedModelDir(this.options.dataDir, id), aside);
    await rm(aside, { recursive: true, force: true });
    this.options.emit({ type: 'changed' });
  }

  /** Cancels every download (the app is closing); their parts stay for the next start. */
  async stopAll(): Promise<void> {
    this.closing = true;
    const running = [...this.pulls.values()];
    for (const pull of running) pull.controller.abort(new Error('Docent is closing'));
    await Promise.allSettled(running.map((p) => p.done));
  }
}

function downloadView(p: PullProgress): ModelView['download'] & object {
  return { bytesDone: p.bytesDone, bytesTotal: p.bytesTotal, bytesPerSecond: p.bytesPerSecond, secondsLeft: p.secondsLeft };
}

function viewOfManifest(m: ModelManifest, inUse: boolean): ModelView {
  return {
    id: m.id,
    role: m.role,
    format: m.format,
    name: m.name,
    licence: m.licence,
    sizeBytes: m.files.reduce((n, f) => n + f.size, 0),
    memoryBytes: m.memoryBytes,
    contextLength: m.contextLength,
    dimension: m.dimension,
    suggested: false,
    source: m.source,
    state: 'installed',
    inUse,
  };
}

/** A failure as the window and the CLI say it: a stable code, its params, the English text and the cause. */
export function errorInfoOf(id: string, error: unknown): ErrorInfo {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof DiskSpaceError) {
    return userMessage('model-disk-space', message, { model: id, needed: formatBytes(error.neededBytes), free: formatBytes(error.freeBytes) });
  }
  if (error instanceof DownloadError) {
    if (error.kind === 'not-found') return userMessage('model-file-not-found', message, { model: id, file: error.file }, message);
    if (error.kind === 'checksum' || error.kind === 'no-digest') return userMessage('model-checksum', message, { model: id, file: error.file }, message);
  }
  if (error instanceof GgufError || error instanceof ImportError) return userMessage('model-import-refused', message, { model: id }, message);
  return userMessage('model-download-failed', message, { model: id }, message);
}
