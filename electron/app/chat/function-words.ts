// The small words of the other languages Docent speaks (German, French, Chinese and Japanese), which the shared stop list (English) does
// not know. A German question's "wie viele … gab es" rarely recurs in the sentence that answers it; counted as words
// of the question, they made the answerer find too little of it and refuse. Used by the answerer only: the lexical
// embedder's stop list stays as it is, since stored vectors depend on it. Words that are also English words ("die",
// "war", "man", "car", "son", "fur", "plus", "par") or acronyms ("UN", "EST") are left out, so an English question
// loses none of its own.
// Written as terms() gives them: lower case, accents folded ("über" is "uber", left out as the English "Uber").
import { stem, terms, type Term } from '../embeddings/lexical-terms';
import { baseStem, baseByPlace } from './word-forms';
import { expandedAbbreviation } from './abbreviated-words';
import { joinedDottedNumbers } from './dotted-numbers';
import { joinedShortCompounds } from './joined-compounds';
import { phrasalVerbsAsWords } from './phrasal-verbs';

const OTHER_LANGUAGES = new Set(
  (
    // German
    'aber alle allem allen aller alles als andere anderen anderer anderes auch auf aus bei beim bis bist damit ' +
    'dann das dass dein deine dem denn der des dessen dich dir doch dort du durch ein eine einem einen einer eines ' +
    'es etwas euch euer gibt gegen gewesen habe haben hatte hatten hier hinter ich ihm ihn ihnen ihr ihre im ' +
    'ist jede jeder jedes jetzt kann kein keine konnen manche mein mich muss nach nicht nichts noch nur ob ' +
    'oder ohne sehr sein seine seit sich sie sind solche soll sollte sondern und uns unser unter viel viele ' +
    'vom von vor wann waren warum weil welche welcher welches wem wen wenn wer werden wie wieder wir wird wo wurde ' +
    'wurden zu zum zur zwischen ' +
    // French
    'le la les des du de et sont etait ont au aux ce cet cette ces qui que quoi quel quelle quels quelles ' +
    'quand combien pourquoi ou dans pour sur avec sous entre vers chez il elle ils elles on nous vous ' +
    'je tu se sa ses leur leurs ne mais donc ete etre avoir fait lui qu'
  ).split(' '),
);

/**
 * French question words that are English words too: "Comment puis-je…?" opens a French question, where "comment" is a
 * word of "When is the deadline for comments?" and of "If you want to comment, …". Small words only where they open
 * the text, as a French question opens with them.
 */
const OPENING_FRENCH = new Set(['comment']);

/**
 * English nouns that name no thing in particular: "Can I lift heavy things?" asks about lifting heavy loads, and a fit
 * note's "No heavy lifting over 10 kg" says so without "things". Counted, "things" was the question's word said
 * nowhere, and the answerer refused. So is "details" of "What are the bank details?", which a line giving them
 * ("by bank transfer to sort code 20-45-77, account 41229874") never says.
 */
const GENERIC_NOUNS = new Set('thing things stuff something anything everything details'.split(' '));

/**
 * Adverbs saying only how far along a thing is: "What skills does Biscuit still need to practise?" is answered by the
 * rows marked "Keep practising", which never say "still"; counted, it was the question's rarest word and said nowhere.
 */
const ASPECT_ADVERBS = new Set('still already yet'.split(' '));

/**
 * Chinese and Japanese question words and particles, as terms() gives them: single characters and the bigrams they
 * make ("是什么" is 是, 什, 是什, 么, 什么). "DNC是什么？" asks about DNC: the sentence that says what it is does not say
 * "是什么", and counting it made the answerer refuse. The bigrams a question word makes with a particle ("何を", "は何")
 * are listed too; those a particle makes with a content word ("コは") are not, as they are as many as the words.
 */
const UNSPACED_FUNCTION_TERMS = new Set(
  (
    // Chinese
    '的 了 是 吗 呢 吧 么 什 什么 是什 哪 哪里 哪个 哪一 哪些 在哪 谁 是谁 多少 几 怎 怎么 怎样 么样 为什 为什么 如何 何时 ' +
    // Japanese
    'は が を に で の と も か へ や ね よ な だ 何 何を 何が 何で 何に 何は は何 が何 を何 で何 に何 何の です すか ですか でし でした したか ' +
    'たか まし ました した ます ますか いつ どこ だれ 誰 なぜ どう どの どれ いく いくつ いくら'
  ).split(' '),
);

/**
 * Verbs that say little by themselves: "come" in "What colours does it come in?" and "What did the hotel come to?",
 * "go" in "When do we go to Kyoto?", "happen" in "What happened with the streetlight?", "become" in "When did she
 * become chartered?", "done" in "Where was the MOT done?". The line that answers says "Colours:", "Amount: 318.00",
 * "Train to Kyoto", "Chartered member… since 2022" or "Testing station: Hollins Garage", not the verb. Not verbs that are as often nouns of substance ("keep", "make" as a car's).
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  'come comes came coming go goes went gone going get gets got gotten getting take takes took taken taking give gives gave given giving put puts putting hold holds held holding happen happens happened happening become becomes became becoming done'.split(' '),
);

/**
 * …and of those, the ones that say nothing even where a sentence holds them: "…and get a full refund" is no answer to
 * "When will we get the slides?". Not "held" ("When was the festival held?" of "It was held on 14 June"), nor "go" or
 * "take", which a sentence answering often says ("take 2 tablets", "go to Settings").
 */
