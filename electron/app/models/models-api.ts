// The model channels of the DocentApi (list, pull, cancel, import, use, remove) and the Settings page's Model2Vec
// download, over the model manager. Model errors become DocentErrors with the code the window understands.
import { DocentError, type DocentHandlers, type SettingsPatch } from '../../../shared/api';
import type { ModelView, SettingsView } from '../../../shared/model';
import { userMessage, type UserMessage } from '../user-message';
import { MODEL2VEC_FILES } from '../embeddings/model2vec';
import { DownloadError } from './download-file';
import { GgufError } from './gguf-header';
import { ImportError } from './import-model';
import { MODEL_ID_PATTERN, type ModelManifest } from './manifest';
import { ModelError, errorInfoOf, type ModelManager } from './model-manager';
import { DiskSpaceError, type PullPlan } from './pull-model';
import type { ResolvedSettings } from '../settings/settings-store';

export interface ModelsOptions {
  /** resources/models/catalog.json of this checkout or package by default. */
  catalogFile?: string;
  /** The main process's own open dialog (Electron's dialog, the browser host's configured picker); undefined = closed. */
  pickPath?(kind: 'file' | 'folder'): Promise<string | undefined>;
  /** Free bytes on the models disk (fs.statfs by default). */
  freeBytes?(dir: string): Promise<number>;
  retryDelayMs?(attempt: number): number;
  progressIntervalMs?: number;
}

type Notice = UserMessage & { level: 'info' | 'warning' | 'error' };

type ModelHandlers = Pick<
  DocentHandlers,
  'models.list' | 'models.pull' | 'models.cancel' | 'models.import' | 'models.use' | 'models.remove' | 'settings.downloadModel'
>;

export function modelsApi(deps: {
  models: ModelManager;
  applySettings(patch: SettingsPatch): Promise<SettingsView>;
  /** The settings in effect, or the form's unsaved Model2Vec name and URL applied over them (nothing saved). */
  settingsFor(form?: { model2vecName?: string; model2vecUrl?: string }): ResolvedSettings;
  notice(notice: Notice): void;
  pickPath?: ModelsOptions['pickPath'];
}): ModelHandlers {
  const { models } = deps;
  const viewOf = async (id: string): Promise<ModelView> => (await models.list()).models.find((m) => m.id === id)!;
  return {
    'models.list': () => models.list(),
    'models.pull': async ({ id }) => guard(async () => ({ started: models.pull(id).started })),
    'models.cancel': async ({ id }) => ({ cancelled: await models.cancel(id) }),
    'models.import': async ({ kind }) =>
      guard(async () => {
        if (!deps.pickPath) throw new DocentError('invalid-input', 'importing a model needs a file dialog, which this front end does not have (use docent models import PATH)');
        const chosen = await deps.pickPath(kind);
        if (!chosen) return null;
        const manifest = await models.import(chosen);
        return viewOf(manifest.id);
      }),
    'models.use': async ({ id }) =>
      guard(async () => {
        await deps.applySettings(await models.useChange(id));
        return models.list();
      }),
    'models.remove': async ({ id }) =>
      guard(async () => {
        await removeModel(deps, id);
        return models.list();
      }),
    'settings.downloadModel': async (form) => guard(async () => startModel2VecDownload(deps, deps.settingsFor(form))),
  };
}

/** Deletes a model; when it was in use, its role falls back to the offline default first, and the user is told. */
export async function removeModel(deps: { models: ModelManager; applySettings(patch: SettingsPatch): Promise<unknown>; notice(n: Notice): void }, id: string) {
  const { manifest, fallback } = await deps.models.removal(id);
  if (fallback) {
    await deps.applySettings(fallback);
    const role = manifest.role;
    const instead = role === 'chat' ? 'offline answers that quote your documents' : role === 'embed' ? 'the built-in offline embedder' : 'no reranking';
    deps.notice({
      level: 'info',
      ...userMessage('model-removed-in-use', `${manifest.name} was deleted while in use; Docent now uses ${instead}.`, { model: manifest.name, reason: role }),
    });
  }
  await deps.models.deleteFiles(id);
  return { manifest, fellBack: Boolean(fallback) };
}

/**
 * The Settings page's Model2Vec download goes through the verified path: the catalog's pinned files and digests when
 * the chosen model is in the catalog, else the URL in Settings with the digests its server publishes.
 */
function startModel2VecDownload(deps: { models: ModelManager; notice(n: Notice): void }, settings: ResolvedSettings) {
  const { models } = deps;
  const name = settings.embeddings.model2vecName;
  const id = name.toLowerCase();
  if (!MODEL_ID_PATTERN.test(id)) throw new DocentError('invalid-input', `"${name}" cannot name a model folder (use a-z, 0-9, ".", "_" and "-")`);
  const entry = models.entry(id);
  let plan: PullPlan;
  if (settings.embeddings.model2vecUrl) {
    plan = model2vecUrlPlan(id, name, settings.embeddings.model2vecUrl);
  } else if (entry?.format === 'model2vec') {
    plan = models.planFor(entry);
  } else {
    deps.notice({ level: 'error', ...userMessage('model-url-missing', 'Set the model’s download URL in Settings first.', { model: name }) });
    return { started: false };
  }
  const { started, done } = models.pullPlan(plan);
  if (started) {
    done.then(
      (manifest: ModelManifest) =>
        deps.notice({ level: 'info', ...userMessage('model-downloaded', `Model "${manifest.name}" is ready; choose it in Settings to use it.`, { model: manifest.name }) }),
      (error: unknown) => {
        const info = errorInfoOf(id, error);
        deps.notice({ level: 'error', ...userMessage(info.code, `The model download failed: ${info.message}. Try again to resume.`, info.params, info.detail ?? info.message) });
      },
    );
  }
  return { started };
}

/** A Model2Vec model from a base URL (Settings): no catalog digests, so each file is checked against the server's. */
export function model2vecUrlPlan(id: string, name: string, baseUrl: string): PullPlan {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    originKey: base,
    manifest: { id, role: 'embed', format: 'model2vec', name, origin: base },
    files: MODEL2VEC_FILES.map((file) => ({ path: file, url: new URL(encodeURIComponent(file), base).toString(), optional: file === 'config.json' })),
  };
}

/** Runs a model action, turning the manager's errors into DocentErrors (code + the message naming the file or model). */
async function guard<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof DocentError) throw error;
    if (error instanceof ModelError) throw new DocentError(error.code, error.message);
    if (error instanceof GgufError || error instanceof ImportError || error instanceof DownloadError) throw new DocentError('invalid-input', error.message);
    if (error instanceof DiskSpaceError) throw new DocentError('conflict', error.message);
    throw error;
  }
}
