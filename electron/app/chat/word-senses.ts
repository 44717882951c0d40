// Words that are a thing in one sense and a quality in another: "the fine" is a penalty, "is fine" is all right; "the
// fair" is an event, "is fair" is just. "How much is the fine?" asked of an email found "The bath is fine to use." and
// quoted it: the only sentence saying the question's one word, in the other sense. Used by the answerer only.

const NOUN_OR_ADJECTIVE = ['fine', 'fair'];

/** The word as a thing: after "the", "a", "my"… and perhaps one word more ("the parking fine"), not before a noun. */
const AS_NOUN = new Map(
  NOUN_OR_ADJECTIVE.map((word) => [
    word,
    new RegExp(String.raw`\b(?:the|a|an|my|your|our|his|her|their|this|that|any|each)\s+(?:[\p{L}-]+\s+)?${word}s?\b(?!\s+(?!(?:is|was|for|of|if|be|to|on|in|and|or)\b)\p{L})`, 'iu'),
  ]),
);
/** The word as a quality: said of something by "is", "are", "seems"…, perhaps with "perfectly", "quite"… between. */
const AS_QUALITY = new Map(
  NOUN_OR_ADJECTIVE.map((word) => [
    word,
    new RegExp(String.raw`\b(?:is|are|was|were|be|been|am|'s|’s|seems?|looks?|sounds?|feels?)\s+(?:(?:quite|perfectly|absolutely|totally|still|all|very|really|not)\s+)?${word}\b`, 'iu'),
  ]),
);

/** The words of the question it asks as a thing: "fine" of "How much is the fine?". Read once a question. */
export function wordsAskedAsThing(question: string): string[] {
  return NOUN_OR_ADJECTIVE.filter((word) => AS_NOUN.get(word)!.test(question));
}

/**
 * Whether the sentence says `word` (one of wordsAskedAsThing) only as a quality: "The bath is fine to use.", not
 * "The fine is £100, and it is fine to pay online.".
 */
export function saidOnlyAsQuality(sentence: string, word: string): boolean {
  return AS_QUALITY.get(word)!.test(sentence) && !AS_NOUN.get(word)!.test(sentence);
}
