// "Frozen condensate pipe: In very cold weather the white plastic pipe outside can freeze. Pour warm (not boiling) water
// over it, then press reset.": the first sentence holds every word of "What do I do if the condensate pipe freezes?" and
// says only what the trouble is; the one after it, sharing no word with the question, says what to do. A lead telling
// nothing to do is quoted with the next sentence of its paragraph where that one tells what to do. Pure: no I/O.
import type { Candidate } from './answer-sentences';
import { opensOnInstruction } from './prose-steps';
import { quotedAfterLead, sentenceAfter, type Quote } from './quote';

/** "What do I do if…", "What should we do when…": what to do about a trouble the question names. */
const WHAT_TO_DO_IF = /^\s*what\s+(?:do|should|can|must|shall)\s+(?:i|we|you)\s+do\s+(?:if|when)\b/i;

/** The lead, the next sentence telling what to do, then the rest chosen; undefined where no remedy is asked or given. */
export function withRemedyAfter(chosen: readonly Candidate[], question: string): Quote[] | undefined {
  const [lead] = chosen;
  if (!lead || !WHAT_TO_DO_IF.test(question) || tellsToDo(lead.text)) return undefined;
  const next = sentenceAfter(lead);
  return next && opensOnInstruction(next.text.trim()) ? quotedAfterLead(chosen, next) : undefined;
}

/** Whether a sentence, or the value after its label ("Low pressure: Top up…"), tells what to do. */
function tellsToDo(text: string): boolean {
  const value = /^[^:]{1,40}:\s*(.+)$/su.exec(text.trim())?.[1];
  return opensOnInstruction(text.trim()) || (value !== undefined && opensOnInstruction(value));
}
