// Gives the window its language: the choice saved in Settings, else the browser's (the OS's) languages, followed
// live when they change. Components read it with `useTranslator()`; Settings changes it with `useLanguage()`.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { resolveLocale, type LocalePreference, type ResolvedLocale } from './locales';
import { loadLanguagePreference, saveLanguagePreference } from './preference';
import { activeTranslator, setActiveTranslator, translatorFor, type Translator } from './translator';

interface I18nContextValue {
  translator: Translator;
  preference: LocalePreference;
  /** What "system" means on this computer right now. */
  system: ResolvedLocale;
  setPreference(preference: LocalePreference): void;
}

const I18nContext = createContext<I18nContextValue | null>(null);

const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];

/** The `lang` attribute: lets the browser pick CJK glyph variants, hyphenation and the screen reader's voice. */
const HTML_LANG = { en: 'en', fr: 'fr', de: 'de', ja: 'ja', zh: 'zh-Hans' } as const;

export function I18nProvider({ children }: { children: ReactNode }) {
  const [preference, setPreferenceState] = useState<LocalePreference>(() => loadLanguagePreference());
  const [languages, setLanguages] = useState(browserLanguages);

  useEffect(() => {
    const update = () => setLanguages(browserLanguages());
    window.addEventListener('languagechange', update);
    return () => window.removeEventListener('languagechange', update);
  }, []);

  const setPreference = useCallback((next: LocalePreference) => {
    saveLanguagePreference(next);
    setPreferenceState(next);
  }, []);

  const value = useMemo<I18nContextValue>(() => {
    const resolved = resolveLocale(preference, languages);
    const translator = translatorFor(resolved.locale, resolved.tag);
    // Set while rendering so anything formatted during this render (store messages, defaults) already agrees.
    setActiveTranslator(translator);
    return { translator, preference, system: resolveLocale('system', languages), setPreference };
  }, [preference, languages, setPreference]);

  useEffect(() => {
    document.documentElement.lang = HTML_LANG[value.translator.locale];
  }, [value.translator.locale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The window's translator; the component re-renders when the language changes. Outside a provider: English. */
export function useTranslator(): Translator {
  return useContext(I18nContext)?.translator ?? activeTranslator();
}

/** The language choice, for the picker in Settings. */
export function useLanguage(): Pick<I18nContextValue, 'preference' | 'system' | 'setPreference'> & { locale: Translator['locale'] } {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useLanguage() needs an <I18nProvider> above it.');
  return { preference: context.preference, system: context.system, setPreference: context.setPreference, locale: context.translator.locale };
}
