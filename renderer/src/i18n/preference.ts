// The language the user picked in Settings, kept in this window's localStorage (a display choice of this computer,
// not a setting of the core). Storage that is missing or refuses (private mode, a locked profile) means "system".
import { isLocale, type LocalePreference } from './locales';

export const LANGUAGE_STORAGE_KEY = 'docent.language';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadLanguagePreference(from: Storage | null = storage()): LocalePreference {
  try {
    const saved = from?.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

export function saveLanguagePreference(preference: LocalePreference, to: Storage | null = storage()): void {
  try {
    if (preference === 'system') to?.removeItem(LANGUAGE_STORAGE_KEY);
    else to?.setItem(LANGUAGE_STORAGE_KEY, preference);
  } catch {
    // Not remembered, but the window still switches for now.
  }
}
