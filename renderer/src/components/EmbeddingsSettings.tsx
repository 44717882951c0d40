// How passages are embedded: lexical (built in), a local Model2Vec or ONNX model, or an OpenAI-compatible endpoint.
import { useState } from 'react';
import type { GroupProps } from './SettingsDialog';
import { docentApi } from '../state/store';
import { errorMessage } from '../lib/errors';
import { KeyInput } from './KeyInput';
import { keyBelongsElsewhere } from '../lib/settings-form';
import { TestConnection } from './TestConnection';
import { useTranslator } from '../i18n';
import { useModels } from '../state/models-store';

export function EmbeddingsSettings({ view, form, update, patch }: GroupProps) {
  const tr = useTranslator();
  const embeddings = form.embeddings;
  const set = (patch: Partial<typeof embeddings>) => update({ ...form, embeddings: { ...embeddings, ...patch } });
  const [download, setDownload] = useState<string | null>(null);
  const models = useModels((s) => s.view?.models);
  const onnxModels = models?.filter((m) => m.role === 'embed' && m.format === 'onnx' && m.state === 'installed') ?? [];

  const startDownload = async () => {
    setDownload(tr.t('settings.embeddings.starting'));
    try {
      // The model the form names, saved or not: choosing it (Save) is refused until it is on this computer.
      const { started } = await docentApi().settings.downloadModel({ model2vecName: embeddings.model2vecName, model2vecUrl: embeddings.model2vecUrl });
      setDownload(tr.t(started ? 'settings.embeddings.downloading' : 'settings.embeddings.notStarted'));
    } catch (error) {
      setDownload(errorMessage(error));
    }
  };

  return (
    <fieldset className="settings-group">
      <legend>{tr.t('settings.embeddings.legend')}</legend>
      <div className="radio-row" role="radiogroup" aria-label={tr.t('settings.embeddings.provider')}>
        <label>
          <input type="radio" name="embeddings-provider" checked={embeddings.provider === 'lexical'} onChange={() => set({ provider: 'lexical' })} />
          {tr.t('settings.embeddings.lexical')}
        </label>
        <label>
          <input type="radio" name="embeddings-provider" checked={embeddings.provider === 'model2vec'} onChange={() => set({ provider: 'model2vec' })} />
          {tr.t('settings.embeddings.model2vec')}
        </label>
        <label>
          <input
            type="radio"
            name="embeddings-provider"
            checked={embeddings.provider === 'onnx'}
            onChange={() => set({ provider: 'onnx', onnxModel: embeddings.onnxModel || onnxModels[0]?.id || '' })}
          />
          {tr.t('settings.embeddings.onnx')}
        </label>
        <label>
          <input type="radio" name="embeddings-provider" checked={embeddings.provider === 'openai'} onChange={() => set({ provider: 'openai' })} />
          {tr.t('settings.embeddings.openai')}
        </label>
      </div>
      {embeddings.provider === 'model2vec' && (
        <>
          <label className="field">
            <span>{tr.t('settings.embeddings.modelName')}</span>
            <input value={embeddings.model2vecName} onChange={(e) => set({ model2vecName: e.target.value })} />
          </label>
          <label className="field">
            <span>{tr.t('settings.embeddings.downloadUrl')}</span>
            <input type="url" value={embeddings.model2vecUrl} onChange={(e) => set({ model2vecUrl: e.target.value })} />
          </label>
          <div className="test-connection">
            <span className="hint">{tr.t(view.embeddings.model2vecPresent ? 'settings.embeddings.present' : 'settings.embeddings.absent')}</span>
            <button type="button" className="button small" onClick={() => void startDownload()}>
              {tr.t('settings.embeddings.download')}
            </button>
            {download && <span role="status">{download}</span>}
          </div>
        </>
      )}
      {embeddings.provider === 'onnx' &&
        (onnxModels.length > 0 ? (
          <label className="field">
            <span>{tr.t('settings.embeddings.onnxModel')}</span>
            <select value={embeddings.onnxModel} onChange={(e) => set({ onnxModel: e.target.value })}>
              {!onnxModels.some((m) => m.id === embeddings.onnxModel) && <option value={embeddings.onnxModel}>{embeddings.onnxModel}</option>}
              {onnxModels.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="hint">{tr.t('settings.embeddings.onnxNone')}</p>
        ))}
      {embeddings.provider === 'openai' && (
        <>
          <label className="field">
            <span>{tr.t('settings.baseUrl')}</span>
            <input type="url" placeholder="https://api.openai.com/v1" value={embeddings.baseURL} onChange={(e) => set({ baseURL: e.target.value })} />
          </label>
          <label className="field">
            <span>{tr.t('settings.model')}</span>
            <input value={embeddings.model} placeholder="text-embedding-3-small" onChange={(e) => set({ model: e.target.value })} />
          </label>
          <KeyInput
            label={tr.t('settings.embeddings.key')}
            keySet={view.embeddings.keySet}
            keyFor={keyBelongsElsewhere(view.embeddings, embeddings.baseURL)}
            value={embeddings.apiKey}
            clearing={embeddings.clearKey}
            onChange={(apiKey) => set({ apiKey, clearKey: false })}
            onClear={() => set({ clearKey: !embeddings.clearKey })}
          />
        </>
      )}
      <p className="hint">{tr.t('settings.embeddings.hint')}</p>
      <TestConnection target="embeddings" form={() => patch(['embeddings'])} />
    </fieldset>
  );
}
