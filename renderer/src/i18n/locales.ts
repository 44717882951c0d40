// The languages Docent speaks and how the window picks one: the user's choice, else the first of the browser's
// (the OS's) preferred languages that Docent has, else English.

export const LOCALES = ['en', 'fr', 'de', 'ja', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language by its own name, so a user can find theirs whatever the window shows now. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  ja: '日本語',
  zh: '简体中文',
};

/** For dates and numbers when the user's own tag for the language is not known. */
const DEFAULT_TAGS: Readonly<Record<Locale, string>> = { en: 'en-US', fr: 'fr-FR', de: 'de-DE', ja: 'ja-JP', zh: 'zh-CN' };

export type LocalePreference = 'system' | Locale;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The catalog for a BCP 47 tag (`fr-CA` → fr, `zh-Hans-CN` → zh), or null when Docent has none. */
export function localeOfTag(tag: string): Locale | null {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : null;
}

function canonicalTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/** The catalog is Simplified Chinese, so dates and numbers use a Simplified tag too (never zh-TW's script). */
function fitsCatalog(locale: Locale, tag: string): boolean {
  return locale !== 'zh' || /^zh-(hans|cn|sg|my)\b/i.test(tag);
}

export interface ResolvedLocale {
  /** Which catalog the window shows. */
  locale: Locale;
  /** The BCP 47 tag for Intl formatting: the user's own regional variant when it matches (en-GB, fr-CA, de-CH). */
  tag: string;
}

/** What the window shows for a preference, given the browser's `navigator.languages`. */
export function resolveLocale(preference: LocalePreference, languages: readonly string[]): ResolvedLocale {
  let locale: Locale = 'en';
  if (preference !== 'system') locale = preference;
  else {
    for (const tag of languages) {
      const found = localeOfTag(tag);
      if (found) {
        locale = found;
        break;
      }
    }
  }
  for (const tag of languages) {
    const canonical = canonicalTag(tag);
    if (canonical && localeOfTag(canonical) === locale && canonical.includes('-') && fitsCatalog(locale, canonical)) return { locale, tag: canonical };
  }
  return { locale, tag: DEFAULT_TAGS[locale] };
}
