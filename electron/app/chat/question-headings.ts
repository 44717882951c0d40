// A heading that is the question put as a title: a letter's "How long it will take" over "Please allow up to two
// hours for your visit", a page's "What to bring" or "Where to park". The section under it answers "How long will the
// appointment take?", though its sentences hold none of the words that say what is asked. Pure: no I/O.
import { contentTerms } from './function-words';
import { terms } from '../embeddings/lexical-terms';

/** The question word, with the word that makes it ask for a measure: "how long", "how much", "where". */
const WH = /^\s*(how(?:\s+(?:long|much|many|often|far|old|big|soon|late|early))?|what(?:\s+time)?|when|where|who|which|why)\b/i;

/**
 * "What is the tension?", "What are the materials?": the thing, up to three words, and nothing asked of it; or only
 * whose it is ("What is the range of the e-bike?" of a manual's "## Range").
 */
const WHAT_IS_THE = /^\s*what(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:the|my|your|our)\s+((?:[\p{L}-]+\s*){1,3}?)(?:\s+(?:of|for|on)\s+(?:the|my|your|our)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*\?*\s*$/iu;

const whOf = (text: string) => WH.exec(text)?.[1].toLowerCase().replace(/\s+/g, ' ');

/**
 * The test of whether a heading asks what the question asks: it opens with the same question word ("How long…",
 * "What to…", "Where…") and every word of it beyond that is one of the question's ("How long it will take" of "How
 * long will the appointment take?", "What to bring" of "What should I bring?"); or it names just the thing "What is
 * the X?" asks ("Tension" of "What is the tension?"). Undefined for a question without a question word. Built once
 * per question.
 */
export function headingAsksTest(question: string): ((heading: string) => boolean) | undefined {
  const wh = whOf(question);
  if (!wh) return undefined;
  // "What is the tension?" of a pattern's "## Tension", "What are the materials?" of "Materials": a heading naming
  // what is asked and no more is the question put as a title too.
  const thing = WHAT_IS_THE.exec(question)?.[1];
  const thingStems = thing ? new Set(contentTerms(thing).map((t) => t.stem)) : undefined;
  const namesThing = (heading: string) => {
    const words = contentTerms(heading);
    return thingStems !== undefined && thingStems.size > 0 && words.length === thingStems.size && words.every((t) => thingStems.has(t.stem));
  };
  const asked = new Set(terms(question).map((t) => t.stem));
  // Names say whom the question is about, not what it asks: "What Isaac can do" does not ask "What does Isaac need to
  // work on?", though its one word is the question's.
  const names = new Set(contentTerms(question).filter((t) => t.offset > 0 && /^\p{Lu}/u.test(question.slice(t.offset, t.offset + 1))).map((t) => t.stem));
  return (heading) => {
    if (namesThing(heading)) return true;
    if (whOf(heading) !== wh || /[.!]\s*$/.test(heading.trim())) return false;
    const words = contentTerms(heading.replace(WH, ' '));
    return words.length > 0 && words.every((t) => asked.has(t.stem)) && words.some((t) => !names.has(t.stem));
  };
}
