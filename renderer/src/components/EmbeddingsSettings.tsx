// How passages are embedded: lexical (built in), a local Model2Vec model, or an OpenAI-compatible endpoint.
import { useState } from 'react';
import type { GroupProps } from './SettingsDialog';
import { docentApi } from '../state/store';
import { errorMessage } from '../lib/errors';
import { KeyInput } from './KeyInput';
import { TestConnection } from './TestConnection';

export function EmbeddingsSettings({ view, form, update, save }: GroupProps) {
  const embeddings = form.embeddings;
  const set = (patch: Partial<typeof embeddings>) => update({ ...form, embeddings: { ...embeddings, ...patch } });
  const [download, setDownload] = useState<string | null>(null);

  const startDownload = async () => {
    setDownload('Starting…');
    try {
      if (!(await save(['embeddings']))) return setDownload(null);
      const { started } = await docentApi().settings.downloadModel();
      setDownload(started ? 'Downloading; Docent will say when the model is ready.' : 'The download did not start; check the model URL.');
    } catch (error) {
      setDownload(errorMessage(error));
    }
  };

  return (
    <fieldset className="settings-group">
      <legend>Embeddings</legend>
      <div className="radio-row" role="radiogroup" aria-label="Embedding provider">
        <label>
          <input type="radio" name="embeddings-provider" checked={embeddings.provider === 'lexical'} onChange={() => set({ provider: 'lexical' })} />
          Lexical (built in)
        </label>
        <label>
          <input type="radio" name="embeddings-provider" checked={embeddings.provider === 'model2vec'} onChange={() => set({ provider: 'model2vec' })} />
          Model2Vec (local model)
        </label>
        <label>
          <input type="radio" name="embeddings-provider" checked={embeddings.provider === 'openai'} onChange={() => set({ provider: 'openai' })} />
          OpenAI-compatible
        </label>
      </div>
      {embeddings.provider === 'model2vec' && (
        <>
          <label className="field">
            <span>Model name</span>
            <input value={embeddings.model2vecName} onChange={(e) => set({ model2vecName: e.target.value })} />
          </label>
          <label className="field">
            <span>Download URL</span>
            <input type="url" value={embeddings.model2vecUrl} onChange={(e) => set({ model2vecUrl: e.target.value })} />
          </label>
          <div className="test-connection">
            <span className="hint">{view.embeddings.model2vecPresent ? 'The model is on this computer.' : 'The model is not downloaded yet.'}</span>
            <button type="button" className="button small" onClick={() => void startDownload()}>
              Download
            </button>
            {download && <span role="status">{download}</span>}
          </div>
        </>
      )}
      {embeddings.provider === 'openai' && (
        <>
          <label className="field">
            <span>Base URL</span>
            <input type="url" placeholder="https://api.openai.com/v1" value={embeddings.baseURL} onChange={(e) => set({ baseURL: e.target.value })} />
          </label>
          <label className="field">
            <span>Model</span>
            <input value={embeddings.model} placeholder="text-embedding-3-small" onChange={(e) => set({ model: e.target.value })} />
          </label>
          <KeyInput
            label="Embeddings API key"
            keySet={view.embeddings.keySet}
            value={embeddings.apiKey}
            clearing={embeddings.clearKey}
            onChange={(apiKey) => set({ apiKey, clearKey: false })}
            onClear={() => set({ clearKey: !embeddings.clearKey })}
          />
        </>
      )}
      <p className="hint">After a change, the base library is indexed again; documents already in a session keep their old index until you add them again.</p>
      <TestConnection target="embeddings" saveFirst={() => save(['embeddings'])} />
    </fieldset>
  );
}
