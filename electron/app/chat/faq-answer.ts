// "How do I cancel my membership?" of a FAQ that asks it: the lead is the FAQ's question with the first sentence of its
// answer ("To cancel, log in to the app, go to Account and tap Cancel membership."), and the rest of the answer is the
// rest of what to do ("Choose your reason and confirm. You will receive a confirmation email within 24 hours."). A
// how-to question is answered by the whole answer, as it is by all the steps of a list.
import { nearForm, type Candidate } from './answer-sentences';
import { contentTerms } from './function-words';
import { askedAction } from './question-cues';
import { quoteOf, type Quote } from './quote';
import { splitSentences } from './sentences';

/** Sentences of the FAQ's answer quoted after the lead, at most, and the characters they may take. */
const MAX_MORE = 5;
const MAX_MORE_CHARS = 700;

/** A lead that is a question quoted with its answer: the question ends its line, the answer follows. */
const QUESTION_THEN_ANSWER = /^[^\n]*\?[ \t]*\n\s*\S/;

/**
 * The quotes of a how-to question led by a FAQ's question and the start of its answer: the lead, then the rest of
 * the answer's paragraph, sentence by sentence, up to the next question; undefined where the lead is no FAQ's
 * question, the FAQ asks how to do something else, its answer ends with the lead, or lists steps.
 */
export function faqAnswerQuotes(lead: Candidate | undefined, question: string): Quote[] | undefined {
  if (!lead || !QUESTION_THEN_ANSWER.test(lead.raw)) return undefined;
  // The FAQ asks how to do what is asked: "How do I set up a standing order?" does not answer how to cancel one.
  const action = askedAction(question);
  const actionStem = action && contentTerms(action)[0]?.stem;
  const asked = new Set(contentTerms(lead.raw.slice(0, lead.raw.indexOf('?'))).map((t) => t.stem));
  if (actionStem && ![...asked].some((stem) => stem === actionStem || nearForm(stem, actionStem))) return undefined;
  const { text } = lead.source;
  const rest = text.slice(lead.end);
  // The answer's paragraph: up to a blank line, or a line that asks the next question.
  const stop = rest.search(/\n[ \t]*\n|\n[^\n]*\?[ \t]*(?:\n|$)/);
  const paragraph = stop < 0 ? rest : rest.slice(0, stop);
  // An answer that lists its steps is quoted as the steps it lists (procedure-answer.ts).
  if (/\n[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]/u.test(paragraph)) return undefined;
  const more: Quote[] = [];
  let chars = 0;
  for (const sentence of splitSentences(paragraph)) {
    chars += sentence.text.length;
    if (more.length >= MAX_MORE || chars > MAX_MORE_CHARS || sentence.text.trim().endsWith('?')) break;
    more.push(quoteOf(lead.source, { start: lead.end + sentence.start, end: lead.end + sentence.end }));
  }
  return more.length ? [lead, ...more] : undefined;
}
