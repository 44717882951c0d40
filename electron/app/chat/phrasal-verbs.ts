// A verb and its particle that mean one word, read as that word: "send the router back" is "return" it, "pick up the
// car" is "collect" it, "take-home pay" is "net pay". Word vectors weigh words one at a time, so "send" and "back" are
// each far from "return" (0.31), and the answerer refused "What happens if I don't send the router back?" of "If you
// leave, return it within 30 days…". Read so on the question and the sentences alike (function-words.ts), as
// abbreviations are, so a document saying "pick up" still matches a question saying "pick up". Only pairs whose one
// word is what documents write for them; not "set up", "find out" or "turn on", which name no single word.
import { stem, type Term } from '../embeddings/lexical-terms';

interface Phrasal {
  /** The verb's forms, as written. */
  verbs: ReadonlySet<string>;
  particle: string;
  /** Most words between them: "send the router back", "pick the car up". 0 where only the pair itself says it. */
  between: number;
  /** The one word's stem. */
  means: string;
}

const phrasal = (verbs: string, particle: string, between: number, means: string): Phrasal => ({
  verbs: new Set(verbs.split(' ')),
  particle,
  between,
  means: stem(means),
});

const PHRASALS: readonly Phrasal[] = [
  phrasal('send sends sending sent bring brings bringing brought give gives giving gave given hand hands handing handed', 'back', 3, 'return'),
  phrasal('pick picks picking picked', 'up', 3, 'collect'),
  phrasal('sign signs signing signed', 'up', 0, 'register'),
  phrasal('call calls calling called', 'off', 2, 'cancel'),
  // "What should I do if I've been burgled?" of "If your home has been broken into, report it to the police…".
  phrasal('break breaks breaking broke broken', 'into', 0, 'burgle'),
  // "take-home pay", "How much did I take home?": not "take the leftovers home".
  phrasal('take takes taking took taken', 'home', 0, 'net'),
  // "How much is taken off for my student loan?" of a payslip's "Deductions".
  phrasal('take takes taking took taken', 'off', 2, 'deduct'),
];

/** Of the verbs, a quick test before the lists are searched. */
const VERBS = new Set(PHRASALS.flatMap((p) => [...p.verbs]));

/**
 * `all` (the terms of a text, in order, function words included) with each phrasal verb read as its word: the verb's
 * term takes the word's stem, and its particle is dropped.
 */
export function phrasalVerbsAsWords(all: Term[], text: string): Term[] {
  if (!all.some((t) => VERBS.has(t.word))) return all;
  const dropped = new Set<number>();
  const out = all.slice();
  for (let i = 0; i < all.length; i++) {
    const verb = all[i]!;
    if (!VERBS.has(verb.word)) continue;
    for (const p of PHRASALS) {
      if (!p.verbs.has(verb.word)) continue;
      // The particle within `between` words, in the same clause.
      let j = i + 1;
      for (; j < all.length && j <= i + 1 + p.between; j++) {
        if (all[j]!.word === p.particle) break;
      }
      if (j >= all.length || j > i + 1 + p.between || CLAUSE_BREAK.test(text.slice(verb.offset, all[j]!.offset))) continue;
      out[i] = { ...verb, stem: p.means, stop: false };
      dropped.add(j);
      break;
    }
  }
  return dropped.size ? out.filter((_, k) => !dropped.has(k)) : out;
}

/** What ends a clause between a verb and a particle that is not its own: "…sent, back in May…". */
const CLAUSE_BREAK = /[.,;:!?()\n]/;
