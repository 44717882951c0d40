// Words that are a thing in one sense and a quality in another: "the fine" is a penalty, "is fine" is all right; "the
// fair" is an event, "is fair" is just. "How much is the fine?" asked of an email found "The bath is fine to use." and
// quoted it: the only sentence saying the question's one word, in the other sense. Used by the answerer only.
import { stem } from '../embeddings/lexical-terms';

const NOUN_OR_ADJECTIVE = ['fine', 'fair'];

/** The word as a thing: after "the", "a", "my"… and perhaps one word more ("the parking fine"), not before a noun. */
const asNoun = (word: string) =>
  new RegExp(String.raw`\b(?:the|a|an|my|your|our|his|her|their|this|that|any|each)\s+(?:[\p{L}-]+\s+)?${word}s?\b(?!\s+(?!(?:is|was|for|of|if|be|to|on|in|and|or)\b)\p{L})`, 'iu');
/** The word as a quality: said of something by "is", "are", "seems"…, perhaps with "perfectly", "quite"… between. */
const asQuality = (word: string) =>
  new RegExp(String.raw`\b(?:is|are|was|were|be|been|am|'s|’s|seems?|looks?|sounds?|feels?)\s+(?:(?:quite|perfectly|absolutely|totally|still|all|very|really|not)\s+)?${word}\b`, 'iu');

/**
 * The stems of the question's words it asks as a thing that the sentence says only as a quality: "fine" of "How much
 * is the fine?" against "The bath is fine to use.". Empty for any other pair.
 */
export function otherSenseStems(sentence: string, question: string): string[] {
  return NOUN_OR_ADJECTIVE.filter((word) => asNoun(word).test(question) && asQuality(word).test(sentence) && !asNoun(word).test(sentence)).map(stem);
}
