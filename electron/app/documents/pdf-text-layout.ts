// Joins pdf.js text items into lines and paragraphs. pdf.js returns items in content-stream order,
// which for typeset documents is reading order (a two-column paper gives the left column, then the
// right), so the items are never re-sorted by position: that would interleave the columns line by
// line. Positions only decide where the spaces, line breaks and blank lines go.

export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  /** [a, b, c, d, x, y]: the text matrix; y grows upwards. */
  transform: number[];
  width: number;
  height: number;
}

/** A line break without a hyphen-joined word: "contempo-\nraneous" reads "contemporaneous". */
const HYPHENATED_BREAK = /(\p{Ll})-\n(\p{Ll})/gu;

/**
 * Arabic fonts often map glyphs to "presentation forms" (positional shapes such as U+FEDF), which
 * look right but match nothing a user types; NFKC turns them back into ordinary Arabic letters.
 */
const ARABIC_PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]+/g;

export function layoutPageText(items: readonly PdfTextItem[]): string {
  const out: string[] = [];
  /** Baseline and font size of the line being written; null before the first text. */
  let lineY: number | null = null;
  let lineSize = 0;
  let prevEndX = 0;
  let prevSize = 0;
  let pendingEOL = false;
  let last = ''; // last character written

  const push = (s: string) => {
    out.push(s);
    last = s[s.length - 1];
  };

  for (const item of items) {
    const [a, b, c, d, x, y] = item.transform;
    const size = Math.max(Math.hypot(c, d), Math.hypot(a, b), item.height) || 1;
    if (item.str === '') {
      // Empty items carry only a line end (pdf.js marks a break this way).
      if (item.hasEOL && lineY !== null) pendingEOL = true;
      continue;
    }
    if (lineY === null) {
      lineY = y;
      lineSize = size;
    } else {
      const dy = Math.abs(y - lineY);
      // Superscripts and subscripts sit less than ~0.7 em off the baseline; a real new line more.
      if (pendingEOL || dy > Math.max(size, lineSize) * 0.7) {
        // A gap of more than ~1.6 lines, or a jump back up the page (the next column), starts a paragraph.
        const up = y > lineY + lineSize;
        const gap = lineY - y;
        push(up || gap > Math.max(size, lineSize) * 1.6 ? '\n\n' : '\n');
        lineY = y;
        lineSize = size;
      } else {
        const gapX = x - prevEndX;
        if (gapX > Math.min(size, prevSize) * 0.15 && last !== ' ' && !item.str.startsWith(' ')) push(' ');
        if (dy < 0.1 * size) lineSize = Math.max(lineSize, size);
      }
    }
    push(item.str);
    pendingEOL = item.hasEOL;
    prevEndX = x + item.width;
    prevSize = size;
  }
  return out
    .join('')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(HYPHENATED_BREAK, '$1$2')
    .replace(ARABIC_PRESENTATION_FORMS, (forms) => forms.normalize('NFKC'))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
