// "The legacy "Sync now" shortcut Ctrl+Alt+S was removed because it clashed with other applications. Use Ctrl+Shift+Y
// instead.": a lead saying that something is gone answers "What is the shortcut for Sync now?" by half, with the very
// thing it no longer is. The sentence right after it that says what takes its place is the other half, though it
// shares no word with the question.
import type { Candidate } from './answer-sentences';
import { quotedAfterLead, sentenceAfter, type Quote } from './quote';

/**
 * Something gone or going, in the app's languages: "was removed", "has been replaced", "is deprecated", "no longer".
 * Not "regeneration has replaced the premises", which says what took something's place already.
 */
const GONE =
  /\b(?:(?:was|were|is|are|has been|have been|had been|will be|being)\s+(?:\p{L}+ly\s+)?(?:removed|deprecated|discontinued|withdrawn|retired|replaced|superseded|dropped)|no longer|obsolete|deprecated|supprimée?s?|remplacée?s?|n'est plus|obsolète|entfernt|ersetzt|nicht mehr|veraltet|eliminad[oa]s?|sustituid[oa]s?|ya no|obsolet[oa]s?)\b/iu;
/**
 * What takes its place: "Use … instead", "…was replaced by…", "Try…". Not "The menu is now faster.", which
 * says no more than that something else changed.
 */
const IN_ITS_PLACE = /\b(?:instead|replaced by|in favou?r of|superseded by|à la place|remplacée? par|stattdessen|ersetzt durch|en su lugar|sustituid[oa] por)\b|^(?:use|try|utilisez|verwenden sie|utilice)\b/iu;

/** The lead, what replaces what it says is gone, then the rest chosen; undefined where the lead says nothing is gone. */
export function withReplacement(chosen: readonly Candidate[]): Quote[] | undefined {
  const [lead] = chosen;
  if (!lead || !GONE.test(lead.text)) return undefined;
  const next = sentenceAfter(lead);
  return next && IN_ITS_PLACE.test(next.text.trim()) ? quotedAfterLead(chosen, next) : undefined;
}
