// "When is Pippin's next vaccination due?" of a pet's vaccination card: "Please book Pippin's annual health check with
// the next vaccination." says every word of the question and no date; the card's row "Vaccine: RHD2; Given: 24 May
// 2026; Next due: 24 May 2027", a little behind it, gives one. So does "Date of birth: 2 March 2025" for "How old is
// Pippin?" behind a line naming Pippin. Where the question asks a kind of answer (a time, a figure, a person, a place)
// and the lead holds none of it, a sentence of the same file close behind that holds it answers instead. Pure: no I/O.
import type { ScoredQuestion } from './answer-sentences';

/** How close behind the lead, as a share of its score, a sentence of the kind asked may be to answer before it. */
const CLOSE_BEHIND = 0.9;

/** The scored question with a sentence of the kind asked moved before a lead holding none of it; else as it is. */
export function kindFirst(scored: ScoredQuestion): ScoredQuestion {
  const [lead] = scored.ranked;
  // (Asked a figure, a lead holding only a date holds none: "…expires 14 September 2027" for "How long does the
  // passport renewal take?", where "Allow up to 3 weeks." is close behind.)
  if (!lead || scored.kind === 'any' || lead.kind >= 1 || (lead.kind > 0 && scored.kind !== 'number')) return scored;
  const instead = scored.ranked.find((c) => c.kind >= 1 && c.source.fileId === lead.source.fileId && c.score >= CLOSE_BEHIND * lead.score);
  return instead ? { ...scored, ranked: [instead, ...scored.ranked.filter((c) => c !== instead)] } : scored;
}