export const EMPTY_VERBS: ReadonlySet<string> = new Set('get gets got gotten getting'.split(' '));

/** A word that says little about which sentence answers: English (the shared stop list, nouns naming no thing, adverbs of aspect), German, French, or a Chinese or Japanese particle. */
export function isFunctionWord(term: Pick<Term, 'stop' | 'word' | 'cjk'>): boolean {
  return term.stop || OTHER_LANGUAGES.has(term.word) || GENERIC_NOUNS.has(term.word) || ASPECT_ADVERBS.has(term.word) || (term.cjk && UNSPACED_FUNCTION_TERMS.has(term.word));
}

/**
 * The terms of `text` that can tell which sentence answers: no function words, and in Chinese and Japanese the
 * bigrams, which stand for words, with a character alone only where no neighbour of its script makes a bigram with it.
 * Single characters match nearly every sentence of such a text ("公" of "公司" is in "公开", "办公"), so a question
 * found them all everywhere and was never refused.
 */
export function contentTerms(text: string): Term[] {
  // "ext." is "extension", "No. 5" a number (abbreviated-words.ts), before function words are dropped: "no" is one.
  // "4.1.3" and "1.30" are one word each (dotted-numbers.ts), and so is "Wi-Fi" (joined-compounds.ts); "send it back"
  // is "return" (phrasal-verbs.ts).
  const all = phrasalVerbsAsWords(joinedShortCompounds(joinedDottedNumbers(terms(text), text), text), text);
  for (let i = 0; i < all.length; i++) all[i] = expandedAbbreviation(all[i]!, text);
  // terms() gives each CJK character and each bigram of two neighbours; the characters a bigram covers are dropped.
  const paired = new Set<number>();
  for (const t of all) {
    if (!t.cjk || codePoints(t.word) !== 2) continue;
    paired.add(t.offset);
    paired.add(t.offset + (t.word.codePointAt(0)! > 0xffff ? 2 : 1));
  }
  return all
    .filter((t, i) => !isFunctionWord(t) && !(OPENING_FRENCH.has(t.word) && !text.slice(0, t.offset).trim()) && !(t.cjk && paired.has(t.offset) && codePoints(t.word) === 1) && !negatedAuxiliary(t, text) && !modalNeed(t, all[i - 1], all[i + 1], text))
    .map((t) => {
      // "held" matches "hold" (word-forms.ts); a term is copied only when its stem changes, on this hot path.
      const stem = t.cjk ? t.stem : acronymPlural(t, text) ?? baseByPlace(t.word, text, t.offset) ?? baseStem(t.stem, t.word);
      return stem === t.stem ? t : { ...t, stem };
    });
}

/**
 * The stem of an acronym's singular where the term is its plural as written: "CVs" is "CV" ("We do not accept CVs."
 * for "Can I send my CV?"), which the stemmer leaves whole, as it does "cvs". Undefined for any other term.
 */
function acronymPlural(t: Term, text: string): string | undefined {
  // Most terms end otherwise: the slice and the test are for those ending in "s" (a hot path).
  if (!t.word.endsWith('s')) return undefined;
  return /^\p{Lu}{2,}s$/u.test(text.slice(t.offset, t.offset + t.word.length)) ? stem(t.word.slice(0, -1)) : undefined;
}

/**
 * The verb of "don't", "doesn't", "won't", which terms() cuts at the apostrophe: "don" and "won" are no words of
 * "What happens if I don't send the router back?", and "won" would match a match's "Won 3-1".
 */
function negatedAuxiliary(t: Term, text: string): boolean {
  const end = t.offset + t.word.length;
  return (text[end] === "'" || text[end] === '’') && (text[end + 1] === 't' || text[end + 1] === 'T') && !/[\p{L}\p{N}]/u.test(text[end + 2] ?? '');
}

/**
 * "Need" before "to" and a verb says the verb must be done, as "must" does: "What do we need to do before we leave?"
 * asks what to do, and "This guide has everything you need to know" matched it by "need" above "Before you go, please
 * strip the beds…". Not "What do I need for the trip?", whose "need" asks for the things, nor the noun ("no need to").
 */
function modalNeed(t: Term, previous: Term | undefined, next: Term | undefined, text: string): boolean {
  return NEED.has(t.word) && next?.word === 'to' && /^\s+$/.test(text.slice(t.offset + t.word.length, next.offset)) && !NOUN_BEFORE.has(previous?.word ?? '');
}
// Not "needed", which is as often a participle: "the resources needed to solve a problem".
const NEED: ReadonlySet<string> = new Set(['need', 'needs']);
/** Words before "need" as a noun: "there is no need to accept punishment", "the need to act". */
const NOUN_BEFORE: ReadonlySet<string> = new Set(['no', 'the', 'a', 'an', 'any', 'this', 'that', 'their', 'our', 'your', 'my', 'his', 'her', 'its', 'every', 'urgent', 'great']);

/** How many characters a word has, a character outside the BMP counting once. */
function codePoints(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) n++; // a low surrogate ends a character already counted
  }
  return n;
}
