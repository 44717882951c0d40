// A verb and its particle that mean one word, read as that word: "send the router back" is "return" it, "pick up the
// car" is "collect" it, "take-home pay" is "net pay". Word vectors weigh words one at a time, so "send" and "back" are
// each far from "return" (0.31), and the answerer refused "What happens if I don't send the router back?" of "If you
// leave, return it within 30 days…". Read so on the question and the sentences alike (function-words.ts), as
// abbreviations are, so a document saying "pick up" still matches a question saying "pick up". Only pairs whose one
// word is what documents write for them; not "set up", "find out" or "turn on", which name no single word.
import { stem, terms, type Term } from '../embeddings/lexical-terms';

interface Phrasal {
  /** The verb's forms, as written. */
  verbs: ReadonlySet<string>;
  particle: string;
  /** Most words between them: "send the router back", "pick the car up". 0 where only the pair itself says it. */
  between: number;
  /** The one word's stem. */
  means: string;
  /** The one word, as written: what a search for the pair looks up too. */
  word: string;
  /**
   * Whether the particle may be a preposition of what follows instead: "check in at reception" is checking in, "check
   * in the drawer" is not. Such a pair is read as the word only hyphenated ("check-in") or with no noun after it.
   */
  alsoPreposition?: boolean;
  /** A word after the particle that makes the pair another verb: "run out of milk" is using it up, not expiring. */
  notBefore?: string;
  /** The pair is written as one word too ("checkout", "pickup", "login"), which is read as the pair is. */
  closed?: boolean;
  /** The "particle" is a noun the pair keeps: "leave the hotel" is checking out of the hotel. */
  keepsParticle?: boolean;
}

const phrasal = (verbs: string, particle: string, between: number, means: string, alsoPreposition = false, notBefore?: string): Phrasal => ({
  verbs: new Set(verbs.split(' ')),
  particle,
  between,
  means: stem(means),
  word: means,
  alsoPreposition,
  notBefore,
});

/** A pair also written as one word: "When is checkout?" of "Check-out is by 11am", "my pickup" of "Pick-up: 10:30". */
const closed = (p: Phrasal): Phrasal => ({ ...p, closed: true });

