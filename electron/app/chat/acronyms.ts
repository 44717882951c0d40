// Acronyms and the names they stand for: a question about the "MVP" is answered by a sentence naming the "Most Valuable
// Player", and one about the "American Football Conference" by a sentence saying "AFC". Only what a text spells out
// itself is used (the initials of a run of capitalised words), never a dictionary. Pure functions: no I/O.
import { terms } from '../embeddings/lexical-terms';
import { NAME_CONNECTORS, nameRuns } from './name-runs';

/** A written acronym: two to six capitals, optionally with a plural s ("NGOs"). */
const ACRONYM = /\b(\p{Lu}{2,6})s?\b/gu;

/** A word of a name written as an acronym of two to four capitals: "HM", "NHS". */
const SHORT_ACRONYM = /^\p{Lu}{2,4}$/u;

export interface Expansion {
  /** The stem of the acronym as terms() gives it ("mvp"). */
  acronym: string;
  /** The stems of the words it stands for. */
  stems: string[];
}

/**
 * The acronyms a text's names make: every stretch of two to six consecutive capitalised words of a run gives its
 * initials, so "Super Bowl Most Valuable Player" yields "MVP" as well as "SBMVP".
 */
export function namesWithAcronyms(text: string): Expansion[] {
  const out: Expansion[] = [];
  for (const run of nameRuns(text)) {
    // The small words between a name's words give no letter ("Bank of England" is BE).
    const words = run.text.split(/\s+/).filter((w) => !NAME_CONNECTORS.has(w.toLowerCase()));
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 2; j <= Math.min(words.length, i + 6); j++) {
        const part = words.slice(i, j);
        const stems = part.flatMap((w) => terms(w).filter((t) => !t.stop).map((t) => t.stem));
        const acronym = stemOf(part.map((w) => w[0]).join(''));
        if (acronym) out.push({ acronym, stems });
        // A word that is itself an acronym gives all its letters: "HM Revenue and Customs" is HMRC.
        const lettered = part.some((w) => SHORT_ACRONYM.test(w)) ? stemOf(part.map((w) => (SHORT_ACRONYM.test(w) ? w : w[0])).join('')) : undefined;
        if (lettered && lettered !== acronym) out.push({ acronym: lettered, stems });
      }
    }
  }
  return out;
}

/**
 * Of `acronyms` (stems of written ones, "agm"), those a run of the text's words spells out in lower case: "the annual
 * general meeting" for "AGM". Only three letters or more, and only content words written together: two initials
 * ("the ice age" for "IA") and small words ("is at me") spell something by chance.
 */
export function spelledInLowerCase(text: string, acronyms: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const wanted = [...acronyms].filter((a) => a.length >= 3 && /^\p{L}+$/u.test(a));
  if (!wanted.length) return out;
  // Words written together: a comma, a full stop or a bracket between two words ends a run.
  const runs = text.split(/[^\p{L}\p{M}\s'’-]+/u).map((part) => part.split(/[\s-]+/).filter(Boolean));
  for (const words of runs) {
    const initials = words.map((w) => (terms(w)[0]?.stop === false ? w[0].toLowerCase() : ' ')).join('');
    for (const acronym of wanted) if (initials.includes(acronym)) out.add(acronym);
  }
  return out;
}

/** Of `acronyms` (stems of written ones), those the text spells out, in capitalised names or in lower case. */
export function acronymsSpelledOut(text: string, acronyms: ReadonlySet<string>): Set<string> {
  const out = spelledInLowerCase(text, acronyms);
  if (acronyms.size) for (const name of namesWithAcronyms(text)) if (acronyms.has(name.acronym)) out.add(name.acronym);
  return out;
}

/** The stems of the acronyms written in a text ("NFL", "NGOs"). */
export function writtenAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(ACRONYM)) {
    const s = stemOf(m[1]);
    if (s) out.add(s);
  }
  return out;
}

function stemOf(word: string): string | undefined {
  return terms(word)[0]?.stem;
}
