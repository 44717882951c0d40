// The window's language: the system's (the default) or one Docent speaks. Applies at once; remembered by this
// window's storage, not sent to the core, so Save and Close do not affect it.
import { LOCALES, LOCALE_NAMES, isLocale, useLanguage, useTranslator } from '../i18n';

export function LanguageSettings() {
  const tr = useTranslator();
  const { preference, system, setPreference } = useLanguage();
  return (
    <fieldset className="settings-group">
      <legend>{tr.t('settings.language.legend')}</legend>
      <label className="field">
        <span>{tr.t('settings.language.label')}</span>
        <select
          data-testid="language-select"
          value={preference}
          onChange={(e) => setPreference(isLocale(e.target.value) ? e.target.value : 'system')}
        >
          <option value="system">{tr.t('settings.language.system', { language: LOCALE_NAMES[system.locale] })}</option>
          {LOCALES.map((locale) => (
            // Each name in its own language, marked so screen readers pronounce it right.
            <option key={locale} value={locale} lang={locale === 'zh' ? 'zh-Hans' : locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{tr.t('settings.language.hint')}</p>
    </fieldset>
  );
}
