// A word of short parts joined by hyphens is one word, written either way: "Wi-Fi" is "wifi", "co-op" is "coop", and
// so is one with a letter alone, "e-mail" and "X-ray". The shared tokenizer splits them at the hyphen and drops a
// letter alone, so "What's the wifi password?" found nothing in "Free Wi-Fi is available…". Compounds with a longer
// word stay apart ("full-time", "un-aided" matches "aided"), and so do those of a function word ("to-do"), but for a
// verb's particle ("plug-in" is "plugin" too, see withParticle; "check-in" and "checkin" are read as the pair they
// are, phrasal-verbs.ts). Capitals joined by "&" are one word as well ("B&B").
import { terms, type Term } from '../embeddings/lexical-terms';
import { isClosedPhrasal } from './phrasal-verbs';

const COMPOUND = /(?<![\p{L}\p{N}-])\p{L}+(?:-\p{L}+)+(?![\p{L}\p{N}])/gu;
/** "B&B", "A&E", "R&D", "P&O": capitals joined by ampersands. */
const AMPERSAND_CAPITALS = /(?<![\p{L}\p{N}&])\p{Lu}{1,2}(?:&\p{Lu}{1,2})+(?![\p{L}\p{N}&])/gu;
/** The first part of a compound naming what is outside its second: "off-peak", "off-site". */
const OUTSIDE = /^off$/i;
/** Parts this short make the compound one word. */
const SHORT_PART = 2;

/** The particles a verb takes in a noun written with a hyphen or as one word: "check-out" or "checkout", "top-up". */
const PARTICLES = new Set(['in', 'out', 'up', 'off', 'on', 'over', 'away', 'down', 'back', 'by']);

/**
 * A verb and its particle made a noun ("check-out", "pick-up", "plug-in", "back-up"), which is written as one word as
 * often ("checkout", "pickup", "plugin", "backup"): the joined word is a term besides the verb, so either spelling
 * finds the other ("Is there a plugin?" of "Install the plug-in", "my backup" of "Back-up: weekly").
 */
function withParticle(parts: readonly string[]): boolean {
  if (parts.length !== 2 || parts[0]!.length < 3 || !PARTICLES.has(parts[1]!.toLowerCase())) return false;
  const verb = terms(parts[0]!)[0];
  return verb !== undefined && !verb.stop;
}

/**
 * `all` (terms of `text`, in order) with each such compound made one term: in place of its parts when they are all
 * short, else besides its longer part, which says what it is ("bike" of "e-bike", "shirt" of "T-shirt").
 */
export function joinedShortCompounds(all: Term[], text: string): Term[] {
  const ampersand = text.includes('&');
  if (!text.includes('-') && !ampersand) return all;
  const joined: Term[] = [];
  const spans: Array<[number, number]> = [];
  // Capitals joined by "&" are one word too: "How much does the B&B cost?" asks of "Derwent View B&B", as "A&E" and
  // "M&S" name one thing. The tokenizer drops each letter alone, so the question named nothing.
  if (ampersand) {
    for (const m of text.matchAll(AMPERSAND_CAPITALS)) {
      const read = terms(m[0].replaceAll('&', ''));
      if (read.length !== 1) continue;
      joined.push({ ...read[0]!, offset: m.index });
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  for (const m of text.matchAll(COMPOUND)) {
    const parts = m[0].split('-');
    const word = parts.join('');
    const read = terms(word);
    if (read.length !== 1) continue;
    // "Off-peak", "off-site", "off-street": what is outside the second part, and no kind of it. One term in place of
    // both, so "What is the off-peak rate?" is not answered by "Peak rate: 29.4p", whose "peak" it said alone.
    if (parts.length === 2 && OUTSIDE.test(parts[0]!) && parts[1]!.length >= 3) {
      joined.push({ ...read[0]!, offset: m.index });
      spans.push([m.index, m.index + m[0].length]);
      continue;
    }
    if (withParticle(parts) && !isClosedPhrasal(read[0]!.stem)) {
      joined.push({ ...read[0]!, offset: m.index });
      continue;
    }
    // "Wi-Fi", "co-op" (every part short), "e-mail", "X-ray" (a letter alone); not "un-aided" nor "ex-wife".
    if (!parts.every((p) => p.length <= SHORT_PART) && !parts.some((p) => p.length === 1)) continue;
    if (parts.some((p) => p.length > 1 && terms(p)[0]?.stop)) continue;
    joined.push({ ...read[0]!, offset: m.index });
    // The parts of a compound of short parts go ("wi", "fi"); a longer part stays a word too ("bike" of "e-bike").
    if (parts.every((p) => p.length <= SHORT_PART)) spans.push([m.index, m.index + m[0].length]);
  }
  if (!joined.length) return all;
  const inSpan = (t: Term) => spans.some(([from, to]) => t.offset >= from && t.offset < to);
  return [...all.filter((t) => !inSpan(t)), ...joined].sort((a, b) => a.offset - b.offset);
}
