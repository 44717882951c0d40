// "How much is the Year 5 trip?" of a newsletter saying "Year 5 will spend three nights at Hilltop Outdoor Centre from
// 11 to 14 May. The cost is £185, which can be paid in instalments.": the first sentence names the trip in all the
// question's words and gives no price; the one after it gives the price in none of them, so it was never quoted. So
// with "What time is the flight to Lisbon?" of "Tuesday 14 April: TP1363, London Heathrow to Lisbon. Departs 07:55…",
// and "How do I book a parents' evening slot?" of "Wednesday 18 March: Parents' evening, 3:30pm to 7pm. Book a slot
// through the school app.", and "What is cetirizine used for?" of "Cetirizine is an antihistamine. It relieves the
// symptoms of hay fever…". Where the lead lacks what the question asks for (an amount of money, a time of day, the
// instruction doing what it asks to do, what the thing does, what to do on the condition asked about) and the
// sentence right after it in its paragraph gives it, or one a little further on naming a word of the question does,
// that sentence is quoted with it.
import type { Candidate } from './answer-sentences';
import { contentTerms } from './function-words';
import { askedAction, asksClock, asksMoney, asksPurpose, conditionTest, expectedAnswer, givesClock, holdsMoney } from './question-cues';
import { opensOnInstruction } from './prose-steps';
import { pricesAnother } from './price-question';
import { quotedAfterLead, sentencesAfter, type Quote } from './quote';

/**
 * A sentence saying what the thing it goes on about does or is used for: "It relieves the symptoms of hay fever…",
 * "They are used to seal joints." (not "It is an antihistamine", which is what it is, nor "It may make you drowsy").
 */
const SAYS_WHAT_IT_DOES = /^(?:it|they|this|these)\s+(?:(?:is|are)\s+used\s+(?:to|for|in)\b|(?!(?:is|are|was|were|has|have|does|do|can|may|might|must|should|will|would|could)\b)\p{Ll}{3,}s\b)/iu;

/**
 * Whether a sentence gives what the question asks for, where the question asks what to do on a condition, an amount of
 * money, a time, what a thing is for or an action.
 */
function askedValueTest(question: string): ((sentence: string) => boolean) | undefined {
  // "What happens if we disagree?" led by "…you and your landlord should agree how the deposit is repaid.": the
  // sentence after it opening on the condition ("If you cannot agree, …", conditionTest).
  const condition = conditionTest(question);
  if (condition) return condition;
  // Not where another kind of answer is asked: "When do I get paid?" asks a date.
  const kind = expectedAnswer(question);
  if ((kind === 'number' || kind === 'any') && asksMoney(question)) return (sentence) => holdsMoney(sentence, question) === true;
  if (asksClock(question)) return givesClock;
  if (asksPurpose(question)) return (sentence) => SAYS_WHAT_IT_DOES.test(sentence);
  const action = askedAction(question);
  const actionStem = action && contentTerms(action)[0]?.stem;
  if (!actionStem) return undefined;
  // "Book a slot…", "Please book…": an instruction whose verb is the one asked.
  return (sentence) => opensOnInstruction(sentence) && contentTerms(sentence.replace(/^\W*please\s+/iu, ''))[0]?.stem === actionStem;
}

/** The lead, the sentence after it that gives what the question asks and the lead lacks, then the rest chosen; else undefined. */
export function withAskedValue(chosen: readonly Candidate[], question: string): Quote[] | undefined {
  const [lead] = chosen;
  const gives = askedValueTest(question);
  if (!lead || !gives || gives(lead.text)) return undefined;
  // The sentence right after it in its paragraph, or one a little further on that names a word of the question: "Year 4
  // will visit the Science Museum on Thursday 20 May. The coach leaves school at 8:15am… The trip costs £14 per child."
  // for "How much is the Science Museum trip?", each sentence a paragraph of the letter.
  const asked = new Set(contentTerms(question).map((t) => t.stem));
  // (Not one pricing another thing of its kind: "The practical test fee (£62) is not included." after the theory test.)
  const after = sentencesAfter(lead, FURTHER_ON).find((s, i) => gives(s.text) && !pricesAnother(question, s.text) && ((i === 0 && s.inParagraph) || contentTerms(s.text).some((t) => asked.has(t.stem))));
  return after && quotedAfterLead(chosen, after);
}
/** How many sentences on a sentence naming what is asked may still give its value. */
const FURTHER_ON = 3;
