// Every catalog by locale. English is the source; the others are checked against it by type and by tests/unit/i18n.test.ts.
import type { Locale } from '../locales';
import { en, type Messages } from './en';
import { fr } from './fr';
import { de } from './de';
import { ja } from './ja';
import { zh } from './zh';

export { en, type MessageKey, type Messages } from './en';

export const catalogs: Readonly<Record<Locale, Messages>> = { en, fr, de, ja, zh };
