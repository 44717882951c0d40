// Where answers come from: quoted passages (offline) or an OpenAI-compatible chat endpoint.
import type { GroupProps } from './SettingsDialog';
import { KeyInput } from './KeyInput';
import { TestConnection } from './TestConnection';

export function AnswersSettings({ view, form, update, save }: GroupProps) {
  const answers = form.answers;
  const set = (patch: Partial<typeof answers>) => update({ ...form, answers: { ...answers, ...patch } });
  return (
    <fieldset className="settings-group">
      <legend>Answers</legend>
      <div className="radio-row" role="radiogroup" aria-label="Answer provider">
        <label>
          <input type="radio" name="answers-provider" checked={answers.provider === 'extractive'} onChange={() => set({ provider: 'extractive' })} />
          Quote the best passages (offline)
        </label>
        <label>
          <input type="radio" name="answers-provider" checked={answers.provider === 'openai'} onChange={() => set({ provider: 'openai' })} />
          OpenAI-compatible chat model
        </label>
      </div>
      {answers.provider === 'openai' && (
        <>
          <label className="field">
            <span>Base URL</span>
            <input type="url" placeholder="https://api.openai.com/v1" value={answers.baseURL} onChange={(e) => set({ baseURL: e.target.value })} />
          </label>
          <label className="field">
            <span>Model</span>
            <input value={answers.model} placeholder="gpt-4o-mini" onChange={(e) => set({ model: e.target.value })} />
          </label>
          <KeyInput
            label="Answers API key"
            keySet={view.answers.keySet}
            value={answers.apiKey}
            clearing={answers.clearKey}
            onChange={(apiKey) => set({ apiKey, clearKey: false })}
            onClear={() => set({ clearKey: !answers.clearKey })}
          />
        </>
      )}
      <TestConnection target="answers" saveFirst={() => save(['answers'])} />
    </fieldset>
  );
}
