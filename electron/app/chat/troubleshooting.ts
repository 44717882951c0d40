// A manual's troubleshooting entry is a record of labelled lines: "Problem: Error code E4 appears on the display." /
// "Cause: The boiler temperature sensor has failed." / "Solution: Switch off the machine and call…". The line that
// matches a question best is the problem's, which restates it ("What does error code E4 mean?"); the answer is in the
// lines after it, which share few of its words. The answer quotes them with it.
import { lineAt, linesOf, trimmed, type Span } from './procedure';
import { quoteOf, type Quote } from './quote';

/** The line that says what goes wrong. */
const PROBLEM = /^\s*(?:problem|symptom|issue|fault|error|probl[eè]me|sympt[oô]me|störung|fehler|problema|s[ií]ntoma)\s*:/iu;
/** A line that says why, or what to do about it. */
const ANSWER = /^\s*(?:possible\s+|probable\s+)?(?:causes?|reasons?|solutions?|remed(?:y|ies)|fix|action|what to do|cause|remède|ursache|lösung|abhilfe|maßnahme|causa|soluci[oó]n|remedio)\s*:/iu;

/**
 * The lines of the troubleshooting entry that answer, after the one at `at` (a span of `text`): where `at` is on a
 * "Problem:" line, its "Cause:" and "Solution:" lines; where it is on a "Cause:" line, the "Solution:" after it. Each
 * line with the lines that wrap it; none past a blank line or the next problem. Undefined where `at` is not on such a
 * line or nothing follows it.
 */
export function answersAfter(text: string, at: Span): Span[] | undefined {
  const lines = linesOf(text);
  const [own, ...rest] = lines.slice(lineAt(lines, at.start));
  if (!own || !(PROBLEM.test(own.text) || ANSWER.test(own.text))) return undefined;
  const answers: Span[] = [];
  for (const line of rest) {
    if (!line.text.trim() || PROBLEM.test(line.text)) break;
    if (line.start < at.end) continue; // quoted with `at` already (a span may run over the entry's lines)
    if (ANSWER.test(line.text)) answers.push(trimmed(line));
    else if (answers.length) answers.at(-1)!.end = trimmed(line).end;
    // else: the rest of the problem's line, wrapped
  }
  return answers.length ? answers : undefined;
}

/**
 * The answer's quote where its lead is a troubleshooting entry's problem or cause: the entry from the lead through the
 * lines after it that answer (answersAfter), as one quote with one citation, in place of sentences from elsewhere;
 * undefined where the lead is no such line. One quote, because the problem's line alone answers nothing: quoted apart,
 * "Problem: The red light flashes continuously. [1]" led the answer to "Why does the red light keep flashing?" and the
 * cause came only after its citation.
 */
export function troubleshootingQuotes(lead: Quote | undefined): Quote[] | undefined {
  const answers = lead && answersAfter(lead.source.text, lead);
  return answers && [quoteOf(lead.source, { start: lead.start, end: answers.at(-1)!.end })];
}
