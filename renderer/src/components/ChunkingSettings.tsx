// How documents are cut into passages; applies to files added afterwards.
import type { GroupProps } from './SettingsDialog';
import { useTranslator } from '../i18n';

export function ChunkingSettings({ form, update }: GroupProps) {
  const tr = useTranslator();
  const chunking = form.chunking;
  const set = (patch: Partial<typeof chunking>) => update({ ...form, chunking: { ...chunking, ...patch } });
  return (
    <fieldset className="settings-group">
      <legend>{tr.t('settings.chunking.legend')}</legend>
      <div className="field-row">
        <label className="field">
          <span>{tr.t('settings.chunking.size')}</span>
          <input type="number" min={200} max={8000} step={100} value={chunking.size} onChange={(e) => set({ size: Number(e.target.value) })} />
        </label>
        <label className="field">
          <span>{tr.t('settings.chunking.overlap')}</span>
          <input type="number" min={0} max={50} step={5} value={chunking.overlapPercent} onChange={(e) => set({ overlapPercent: Number(e.target.value) })} />
        </label>
      </div>
      <p className="hint">{tr.t('settings.chunking.hint')}</p>
    </fieldset>
  );
}
