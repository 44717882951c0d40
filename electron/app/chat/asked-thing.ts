// "Is there a kitchen at the Loom?" of a coworking FAQ that never mentions a kitchen: the best sentence holds "Loom"
// (in "LOOM-PRINT"), and the refusal model, which weighs words, answers with it. A question asking whether a thing is
// there, may be brought or is offered is about that thing: where no retrieved sentence names it, and the lead says
// nothing near it in meaning ("No pets are allowed" is near "dog"), the documents do not say. Pure: no I/O.
import { contentTerms } from './function-words';
import type { WordVectors } from './word-vectors';
import type { Term } from '../embeddings/lexical-terms';
import { askedAction } from './question-cues';

/**
 * "Is there (a) X…", "Are there any X…", "Can I bring/use/have/borrow my X…" (or they, my son…: "Can they take their phone?"),
 * "Can I put/recycle/wash X…" (what a bin takes or a machine washes: "Can I put food waste in the brown bin?"),
 * "Do you have/offer/sell X…" (or the hotel, the dog walker…), "Are X allowed…", "Do I need (to bring/wear…) X…":
 * X up to a preposition or the end.
 */
const ASKS_THING = [
  /^\s*(?:is|are)\s+there\s+(?:an?\s+|any\s+|some\s+)?(.+?)(?:\s+(?:at|in|on|of|for|near|inside|outside|by|with|to|during)\b.*)?\s*\??\s*$/iu,
  /^\s*(?:can|may|could)\s+(?:i|we|you|they|he|she|guests|members|visitors|children|kids|(?:my|our)\s+\p{L}+)\s+(?:bring|use|have|take|park|keep|borrow|hire|rent|put|throw|recycle|compost|wash|freeze|store|send)\s+(?:an?\s+|any\s+|my\s+|our\s+|the\s+)?(.+?)(?:\s+(?:at|in|on|of|for|near|inside|into|to|with|during)\b.*)?\s*\??\s*$/iu,
  /^\s*(?:do|does)\s+(?:you|they|it|(?:the|my|our)\s+\p{L}+(?:\s+\p{L}+)?)\s+(?:have|offer|provide|sell|accept)\s+(?:an?\s+|any\s+)?(.+?)(?:\s+(?:at|in|on|of|for|near|to|with|during)\b.*)?\s*\??\s*$/iu,
  /^\s*(?:is|are)\s+(?:an?\s+|any\s+)?(.+?)\s+(?:allowed|permitted|available|provided)\b/iu,
  // "When do I clean the windows?", "How often should I water the ferns?": the thing a routine's deed is done to.
  /^\s*(?:when|how\s+often)\s+(?:do|should|must|can|shall)\s+(?:i|we|you)\s+\p{L}+\s+(?:the|my|our)\s+(.+?)\s*\??\s*$/iu,
  // "Is the hire car automatic?", "Is the flat furnished?": the quality asked, after the thing it is asked of.
  /^\s*(?:[Ii]s|[Aa]re)\s+(?:the|my|our|your|this|that)\s+(?:[\p{L}'’-]+\s+){1,3}(\p{Ll}+)\s*\?\s*$/u,
  // "Can I make soda bread with gluten free flour?": what it would be made or done with.
  /^\s*(?:can|may|could)\s+(?:i|we|you|they)\s+(?:make|cook|bake|pay|do|use|wash|clean)\s+.+?\s+(?:with|using|by)\s+(?:an?\s+|any\s+|my\s+|our\s+|the\s+|some\s+)?(.+?)\s*\??\s*$/iu,
  /^\s*(?:do|does|will|would)\s+(?:i|we|you|they|he|she|(?:the|my|our)\s+\p{L}+)\s+need\s+(?:to\s+(?:bring|wear|take|have|pack|show)\s+)?(?!to\s)(?:an?\s+|any\s+|my\s+|our\s+|their\s+|his\s+|her\s+|the\s+)?(.+?)(?:\s+(?:at|in|on|of|for|near|inside|into|to|with|during)\b.*)?\s*\??\s*$/iu,
];

/**
 * The words of the thing a question asks is there, allowed or offered, its head last: "kitchen" of "Is there a kitchen
 * at the Loom?", "minimum contract" of "Is there a minimum contract?".
 */
export function askedThing(question: string): Term[] | undefined {
  for (const pattern of ASKS_THING) {
    const terms = thingAsked(question, pattern);
    if (terms) return terms;
  }
  return undefined;
}

/**
 * "Was the washing machine working at check-in?", "Is the oven cleaned before we move in?": the thing whose state is
 * asked, before the word saying the state. Only for whether it is said at all: the words of the thing weigh no more in
 * the ranking than the state does ("Was my planning application approved?" is answered by "Decision: GRANTED").
 */
const STATE_ASKED = /^\s*(?:is|are|was|were)\s+(?:the|my|our|your)\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)\s+(?:\p{Ll}{2,}ing|\p{Ll}{2,}ed|broken|damaged|dirty|clean|included)\b/iu;

/** Words saying a thing is of some kind without saying which. */
const VAGUE_KIND = new Set('special particular certain specific proper right suitable appropriate extra own usual normal'.split(' '));

/**
 * Words this near in meaning may name the same thing in a document's words ("friend" and "guest", 0.34; "dog" and
 * "pets", 0.56); "kitchen" and "printer" (0.22) do not.
 */
const RELATED = 0.3;
/** …and this near for a word saying which kind of thing ("dress" of "dress code"): "dress" and "show" are 0.31. */
const SAME_KIND = 0.4;

/**
 * Whether the question asks whether a thing is there, allowed or offered, or how many of it there are ("How many
 * calories are in the lasagne?" of a recipe that counts only its ingredients), no retrieved sentence names it
 * (`missing`, its stems), or none of the lead's file does (`leadFileStems`), the lead holds no other word of it
 * (`leadStems`: "There is no minimum term" speaks of a minimum contract), and the lead's own words (`leadWords`, the
 * question's left out, as written and as stems: the plural "guests" is further from "friend" than "guest" is) say
 * nothing related to it. Never without word meanings, which tell a thing said in other words.
 */
export function thingUnsaid(
  question: string,
  missing: ReadonlySet<string>,
  leadStems: ReadonlySet<string>,
  leadWords: readonly string[],
  vectors: WordVectors | undefined,
  leadFileStems?: ReadonlySet<string>,
): boolean {
  const thing = askedThing(question) ?? thingAsked(question, COUNTED_THING) ?? thingAsked(question, STATE_ASKED);
  const head = thing?.at(-1);
  if (!thing || !head || !vectors) return false;
  const unrelated = (t: Term, related = RELATED) => leadWords.every((word) => vectors.similarity(t.word, word) < related);
  // "Is there a dress code?" of "Show the QR code at the door": the head is said, of another thing; the words saying
  // which thing are said nowhere, nor anything as near them as a word naming the same kind would be ("smart clothes").
  // (Not a word saying only that it is of some kind: "special" of "Do I need special socks?", which grip socks are.)
  const modifiers = thing.slice(0, -1).filter((t) => !VAGUE_KIND.has(t.word.toLowerCase()));
  if (modifiers.length > 0 && leadStems.has(head.stem) && modifiers.every((t) => missing.has(t.stem) && !leadStems.has(t.stem))) return modifiers.every((t) => unrelated(t, SAME_KIND));
  // Said only by another file, it is not said of what the lead's file is about: "Is there parking at the community
  // centre?" of a room hire page never naming parking, where a parking fine does.
  const unsaidOfLead = missing.has(head.stem) || (leadFileStems !== undefined && !leadFileStems.has(head.stem));
  if (!unsaidOfLead || thing.some((t) => leadStems.has(t.stem))) return false;
  return unrelated(head);
}

/**
 * Whether the lead names another thing of the kind the question asks about: "When is the food waste collected?" of
 * "Garden waste collections run from March to November", "How much is the water bill?" of "Council Tax Bill". The
 * question's word saying which ("food") is said nowhere (`missing`), right before a word the lead holds ("waste"),
 * which the lead puts right after a word of its own ("garden") that is not near it in meaning, as a word naming the
 * same kind would be ("kitchen" for "food"). Never without word meanings.
 */
export function anotherKindNamed(question: string, missing: ReadonlySet<string>, lead: string, vectors: WordVectors | undefined): boolean {
  if (!vectors || missing.size === 0) return false;
  const asked = contentTerms(question);
  const said = contentTerms(lead);
  const adjacent = (text: string, a: Term, b: Term) => /^\s+$/.test(text.slice(a.offset + a.word.length, b.offset));
  // Common nouns, written in lower case: a name ("the French king") is weighed by the refusal model as a name.
  const common = (text: string, t: Term) => /^\p{Ll}+$/u.test(text.slice(t.offset, t.offset + t.word.length));
  return asked.some((which, i) => {
    const head = asked[i + 1];
    // The thing a determiner opens: "the food waste", "my water bill".
    const opened = DETERMINER_BEFORE.test(question.slice(0, which.offset));
    if (!head || !opened || !missing.has(which.stem) || !common(question, which) || !adjacent(question, which, head)) return false;
    return said.some((t, k) => {
      const before = said[k - 1];
      return k > 0 && t.stem === head.stem && before !== undefined && before.stem !== which.stem && adjacent(lead, before, t) && /^\p{L}+$/u.test(before.word) && vectors.similarity(which.word, before.word) < SAME_KIND;
    });
  });
}

const DETERMINER_BEFORE = /\b(?:the|my|our|your|their|this|that)\s+$/i;

/** "How many calories are in the lasagne?", "How many seats are there on the coach?": the thing counted. */
const COUNTED_THING = /^\s*how\s+many\s+(.+?)\s+(?:are|is)\s+(?:there\s+)?(?:in|on|at|inside)\b/iu;

/**
 * The words of the thing a pattern's first group takes, its head last. Up to three words: beyond that the question
 * says more than a thing's name.
 */
function thingAsked(question: string, pattern: RegExp): Term[] | undefined {
  const thing = pattern.exec(question)?.[1];
  // A compound's longer part, read beside it as a word of its own ("book" of "e-books"), is not the thing asked: an
  // e-book is no book a library's shelves say it lends.
  const terms = (thing ? contentTerms(thing) : []).filter((t, i, all) => !all.some((o, j) => j !== i && o.offset < t.offset && o.offset + o.word.length + 1 >= t.offset + t.word.length && o.word.endsWith(t.word)));
  return terms.length > 0 && terms.length <= 3 ? terms : undefined;
}

/**
 * The word a question turns on, where its form says which: the deed of "How do I descale the machine?" or "Can we
 * smoke in the cottage?", or the thing of "What is the cottage's postcode?" (a short "What is…?" without a verb of its
 * own: its last word). Else undefined.
 */
export function askedCrux(question: string): { term: Term; deed: boolean } | undefined {
  const deed = askedAction(question) ?? PERMISSION.exec(question)?.[1];
  const word = deed ?? (WHAT_IS_THING.test(question) ? contentTerms(question).at(-1)?.word : undefined);
  const term = word ? contentTerms(word)[0] : undefined;
  return term ? { term, deed: deed !== undefined } : undefined;
}
const PERMISSION = /^\s*(?:can|may|could)\s+(?:i|we|you|they)\s+(\p{L}+)/iu;
/** "What is the cottage's postcode?", "What's the wifi password?": up to five words after the verb. */
const WHAT_IS_THING = /^\s*what(?:['’]s|\s+is|\s+are)\s+(?:the\s+|my\s+|our\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,4}[\p{L}\p{N}'’-]+\s*\??\s*$/iu;

/**
 * The kind of thing a "What X…?" or "Which X…?" question asks for, where a verb follows it: "languages" of "What
 * languages does Amira speak?", "bus" of "Which bus goes to the hospital?". A list under a heading naming that kind
 * ("LANGUAGES" / "English (native), Arabic (fluent)…") gives the things of that kind.
 */
export function askedKind(question: string): Term | undefined {
  const noun = ASKS_KIND.exec(question)?.[1];
  return noun ? contentTerms(noun)[0] : undefined;
}
const ASKS_KIND = /^\s*(?:what|which)\s+(\p{L}+)\s+(?:do|does|did|is|are|was|were|can|could|will|would|has|have|should|goes|go)\b/iu;
