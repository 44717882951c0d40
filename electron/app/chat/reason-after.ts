// "Step 7. Fix the wardrobe to the wall with the wall brackets. This stops it tipping over.": the instruction holds
// every word of "Why do I fix the wardrobe to the wall?" and no reason; the sentence after it gives the reason, about
// "this", and shares no word with the question. A lead giving no reason is quoted with the next sentence of its
// paragraph where that one says why.
import type { Candidate } from './answer-sentences';
import { expectedAnswer, holdsExpected } from './question-cues';
import { quotedAfterLead, sentenceAfter, type Quote } from './quote';

/**
 * A sentence saying what the one before it is for or why it is so: "This stops it tipping over.", "This is because the
 * glue needs a day to set.", "That way the pipes cannot freeze.", "Otherwise the door will not close.".
 */
const WHY_THE_ONE_BEFORE =
  /^(?:(?:this|that|it)\s+(?:is\s+(?:because|so|to|why)|(?:stops|prevents|protects|ensures|avoids|keeps|helps|means|makes\s+sure))|that\s+way|otherwise|(?:this|that)\s+is\s+(?:important|needed|necessary)\s+(?:because|as|since|to))\b/i;

/** The lead, the next sentence giving its reason, then the rest chosen; undefined where no reason is asked or given. */
export function withReasonAfter(chosen: readonly Candidate[], question: string): Quote[] | undefined {
  const [lead] = chosen;
  if (!lead || expectedAnswer(question) !== 'reason' || holdsExpected(lead.text, question, 'reason') === 1) return undefined;
  const next = sentenceAfter(lead);
  return next && WHY_THE_ONE_BEFORE.test(next.text.trim()) ? quotedAfterLead(chosen, next) : undefined;
}
