// "Which holding has lost value?" of a portfolio whose rows each hold "Bought at (p)" and "Price now (p)": no value says
// "lost", so the question was refused. Asked which rows went down or up (lost value, fell, gained, rose), or did worse
// or better than predicted, the rows are those whose figure in a column of now (or of what came: a grade) is below or
// above their figure in a column of then (or of what was expected), quoted alike as rows over a budget are
// (extreme-rows.ts). Pure: no I/O.
import type { Candidate, ScoredQuestion } from './answer-sentences';
import { answeringAlike, figureOf, SCORE_LABEL, valueOf } from './extreme-rows';

/**
 * "Which holding has lost value?", "Which shares have gone up?": rows whose figure now is below (or above) their figure
 * then, read from the two columns that say so ("Bought at (p)" and "Price now (p)"), none of whose values says "lost".
 */
const CHANGE_Q = /^\s*(?:which|what|who)\b[^?]*?\b(?:(lost\s+(?:value|money)|gone\s+down|went\s+down|fallen|fell|dropped|decreased|down\s+in\s+value|(?:did\s+)?worse\s+than\s+(?:predicted|expected|forecast|target)|below\s+(?:predicted|expected|forecast|target))|(gained(?:\s+value)?|gone\s+up|went\s+up|risen|rose|increased|up\s+in\s+value|made\s+money|(?:did\s+)?better\s+than\s+(?:predicted|expected|forecast|target)|beat\s+(?:the\s+|my\s+|their\s+)?(?:prediction|predicted|target)))\b/i;
/** A column of what a thing was worth or cost at first, or was expected to be ("Predicted"). */
const THEN_LABEL = /\b(?:bought|buy|purchase|purchased|paid|cost|original|opening|start|starting|previous|initial|was|predicted|expected|forecast|target)\b/i;
/** …and of what it is worth now. */
const NOW_LABEL = /\b(?:now|current|currently|latest|today|closing|present)\b/i;

/**
 * The scored question with the rows that went down (or up) first, alike, and the table's other rows below them;
 * unchanged where the question asks no such thing or the lead's table has no such two columns of figures.
 */
export function changedFirst(question: string, scored: ScoredQuestion): ScoredQuestion {
  const [lead] = scored.ranked;
  const asked = lead && changeColumns(question, lead, scored);
  if (!asked) return scored;
  const { table, then, now, down } = asked;
  const change = (c: Candidate) => figureOf(valueOf(c.fields!, now)!)! - figureOf(valueOf(c.fields!, then)!)!;
  const changed = table.filter((c) => (down ? change(c) < 0 : change(c) > 0));
  if (changed.length === 0) return scored;
  // (At the lead's score, which may be an unchanged row's: the answer is as sure as the table was found.)
  return answeringAlike(scored, table, changed, Math.max(...table.map((c) => c.score)));
}

/**
 * The question without its words saying a change ("lost value", "gone up"), which no row says, where it asks which rows
 * of the lead's table changed so; undefined otherwise.
 */
export function changeWordsAside(question: string, scored: ScoredQuestion): string | undefined {
  const [lead] = scored.ranked;
  const asked = CHANGE_Q.exec(question);
  if (!lead || !asked || !changeAsked(question, lead, scored)) return undefined;
  return question.replace(asked[1] ?? asked[2]!, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether the question asks which rows of the lead's table went down or up, and the table has the columns to tell. */
export function changeAsked(question: string, lead: Candidate, scored: ScoredQuestion): boolean {
  return changeColumns(question, lead, scored) !== undefined;
}

/** The lead's table, its columns of then and now, and whether a fall is asked; undefined where not so asked or told. */
function changeColumns(question: string, lead: Candidate, scored: ScoredQuestion): { table: Candidate[]; then: string; now: string; down: boolean } | undefined {
  const asked = CHANGE_Q.exec(question);
  if (!asked || !lead.fields) return undefined;
  const table = scored.ranked.filter((c) => c.fields && c.source.fileId === lead.source.fileId && c.fields[0]?.label === lead.fields![0]?.label);
  const labels = [...new Set(table.flatMap((c) => c.fields!.map((f) => f.label)))];
  const figured = (label: string) => table.every((c) => figureOf(valueOf(c.fields!, label) ?? '') !== undefined);
  const then = labels.find((label) => THEN_LABEL.test(label) && !NOW_LABEL.test(label) && figured(label));
  // (Against a prediction, what came is the grade, or a score of its scale: "Grade" beside "Predicted", not "Mark (%)".)
  const expected = /\b(?:predicted|expected|forecast|target)\b/i.test(then ?? '');
  const came = (label: string) => label !== then && SCORE_LABEL.test(label) && !label.includes('%') && figured(label);
  const now = labels.find((label) => NOW_LABEL.test(label) && figured(label)) ?? (expected ? (labels.find((label) => came(label) && /\bgrades?\b/i.test(label)) ?? labels.find(came)) : undefined);
  return then && now && table.length >= 2 ? { table, then, now, down: asked[1] !== undefined } : undefined;
}
