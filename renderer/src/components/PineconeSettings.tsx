// Where vectors live: on this computer (LanceDB) or in a Pinecone index.
import type { GroupProps } from './SettingsDialog';
import { KeyInput } from './KeyInput';
import { TestConnection } from './TestConnection';

export function PineconeSettings({ view, form, update, save }: GroupProps) {
  const pinecone = form.pinecone;
  const set = (patch: Partial<typeof pinecone>) => update({ ...form, pinecone: { ...pinecone, ...patch } });
  return (
    <fieldset className="settings-group">
      <legend>Vector store</legend>
      <label className="check">
        <input type="checkbox" checked={pinecone.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
        Store vectors in Pinecone instead of on this computer
      </label>
      {pinecone.enabled && (
        <>
          <KeyInput
            label="Pinecone API key"
            keySet={view.pinecone.keySet}
            value={pinecone.apiKey}
            clearing={pinecone.clearKey}
            onChange={(apiKey) => set({ apiKey, clearKey: false })}
            onClear={() => set({ clearKey: !pinecone.clearKey })}
          />
          <label className="field">
            <span>Index name</span>
            <input value={pinecone.indexName} placeholder="docent" onChange={(e) => set({ indexName: e.target.value })} />
          </label>
          <label className="field">
            <span>Host (optional)</span>
            <input type="url" value={pinecone.host} placeholder="https://…pinecone.io" onChange={(e) => set({ host: e.target.value })} />
          </label>
          <p className="hint">Pinecone keeps deleted records for a while after a session is ended.</p>
        </>
      )}
      <TestConnection target="pinecone" saveFirst={() => save(['pinecone'])} />
    </fieldset>
  );
}
