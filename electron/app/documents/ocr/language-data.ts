// Finds the Tesseract language data installed as npm packages (@tesseract.js-data/<code>), so that
// recognition never downloads anything: tesseract.js would otherwise fetch it from a CDN.
import { mkdtemp, rm, symlink, copyFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageDir } from '../package-paths';

/**
 * Each package ships two builds; "4.0.0_best_int" is the LSTM-only model tesseract.js itself picks for
 * its default (LSTM) engine: 3 MB for English against 11 MB for "4.0.0", which adds the legacy engine.
 */
const MODEL_FOLDER = '4.0.0_best_int';

export interface LanguageData {
  /** The folder holding <code>.traineddata.gz for every requested language. */
  langPath: string;
  /** 'eng+fra', as Tesseract takes several languages. */
  langs: string;
  /** Removes the temporary folder made when several languages were asked for. */
  release(): Promise<void>;
}

export class MissingLanguageError extends Error {
  constructor(readonly language: string) {
    super(
      /^[a-z]{3}(_[a-z]+)?$/i.test(language)
        ? `OCR language "${language}" is not installed (npm package @tesseract.js-data/${language})`
        : `"${language}" is not an OCR language code (expected e.g. "eng" or "chi_sim")`,
    );
    this.name = 'MissingLanguageError';
  }
}

/** The installed model file of one language, or a MissingLanguageError. */
export function languageFile(code: string): string {
  // The code becomes part of a package name and a path: only Tesseract's own shape of codes is allowed.
  if (!/^[a-z]{3}(_[a-z]+)?$/i.test(code)) throw new MissingLanguageError(code);
  let dir: string;
  try {
    dir = packageDir(`@tesseract.js-data/${code}`);
  } catch {
    throw new MissingLanguageError(code);
  }
  const file = path.join(dir, MODEL_FOLDER, `${code}.traineddata.gz`);
  if (!existsSync(file)) throw new MissingLanguageError(code);
  return file;
}

/**
 * tesseract.js reads every language from one folder (langPath). One language: its package's folder.
 * Several: each package has its own folder, so a temporary folder links (or, where links are not
 * allowed, copies) their files side by side.
 */
export async function prepareLanguageData(languages: string[]): Promise<LanguageData> {
  const files = languages.map(languageFile);
  const langs = languages.join('+');
  if (files.length === 1) return { langPath: path.dirname(files[0]), langs, release: async () => {} };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'docent-ocr-langs-'));
  try {
    for (const file of files) {
      const target = path.join(dir, path.basename(file));
      await symlink(file, target).catch(() => copyFile(file, target));
    }
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  return { langPath: dir, langs, release: () => rm(dir, { recursive: true, force: true }) };
}

/** The OCR languages installed with the app (one npm package each), for the settings page. */
export function installedOcrLanguages(): string[] {
  let scope: string;
  try {
    scope = path.dirname(packageDir('@tesseract.js-data/eng'));
  } catch {
    return [];
  }
  return readdirSync(scope)
    .filter((code) => /^[a-z]{3}(_[a-z]+)?$/.test(code))
    .filter((code) => {
      try {
        languageFile(code);
        return true;
      } catch {
        return false;
      }
    })
    .sort();
}
