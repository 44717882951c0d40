// A heading that is the question put as a title: a letter's "How long it will take" over "Please allow up to two
// hours for your visit", a page's "What to bring" or "Where to park". The section under it answers "How long will the
// appointment take?", though its sentences hold none of the words that say what is asked. Pure: no I/O.
import { contentTerms } from './function-words';
import { terms } from '../embeddings/lexical-terms';

/** The question word, with the word that makes it ask for a measure: "how long", "how much", "where". */
const WH = /^\s*(how(?:\s+(?:long|much|many|often|far|old|big|soon|late|early))?|what(?:\s+time)?|when|where|who|which|why)\b/i;

const whOf = (text: string) => WH.exec(text)?.[1].toLowerCase().replace(/\s+/g, ' ');

/**
 * The test of whether a heading asks what the question asks: it opens with the same question word ("How long…",
 * "What to…", "Where…") and every word of it beyond that is one of the question's ("How long it will take" of "How
 * long will the appointment take?", "What to bring" of "What should I bring?"). Undefined for a question without a
 * question word. Built once per question.
 */
export function headingAsksTest(question: string): ((heading: string) => boolean) | undefined {
  const wh = whOf(question);
  if (!wh) return undefined;
  const asked = new Set(terms(question).map((t) => t.stem));
  // Names say whom the question is about, not what it asks: "What Isaac can do" does not ask "What does Isaac need to
  // work on?", though its one word is the question's.
  const names = new Set(contentTerms(question).filter((t) => t.offset > 0 && /^\p{Lu}/u.test(question.slice(t.offset, t.offset + 1))).map((t) => t.stem));
  return (heading) => {
    if (whOf(heading) !== wh || /[.!]\s*$/.test(heading.trim())) return false;
    const words = contentTerms(heading.replace(WH, ' '));
    return words.length > 0 && words.every((t) => asked.has(t.stem)) && words.some((t) => !names.has(t.stem));
  };
}
