// Where vectors live: on this computer (LanceDB) or in a Pinecone index.
import type { GroupProps } from './SettingsDialog';
import { KeyInput } from './KeyInput';
import { keyBelongsElsewhere } from '../lib/settings-form';
import { TestConnection } from './TestConnection';
import { useTranslator } from '../i18n';

export function PineconeSettings({ view, form, update, patch }: GroupProps) {
  const tr = useTranslator();
  const pinecone = form.pinecone;
  const set = (patch: Partial<typeof pinecone>) => update({ ...form, pinecone: { ...pinecone, ...patch } });
  return (
    <fieldset className="settings-group">
      <legend>{tr.t('settings.pinecone.legend')}</legend>
      <label className="check">
        <input type="checkbox" checked={pinecone.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
        {tr.t('settings.pinecone.enable')}
      </label>
      {pinecone.enabled && (
        <>
          <KeyInput
            label={tr.t('settings.pinecone.key')}
            keySet={view.pinecone.keySet}
            keyFor={keyBelongsElsewhere({ ...view.pinecone, baseURL: view.pinecone.host }, pinecone.host)}
            value={pinecone.apiKey}
            clearing={pinecone.clearKey}
            onChange={(apiKey) => set({ apiKey, clearKey: false })}
            onClear={() => set({ clearKey: !pinecone.clearKey })}
          />
          <label className="field">
            <span>{tr.t('settings.pinecone.indexName')}</span>
            <input value={pinecone.indexName} placeholder="docent" onChange={(e) => set({ indexName: e.target.value })} />
          </label>
          <label className="field">
            <span>{tr.t('settings.pinecone.host')}</span>
            <input type="url" value={pinecone.host} placeholder="https://…pinecone.io" onChange={(e) => set({ host: e.target.value })} />
          </label>
          <p className="hint">{tr.t('settings.pinecone.hint')}</p>
        </>
      )}
      <TestConnection target="pinecone" form={() => patch(['pinecone'])} />
    </fieldset>
  );
}
