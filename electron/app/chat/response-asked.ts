// "What's being done about the overflowing bins?" of minutes saying "Residents have complained that the bin store is
// often overflowing on Mondays. The council has agreed to add a second collection on Thursdays from 3 December.": the
// first sentence holds every word of the question and only states the problem; the one after it says what is done,
// in none of the question's words, so it was never quoted. Where the question asks what is done about something and
// the lead says no action or decision, the sentence right after it in its paragraph that does is quoted with it.
import type { Candidate } from './answer-sentences';
import { quotedAfterLead, sentenceAfter, type Quote } from './quote';

/**
 * A question asking what is done, planned or decided about something: "What's being done about the bins?", "What will
 * be done about the lift?", "What was decided about parking?", "What is happening about the noise?", "What are they
 * doing about it?".
 */
const ASKS_RESPONSE =
  /\bwhat(?:['’]s|\s+(?:is|are|was|were|will|would|can|could|should|has|have|had))\s+(?:(?:being|been|be)\s+)?(?:done|decided|agreed|planned|happening)\s+(?:about|with|on|to)\b|\bwhat\s+(?:is|are|was|were|will)\s+(?:\p{L}+\s+){1,3}(?:doing|do)\s+(?:about|with)\b|\bwhat\s+(?:did|does|do|will)\s+(?:\p{L}+\s+){1,3}(?:do|decide|agree|plan)\s+(?:about|on|with)\b/iu;

/**
 * A sentence saying something is done or will be: an agreement, a decision, a plan, an action someone will take or
 * has taken ("The council has agreed to add…", "Helen will put a notice…", "We fixed…", "A second collection starts").
 */
const SAYS_RESPONSE =
  /\b(?:agreed|agrees|decided|decides|resolved|approved|voted|proposed|planned|plans|arranged|will|shall|going to|is to|are to|has (?:been )?(?:fixed|replaced|repaired|added|ordered|booked)|have (?:been )?(?:fixed|replaced|repaired|added|ordered|booked)|was (?:fixed|replaced|repaired)|action)\b/i;

/** The lead, the sentence after it that says what is done, then the rest chosen; else undefined. */
export function withResponse(chosen: readonly Candidate[], question: string): Quote[] | undefined {
  const [lead] = chosen;
  if (!lead || !ASKS_RESPONSE.test(question) || SAYS_RESPONSE.test(lead.text)) return undefined;
  const next = sentenceAfter(lead);
  return next && SAYS_RESPONSE.test(next.text) ? quotedAfterLead(chosen, next) : undefined;
}