const PHRASALS: readonly Phrasal[] = [
  phrasal('send sends sending sent bring brings bringing brought give gives giving gave given hand hands handing handed', 'back', 3, 'return'),
  closed(phrasal('pick picks picking picked', 'up', 3, 'collect')),
  // "When do the children go back to school?" of "Pupils return on Monday 12 April".
  phrasal('go goes going went gone', 'back', 0, 'return'),
  // "When will the children get back?" of a trip letter's "Coach returns to school: 4.15pm".
  phrasal('get gets getting got come comes coming came', 'back', 0, 'return'),
  // "How do I pay for school lunches?" of "Please top up your child's account through ParentPay".
  closed(phrasal('top tops topping topped', 'up', 3, 'pay')),
  closed(phrasal('sign signs signing signed', 'up', 0, 'register')),
  // "When do I need to return the DVD?" of a library's "Due back: 10 June 2027".
  phrasal('due', 'back', 0, 'return'),
  // "When does the car have to be back?" of a hire's "Return: Monday 18 June, 17:00".
  phrasal('be been being', 'back', 0, 'return'),
  // Not a verb, but read alike: "Will I get my money back?" of "…and a full refund of £34.99".
  phrasal('money', 'back', 0, 'refund'),
  // …and "What seat am I in on the way back?" of a booking's "## Return — Monday 19 April".
  phrasal('way journey', 'back', 0, 'return'),
  phrasal('call calls calling called', 'off', 2, 'cancel'),
  // "Can I put off jury service?" of "…you may ask once to defer to another date".
  phrasal('put puts putting', 'off', 2, 'postpone'),
  // "How long does the bookcase take to put together?" of bookcase-assembly.md.
  phrasal('put puts putting', 'together', 3, 'assemble'),
  // "What does my child need to bring to nursery?" of "Please send your child with wellies and a waterproof coat".
  phrasal('send sends sending sent', 'with', 3, 'bring'),
  // "When does my MOT run out?" of a certificate's "Expiry date: 16 October 2027"; not "What if I run out of data?".
  phrasal('run runs running ran', 'out', 0, 'expire', false, 'of'),
  // Not a particle, but read alike: "left" after "be", "been" or "being" is the verb's ("Baggage can be left at the
  // bag drop tent" for "Where can I leave my bag?"), where "left" alone is as often the side (word-forms.ts leaves it
  // out), and "is left" what remains ("How much money is left?").
  phrasal('be been being', 'left', 0, 'leave'),
  // Not a verb and its particle, but read alike: what is "left to pay" is a bill's or a booking's balance ("How much is
  // left to pay for the party?" of "The balance of £238 is due on the day."), not any price on it.
  phrasal('left remaining', 'pay', 1, 'balance'),
  // "How much did I pay back this year?" of a loan statement's "You repaid £1,124.00 through your salary".
  phrasal('pay pays paying paid', 'back', 2, 'repay'),
  // "When do I need to tell Hannah about allergies?" of "Please let me know about allergies by Thursday".
  phrasal('let lets letting', 'know', 2, 'tell'),
  // "What happens if I don't reply?" of a letter's "If we do not hear from you, the discount will be removed": what a
  // letter hears from you is your reply.
  phrasal('hear hears hearing heard', 'from', 0, 'reply'),
  // "How much does it cost to get into the museum?" of "Entry is free."
  phrasal('get gets getting got', 'into', 0, 'enter'),
  // "How much did council tax go up?" of "Your council tax has increased by 4.99%".
  phrasal('go goes going went gone', 'up', 0, 'increase'),
  // "What should I do if I've been burgled?" of "If your home has been broken into, report it to the police…".
  phrasal('break breaks breaking broke broken', 'into', 0, 'burgle'),
  // "take-home pay", "How much did I take home?": not "take the leftovers home".
  phrasal('take takes taking took taken', 'home', 0, 'net'),
  // "How much is taken off for my student loan?" of a payslip's "Deductions".
  phrasal('take takes taking took taken', 'off', 2, 'deduct'),
  // "What time can we check in?" of "Check-in is from 4pm. … Check-out is by 10am.": both are "check" once "in" and
  // "out" are dropped as function words, and the answerer quoted the check-out time. Made-up words on both sides, so
  // "check-in" and "check in" meet and neither meets the other, not even as near forms (their first five letters
  // differ). Logging in and signing in are one thing.
  closed(phrasal('check checks checking checked', 'in', 0, 'incheck', true)),
  // Moving in is a tenancy's check-in: "When did Oliver move in?" of an inventory's "Date of check-in: 1 September".
  phrasal('move moves moving moved', 'in', 0, 'incheck', true),
  closed(phrasal('check checks checking checked', 'out', 0, 'outcheck', true)),
  // …and leaving where one stays is checking out of it: "What time do we have to leave the hotel?" of a booking's
  // "Check-out: Sunday by 11am", not its "Check-in: Friday from 3pm". Not "left": "turn left at the hotel".
  ...'hotel room cottage apartment accommodation villa lodge caravan chalet cabin'
    .split(' ')
    .map((place) => ({ ...phrasal('leave leaves leaving', place, 2, 'outcheck'), word: 'check out', keepsParticle: true })),
  // …as is leaving by a time: "please leave by 10am on your day of departure" of a cottage's guide. Not "leave by the
  // back door".
  { ...phrasal('leave', 'by', 0, 'outcheck', false, 'the'), word: 'check out' },
  closed(phrasal('log logs logging logged sign signs signing signed', 'in', 0, 'login', true)),
  closed(phrasal('log logs logging logged sign signs signing signed', 'out', 0, 'logout', true)),
];

/** Of the verbs, a quick test before the lists are searched. */
const VERBS = new Set(PHRASALS.flatMap((p) => [...p.verbs]));

/** The stem of each pair written as one word ("checkout", "checkouts"), with the pair it is. */
const CLOSED_FORMS = new Map(PHRASALS.filter((p) => p.closed).flatMap((p) => [...p.verbs].map((verb) => [stem(verb + p.particle), { verb, phrasal: p }] as const)));

