// Where answers come from: quoted passages (offline) or an OpenAI-compatible chat endpoint.
import type { GroupProps } from './SettingsDialog';
import { KeyInput } from './KeyInput';
import { keyBelongsElsewhere } from '../lib/settings-form';
import { TestConnection } from './TestConnection';
import { useTranslator } from '../i18n';

export function AnswersSettings({ view, form, update, patch }: GroupProps) {
  const tr = useTranslator();
  const answers = form.answers;
  const set = (patch: Partial<typeof answers>) => update({ ...form, answers: { ...answers, ...patch } });
  return (
    <fieldset className="settings-group">
      <legend>{tr.t('settings.answers.legend')}</legend>
      <div className="radio-row" role="radiogroup" aria-label={tr.t('settings.answers.provider')}>
        <label>
          <input type="radio" name="answers-provider" checked={answers.provider === 'extractive'} onChange={() => set({ provider: 'extractive' })} />
          {tr.t('settings.answers.extractive')}
        </label>
        <label>
          <input type="radio" name="answers-provider" checked={answers.provider === 'openai'} onChange={() => set({ provider: 'openai' })} />
          {tr.t('settings.answers.openai')}
        </label>
      </div>
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
