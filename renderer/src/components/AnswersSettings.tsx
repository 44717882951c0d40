// Where answers come from: quoted passages (offline), a chat model on this computer, or an OpenAI-compatible endpoint.
import type { GroupProps } from './SettingsDialog';
import { KeyInput } from './KeyInput';
import { keyBelongsElsewhere } from '../lib/settings-form';
import { TestConnection } from './TestConnection';
import { useTranslator } from '../i18n';
import { useModels } from '../state/models-store';

export function AnswersSettings({ view, form, update, patch }: GroupProps) {
  const tr = useTranslator();
  const answers = form.answers;
  const set = (patch: Partial<typeof answers>) => update({ ...form, answers: { ...answers, ...patch } });
  const models = useModels((s) => s.view?.models);
  const chatModels = models?.filter((m) => m.role === 'chat' && m.state === 'installed') ?? [];
  return (
    <fieldset className="settings-group">
      <legend>{tr.t('settings.answers.legend')}</legend>
      <div className="radio-row" role="radiogroup" aria-label={tr.t('settings.answers.provider')}>
        <label>
          <input type="radio" name="answers-provider" checked={answers.provider === 'extractive'} onChange={() => set({ provider: 'extractive' })} />
          {tr.t('settings.answers.extractive')}
        </label>
        <label>
          <input
            type="radio"
            name="answers-provider"
            checked={answers.provider === 'local'}
            onChange={() => set({ provider: 'local', localModel: answers.localModel || chatModels[0]?.id || '' })}
          />
          {tr.t('settings.answers.local')}
        </label>
        <label>
          <input type="radio" name="answers-provider" checked={answers.provider === 'openai'} onChange={() => set({ provider: 'openai' })} />
          {tr.t('settings.answers.openai')}
        </label>
      </div>
      {answers.provider === 'local' &&
        (chatModels.length > 0 ? (
          <label className="field">
            <span>{tr.t('settings.answers.localModel')}</span>
            <select value={answers.localModel} onChange={(e) => set({ localModel: e.target.value })}>
              {!chatModels.some((m) => m.id === answers.localModel) && <option value={answers.localModel}>{answers.localModel}</option>}
              {chatModels.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="hint">{tr.t('settings.answers.localNone')}</p>
        ))}
      {answers.provider === 'openai' && (
        <>
          <label className="field">
            <span>{tr.t('settings.baseUrl')}</span>
            <input type="url" placeholder="https://api.openai.com/v1" value={answers.baseURL} onChange={(e) => set({ baseURL: e.target.value })} />
          </label>
          <label className="field">
            <span>{tr.t('settings.model')}</span>
            <input value={answers.model} placeholder="gpt-4o-mini" onChange={(e) => set({ model: e.target.value })} />
          </label>
          <KeyInput
            label={tr.t('settings.answers.key')}
            keySet={view.answers.keySet}
            keyFor={keyBelongsElsewhere(view.answers, answers.baseURL)}
            value={answers.apiKey}
            clearing={answers.clearKey}
            onChange={(apiKey) => set({ apiKey, clearKey: false })}
            onClear={() => set({ clearKey: !answers.clearKey })}
          />
        </>
      )}
      <TestConnection target="answers" form={() => patch(['answers'])} />
    </fieldset>
  );
}
