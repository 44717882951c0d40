// Reading scanned pages and images (OCR): on or off, and the languages to recognise, from those installed with Docent.
import type { GroupProps } from './SettingsDialog';
import { useTranslator } from '../i18n';
import { ocrLanguageName } from '../lib/ocr-languages';

export function OcrSettings({ view, form, update }: GroupProps) {
  const tr = useTranslator();
  const ocr = form.ocr;
  const set = (patch: Partial<typeof ocr>) => update({ ...form, ocr: { ...ocr, ...patch } });
  const toggle = (code: string, on: boolean) => {
    const languages = on ? [...ocr.languages, code] : ocr.languages.filter((l) => l !== code);
    // At least one language stays chosen: OCR needs one to read anything.
    if (languages.length > 0) set({ languages });
  };
  return (
    <fieldset className="settings-group">
      <legend>{tr.t('settings.ocr.legend')}</legend>
      <label className="check">
        <input type="checkbox" data-testid="ocr-enabled" checked={ocr.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
        {tr.t('settings.ocr.enable')}
      </label>
      {ocr.enabled && view.ocr.available.length > 0 && (
        <div className="field" role="group" aria-label={tr.t('settings.ocr.languages')}>
          <span>{tr.t('settings.ocr.languages')}</span>
          {view.ocr.available.map((code) => (
            <label key={code} className="check">
              <input type="checkbox" checked={ocr.languages.includes(code)} onChange={(e) => toggle(code, e.target.checked)} />
              {ocrLanguageName(code, tr.tag)}
            </label>
          ))}
        </div>
      )}
      <p className="hint">{tr.t('settings.ocr.hint')}</p>
    </fieldset>
  );
}
