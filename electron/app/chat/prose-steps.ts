// Steps written as prose: "First, unplug the power cable. Then press and hold RESET… Finally, wait two minutes." A
// manual or a help page says many a procedure in a paragraph rather than a list, and "How do I reset the router?"
// asks for all of it, in order, not for the one sentence ("Then press and hold the RESET button") that shares the
// most words with the question. procedure.ts takes these runs of sentences as lists of steps whose steps are
// sentences, quoted as the prose they are.
import { splitSentences } from './sentences';

export interface ProseStep {
  start: number;
  end: number;
}

export interface ProseSteps {
  /** The sentence before "First, …" in its paragraph, saying what the steps do ("You can restore its settings."). */
  intro?: ProseStep;
  steps: ProseStep[];
}

/** A sentence that opens a sequence: "First, …", "First of all…", "To begin, …", and the app's other languages. */
const OPENS = /^(?:first(?:ly)?\s*,|first of all\b|to (?:begin|start)\s*,|start by\b|begin by\b|(?:tout\s+)?d'abord\b|premièrement\b|commencez par\b|zuerst\b|zunächst\b|als erstes\b|erstens\b|primero\b|en primer lugar\b|para empezar\b)/iu;
/** A sentence that goes on with one: "Then…", "Next, …", "After that…", "Now, …". */
const GOES_ON = /^(?:then\b|next\b|after that\b|afterwards?\s*,|now\s*,|second(?:ly)?\s*,|third(?:ly)?\s*,|ensuite\b|puis\b|après cela\b|dann\b|danach\b|anschließend\b|als nächstes\b|luego\b|después\b|a continuación\b)/iu;
/** A sentence that ends one: "Finally, …", "Lastly…". */
const ENDS = /^(?:finally\b|lastly\b|enfin\b|pour finir\b|finalement\b|schließlich\b|zum schluss\b|zuletzt\b|por último\b|finalmente\b|al final\b)/iu;

/**
 * What opens a sentence that tells of something done rather than says what to do, after its "First,"/"Then": a
 * determiner or a pronoun other than "you" ("Then the party climbed the glacier.", "Next, a blizzard trapped them.",
 * "Finally, with their food gone, they descended…"). An instruction opens on its verb ("Then press…") or "you".
 */
const TELLS = /^(?:the|a|an|this|that|these|those|there|he|she|it|they|we|i|his|her|its|their|our|my|with|after|on|in|at|by|le|la|les|un|une|des|il|elle|ils|elles|nous|on|der|die|das|ein|eine|er|sie|es|wir|el|los|las|una|él|ella|ellos|nosotros)\b/iu;

/** Unmarked sentences between two marked ones, at most ("Keep holding it while you plug the cable back in."). */
const MAX_UNMARKED_BETWEEN = 2;

type Mark = 'opens' | 'goes-on' | 'ends' | undefined;

function markOf(sentence: string): Mark {
  const s = sentence.replace(/^["'“‘(]+/u, '');
  return OPENS.test(s) ? 'opens' : ENDS.test(s) ? 'ends' : GOES_ON.test(s) ? 'goes-on' : undefined;
}

/** Whether a marked sentence says what to do: what follows its mark ("First," "Then") is no account of a deed. */
function instructs(sentence: string): boolean {
  const s = sentence.replace(/^["'“‘(]+/u, '');
  const rest = s.replace(OPENS, '').replace(ENDS, '').replace(GOES_ON, '').replace(/^[\s,]+/u, '');
  return !TELLS.test(rest);
}

/**
 * The runs of sentences in the paragraphs of a text that are steps: from the sentence that opens the sequence ("First,
 * …"; where none does, the sentence before the first "Then…" or "Next, …") to the last that goes on with it or ends
 * it, at least two of them marked so. Each step a sentence, in order; before "First, …", the sentence introducing them.
 */
export function proseStepsIn(text: string): ProseSteps[] {
  const runs: ProseSteps[] = [];
  const paragraph = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const p of text.matchAll(paragraph)) {
    const sentences = splitSentences(p[0]).map((s) => ({ start: p.index + s.start, end: p.index + s.end, mark: markOf(s.text), instructs: instructs(s.text) }));
    let i = 0;
    while (i < sentences.length) {
      const run = runFrom(sentences, i);
      if (!run) {
        i++;
        continue;
      }
      const span = ({ start, end }: ProseStep) => ({ start, end });
      const before = sentences[run.from - 1];
      const intro = before && sentences[run.from].mark === 'opens' ? span(before) : undefined;
      runs.push({ intro, steps: sentences.slice(run.from, run.to + 1).map(span) });
      i = run.to + 1;
    }
  }
  return runs;
}

/** The run of steps whose first mark is at or after `i`, if there is one. */
function runFrom(sentences: ReadonlyArray<{ mark: Mark; instructs: boolean }>, i: number): { from: number; to: number } | undefined {
  let first = i;
  while (first < sentences.length && !sentences[first].mark) first++;
  if (first >= sentences.length) return undefined;
  // Where the sequence does not open with "First", its first step is the sentence before the first "Then…".
  const from = sentences[first].mark === 'opens' ? first : first - 1;
  if (from < i || sentences[first].mark === 'ends') return undefined;
  let to = first;
  let marked = 1;
  for (let k = first + 1; k < sentences.length && k - to <= MAX_UNMARKED_BETWEEN + 1; k++) {
    const mark = sentences[k].mark;
    if (!mark) continue;
    if (mark === 'opens') break;
    to = k;
    marked++;
    if (mark === 'ends') break;
  }
  // One "Then…" after a sentence is a sentence going on, not a sequence; an account of what was done ("First, the
  // party followed the river. Then they climbed…") is a story, not steps.
  const instructing = sentences.slice(first, to + 1).filter((s) => s.mark && s.instructs).length;
  return marked >= 2 && instructing * 2 > marked ? { from, to } : undefined;
}
