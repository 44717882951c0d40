// A citation's location in words. The rules live here once (`wordLocationWith`): which parts a location has and in
// what order. The words come from a table: English here (what the CLI prints and the exported chat says), the user's
// language in the window (renderer/src/lib/location-words.ts, from its catalogs). Pure TypeScript: no Node, no DOM.
import type { Citation, CitationLocation } from './model';

/** The words of one language for the parts of a location. Numbers arrive as strings: page numbers are labels, not quantities. */
export interface LocationWords {
  page(page: string): string;
  pages(first: string, last: string): string;
  /** A printed page label with the page's place in the PDF beside it. */
  printed(printed: string, physical: string): string;
  pdfPage(page: string): string;
  pdfPages(first: string, last: string): string;
  slide(n: string): string;
  slides(first: string, last: string): string;
  sheet(name: string): string;
  sheetNumber(n: string): string;
  row(n: string): string;
  rows(first: string, last: string): string;
  chapter(n: string): string;
  chapterTitled(n: string, title: string): string;
  section(heading: string): string;
  line(n: string): string;
  lines(first: string, last: string): string;
  /** Two parts of one place: "sheet Q3, rows 2–5". */
  both(first: string, second: string): string;
  /** From one place to another: "chapter 3 – chapter 4". */
  span(from: string, to: string): string;
}

export const ENGLISH_LOCATION_WORDS: LocationWords = {
  page: (page) => `p. ${page}`,
  pages: (first, last) => `pp. ${first}–${last}`,
  printed: (printed, physical) => `${printed} (${physical})`,
  pdfPage: (page) => `PDF page ${page}`,
  pdfPages: (first, last) => `PDF pages ${first}–${last}`,
  slide: (n) => `slide ${n}`,
  slides: (first, last) => `slides ${first}–${last}`,
  sheet: (name) => `sheet ${name}`,
  sheetNumber: (n) => `sheet ${n}`,
  row: (n) => `row ${n}`,
  rows: (first, last) => `rows ${first}–${last}`,
  chapter: (n) => `chapter ${n}`,
  chapterTitled: (n, title) => `chapter ${n}: ${title}`,
  section: (heading) => `§ ${heading}`,
  line: (n) => `line ${n}`,
  lines: (first, last) => `lines ${first}–${last}`,
  both: (first, second) => `${first}, ${second}`,
  span: (from, to) => `${from} – ${to}`,
};

const join = (w: LocationWords, parts: string[]) => parts.filter(Boolean).reduce((a, b) => (a ? w.both(a, b) : b), '');

/** "p. 7", or "p. vii (PDF page 9)" where the printed label differs from the page's place in the file. */
function pageWords(loc: CitationLocation, w: LocationWords): string {
  const one = loc.first === loc.last;
  const printedFirst = loc.label ?? String(loc.first);
  const printedLast = one ? printedFirst : (loc.lastLabel ?? String(loc.last));
  const printed = one ? w.page(printedFirst) : w.pages(printedFirst, printedLast);
  if (printedFirst === String(loc.first) && printedLast === String(loc.last)) return printed;
  return w.printed(printed, one ? w.pdfPage(String(loc.first)) : w.pdfPages(String(loc.first), String(loc.last)));
}

function rangeOf(w: LocationWords, kind: 'row' | 'line', range: { first: number; last: number }): string {
  if (range.first === range.last) return kind === 'row' ? w.row(String(range.first)) : w.line(String(range.first));
  return kind === 'row' ? w.rows(String(range.first), String(range.last)) : w.lines(String(range.first), String(range.last));
}

/** The words for a location in one language; '' when it says nothing beyond the file. */
export function wordLocationWith(loc: CitationLocation, w: LocationWords): string {
  const spans = loc.last !== loc.first;
  switch (loc.kind) {
    case 'page':
      return pageWords(loc, w);
    case 'slide':
      return spans ? w.slides(String(loc.first), String(loc.last)) : w.slide(String(loc.first));
    case 'chapter': {
      const chapter = (n: number, title?: string) => (title ? w.chapterTitled(String(n), title) : w.chapter(String(n)));
      return spans ? w.span(chapter(loc.first, loc.label), chapter(loc.last, loc.lastLabel)) : chapter(loc.first, loc.label);
    }
    case 'sheet': {
      const sheet = (name: string | undefined, n: number) => (name ? w.sheet(name) : w.sheetNumber(String(n)));
      if (spans) {
        const from = join(w, [sheet(loc.label, loc.first), loc.rows ? w.row(String(loc.rows.first)) : '']);
        const to = join(w, [sheet(loc.lastLabel, loc.last), loc.rows ? w.row(String(loc.rows.last)) : '']);
        return w.span(from, to);
      }
      // A CSV file is one unnamed table: its rows say it all.
      return join(w, [loc.label ? w.sheet(loc.label) : '', loc.rows ? rangeOf(w, 'row', loc.rows) : '']);
    }
    case 'section': {
      const headings =
        loc.label && loc.lastLabel && loc.lastLabel !== loc.label ? w.span(w.section(loc.label), w.section(loc.lastLabel)) : loc.label ? w.section(loc.label) : '';
      return join(w, [headings, loc.lines ? rangeOf(w, 'line', loc.lines) : '']);
    }
  }
}

/** The location in English words. */
export function wordLocation(loc: CitationLocation): string {
  return wordLocationWith(loc, ENGLISH_LOCATION_WORDS);
}

/** Where a citation is: its location, or for one without (saved before locations were data), its page numbers. */
export function citationLocation(citation: Pick<Citation, 'page' | 'pageEnd' | 'location'>): CitationLocation | undefined {
  if (citation.location) return citation.location;
  if (citation.page <= 0) return undefined;
  return { kind: 'page', first: citation.page, last: Math.max(citation.page, citation.pageEnd) };
}

/** Where a citation is, in English words ('' when the file is all there is to say). */
export function citationWhere(citation: Pick<Citation, 'page' | 'pageEnd' | 'location'>): string {
  const location = citationLocation(citation);
  return location ? wordLocation(location) : '';
}

/** "report.pdf, p. 7": the file and where in it, as the CLI and the exported chat name a source. */
export function citationLabelEnglish(citation: Pick<Citation, 'fileName' | 'page' | 'pageEnd' | 'location'>): string {
  const where = citationWhere(citation);
  return where ? `${citation.fileName}, ${where}` : citation.fileName;
}
