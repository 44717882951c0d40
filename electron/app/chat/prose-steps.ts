// Steps written as prose: "First, unplug the power cable. Then press and hold RESET… Finally, wait two minutes." A
// manual or a help page says many a procedure in a paragraph rather than a list, and "How do I reset the router?"
// asks for all of it, in order, not for the one sentence ("Then press and hold the RESET button") that shares the
// most words with the question. So is a paragraph most of whose sentences say what to do, unmarked ("Fill the milk jug…
// Turn the steam dial… When the jug is too hot to hold, close the valve."). procedure.ts takes these runs of sentences
// as lists of steps whose steps are sentences, quoted as the prose they are.
import { splitSentences } from './sentences';

export interface ProseStep {
  start: number;
  end: number;
}

export interface ProseSteps {
  /** The sentence before "First, …" in its paragraph, saying what the steps do ("You can restore its settings."). */
  intro?: ProseStep;
  steps: ProseStep[];
  /** Steps found as instructions, nothing saying they are a sequence: a section's prose outweighs them (procedure.ts). */
  unmarked?: boolean;
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

/**
 * English verbs that open an instruction ("Fill the tank…", "Press and hold…"): what a manual's or a help page's steps
 * say to do when it writes them as a paragraph without "First" or "Then". Words that open descriptions as nouns as
 * often ("Power", "Light") are left out.
 */
const INSTRUCTION_VERBS = new Set(
  ('add adjust allow apply arrive ask attach avoid bake beat blend boil book bring brush buy call cancel change charge check ' +
    'choose chop claim clean clear click close collect combine complete confirm connect contact cook cool copy cover cut delete detach disconnect ' +
    'dissolve download drag drain drink drop dry email empty enable disable ensure enter fill find fit fold follow fry give go ' +
    'grate grease grill heat hold insert install keep knead launch leave let lift load locate lock log loosen lower make ' +
    'measure mix move navigate note open pair paste pay peel phone pick place plug pour preheat press print pull push put ' +
    'raise reboot reconnect register release reload remove rename repeat replace report reset restart return ring rinse ' +
    'roll rotate run save scan scroll season seek select send serve set shake sign simmer skip slice slide soak speak spread sprinkle ' +
    'squeeze start stir stop store strip submit swallow sweep swipe switch take talk tap tell tidy tighten toggle transfer ' +
    'toss turn twist type unlock unplug unscrew update upload use vacuum visit wait wash wear whisk wipe wrap').split(' '),
);
/** Spanish instructions of the app's languages, said politely ("Pulse el botón…") or not ("Pulsa…"). */
const SPANISH_INSTRUCTIONS = /^(?:pulse|pulsa|presione|presiona|abra|abre|cierre|cierra|coloque|coloca|llene|llena|gire|gira|espere|espera|retire|retira|conecte|conecta|desconecte|desconecta|seleccione|selecciona|introduzca|introduce|mantenga|mantén|compruebe|comprueba|limpie|limpia|enjuague|enjuaga|vierta|vierte|añada|añade|mezcle|mezcla|encienda|enciende|apague|apaga|instale|instala|descargue|descarga|toque|toca|haga|haz)\b/iu;
/** A clause before the instruction: "When it finishes, rinse the tank", "To start the program, press…". */
const CLAUSE_FIRST = /^(?:to|when|once|after|before|if|while|until|with|as soon as|in order to)\b[^,.;:]{1,80},\s*/iu;

/**
 * Whether a sentence tells the reader what to do, on its verb: "Fill the milk jug…", "When the jug is too hot to hold,
 * close the valve.", "Appuyez sur…", "Drücken Sie…", "Pulse el botón…". Not "Use of the gym is free." (a noun), nor
 * "Never immerse it in water." (a rule, not a step).
 */
export function opensOnInstruction(sentence: string): boolean {
  const s = sentence.replace(/^["'“‘(]+/u, '');
  // "Next, connect the power adapter…": the instruction after the mark of its place in the sequence, or after "please".
  const rest = s.replace(OPENS, '').replace(ENDS, '').replace(GOES_ON, '').replace(/^[\s,]+/u, '').replace(CLAUSE_FIRST, '').replace(/^please\s+/iu, '');
  const [first = '', next = ''] = rest.split(/[\s,]+/u);
  const word = first.toLowerCase();
  if (INSTRUCTION_VERBS.has(word)) return !/^(?:of|is|are|was|were|has|have|can|will|may)$/i.test(next);
  // French second person plural ("Appuyez", "Remplissez"), German with "Sie" ("Drücken Sie"), Spanish.
  return (/^\p{L}{3,}ez$/u.test(first) && !/^(?:chez|assez)$/i.test(first)) || (/^\p{Lu}\p{Ll}+$/u.test(first) && next === 'Sie') || SPANISH_INSTRUCTIONS.test(rest);
}

/**
 * "To reset the bulb…, switch it…", "If you need to cancel your appointment, please give us 48 hours' notice": the
 * purpose, then the instruction that serves it.
 */
const PURPOSE_FIRST = /^["'“‘(]*(?:to|in order to|if you (?:need|want|wish|would like|['’]d like) to)\s+(\p{L}[\p{L}'-]*)[^,.;:]{0,80},\s*/iu;

/** The verb of the purpose a sentence says how to achieve ("reset" of "To reset the bulb, switch it on…"), if any. */
export function purposeOf(sentence: string): string | undefined {
  const m = PURPOSE_FIRST.exec(sentence);
  return m && opensOnInstruction(sentence) ? m[1].toLowerCase() : undefined;
}

/** Sentences that tell what to do, in a paragraph without "First" or "Then", at least: two are a sequence. */
const MIN_INSTRUCTIONS = 2;

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
 * In a paragraph without such a sequence, its run of instructions (instructionsIn).
 */
export function proseStepsIn(text: string): ProseSteps[] {
  const runs: ProseSteps[] = [];
  const paragraph = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const p of text.matchAll(paragraph)) {
    // A list's item is a step of its list (procedure.ts), whatever its sentences say.
    if (/^\s*(?:[-*+•]|\d{1,3}[.)])\s/u.test(p[0])) continue;
    const sentences = splitSentences(p[0]).map((s) => ({ start: p.index + s.start, end: p.index + s.end, mark: markOf(s.text), instructs: instructs(s.text), orders: opensOnInstruction(s.text) }));
    const span = ({ start, end }: ProseStep) => ({ start, end });
    const found = runs.length;
    let i = 0;
    while (i < sentences.length) {
      const { first, run } = runFrom(sentences, i);
      if (first === undefined) break;
      // No run from the next mark: none from any sentence up to it either.
      if (!run) {
        i = first + 1;
        continue;
      }
      const before = sentences[run.from - 1];
      const intro = before && sentences[run.from].mark === 'opens' ? span(before) : undefined;
      runs.push({ intro, steps: sentences.slice(run.from, run.to + 1).map(span) });
      i = run.to + 1;
    }
    // Without a sequence said "First… Then…", a paragraph of instructions is one ("Fill the jug… Turn the dial…").
    const run = runs.length === found ? instructionsIn(sentences) : undefined;
    if (run) runs.push({ intro: run.from > 0 ? span(sentences[run.from - 1]) : undefined, steps: sentences.slice(run.from, run.to + 1).map(span), unmarked: true });
  }
  return runs;
}

/** The first mark at or after `i`, and the run of steps from it, if there is one. */
function runFrom(sentences: ReadonlyArray<{ mark: Mark; instructs: boolean }>, i: number): { first?: number; run?: { from: number; to: number } } {
  let first = i;
  while (first < sentences.length && !sentences[first].mark) first++;
  if (first >= sentences.length) return {};
  // Where the sequence does not open with "First", its first step is the sentence before the first "Then…".
  const from = sentences[first].mark === 'opens' ? first : first - 1;
  if (from < i || sentences[first].mark === 'ends') return { first };
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
  return { first, run: marked >= 2 && instructing * 2 > marked ? { from, to } : undefined };
}

/**
 * The run of a paragraph's sentences that are steps though nothing marks them so ("Fill the milk jug… Turn the steam
 * dial… Place the tip… When the jug is too hot to hold, close the valve."): from the first that tells what to do to
 * the last, with at most MAX_UNMARKED_BETWEEN others between two of them, where at least MIN_INSTRUCTIONS do and they
 * are most of the paragraph. What the run leaves out before it introduces it; the few sentences after it that end the
 * paragraph say what the steps lead to.
 */
function instructionsIn(sentences: ReadonlyArray<{ orders: boolean }>): { from: number; to: number } | undefined {
  const from = sentences.findIndex((s) => s.orders);
  if (from < 0) return undefined;
  let to = from;
  let count = 1;
  for (let k = from + 1; k < sentences.length && k - to <= MAX_UNMARKED_BETWEEN + 1; k++) {
    if (!sentences[k].orders) continue;
    to = k;
    count++;
  }
  if (count < MIN_INSTRUCTIONS || count * 2 < sentences.length) return undefined;
  // What the last step leads to ends the paragraph ("You will get an email within 24 hours."): said with the steps.
  return { from, to: sentences.length - to - 1 <= MAX_UNMARKED_BETWEEN ? sentences.length - 1 : to };
}
