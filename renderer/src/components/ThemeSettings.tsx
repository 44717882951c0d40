// The window's theme: the system's (the default), light or dark. Applies at once; remembered by this window's storage
// (lib/theme.ts), not sent to the core, so Save and Close do not affect it.
import { useState } from 'react';
import { THEMES, applyTheme, loadThemePreference, saveThemePreference, type ThemePreference } from '../lib/theme';
import { useTranslator } from '../i18n';

export function ThemeSettings() {
  const tr = useTranslator();
  const [theme, setTheme] = useState<ThemePreference>(loadThemePreference);
  const choose = (next: ThemePreference) => {
    setTheme(next);
    saveThemePreference(next);
    applyTheme(next);
  };
  return (
    <fieldset className="settings-group">
      <legend>{tr.t('settings.theme.legend')}</legend>
      <label className="field">
        <span>{tr.t('settings.theme.label')}</span>
        <select data-testid="theme-select" value={theme} onChange={(e) => choose(e.target.value as ThemePreference)}>
          {THEMES.map((option) => (
            <option key={option} value={option}>
              {tr.t(`settings.theme.${option}`)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
