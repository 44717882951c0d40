// Settings → Local models: which model answers, embeds and reranks; the catalog and the installed models by role, with
// download (progress, cancel), use and delete; importing a model file or folder the user already has (chosen in the
// main process's own dialog); and the download mirror for users behind a company proxy.
import { useEffect, useState } from 'react';
import type { ModelRoleName, ModelView } from '../../../shared/model';
import type { GroupProps } from './SettingsDialog';
import { useTranslator } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { useModels } from '../state/models-store';
import { ModelRow } from './ModelRow';
import { SaidMessage } from './SaidMessage';

const ROLES: { role: ModelRoleName; title: MessageKey; none: MessageKey; label: MessageKey }[] = [
  { role: 'chat', title: 'models.group.chat', none: 'models.none.chat', label: 'models.role.chat' },
  { role: 'embed', title: 'models.group.embed', none: 'models.none.embed', label: 'models.role.embed' },
  { role: 'rerank', title: 'models.group.rerank', none: 'models.none.rerank', label: 'models.role.rerank' },
];

export function ModelsSettings({ form, update }: GroupProps) {
  const tr = useTranslator();
  const view = useModels((s) => s.view);
  const problem = useModels((s) => s.problem);
  const [imported, setImported] = useState<ModelView | null>(null);
  useEffect(() => void useModels.getState().refresh(), []);
  const set = (patch: Partial<typeof form.models>) => update({ ...form, models: { ...form.models, ...patch } });

  const importModel = async (kind: 'file' | 'folder') => {
    setImported(null);
    setImported(await useModels.getState().importModel(kind));
  };
  const nameOf = (id: string) => view?.models.find((m) => m.id === id)?.name ?? id;

  return (
    <fieldset className="settings-group models-settings" data-testid="models-settings">
      <legend>{tr.t('models.legend')}</legend>
      <p className="hint">{tr.t('models.hint')}</p>
      {view && (
        <ul className="models-in-use" aria-label={tr.t('models.inUseList')}>
          {ROLES.map(({ role, none, label }) => (
            <li key={role} data-testid={`model-in-use-${role}`}>
              {tr.t(label, { name: view.inUse[role] ? nameOf(view.inUse[role]) : tr.t(none) })}
            </li>
          ))}
        </ul>
      )}
      {view &&
        ROLES.map(({ role, title }) => {
          const models = view.models.filter((m) => m.role === role);
          return models.length === 0 ? null : (
            <section key={role} className="model-group" aria-label={tr.t(title)}>
              <h3>{tr.t(title)}</h3>
              <ul className="model-list">
                {models.map((model) => (
                  <ModelRow key={model.id} model={model} />
                ))}
              </ul>
            </section>
          );
        })}
      <div className="model-actions">
        <button type="button" className="button small" onClick={() => void importModel('file')}>
          {tr.t('models.importFile')}
        </button>
        <button type="button" className="button small" onClick={() => void importModel('folder')}>
          {tr.t('models.importFolder')}
        </button>
        {imported && <span role="status">{tr.t('models.importedDone', { name: imported.name })}</span>}
      </div>
      {problem && (
        <p className="row-problem error" role="alert">
          <SaidMessage message={problem} />
        </p>
      )}
      <label className="field">
        <span>{tr.t('models.mirror')}</span>
        <input type="url" placeholder="https://huggingface.co" value={form.models.mirror} onChange={(e) => set({ mirror: e.target.value })} />
      </label>
      <p className="hint">{tr.t('models.mirrorHint')}</p>
      <label className="field">
        <span>{tr.t('models.rerankDepth')}</span>
        <input type="number" min={1} max={200} value={form.models.rerankDepth} onChange={(e) => set({ rerankDepth: Number(e.target.value) })} />
      </label>
    </fieldset>
  );
}
