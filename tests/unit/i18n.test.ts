// The window's catalogs and language choice: every locale has exactly English's keys, every message is valid ICU
// that asks for the same arguments as English, plurals have the forms each language needs, nothing is left in
// English by mistake; the language follows the browser unless the user picked one; dates, numbers and page labels
// follow the language.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { catalogs, en, type MessageKey } from '../../renderer/src/i18n/messages';
import { LOCALES, resolveLocale, type Locale } from '../../renderer/src/i18n/locales';
import { loadLanguagePreference, saveLanguagePreference, LANGUAGE_STORAGE_KEY } from '../../renderer/src/i18n/preference';
import { translatorFor } from '../../renderer/src/i18n/translator';
import { literalFragments, messageSignature, parseMessage, pluralCategories } from '../../renderer/src/i18n/icu-text';
import { citationLabel, formatBytes, formatDate, stageLabel } from '../../renderer/src/lib/format';

const KEYS = Object.keys(en).sort() as MessageKey[];
const OTHERS = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');

/**
 * Messages that are rightly the same as English in a language (loanwords, product names, symbols). Anything else
 * equal to English is a translation someone forgot.
 */
const SAME_AS_ENGLISH: Record<Exclude<Locale, 'en'>, MessageKey[]> = {
  fr: ['sessions.nav', 'documents.heading', 'composer.label', 'source.region', 'source.pageImage', 'chat.sources', 'settings.embeddings.legend', 'settings.chunking.legend'],
  de: ['chat.region', 'settings.embeddings.legend', 'settings.pinecone.host', 'ingest.progressLabel'],
  ja: ['ingest.progressLabel'],
  zh: [],
};
/** Placeholders, symbols and unit abbreviations (KB, MB): the same everywhere. */
const NO_WORDS = (message: string) => literalFragments(parseMessage(message, 'en')).every((f) => !/\p{L}{3,}/u.test(f));

