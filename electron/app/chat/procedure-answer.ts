// Which procedure answers "How do I…?" (procedure.ts finds them), and how the extractive answer quotes it: the steps
// that do what is asked, each a quote of its own, after what introduces them.
import { nearForm, type Candidate, type ScoredQuestion } from './answer-sentences';
import { saysNot } from './negated';
import { contentTerms } from './function-words';
import { askedList, asksList, listsIn, proceduresAt, saysOnlySteps, stepText, type Procedure, type Span, type Step } from './procedure';
import { quoteOf, type Quote } from './quote';
import { askedAction, conditionTest } from './question-cues';
import { opensOnInstruction } from './prose-steps';
import { readableText } from './readable-text';


/** An instruction opening on what it is for: "To make the coffee stronger, turn…". */
const PURPOSE_FIRST = /^\W*to\s+(\p{L}+[^,.;:]{0,80}),\s+\p{L}/iu;

/** "What are the steps for…?" asks for steps, whatever they are of. */
const STEP = contentTerms('step')[0].stem;

/** Sentences close behind the lead (as a follower must be) whose procedure may be the one asked for, at most. */
const PROCEDURE_CANDIDATES = 8;
/** Sentences further behind that carry the name of the list asked for ("Ingredients"), at most. */
const LISTS_NAMED = 3;

/** Verbs that say little of what is done ("How do I get the light to turn blue?"): the rest of the question says it. */
const LIGHT_ACTIONS = new Set(['get', 'make', 'do', 'use', 'set', 'have', 'go', 'take', 'put', 'keep', 'let']);

/** The question as the rules below weigh it. */
interface Asked {
  scored: ScoredQuestion;
  lead: Candidate;
  /** The question's weight that a set of stems holds. */
  held(stems: Iterable<string>): number;
  /** Whether a set of stems names what the question asks to do ("replace"; any of its words after "get" or "make"). */
  namesAction(stems: Iterable<string>): boolean;
  /**
   * Whether a heading or an instruction found is for what the question asks to do ("reset"), so that the steps asked
   * for would name it too: where none is, the steps may say it in other words ("brew" of making an espresso).
   */
  actionFound: boolean;
  /** The stems of each file's passages and name: what each document found says. */
  saidByFile: ReadonlyMap<string, ReadonlySet<string>>;
  /** The stems of each file's name and of the headings over its sentences found: what each document is about. */
  aboutByFile: ReadonlyMap<string, ReadonlySet<string>>;
  /** The stem of what the question asks to do, where it says what is done ("reset"; not "make"). */
  actionStem?: string;
  /**
   * The stem of the verb that asks, where it says little of what is done: "make" of "How do I make the cake?",
   * "need" of "What ingredients do I need?".
   */
  lightAction?: string;
}

/**
 * The procedure asked for, quoted: the heading of its section where no sentence introduces it, the prose sentence
 * that led to it ("Call your manager before 9:30." above "1. Tell them why…"), the sentence that introduces it, and
 * each of its steps. Of the procedures that the lead and the sentences close behind it (scoring `closeBehind` of the
 * lead's score) are part of or lead to, the one asked for (isAsked) whose words hold the most of the question's,
 * those of its introduction and heading twice. A lead that is code, or introduces lines of its own, and no steps
 * answers as it is ("Tests can be run as follows:" and the commands under it); code under a step is part of it.
 */
