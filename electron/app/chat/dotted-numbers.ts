// A number written with dots is one word to the answerer: "4.1.3" is a version, "1.30" a time, "2.5" an amount.
// The shared tokenizer (lexical-terms.ts) splits them at the dots, as the search index was built; matched figure by
// figure, "When was version 4.1.3 released?" found "4 GB of free disk space" and "Monday 4 January".
import type { Term } from '../embeddings/lexical-terms';

const DIGITS = /^\d+$/;
/** A version's "v" ("v4.2.0") and its trailing ".0" ("4.2.0" is what "4.2" asks for). */
const VERSION_PREFIX = /^v(?=\d)/;
const TRAILING_ZEROS = /^(\d+\.\d+)(?:\.0)+$/;

/** A figure run into its unit, as the tokenizer leaves "103.5FM": "5fm". */
const FIGURE_AND_UNIT = /^(\d+)(\p{L}+)$/u;

/**
 * `all` (terms of `text`, in order) with each run of figures joined by single dots made one term. A unit written onto
 * the last figure stays a word of its own ("103.5FM" is "103.5" and "fm", as "103.5 FM" is).
 */
export function joinedDottedNumbers(all: Term[], text: string): Term[] {
  let out: Term[] | undefined;
  for (let i = 0; i < all.length; i++) {
    const first = all[i]!;
    let j = i;
    let unit: RegExpMatchArray | null = null;
    while (j + 1 < all.length && /\d$/.test(all[j]!.word) && dotBetween(all[j]!, all[j + 1]!, text)) {
      const next = all[j + 1]!.word;
      if (DIGITS.test(next)) {
        j++;
        continue;
      }
      // A unit run onto the last figure ends the number; any other word after a dot is not part of it.
      unit = FIGURE_AND_UNIT.exec(next);
      if (unit) j++;
      break;
    }
    if (j === i) {
      out?.push(first);
      continue;
    }
    out ??= all.slice(0, i);
    const last = all[j]!;
    const end = last.offset + (unit ? unit[1]!.length : last.word.length);
    const word = text.slice(first.offset, end).toLowerCase();
    const stem = word.replace(VERSION_PREFIX, '').replace(TRAILING_ZEROS, '$1');
    out.push({ ...first, word, stem, stop: false });
    if (unit) out.push({ ...last, word: unit[2]!, stem: unit[2]!, offset: end });
    i = j;
  }
  return out ?? all;
}

/** Whether one dot and nothing else stands between two terms, as in "4.2" (not "4. 2", "4..2" or "4,2"). */
function dotBetween(a: Term, b: Term, text: string): boolean {
  const end = a.offset + a.word.length;
  return b.offset === end + 1 && text[end] === '.';
}
