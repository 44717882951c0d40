// Abbreviations as the words they stand for, so that a question in full words finds the sentence written in short:
// "What is the phone extension?" of "tel. 0113 496 0021, ext. 4021", "How many tablespoons of sugar?" of "2 tbsp
// sugar", "What is the maximum load?" of "load max. 7 kg". Without this the answerer found none of the question's words
// in such a line and refused. Used by the answerer only (function-words.ts), on the question and the sentences alike:
// the lexical embedder's terms stay as they are, since stored vectors depend on them.
import { stem, type Term } from '../embeddings/lexical-terms';

/**
 * When a short form is read as its word: `always` where it means nothing else; `dotted` where it is also a word of its
 * own ("fig", "apt") and only "fig." is the abbreviation; `numbered` where only a figure after it says so ("No. 5",
 * "min. 20"); `measure` where only a figure before it does ("3 hr", "20 min", "8 oz": "HR" and "SEC" are no hours and
 * seconds). And `amount`, for "most" and "least" said of an amount rather than of a quality: "at most 6 pounds", "the
 * most I can be fined" are a maximum; "the most popular", "most people" are not. `titled` where only a name after it
 * says so: "Dr Owen Price", "Prof. Lee" are a doctor and a professor; "Elm Dr, Leeds" is a drive. `ordinal`, always
 * read as its word, but not searched for where a question says the word: "the first president" is no cue to look for
 * "1st", which is rare enough to outweigh the question's own words in the search. `month` where a figure beside it
 * dates it ("14 Mar 2027", "Mar 2027") or it stands alone as a table's cell ("Month: Mar"): "Jan" is also a name, "mar" a
 * verb.
 */
type When = 'always' | 'dotted' | 'numbered' | 'measure' | 'amount' | 'titled' | 'ordinal' | 'month';

const SHORT_FORMS: ReadonlyArray<readonly [short: string, word: string, when: When]> = [
  ['acct', 'account', 'always'],
  ['amt', 'amount', 'always'],
  ['appt', 'appointment', 'always'],
  ['approx', 'approximately', 'always'],
  ['asst', 'assistant', 'always'],
  ['avg', 'average', 'always'],
  ['bike', 'bicycle', 'always'], // "Is my bike covered?" of "Bicycles worth more than £750 must be named…"
  ['bikes', 'bicycles', 'always'],
  ['bldg', 'building', 'always'],
  ['blvd', 'boulevard', 'always'],
  ['dept', 'department', 'always'],
  ['ext', 'extension', 'always'],
  ['govt', 'government', 'always'],
  ['hrs', 'hours', 'always'],
  ['intl', 'international', 'always'],
  ['prep', 'prepare', 'always'], // "Which dinner takes longest to prepare?" of a meal plan's "Prep time (min)".
  ['kg', 'kilograms', 'always'],
  ['km', 'kilometres', 'always'], // "Which week has the most kilometres?" of a plan's "Total km" column
  ['kms', 'kilometres', 'always'],
  ['lbs', 'pounds', 'always'],
  ['max', 'maximum', 'always'],
  ['mgr', 'manager', 'always'],
  ['mins', 'minutes', 'always'],
  ['natl', 'national', 'always'],
  ['pkg', 'package', 'always'],
  ['qty', 'quantity', 'always'],
  ['tbsp', 'tablespoons', 'always'],
  ['tel', 'phone', 'always'], // what questions say, rather than "telephone"
  ['tsp', 'teaspoons', 'always'],
  ['univ', 'university', 'always'],
  ['vet', 'veterinary', 'always'], // "the vet's number" of "Eskside Veterinary Surgery"; "vetted" is a word of its own
  ['wt', 'weight', 'always'],
  ['yrs', 'years', 'always'],
  ['apt', 'apartment', 'dotted'],
  ['ave', 'avenue', 'dotted'],
  ['fig', 'figure', 'dotted'],
  ['figs', 'figures', 'dotted'],
  ['mt', 'mount', 'dotted'],
  ['rd', 'road', 'dotted'],
  ['ref', 'reference', 'dotted'],
  ['vol', 'volume', 'dotted'],
  ['min', 'minimum', 'numbered'],
  ['no', 'number', 'numbered'],
  ['nos', 'numbers', 'numbered'],
  ['hr', 'hours', 'measure'],
  ['lb', 'pounds', 'measure'],
  ['min', 'minutes', 'measure'],
  ['oz', 'ounces', 'measure'],
  ['sec', 'seconds', 'measure'],
  ['secs', 'seconds', 'measure'],
  ['wk', 'weeks', 'measure'],
  ['wks', 'weeks', 'measure'],
  ['yr', 'years', 'measure'],
  // "When is the first payment due?" of "…on the 1st of each month from April".
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map(
    (word, i) => [`${i + 1}${['st', 'nd', 'rd'][i] ?? 'th'}`, word, 'ordinal'] as const,
  ),
  // "How much electricity did we use in March?" of a sheet's rows "Month: Mar".
  ...['jan january', 'feb february', 'mar march', 'apr april', 'jun june', 'jul july', 'aug august', 'sep september', 'sept september', 'oct october', 'nov november', 'dec december'].map(
    (pair) => [...(pair.split(' ') as [string, string]), 'month'] as const,
  ),
  ['dr', 'doctor', 'titled'],
  ['prof', 'professor', 'titled'],
  ['most', 'maximum', 'amount'],
  ['least', 'minimum', 'amount'],
];

