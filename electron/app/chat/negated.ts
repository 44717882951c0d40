// "What should I not put on the compost heap?" of "Put vegetable peelings, grass cuttings and cardboard on the compost
// heap. Do not add meat, dairy or cooked food, because they attract rats.": the words of the question are all in the
// first sentence, which says what to put there, the opposite of what is asked. "not" weighs nothing in the match
// (a function word), so the sentence that answers, the one after it that says what not to do, shares too few words to
// be chosen. Where the question asks what not to do, or what is not so, and the lead says no such thing, the sentence
// right after it in its paragraph that does is quoted with it.
import type { Candidate } from './answer-sentences';
import { quotedAfterLead, sentenceAfter, type Quote } from './quote';

/** A negation, in the app's languages: "not", "don't", "never", "no", "avoid", "ne … pas", "nicht", "kein", "nunca". */
const NEGATION =
  /\b(?:not|no|never|cannot|avoid|without|except|excluded?|prohibited|forbidden|ne|n'|pas|jamais|sans|nicht|kein(?:e[nmrs]?)?|nie|niemals|ohne|verboten|nunca|sin|prohibido)\b|n't\b/iu;
/**
 * Negations that ask nothing negative: "whether or not", "Why not…?", "not only", and a bare "no", which names as
 * often as it denies ("my no claims bonus", "No. 5").
 */
const NOT_ASKING = /\b(?:or not|why not|not only|no)\b/giu;

function negates(text: string): boolean {
  return NEGATION.test(text);
}

function asksNegated(question: string): boolean {
  return negates(question.replace(NOT_ASKING, ' '));
}

/** The lead, the sentence after it that says what the question asks is not so, then the rest chosen; else undefined. */
export function withNegation(chosen: readonly Candidate[], question: string): Quote[] | undefined {
  const [lead] = chosen;
  if (!lead || !asksNegated(question) || negates(lead.text)) return undefined;
  const next = sentenceAfter(lead);
  return next && negates(next.text) ? quotedAfterLead(chosen, next) : undefined;
}
