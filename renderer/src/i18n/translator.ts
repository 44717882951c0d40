// Formats the window's words, dates and numbers for one locale, on react-intl's `createIntl` (ICU MessageFormat,
// plurals from Intl.PluralRules). Code outside React (the store's error messages, lib/format.ts defaults) reads
// `activeTranslator()`, which the I18nProvider keeps pointing at the window's language.
import type { ReactNode } from 'react';
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { catalogs, en, type MessageKey } from './messages';
import type { Locale } from './locales';

export type MessageValues = Record<string, string | number | Date | null | undefined>;
/** Values for messages with tags or elements: a tag's value renders its text (`strong: (text) => <strong>{text}</strong>`). */
export type RichValues = Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)>;

export interface Translator {
  /** The catalog in use. */
  readonly locale: Locale;
  /** The BCP 47 tag dates and numbers are formatted with. */
  readonly tag: string;
  t(key: MessageKey, values?: MessageValues): string;
  /** A message with tags, as React nodes. */
  rich(key: MessageKey, values: RichValues): ReactNode;
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

const cache = createIntlCache();
const translators = new Map<string, Translator>();

function makeTranslator(locale: Locale, tag: string): Translator {
  const intl: IntlShape = createIntl(
    {
      locale: tag,
      defaultLocale: 'en',
      messages: catalogs[locale],
      // Every catalog has every key (tsc and the unit test see to it), so an error here is a real bug: say so.
      onError: (error) => console.error(`[i18n] ${error.message}`),
    },
    cache,
  );
  const describe = (key: MessageKey) => ({ id: key, defaultMessage: en[key] });
  return {
    locale,
    tag,
    t: (key, values) => String(intl.formatMessage(describe(key), values as Record<string, string | number | Date | null | undefined>)),
    rich: (key, values) => intl.formatMessage(describe(key), values as Parameters<IntlShape['formatMessage']>[1]) as ReactNode,
    date: (value, options) => intl.formatDate(value, options),
    number: (value, options) => intl.formatNumber(value, options as Parameters<IntlShape['formatNumber']>[1]),
  };
}

/** One translator per locale and tag, made once. */
export function translatorFor(locale: Locale, tag: string = locale): Translator {
  const id = `${locale}|${tag}`;
  let translator = translators.get(id);
  if (!translator) {
    translator = makeTranslator(locale, tag);
    translators.set(id, translator);
  }
  return translator;
}

let active: Translator = translatorFor('en', 'en-US');

/** The window's current translator, for code that runs outside React. English until the provider mounts. */
export function activeTranslator(): Translator {
  return active;
}

export function setActiveTranslator(translator: Translator): void {
  active = translator;
}
