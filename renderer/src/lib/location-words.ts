// A citation's location in the window's language: the rules of shared/location.ts with the words of the window's
// catalogs (`location.*`), so the chips, the marker labels and the source viewer say what the CLI and the exported
// chat say in English.
import type { Citation } from '../../../shared/model';
import { citationLocation, wordLocationWith, type LocationWords } from '../../../shared/location';
import { activeTranslator, type Translator } from '../i18n';

const tables = new WeakMap<Translator, LocationWords>();

export function locationWords(tr: Translator): LocationWords {
  let words = tables.get(tr);
  if (!words) {
    words = {
      page: (page) => tr.t('citation.page', { page }),
      pages: (first, last) => tr.t('citation.pages', { first, last }),
      printed: (printed, physical) => tr.t('location.printed', { printed, physical }),
      pdfPage: (page) => tr.t('location.pdfPage', { page }),
      pdfPages: (first, last) => tr.t('location.pdfPages', { first, last }),
      slide: (n) => tr.t('location.slide', { n }),
      slides: (first, last) => tr.t('location.slides', { first, last }),
      sheet: (name) => tr.t('location.sheet', { name }),
      sheetNumber: (n) => tr.t('location.sheetNumber', { n }),
      row: (n) => tr.t('location.row', { n }),
      rows: (first, last) => tr.t('location.rows', { first, last }),
      chapter: (n) => tr.t('location.chapter', { n }),
      chapterTitled: (n, title) => tr.t('location.chapterTitled', { n, title }),
      section: (heading) => tr.t('location.section', { heading }),
      line: (n) => tr.t('location.line', { n }),
      lines: (first, last) => tr.t('location.lines', { first, last }),
      both: (first, second) => tr.t('location.both', { first, second }),
      span: (from, to) => tr.t('location.span', { from, to }),
    };
    tables.set(tr, words);
  }
  return words;
}

/** Where a citation is, in the window's language ('' when the file is all there is to say). */
export function citationWhere(citation: Pick<Citation, 'page' | 'pageEnd' | 'location'>, tr: Translator = activeTranslator()): string {
  const location = citationLocation(citation);
  return location ? wordLocationWith(location, locationWords(tr)) : '';
}

/** "report.pdf, p. 7" in the window's language. */
export function citationLabel(citation: Pick<Citation, 'fileName' | 'page' | 'pageEnd' | 'location'>, tr: Translator = activeTranslator()): string {
  const where = citationWhere(citation, tr);
  return where ? tr.t('citation.label', { file: citation.fileName, where }) : citation.fileName;
}