/** Whether a word's stem is a verb and its particle written as one word, which phrasalVerbsAsWords reads as the pair. */
export const isClosedPhrasal = (wordStem: string): boolean => CLOSED_FORMS.has(wordStem);

/**
 * `all` (the terms of a text, in order, function words included) with each phrasal verb read as its word: the verb's
 * term takes the word's stem, and its particle is dropped.
 */
/**
 * Whether a term written `word` stands, with its particle, for the word whose stem is `stem`: "get" (of "get back") for
 * "return". Such a verb says what its pair means, however little it says alone.
 */
export function readAsPhrasal(word: string, stem: string): boolean {
  return word !== stem && PHRASALS.some((p) => p.means === stem && p.verbs.has(word));
}

export function phrasalVerbsAsWords(all: Term[], text: string): Term[] {
  if (!all.some((t) => VERBS.has(t.word) || CLOSED_FORMS.has(t.stem))) return all;
  const dropped = new Set<number>();
  const out = all.slice();
  for (let i = 0; i < all.length; i++) {
    const verb = all[i]!;
    const closedForm = CLOSED_FORMS.get(verb.stem);
    if (closedForm) out[i] = { ...verb, stem: closedForm.phrasal.means, stop: false };
    if (!VERBS.has(verb.word)) continue;
    for (const p of PHRASALS) {
      if (!p.verbs.has(verb.word)) continue;
      // The particle within `between` words, in the same clause.
      let j = i + 1;
      for (; j < all.length && j <= i + 1 + p.between; j++) {
        if (all[j]!.word === p.particle) break;
      }
      if (j >= all.length || j > i + 1 + p.between || CLAUSE_BREAK.test(text.slice(verb.offset, all[j]!.offset))) continue;
      if (p.notBefore !== undefined && all[j + 1]?.word === p.notBefore) continue;
      if (p.alsoPreposition && !hyphenated(text, verb, all[j]!) && OBJECT_OPENS.test(all[j + 1]?.word ?? '') && !CLAUSE_BREAK.test(text.slice(all[j]!.offset, all[j + 1]!.offset))) continue;
      out[i] = { ...verb, stem: p.means, stop: false };
      if (!p.keepsParticle) dropped.add(j);
      break;
    }
  }
  return dropped.size ? out.filter((_, k) => !dropped.has(k)) : out;
}

/**
 * The one word of each phrasal verb `text` says, for a search: "refund" of "Will I get my money back?". The search reads
 * words as written, so a document saying only "a full refund" is found. Not the pairs read as made-up words ("check
 * in" as "incheck"), which no document writes.
 */
export function phrasalMeanings(text: string): string[] {
  const out = new Set<string>();
  for (const t of phrasalVerbsAsWords(terms(text), text)) {
    // "checkout" is looked up as "check out" too, which a document writes as often ("Check-out is by 11am").
    const closedForm = CLOSED_FORMS.get(stem(t.word));
    if (closedForm) out.add(`${closedForm.verb} ${closedForm.phrasal.particle}`);
    if (closedForm && !closedForm.phrasal.alsoPreposition) out.add(closedForm.phrasal.word);
    if (!VERBS.has(t.word)) continue;
    const read = PHRASALS.find((p) => p.means === t.stem && p.verbs.has(t.word) && !p.alsoPreposition);
    if (read) out.add(read.word);
  }
  return [...out];
}

/** Words that open a noun phrase, which a preposition governs: "in the drawer", "out the back". */
const OBJECT_OPENS = /^(?:the|a|an|my|your|our|his|her|its|their|this|that|these|those)$/;

/** Whether the verb and its particle are written as one hyphenated word: "check-in", "log-out". */
const hyphenated = (text: string, verb: Term, particle: Term) => /^\p{L}+-$/u.test(text.slice(verb.offset, particle.offset));

/** What ends a clause between a verb and a particle that is not its own: "…sent, back in May…". */
const CLAUSE_BREAK = /[.,;:!?()\n]/;
