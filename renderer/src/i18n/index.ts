// The window's languages: wrap the app in <I18nProvider>, read words with `useTranslator()`.
export { I18nProvider, useLanguage, useTranslator } from './I18nProvider';
export { activeTranslator, translatorFor, type Translator, type MessageValues, type RichValues } from './translator';
export { LOCALES, LOCALE_NAMES, resolveLocale, localeOfTag, isLocale, type Locale, type LocalePreference, type ResolvedLocale } from './locales';
export { loadLanguagePreference, saveLanguagePreference, LANGUAGE_STORAGE_KEY } from './preference';
export type { MessageKey, Messages } from './messages';
export { sayMessage, messageKeys, type Sayable, type Said } from './say';
