// Turning text into comparable terms, shared by the lexical embedder, retrieval and the extractive answerer.
// Pure functions: no Node, no corpus statistics (every caller must get the same terms for the same text).

/**
 * Very common English words. They carry almost no meaning for matching, so they are down-weighted (embedder) or
 * ignored (sentence scoring) instead of an idf that a stateless embedder cannot know.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each either else ever few for from further had has have having he her here hers ' +
    'herself him himself his how however i if in into is it its itself just let me more most much must my myself neither no ' +
    'nor not now of off on once one only or other our ours ourselves out over own per same shall she should since so some ' +
    'such than that the their theirs them themselves then there these they this those though through to too under until up ' +
    'upon us very was we were what when where whether which while who whom whose why will with within without would yet you ' +
    'your yours yourself yourselves s t d ll m re ve'
  ).split(' '),
);

/** Scripts written without spaces between words: their words are approximated by character uni- and bigrams. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
const ASCII_WORD_RUN = /[a-z0-9]+/g;
const NON_ASCII = /[^\u0000-\u007f]/;
const LATIN_DIACRITICS = /[\u0300-\u036f]/g;

export interface Term {
  /** Lowercased, accent-folded surface form (for character n-grams). */
  word: string;
  /** Light stem of `word` (for word matching); equals `word` for unspaced scripts. */
  stem: string;
  stop: boolean;
  /** True for a character uni/bigram of an unspaced script: it gets no character n-grams of its own. */
  cjk: boolean;
  /** Character offset of the term in the input string (of its first character). */
  offset: number;
}

/** Lowercase, NFKC (full-width forms, ligatures) and fold Latin accents so "Café" matches "cafe". */
export function foldCase(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function foldAccents(word: string): string {
  // Only the Latin combining block: marks of other scripts (Devanagari vowel signs…) are letters in all but name.
  return NON_ASCII.test(word) ? word.normalize('NFD').replace(LATIN_DIACRITICS, '').normalize('NFC') : word;
}

/**
 * Splits text into terms. Offsets refer to `text` as given, so callers can map terms back to spans.
 * NFKC can change lengths (ligatures); offsets then point at the start of the run, which is close enough for scoring.
 */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  // Most documents are plain ASCII: lowercasing keeps offsets and no run needs a script or Unicode check.
  if (!NON_ASCII.test(text)) {
    const lower = text.toLowerCase();
    ASCII_WORD_RUN.lastIndex = 0;
    for (let m = ASCII_WORD_RUN.exec(lower); m; m = ASCII_WORD_RUN.exec(lower)) pushFoldedWord(out, m[0], m.index);
    return out;
  }
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
    const run = m[0];
    if (!NON_ASCII.test(run) || !UNSPACED_SCRIPT.test(run)) {
      pushWord(out, run, m.index);
      continue;
    }
    // Mixed runs ("iPhone用"): split into spaced and unspaced pieces.
    let piece = '';
    let pieceStart = m.index;
    let i = 0;
    // The character before this one, when it is of an unspaced script too: every two neighbours of the same width (both
    // in the BMP, or both beyond it) make a bigram.
    let prev: Term | undefined;
    for (const ch of run) {
      if (UNSPACED_SCRIPT.test(ch)) {
        if (piece) pushWord(out, piece, pieceStart);
        piece = '';
        const unigram = foldCase(ch);
        const current: Term = { word: unigram, stem: unigram, stop: false, cjk: true, offset: m.index + i };
        out.push(current);
        if (prev && prev.offset + prev.word.length === current.offset && prev.word.length === unigram.length) {
          // A bigram spanning the previous character and this one: the usual stand-in for a CJK word.
          out.push({ word: prev.word + unigram, stem: prev.word + unigram, stop: false, cjk: true, offset: prev.offset });
        }
        prev = current;
      } else {
        prev = undefined;
        if (!piece) pieceStart = m.index + i;
        piece += ch;
      }
      i += ch.length;
    }
    if (piece) pushWord(out, piece, pieceStart);
  }
  return out;
}

function pushWord(out: Term[], raw: string, offset: number): void {
  pushFoldedWord(out, NON_ASCII.test(raw) ? foldAccents(foldCase(raw)) : raw.toLowerCase(), offset);
}

function pushFoldedWord(out: Term[], word: string, offset: number): void {
  // Single letters are noise (possessive "s", initials); single digits are not ("World War 2").
  if (word.length < 2 && !/\p{N}/u.test(word)) return;
  out.push({ word, stem: cachedStem(word), stop: STOP_WORDS.has(word), cjk: false, offset });
}

// A document's vocabulary is small next to its word count: stemming each distinct word once saves most of the work.
const stemCache = new Map<string, string>();
function cachedStem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    if (stemCache.size > 200_000) stemCache.clear();
    s = stem(word);
    stemCache.set(word, s);
  }
  return s;
}

/**
 * A light English stemmer: folds plurals, -ing, -ed, -ly and a few derivational suffixes. Deliberately gentle: a wrong
 * merge hurts precision more than a missed one hurts recall, and character n-grams cover the rest.
 */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  // "died"/"dying" → "die", "tied"/"tying" → "tie": too short for the suffix rules below, and "when did she die?" must
  // find "she died".
  if (/^[a-z]ied$/.test(word)) return word.slice(0, -1);
  if (/^[a-z]ying$/.test(word)) return word[0] + 'ie';
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  const strip = (suffix: string, minStem: number, add = ''): boolean => {
    if (w.endsWith(suffix) && w.length - suffix.length >= minStem && /[aeiouy]/.test(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length) + add;
      return true;
    }
    return false;
  };
  if (strip('ational', 3, 'ate') || strip('ization', 3, 'ize') || strip('fulness', 3) || strip('iveness', 3, 'ive')) return w;
  if (strip('ments', 3) || strip('ment', 4) || strip('ness', 3) || strip('ously', 3, 'ous') || strip('ation', 3, 'ate')) return w;
  if (strip('ingly', 3) || strip('edly', 3)) return undouble(w);
  if (strip('ing', 3) || strip('ed', 3)) return undouble(w);
  if (strip('ly', 3)) return w;
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1); // "derive"/"derived"/"deriving" → "deriv"
  return w;
}

function undouble(w: string): string {
  // "stopped" → "stopp" → "stop"; keep "ll", "ss", "zz" ("fall", "pass").
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1])) return w.slice(0, -1);
  // …but British spelling doubles a verb's last "l": "cancelling" is "cancel", "travelled" "travel", "labelled"
  // "label", "trialled" "trial". Not a short word's own "ll" ("selling", "spelled"), nor "installing".
  if (w.length >= 6 && /(?:ell|[iu]all)$/.test(w)) return w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) return w.slice(0, -1);
  return w;
}

/** The stems of the meaningful words of a text, in order (stop words dropped). */
export function contentStems(text: string): string[] {
  return terms(text)
    .filter((t) => !t.stop)
    .map((t) => t.stem);
}
