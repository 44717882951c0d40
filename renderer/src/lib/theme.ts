// The window's theme: the system's (default), light or dark. Kept in this window's storage like the language (a display
// choice of this computer, not a setting of the core) and applied as <html data-theme>, which styles.css turns into
// color-scheme, so every light-dark() colour follows. Storage that is missing or refuses means "system".
export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = 'docent.theme';

const isTheme = (value: unknown): value is ThemePreference => THEMES.includes(value as ThemePreference);

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadThemePreference(from: Storage | null = storage()): ThemePreference {
  try {
    const saved = from?.getItem(THEME_STORAGE_KEY);
    return isTheme(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

export function saveThemePreference(theme: ThemePreference, to: Storage | null = storage()): void {
  try {
    if (theme === 'system') to?.removeItem(THEME_STORAGE_KEY);
    else to?.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not remembered, but the window still switches for now.
  }
}

export function applyTheme(theme: ThemePreference, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