describe('the catalogs', () => {
  test('every locale has exactly the keys of English', () => {
    for (const locale of LOCALES) {
      const keys = Object.keys(catalogs[locale]).sort();
      const missing = KEYS.filter((k) => !keys.includes(k));
      const extra = keys.filter((k) => !(k in en));
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${locale}: keys differ from English`);
    }
  });

  test('every message parses as ICU and asks for exactly the arguments and tags English does', () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      for (const key of KEYS) {
        const message = catalogs[locale][key];
        try {
          const signature = messageSignature(parseMessage(message, locale));
          const expected = messageSignature(parseMessage(en[key], 'en'));
          if (signature.join() !== expected.join()) problems.push(`${locale} ${key}: uses ${signature.join(', ') || 'nothing'}, English ${expected.join(', ')}`);
        } catch (error) {
          problems.push(`${locale} ${key}: ${(error as Error).message} in ${JSON.stringify(message)}`);
        }
        if (message.trim() === '') problems.push(`${locale} ${key}: empty`);
        // A straight apostrophe can open an ICU quote and swallow text; the catalogs use ’.
        if (/'/.test(message)) problems.push(`${locale} ${key}: has a straight apostrophe`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('plurals have every form the language uses, and format for many counts', () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const tr = translatorFor(locale);
      for (const key of KEYS) {
        const plurals = pluralCategories(parseMessage(catalogs[locale][key], locale));
        for (const [argument, forms] of plurals) {
          const lacking = needed.filter((form) => !forms.includes(form));
          if (lacking.length) problems.push(`${locale} ${key}: {${argument}} lacks ${lacking.join(', ')}`);
          // Every other argument the message asks for gets a sample value, so only the plural is under test.
          const others = Object.fromEntries(messageSignature(parseMessage(en[key], 'en')).map((entry) => [entry.slice(0, entry.indexOf(':')), 'X']));
          for (const count of [0, 1, 2, 5, 21, 1234]) {
            const text = tr.t(key, { ...others, [argument]: count });
            if (!text.includes(tr.number(count))) problems.push(`${locale} ${key}: ${count} → ${JSON.stringify(text)} lacks the number`);
          }
        }
      }
    }
    assert.deepEqual(problems, []);
    // Japanese and Chinese have one form; English and French say 1 differently from 2.
    assert.equal(translatorFor('en').t('end.messages', { count: 1 }), 'the chat (1 message)');
    assert.equal(translatorFor('en').t('end.messages', { count: 2 }), 'the chat (2 messages)');
    assert.equal(translatorFor('fr').t('documents.pages', { count: 0 }), '0 page', 'French 0 is singular');
    assert.equal(translatorFor('fr').t('documents.pages', { count: 1_000_000 }), '1\u202f000\u202f000 de pages', 'French millions take « de »');
    assert.equal(translatorFor('de').t('documents.pages', { count: 1 }), '1 Seite');
    assert.equal(translatorFor('de').t('documents.pages', { count: 3 }), '3 Seiten');
    assert.equal(translatorFor('ja').t('documents.pages', { count: 3 }), '3ページ');
    assert.equal(translatorFor('zh').t('end.messages', { count: 1234 }), '聊天记录（1,234 条消息）');
  });

  test('no message is left in English by mistake', () => {
    const untranslated: string[] = [];
    for (const locale of OTHERS) {
      for (const key of KEYS) {
        if (catalogs[locale][key] === en[key] && !SAME_AS_ENGLISH[locale].includes(key) && !NO_WORDS(en[key])) untranslated.push(`${locale} ${key}`);
      }
      for (const key of SAME_AS_ENGLISH[locale]) assert.equal(catalogs[locale][key], en[key], `${locale} ${key} is listed as the same as English but is not`);
    }
    assert.deepEqual(untranslated, []);
  });
});

describe('choosing the language', () => {
  test('follows the first of the browser’s languages that Docent has, else English', () => {
    assert.equal(resolveLocale('system', ['fr-CA', 'en-US']).locale, 'fr');
    assert.equal(resolveLocale('system', ['es-ES', 'de-AT', 'en']).locale, 'de');
    assert.equal(resolveLocale('system', ['ja']).locale, 'ja');
    assert.equal(resolveLocale('system', ['zh-Hans-CN']).locale, 'zh');
    assert.equal(resolveLocale('system', ['es-ES', 'pt-BR']).locale, 'en');
    assert.equal(resolveLocale('system', []).locale, 'en');
  });

  test('the user’s choice wins over the browser', () => {
    assert.deepEqual(resolveLocale('ja', ['fr-FR', 'en']), { locale: 'ja', tag: 'ja-JP' });
    assert.equal(resolveLocale('en', ['de-DE']).locale, 'en');
  });

  test('dates and numbers use the user’s own variant of the language, and Simplified Chinese stays Simplified', () => {
    assert.equal(resolveLocale('system', ['en-GB']).tag, 'en-GB');
    assert.equal(resolveLocale('fr', ['de-DE', 'fr-CH']).tag, 'fr-CH');
    assert.equal(resolveLocale('system', ['zh-TW']).tag, 'zh-CN');
    assert.equal(resolveLocale('system', ['zh-SG']).tag, 'zh-SG');
    assert.equal(resolveLocale('system', ['not a tag!', 'de']).tag, 'de-DE');
  });

  test('the choice is remembered in storage; "system" forgets it; bad or unreadable storage means "system"', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    } as Storage;
    assert.equal(loadLanguagePreference(storage), 'system');
    saveLanguagePreference('de', storage);
    assert.equal(store.get(LANGUAGE_STORAGE_KEY), 'de');
    assert.equal(loadLanguagePreference(storage), 'de');
    saveLanguagePreference('system', storage);
    assert.equal(store.has(LANGUAGE_STORAGE_KEY), false);
    store.set(LANGUAGE_STORAGE_KEY, 'klingon');
    assert.equal(loadLanguagePreference(storage), 'system');
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    assert.equal(loadLanguagePreference(broken), 'system');
    assert.doesNotThrow(() => saveLanguagePreference('fr', broken));
    assert.equal(loadLanguagePreference(null), 'system');
  });
});

describe('words and numbers in the window’s language', () => {
  const citation = { fileName: 'rapport.pdf', page: 7, pageEnd: 8 };

  test('page labels', () => {
    assert.equal(citationLabel(citation, translatorFor('en')), 'rapport.pdf, pp. 7–8');
    assert.equal(citationLabel({ ...citation, pageEnd: 7 }, translatorFor('de')), 'rapport.pdf, S. 7');
    assert.equal(citationLabel(citation, translatorFor('zh')), 'rapport.pdf，第 7–8 页');
    assert.equal(citationLabel({ ...citation, page: 1200, pageEnd: 1200 }, translatorFor('en')), 'rapport.pdf, p. 1200', 'page numbers are not grouped');
    assert.equal(citationLabel({ ...citation, page: 0, pageEnd: 0 }, translatorFor('ja')), 'rapport.pdf');
  });

  test('sizes with the locale’s decimal mark and units', () => {
    const size = Math.round(1.5 * 1024 * 1024);
    assert.equal(formatBytes(size, translatorFor('en')), '1.5 MB');
    assert.equal(formatBytes(size, translatorFor('fr')), '1,5 Mo');
    assert.equal(formatBytes(size, translatorFor('de')), '1,5 MB');
    assert.equal(formatBytes(2048, translatorFor('fr')), '2 Ko');
    assert.equal(formatBytes(512, translatorFor('en')), '512 B');
  });

  test('dates as the locale writes them', () => {
    const iso = '2024-03-05T14:07:00';
    const expected = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    assert.equal(formatDate(iso, translatorFor('de', 'de-DE')), expected('de-DE'));
    assert.match(formatDate(iso, translatorFor('de', 'de-DE')), /05\.03\.2024/);
    assert.match(formatDate(iso, translatorFor('ja', 'ja-JP')), /2024\/03\/05/);
    assert.match(formatDate(iso, translatorFor('en', 'en-US')), /Mar 5, 2024/);
    assert.equal(formatDate('not a date', translatorFor('fr')), '');
  });

  test('ingest stages with counts', () => {
    assert.equal(stageLabel('extract', 3, 1200, translatorFor('en', 'en-US')), 'Reading pages 3/1,200');
    assert.equal(stageLabel('embed', 2, 4, translatorFor('fr')), 'Vectorisation des passages 2/4');
    assert.equal(stageLabel('chunk', 2, 4, translatorFor('de')), 'Wird in Abschnitte zerlegt');
    assert.equal(stageLabel('store', 0, 0, translatorFor('zh')), '正在存储');
  });

  test('without a translator, the formatters speak English (the window’s default)', () => {
    assert.equal(citationLabel({ ...citation, pageEnd: 7 }), 'rapport.pdf, p. 7');
  });
});
