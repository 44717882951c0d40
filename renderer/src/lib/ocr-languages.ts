// Tesseract names languages by ISO 639-2 codes (eng, fra, chi_sim); the window shows them in the user's language.
const ISO_639_1: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  rus: 'ru',
  jpn: 'ja',
  chi_sim: 'zh-Hans',
  chi_tra: 'zh-Hant',
  kor: 'ko',
  ara: 'ar',
  heb: 'he',
};

export function ocrLanguageName(code: string, displayLocale: string): string {
  const tag = ISO_639_1[code];
  if (!tag) return code;
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'language' }).of(tag) ?? code;
  } catch {
    return code;
  }
}
