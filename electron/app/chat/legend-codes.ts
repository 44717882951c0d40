// A menu, a map or a timetable explains its short codes once, in a legend: "V = vegetarian, VG = vegan, GF = gluten
// free", then marks each item with them ("Lemon sorbet, £5.50 (VG, GF)"). "Is the sea bass gluten free?" and "What
// vegan dishes are there?" are asked in the legend's words, which the items never write. An item marked with a code
// says what the code stands for, and the legend itself is no answer. Used by the answerer only. Pure: no I/O.

/** One pair of a legend: a code of one to three capitals, "=" or ":", and the few words it stands for. */
const PAIR = /(?<![\p{L}\p{N}])(\p{Lu}{1,3})\s*[=:]\s*(\p{Ll}[\p{Ll} -]{0,24}?)\s*(?=[,;.]|$)/gmu;
/** Fewer pairs on a line are a form's field ("A: 12 Mill Lane"), not a legend. */
const MIN_PAIRS = 2;

/** The codes a text's legends explain, each with what it stands for: "VG" → "vegan". Empty where it has none. */
export function legendOf(text: string): Map<string, string> {
  const legend = new Map<string, string>();
  for (const line of text.split('\n')) {
    const pairs = [...line.matchAll(PAIR)];
    if (pairs.length < MIN_PAIRS) continue;
    for (const [, code, meaning] of pairs) legend.set(code, meaning.trim());
  }
  return legend;
}

/** A code standing alone: capitals, no letter or figure either side. */
const CODE = /(?<![\p{L}\p{N}])\p{Lu}{1,3}(?![\p{L}\p{N}])/gu;

/**
 * What the codes a line is marked with stand for ("vegan", "gluten free" of "(VG, GF)"), by its legend. A code of one
 * letter counts only in brackets: "A = adult" must not make every sentence opening "A game…" say "adult", nor "I"
 * every one its writer speaks in.
 */
export function legendWordsIn(line: string, legend: ReadonlyMap<string, string>): string[] {
  if (legend.size === 0) return [];
  const bracketed = (line.match(/[([][^)\]]*[)\]]/g) ?? []).flatMap((group) => group.match(CODE) ?? []);
  const loose = (line.match(CODE) ?? []).filter((code) => code.length > 1);
  return [...new Set([...bracketed, ...loose])].flatMap((code) => (legend.has(code) ? [legend.get(code)!] : []));
}