export function procedureQuotes(scored: ScoredQuestion, lead: Candidate, question: string, closeBehind: number): Quote[] | undefined {
  // A lead saying all the question asks as the purpose of its own instruction is the whole answer: "To make the coffee
  // stronger, turn the aroma dial clockwise." for "How do I make the coffee stronger?", not the steps of making coffee
  // it is one of. Not one for more than is asked ("To make the toast darker, …" is one step of "How do I make toast?"),
  // nor for less: "To turn it on, open the app…" opens the steps of turning on the guest network.
  const purpose = PURPOSE_FIRST.exec(lead.text)?.[1];
  const purposeStems = new Set(purpose ? contentTerms(purpose).map((t) => t.stem) : []);
  if (purposeStems.size > 0 && [...purposeStems].every((stem) => scored.own.has(stem)) && [...scored.own].every((stem) => purposeStems.has(stem))) return undefined;
  // A lead opening on the condition "What do I do with the car if I end the lease?" supposes, saying what to do then, is
  // the whole answer ("If you end the lease, return the car to any of our depots"), not one of the lines around it read
  // as steps. One introducing steps ("If the boiler leaks:") is not.
  if (conditionTest(question)?.(lead.text) === true && !/:\s*$/.test(lead.text.trim())) return undefined;
  const asked = askedOf(scored, lead, question);
  // Of something no passage speaks of, only the steps the lead quotes anyway, set out as steps.
  const within = asksOfUnheard(asked, question) ? lead : undefined;
  // The lead as chosen (with the sentence before it, where it takes its subject from that one), then the others.
  const near = [lead, ...scored.ranked.filter((c) => !(c.source === lead.source && c.end === lead.end) && c.score >= closeBehind * lead.score)].slice(0, PROCEDURE_CANDIDATES);
  // "What ingredients do I need?": the items under "Ingredients" (whose heading's words they carry) however far behind.
  const named = askedList(question)?.noun;
  const nounStem = named && contentTerms(named)[0]?.stem;
  if (nounStem) near.push(...scored.ranked.filter((c) => (c.stems.has(nounStem) || c.section?.has(nounStem) === true) && !near.includes(c)).slice(0, LISTS_NAMED));
  const asList = asksList(question);
  let best: { at: Candidate; procedure: Procedure; holds: number } | undefined;
  const seen = new Set<string>();
  // Each passage's lists are read once, though several of the sentences weighed are in it.
  const lists = new Map<string, Step[][]>();
  const listsOf = (text: string) => lists.get(text) ?? lists.set(text, listsIn(text)).get(text)!;
  // "How do I make the cake?" of a recipe: its "## Method", whose steps share few of the question's words (the title
  // says them), however far behind its best sentence is.
  near.push(...underStepsHeadings(scored, listsOf).filter((c) => !near.includes(c)));
  for (const c of near) {
    const reached = proceduresAt(c.source.text, c, listsOf(c.source.text));
    if (c === lead && !reached.length && (lead.code || /:\s*\n/.test(lead.raw))) return undefined;
    // Code behind the lead leads to no steps but those it is part of ("3. Install the package:" and its command).
    const found = c.code && c !== lead ? reached.filter((p) => c.start >= p.steps[0].start) : reached;
    for (const procedure of found) {
      if (within && !(within.source === c.source && within.start <= procedure.steps[0].start && procedure.steps.at(-1)!.end <= within.end)) continue;
      // Judged once, from the best-ranked sentence that reaches it.
      const key = `${c.source.fileId}:${c.source.page}:${c.source.start}:${procedure.steps[0].start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // "What ingredients do I need?" is answered by a list, not by the steps of the method.
      const over = procedure.intro ?? procedure.heading;
      if (asList && over && saysOnlySteps(c.source.text.slice(over.start, over.end))) continue;
      // "What is not included?" is answered by the list under "What is not included", not by the one under "What is
      // included", which the question's words name as well ("not" is no word of the match), and the reverse.
      if (asList && over && saysNot(c.source.text.slice(over.start, over.end)) !== saysNot(question)) continue;
      // "What should I bring on my first day?" is not answered by a list of things to do that day ("Arrive at 9:30am…",
      // "Ask for Priya…", "Bring your passport…"), only by its item that says to bring something.
      if (asList && listOfOtherDeeds(c.source.text, procedure, question)) continue;
      const holds = isAsked(asked, c, procedure);
      if (holds > 0 && (!best || holds > best.holds)) best = { at: c, procedure, holds };
    }
  }
  // Steps are numbered, as they are followed in order, though the document bullets them; a list's items are not.
  return best && quotesOf(best.at, best.procedure, asList);
}

/**
 * Whether the question names something no passage speaks of, beyond what it asks to do: "How do I set up port
 * forwarding on my router?" of a router's guide that never says "forwarding". No steps of the documents do that, and
 * all the steps of connecting the router would read as if they did. The verb may be said in other words ("brew" of the
 * steps of making an espresso), and an adverb ("quickly") names nothing. Only of a question saying what it asks to do
 * ("What should I do before first use?" asks for whatever steps come first).
 */
function asksOfUnheard({ scored, saidByFile, actionStem, lightAction }: Asked, question: string): boolean {
  if (!askedAction(question)) return false;
  const heard = (stem: string) => [...saidByFile.values()].some((said) => said.has(stem));
  return contentTerms(question).some((t) => scored.own.has(t.stem) && t.stem !== actionStem && t.stem !== lightAction && !/ly$/i.test(t.word) && !heard(t.stem));
}

/**
 * The sentences chosen to follow the lead that the steps quoted leave their own to say: a follower outside them that
 * is of their document and holds a word of the question that neither they nor their passage hold, nor the action
 * asked ("How do I install it on Windows?": the steps, then "Windows is not supported; use WSL2 instead."). Not the
 * sentence before them that names what "it" is in "To turn it on, …", whose words their heading has, nor "To make a
 * claim, contact…" after the steps of making an espresso.
 */
export function followersBeyond(steps: readonly Quote[], chosen: readonly Candidate[], scored: ScoredQuestion, question: string): Candidate[] {
  const said = new Set([...new Set(steps.map((q) => q.source))].flatMap((source) => contentTerms(readableText(source.text)).map((t) => t.stem)));
  // What the steps do is said by them, in whatever words: another sentence that names the action adds nothing.
  const action = askedAction(question);
  for (const t of action ? contentTerms(action) : []) said.add(t.stem);
  const inSteps = (c: Candidate) => steps.some((q) => q.source === c.source && c.start < q.end && c.end > q.start);
  const document = steps[0].source.fileId;
  return chosen.slice(1).filter((c) => c.source.fileId === document && !inSteps(c) && [...c.stems].some((stem) => scored.weights.has(stem) && !said.has(stem)));
}

/** Passages looked through for steps under "## Method" or "Instructions:", at most. */
const PASSAGES_FOR_METHOD = 4;

/**
 * In the best-ranked passages, the best-ranked sentence of each list of steps under a heading that only says steps
 * follow ("## Method", "Directions").
 */
function underStepsHeadings(scored: ScoredQuestion, listsOf: (text: string) => Step[][]): Candidate[] {
  const sources = [...new Set(scored.ranked.map((c) => c.source))].slice(0, PASSAGES_FOR_METHOD);
  const out: Candidate[] = [];
  for (const source of sources) {
    for (const steps of listsOf(source.text)) {
      const [procedure] = proceduresAt(source.text, steps[0], [steps]);
      const over = procedure?.intro ?? procedure?.heading;
      if (!over || !saysOnlySteps(source.text.slice(over.start, over.end))) continue;
      const inSteps = scored.ranked.find((c) => c.source === source && c.start >= steps[0].start && c.end <= steps.at(-1)!.end);
      if (inSteps) out.push(inSteps);
    }
  }
  return out;
}

function askedOf(scored: ScoredQuestion, lead: Candidate, question: string): Asked {
  const held = (stems: Iterable<string>) => {
    const set = new Set(stems);
    let sum = 0;
    for (const [stem, w] of scored.weights) if (set.has(stem)) sum += w;
    return sum;
  };
  const action = askedAction(question);
  const actionStem = action && !LIGHT_ACTIONS.has(action) ? contentTerms(action)[0]?.stem : undefined;
  const namesAction = (stems: Iterable<string>) => (actionStem ? [...stems].some((s) => s === actionStem || nearForm(s, actionStem)) : held(stems) > 0);
  const light = action && LIGHT_ACTIONS.has(action) ? action : askedList(question)?.verb;
  const lightAction = light ? contentTerms(light)[0]?.stem : undefined;
  // Said as what a section or an instruction is for ("Resetting the bulb", "To reset the bulb, …"), not in passing
  // ("…and discard it to remove any taste").
  const actionFound = actionStem !== undefined && scored.ranked.some((c) => c.serves === true || (c.section !== undefined && namesAction(c.section)));
  const saidByFile = new Map<string, Set<string>>();
  for (const source of new Set(scored.ranked.map((c) => c.source))) {
    const said = saidByFile.get(source.fileId) ?? saidByFile.set(source.fileId, new Set(scored.titles.get(source.fileId))).get(source.fileId)!;
    for (const t of contentTerms(readableText(source.text))) said.add(t.stem);
  }
  const aboutByFile = new Map<string, Set<string>>();
  for (const c of scored.ranked) {
    const about = aboutByFile.get(c.source.fileId) ?? aboutByFile.set(c.source.fileId, new Set(scored.titles.get(c.source.fileId))).get(c.source.fileId)!;
    for (const stem of c.section ?? []) about.add(stem);
  }
  return { scored, lead, held, namesAction, actionFound, saidByFile, aboutByFile, actionStem, lightAction };
}

/**
 * How much of the question a procedure reached from `c` holds, its introduction and heading counted twice; 0 where
 * it is not the one asked for, judged by how it was reached:
 * - from prose above it, its introduction (else its heading) names what the question asks to do ("replace" of "How
 *   do I replace the filter?" in "Replacing the filter"): "Your new password must:" under "Go to the sign-in page
 *   and click Forgot password…" does not answer "How do I reset my password?", nor "Requirements:" how to install.
 *   Under "Method:" or "## Steps", the document's name says what the steps do ("How do I make the lemon drizzle
 *   cake?");
 * - from one of its steps, that step says no more of the question than the procedure's introduction, its other steps
 *   and the document's name do: "How do I lock the portafilter?" of an espresso recipe, or "How can I export notes to
 *   PDF?" of a list of features, is answered by the one step; "How do I replace the toner cartridge?" by all the steps
 *   under "Follow these steps:", several of which name the cartridge. Under nothing but the document's title, the
 *   title names what is asked ("How do I terminate the agreement?" is answered by its clause, not by all of them);
 * - from a sentence behind the lead, its introduction, heading or document name say every word of the question that
 *   the lead says, and it holds as much as the lead: "How do I charge the robot?" is answered by the steps under
 *   "Charging the battery" of the robot's manual, not by "If the robot does not charge, clean the charging contacts";
 *   "How do I change my password?" is not answered by the steps "To change your mailing list subscriptions:" whose
 *   last says "password".
 */
function isAsked({ scored, lead, held, namesAction, actionFound, saidByFile, aboutByFile, actionStem, lightAction }: Asked, c: Candidate, procedure: Procedure): number {
  const { text } = c.source;
  const { intro, heading, steps } = procedure;
  const over = stemsOf(text, intro, heading);
  const title = scored.titles.get(c.source.fileId);
  // What the question names that the steps' document never says, where another document is about it (its name or a
  // heading says it), is that one's: "How do I clean the washing machine filter?" is not answered by a kettle's steps
  // for cleaning its filter. A word said in passing elsewhere ("time", "crash") tells nothing.
  const said = saidByFile.get(c.source.fileId);
  const aboutElsewhere = (stem: string) => [...aboutByFile].some(([fileId, stems]) => fileId !== c.source.fileId && stems.has(stem));
  if ([...scored.own].some((stem) => stem !== actionStem && stem !== lightAction && stem !== STEP && !said?.has(stem) && aboutElsewhere(stem))) return 0;
  // Steps that never name what is asked, where another passage is for doing it, do something else: "How do I reset the
  // espresso machine?" is not answered by the steps of making an espresso, where a bulb's help page has "Resetting the
  // bulb".
  if (actionFound && !namesAction(new Set([...over, ...(title ?? []), ...stemsOf(text, { start: steps[0].start, end: steps.at(-1)!.end })]))) return 0;
  // What the heading holds of the question as its words are written, before they are read in the question's forms.
  const introHolds = held(over);
  // In the question's forms, the heading names what it asks: "Installation" holds "install", whatever their stems.
  for (const stem of scored.weights.keys()) if ([...over].some((s) => nearForm(s, stem))) over.add(stem);
  // Under "Method:" or "## Steps", the document's name says what the steps do.
  const onlySteps = saysOnlySteps(text.slice((intro ?? heading)?.start ?? 0, (intro ?? heading)?.end ?? 0));
  const aboutHolds = onlySteps ? held(title ?? []) : held(over);
  const holds = aboutHolds + held([...over, ...(onlySteps ? (title ?? []) : []), ...stemsOf(text, { start: steps[0].start, end: steps.at(-1)!.end })]);
  // The headings its section is under name what it is of too: "## Ingredients" under "# A basic loaf" is the list
  // "What ingredients do I need for the basic loaf?" asks for.
  const enclosing = heading ? enclosingHeadingStems(text, heading.start) : new Set<string>();
  const names = (stem: string) => over.has(stem) || title?.has(stem) === true || enclosing.has(stem);
  if (c !== lead && (holds < held(lead.stems) || aboutHolds === 0 || ![...lead.stems].every((stem) => !scored.weights.has(stem) || stem === lightAction || names(stem)))) return 0;
  // Sentences that go "First… Then…" are steps of something wherever they are: they are the ones asked for where they,
  // their heading or the sentence before them name what is asked ("How do I clean the jug?" is not answered by the
  // steps of frothing milk, one of which fills the jug).
  if (steps[0].prose && !namesAction(new Set([...over, ...stemsOf(text, { start: steps[0].start, end: steps.at(-1)!.end })]))) return 0;
  // Instructions that nothing marks as a sequence are steps where their heading, introduction or document's name says
  // what they do ("Descaling" over "Dissolve the powder… Press and hold…"): not a style guide's rules for "How do I
  // number headings?" ("Use sentence case… Do not number headings…"), nor a story's "Take the left path."
  if (steps[0].unmarked && !namesAction(new Set([...over, ...(title ?? [])]))) return 0;
  const isPreamble = c.end <= steps[0].start && !(intro && c.end > intro.start);
  if (isPreamble) {
    // What the list is about: the sentence that introduces it, else its section's heading.
    const about = intro ? stemsOf(text, intro) : over;
    if (!namesAction(about) && !(onlySteps && namesAction(title ?? []))) return 0;
  }
  if (c.start >= steps[0].start) {
    // Points that mostly say how things are, not what to do, are no procedure, where nothing over them names what is
    // asked to do: "How do I book holiday?" is answered by "Book holiday in the Breathe HR app…" alone, not by all the
    // points of "Holidays and sickness".
    if (actionStem !== undefined && !namesAction(over) && !mostlyInstructions(text, steps)) return 0;
    // With nothing over them but the document's title, steps found from one of them are the ones asked for only where
    // the title names what is asked: a policy's numbered sections or a contract's clauses all say its subject.
    const overTitle = !intro && [...over].every((stem) => title?.has(stem) === true);
    if (overTitle && !namesAction(over)) return 0;
    const others = new Set(steps.filter((s) => s.end <= c.start || s.start >= c.end).flatMap((s) => contentTerms(stepText(text, s)).map((t) => t.stem)));
    if (held([...c.stems].filter((stem) => stem !== lightAction && !names(stem) && !others.has(stem))) > introHolds) return 0;
  }
  return holds;
}

/**
 * The stems of the Markdown headings that enclose the one at `at`, from the nearest of a higher level outwards: "# A
 * basic loaf" over "## Ingredients", not the "## Method" beside it. None where no Markdown heading is at `at`.
 */
function enclosingHeadingStems(text: string, at: number): Set<string> {
  const out = new Set<string>();
  let level = /^\s{0,3}(#{1,6})\s/.exec(text.slice(at, at + 8))?.[1].length ?? 1;
  const lines = text.slice(0, at).split('\n');
  for (let i = lines.length - 1; i >= 0 && level > 1; i--) {
    const m = /^\s{0,3}(#{1,6})\s+(.+)$/.exec(lines[i]);
    if (!m || m[1].length >= level) continue;
    level = m[1].length;
    for (const t of contentTerms(m[2])) out.add(t.stem);
  }
  return out;
}

/**
 * Whether most of the steps tell what to do, as a procedure's steps do; a slide's or a section's points that mostly
 * say how things are ("You get 25 days of holiday a year…", "Book holiday in the Breathe app…", "You need a fit
 * note…") do not.
 */
function mostlyInstructions(text: string, steps: readonly Step[]): boolean {
  return steps.filter((step) => opensOnInstruction(stepText(text, step))).length * 2 > steps.length;
}

/** What a list of things to bring or pack tells to do with each: they are things, or instructions to carry them. */
const CARRYING = new Set(['bring', 'take', 'pack', 'wear', 'carry', 'remember']);

/**
 * Whether a question asking what to bring, take or pack meets a list of instructions to do other things: "Arrive at
 * 9:30am…", "Ask for Priya…", "Bring your passport…" under "Your first day" is what to do that day, and only its last
 * item says what to bring. A list of things ("- Passport", "- Packed lunch") or of instructions to carry them ("Bring
 * a coat", "Wear trainers") is the list asked, and so is any list whose heading or introduction says what to bring.
 */
function listOfOtherDeeds(text: string, procedure: Procedure, question: string): boolean {
  const verb = askedList(question)?.verb;
  if (!verb || !CARRYING.has(verb)) return false;
  const over = procedure.intro ?? procedure.heading;
  if (over && stemsOf(text, over).has(contentTerms(verb)[0]?.stem ?? verb)) return false;
  const { steps } = procedure;
  const others = steps.filter((step) => {
    const item = stepText(text, step);
    return opensOnInstruction(item) && !CARRYING.has(/^\p{L}+/u.exec(item)?.[0].toLowerCase() ?? '');
  });
  return others.length * 2 > steps.length;
}

/** The stems of the words of some spans of a text, as read. */
function stemsOf(text: string, ...spans: Array<Span | undefined>): Set<string> {
  return new Set(spans.flatMap((span) => (span ? contentTerms(readableText(text.slice(span.start, span.end))).map((t) => t.stem) : [])));
}

/**
 * A procedure's quotes, in the document's order: the prose that answered above the steps (not the heading, the
 * introducing sentence, nor a span holding it), the heading where no sentence introduces the steps, that sentence,
 * and each step.
 */
function quotesOf(at: Candidate, procedure: Procedure, asList: boolean): Quote[] {
  const { source } = at;
  const { heading, steps } = procedure;
  // A span that runs into the steps from above them introduces them itself: a FAQ's own question quoted with its
  // list ("What do I need for the visa?").
  const leadsIn = !procedure.intro && at.start < steps[0].start && at.end > steps[0].start;
  const intro = leadsIn ? { start: at.start, end: at.start + source.text.slice(at.start, steps[0].start).trimEnd().length } : procedure.intro;
  const quote = (span: Span, extra: Partial<Quote> = {}) => quoteOf(source, span, extra);
  const quotes: Quote[] = [];
  const isHeading = heading && at.start < heading.end && at.end > heading.start;
  if (at.end <= steps[0].start && !isHeading && !(intro && at.end > intro.start)) quotes.push(at);
  // Steps said as prose are quoted as the sentences they are, with no heading over them.
  const prose = steps[0].prose === true;
  if (heading && !intro && !prose) quotes.splice(heading.start < at.start ? 0 : quotes.length, 0, quote(heading, { intro: true }));
  if (intro) quotes.push(quote(intro, { intro: true }));
  for (const step of steps) quotes.push(prose ? quote(step) : { ...quote(step, { step: step.number, bullet: asList && step.given === undefined }), text: stepText(source.text, step) });
  return quotes;
}
