// The window's view of the model manager: the catalog and installed models (ModelsView), live download progress from
// the `models` events, and the last failure of each model. Settings → Models and the offer near the chat read it.
import { create } from 'zustand';
import { DocentError, type DocentApi } from '../../../shared/api';
import type { ErrorInfo, ModelEvent, ModelView, ModelsView } from '../../../shared/model';
import { errorSayable } from '../lib/errors';
import type { Sayable } from '../i18n/say';

export interface ModelsState {
  view: ModelsView | null;
  /** The last failure of a model's download (cleared when it is tried again). */
  failures: Record<string, ErrorInfo>;
  /** A problem for the panel (an import refused, a delete that failed), said by SaidMessage. */
  problem?: Sayable;
  refresh(): Promise<void>;
  pull(id: string): Promise<void>;
  cancel(id: string): Promise<void>;
  use(id: string): Promise<boolean>;
  remove(id: string): Promise<void>;
  importModel(kind: 'file' | 'folder'): Promise<ModelView | null>;
}

let api: DocentApi | null = null;

export const useModels = create<ModelsState>()((set, get) => {
  /** Runs an API call; a user's action clears the last problem first, a background refresh does not. */
  const attempt = async <T>(action: (docent: DocentApi) => Promise<T>, clearsProblem = true, problemCode?: string): Promise<T | undefined> => {
    if (!api) return undefined;
    try {
      if (clearsProblem) set({ problem: undefined });
      return await action(api);
    } catch (error) {
      const said = errorSayable(error);
      // A refused import is worded by the window; the reader's own sentence (naming the file) stays behind Details.
      const worded = problemCode && error instanceof DocentError && error.code === 'invalid-input' && !error.userMessage;
      set({ problem: worded ? { code: problemCode, message: said.message, detail: said.message } : said });
      return undefined;
    }
  };
  return {
    view: null,
    failures: {},
    async refresh() {
      const view = await attempt((docent) => docent.models.list(), false);
      if (view) set({ view });
    },
    async pull(id) {
      const { [id]: _cleared, ...failures } = get().failures;
      set({ failures });
      await attempt((docent) => docent.models.pull({ id }));
      await get().refresh();
    },
    async cancel(id) {
      await attempt((docent) => docent.models.cancel({ id }));
    },
    async use(id) {
      const view = await attempt((docent) => docent.models.use({ id }));
      if (view) set({ view });
      return Boolean(view);
    },
    async remove(id) {
      const view = await attempt((docent) => docent.models.remove({ id }));
      if (view) set({ view });
    },
    async importModel(kind) {
      const imported = await attempt((docent) => docent.models.import({ kind }), true, 'model-import-refused');
      await get().refresh();
      return imported ?? null;
    },
  };
});

/** Applies a progress event to the view without asking the main process again. */
function withProgress(view: ModelsView, event: Extract<ModelEvent, { type: 'progress' }>): ModelsView {
  const models = view.models.map((m) =>
    m.id === event.id
      ? { ...m, state: 'downloading' as const, download: { bytesDone: event.bytesDone, bytesTotal: event.bytesTotal, bytesPerSecond: event.bytesPerSecond, secondsLeft: event.secondsLeft } }
      : m,
  );
  return { ...view, models };
}

/** Connects the models state to the API's events; returns the unsubscribe. */
export function connectModels(docent: DocentApi): () => void {
  api = docent;
  const off = docent.events.onModels((event) => {
    const { view, failures } = useModels.getState();
    if (event.type === 'progress') {
      if (view) useModels.setState({ view: withProgress(view, event) });
      return;
    }
    if (event.type === 'failed') useModels.setState({ failures: { ...failures, [event.id]: event.error } });
    void useModels.getState().refresh();
  });
  void useModels.getState().refresh();
  return off;
}
