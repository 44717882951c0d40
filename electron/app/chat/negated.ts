// "What should I not put on the compost heap?" of "Put vegetable peelings, grass cuttings and cardboard on the compost
// heap. Do not add meat, dairy or cooked food, because they attract rats.": the words of the question are all in the
// first sentence, which says what to put there, the opposite of what is asked. "not" weighs nothing in the match
// (a function word), so the sentence that answers, the one after it that says what not to do, shares too few words to
// be chosen. Where the question asks what must not be done, and the lead says no such thing, the sentence right after
// it in its paragraph that does is quoted with it.
import type { Candidate } from './answer-sentences';
import type { Term } from '../embeddings/lexical-terms';
import { quoteOf, quotedAfterLead, sentenceAfter, type Quote } from './quote';

/**
 * A question asking what must not be done or is not allowed, in the app's languages: "What should I not put…?", "What
 * can't I bring?", "What must I never do?", "What is not covered?", "Was darf ich nicht…?", "Que ne faut-il pas…?",
 * "¿Qué no debo…?". Not a question telling of something not done ("Who got the return when he did not call…?").
 */
const ASKS_NOT_TO =
  /\b(?:should|must|can|could|may|shall)(?:\s+(?:i|we|you|they|one|he|she|it))?(?:\s+not|n't)\b|\b(?:can't|cannot|mustn't|shouldn't|never|avoid)\b|\bnot\s+(?:allowed|permitted|covered|included|accepted|recommended)\b|\b(?:darf|dürfen|soll|sollte|kann)\s+(?:\p{L}+\s+){0,3}(?:nicht|kein(?:e[nmrs]?)?)\b|\bne\s+(?:[\p{L}'-]+\s+){0,3}(?:pas|jamais)\b|\bno\s+(?:debo|debe|puedo|puede|se\s+puede|hay\s+que)\b/iu;
/**
 * A sentence saying what must not be done or is not so allowed: "Do not add meat…", "Never…", "Guests may not…",
 * "…is not covered", and the like in the app's other languages.
 */
const SAYS_NOT_TO =
  /^["'“(]*(?:do not|don't|never|avoid|no\b|ne\s|n'|nicht|niemals|kein(?:e[nmrs]?)?\b|no\s)|\b(?:must not|mustn't|should not|shouldn't|cannot|can't|may not|not (?:allowed|permitted|covered|included|accepted|recommended)|will not (?:pay|cover)|are not to|is not to|darf nicht|dürfen nicht|ne (?:pas|jamais)|no (?:debe|deben|se debe|se permite))\b/iu;

/**
 * A heading or a question that says "not": "What is not included", "WHAT THIS WARRANTY DOES NOT COVER",
 * "Non-Reimbursable Expenses", "Exclusions", "Was ist nicht versichert?", "Ce qui n'est pas couvert", "Qué no cubre".
 * Not "at no extra cost", "without charge", "No. of guests", "Non-member passes", "pas à pas" or "sin coche", which say
 * no "not" of what they name: "non-" only before a property ("non-refundable", "non-smoking"), French "ne … pas"
 * whole, Spanish "no" before a verb only.
 */
const SAYS_NOT =
  /(?<!\p{L})(?:not|never|exclu\p{L}*|nicht|kein(?:e[nmrs]?)?|ausgeschlossen|(?:ne|n')\s*(?:\p{L}+\s+){0,2}pas|no\s+(?:est[aá]n?|es|son|incluye|incluyen|incluid[oa]s?|cubre|cubren|cubiert[oa]s?|se|hay|debo|debe|puedo|puede))(?!\p{L})|n't(?!\p{L})|(?<!\p{L})non-\p{L}+(?:able|ible|ed|ing|al|ive|ent|ant)(?!\p{L})/iu;

/**
 * Whether a sentence tells not to do what a question asks when or what to do: "Do not feed in winter." for "When
 * should I feed my plants?", where "Feed … every two weeks from April to September." answers; "Children must not bring
 * money…" for "What do they need to bring?".
 */
export function toldNotTo(sentence: string, question: string): boolean {
  return SAYS_NOT_TO.test(sentence.trim()) && !ASKS_NOT_TO.test(question) && !saysNot(question);
}

export function saysNot(text: string): boolean {
  return SAYS_NOT.test(text);
}

/**
 * A question asking what follows from not doing a thing: "What happens if I don't return the consent form?", "What if
 * we do not pay by Friday?". Led by the sentence telling to do it ("Please sign and return the consent form by Friday 7
 * May."), the one after it saying what not doing it means answers ("Children without a signed form cannot go.").
 */
const IF_NOT_Q = /^\s*what\b[^?]*\bif\s+(?:i|we|you|they|he|she|(?:my|our|the)\s+\p{L}+)\s+(?:do\s+not|don['’]t|does\s+not|doesn['’]t|did\s+not|didn['’]t|never)\s/iu;

/** The lead, the sentence after it that says what the question asks is not so, then the rest chosen; else undefined. */
export function withNegation(chosen: readonly Candidate[], question: string): Quote[] | undefined {
  const [lead] = chosen;
  if (!lead || !(ASKS_NOT_TO.test(question) || IF_NOT_Q.test(question)) || SAYS_NOT_TO.test(lead.text)) return undefined;
  const next = sentenceAfter(lead);
  return next && SAYS_NOT_TO.test(next.text.trim()) ? quotedAfterLead(chosen, next) : undefined;
}

/**
 * A lead under a heading that says "not", saying no "not" itself ("What is not covered" / "Damage caused by limescale,
 * accidents or misuse."), reads quoted alone as the opposite: "Is limescale damage covered?" was answered by the
 * limescale line, as if it were. The heading is quoted first, as a list's introduction is. Undefined for any other
 * lead, and where the question says "not" itself.
 */
export function withNegatingHeading(chosen: readonly Candidate[], question: string): Quote[] | undefined {
  const [lead] = chosen;
  // "What isn't covered?" says so itself.
  if (!lead?.underNot || !lead.headingSpan || saysNot(question) || saysNot(lead.text) || SAYS_NOT_TO.test(lead.text)) return undefined;
  return [quoteOf(lead.source, lead.headingSpan, { intro: true }), ...chosen];
}

/**
 * Whether a word of the text is said after "non-" ("Paper 1 (non-calculator)") and the question does not say it so:
 * the non-calculator paper is not the calculator paper "When is the calculator maths paper?" asks for.
 */
export function saidWithNon(text: string, term: Term, question: string): boolean {
  if (!/\bnon[-\s]?$/i.test(text.slice(Math.max(0, term.offset - 4), term.offset))) return false;
  return !new RegExp(String.raw`\bnon[-\s]?${term.word.replace(/[^\p{L}\p{N}]/gu, '')}`, 'iu').test(question);
}