const READINGS = new Map<string, Array<{ stem: string; when: When }>>();
for (const [short, word, when] of SHORT_FORMS) {
  const readings = READINGS.get(short) ?? [];
  readings.push({ stem: stem(word), when });
  READINGS.set(short, readings);
}

/**
 * The short forms of the words a question says, where a short form is read as its word without a figure beside it:
 * searched for beside the question, since the search's own terms take "Dr" as written. "What's the doctor's phone
 * number?" of an address book's "Name: Dr Owen Price" found no passage holding "doctor" and was refused.
 */
const SHORT_FORMS_OF = new Map<string, string[]>();
for (const [short, word, when] of SHORT_FORMS) {
  if (when !== 'always' && when !== 'titled') continue;
  SHORT_FORMS_OF.set(stem(word), [...(SHORT_FORMS_OF.get(stem(word)) ?? []), short]);
}

/** The short forms of `question`'s words that the search should look for too ("doctor" → "dr"). */
export function shortFormsAsked(question: string): string[] {
  const words = question.toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...new Set(words.flatMap((word) => SHORT_FORMS_OF.get(stem(word)) ?? []))];
}

const FIGURE_AFTER = /^\.\s?\d/;
/** A capitalised name after the title, its dot optional: "Dr Owen", "Prof. Lee". */
const NAME_AFTER = /^\.?\s\p{Lu}/u;
const FIGURE_BEFORE = /\d\s?$/;
/** "the most", "at least" before a figure or before who may have it: "at most 6", "the most I can", "at least £20". */
const AMOUNT_BEFORE = /\b(?:the|at)\s$/i;
const AMOUNT_AFTER = /^\s(?:[£$€]?\d|(?:i|you|we|they|he|she|one|it)\b)/i;
/** A month's short form dated by a figure ("14 Mar", "Mar 2027", "Mar-27"), or a cell to itself ("Month: Mar;"). */
const DATED_BEFORE = /\d[\s/-]?$/;
const DATED_AFTER = /^\.?[\s/-]?'?\d/;
const CELL_BEFORE = /(?:^|[:;|\t\n]\s*)$/;
const CELL_AFTER = /^\.?\s*(?:$|[;|\t\n,])/;

/** `term` of `text` read as the word it abbreviates there, or itself where it abbreviates none. */
export function expandedAbbreviation(term: Term, text: string): Term {
  const readings = READINGS.get(term.word);
  if (!readings) return term;
  const end = term.offset + term.word.length;
  for (const reading of readings) {
    if (!holds(reading.when, text, term.offset, end)) continue;
    return { ...term, stem: reading.stem, stop: false };
  }
  return term;
}

function holds(when: When, text: string, start: number, end: number): boolean {
  switch (when) {
    case 'always':
    case 'ordinal':
      return true;
    case 'dotted':
      return text[end] === '.';
    case 'numbered':
      return FIGURE_AFTER.test(text.slice(end, end + 3));
    case 'measure':
      return FIGURE_BEFORE.test(text.slice(Math.max(0, start - 2), start));
    case 'titled':
      return NAME_AFTER.test(text.slice(end, end + 3));
    case 'month': {
      const before = text.slice(Math.max(0, start - 3), start);
      const after = text.slice(end, end + 4);
      return DATED_BEFORE.test(before) || DATED_AFTER.test(after) || (CELL_BEFORE.test(before) && CELL_AFTER.test(after));
    }
    case 'amount':
      return AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && AMOUNT_AFTER.test(text.slice(end, end + 6));
  }
}
