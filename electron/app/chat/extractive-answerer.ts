// The offline answerer: no model, no network. It leads with the one sentence of the retrieved passages that answers
// the question, adds another only when it answers a part the first leaves out, and cites each by its exact span.
// Sentences are quoted as a person reads them (no markup), each closed by its punctuation before its [n], so a marker
// can never read as part of the sentence. When no sentence answers well enough it says so, as the `not-found` event;
// when the best only may answer (it shares the question's subject, not what it asks), it says that, as `unsure`.
// "Summarize X" gets the key sentences of X in document order. It never writes a word of its own beyond the "not
// found" message, so it cannot state something the documents do not say.
import type { AnswerEvent, AnswerRequest, AnswerSource, Answerer } from './answer-types';
import { spanWithin } from './retrieval';
import { resolveQuestion, type ResolvedQuestion } from './follow-up';
import { titleStems } from './document-titles';
import { isCode, nearForm, scoreSentences, type Candidate, type Features, type ScoredQuestion } from './answer-sentences';
import { bylineAnswer } from './bylines';
import { summarySteps } from './extractive-summary';
import { runInSlices } from '../slices';
import type { WordVectors } from './word-vectors';
import { contentTerms, EMPTY_VERBS, LIGHT_VERBS } from './function-words';
import { formLacksAnswer, openingStems } from './record-fields';
import { kindLabelAsked, possessors, pricedStems } from './asked-label';
import { kindFirst } from './kind-first';
import { extremeAsked, extremeColumnAsked, extremeWordsAside, inExtremeOrder, overLimitFirst, weatherWordsAsColumn } from './extreme-rows';
import { changeAsked, changedFirst, changeWordsAside } from './changed-rows';
import { askedDates, namesDayOrMonth, otherWeekdaysOnly, wordsOfDatesIn } from './calendar-ranges';
import { asksPrice, pricedThing, pricesAnother, pricesAnotherOfItsKind, saysPrice } from './price-question';
import { askedList, asksList, asksProcedure } from './procedure';
import { faqAnswerQuotes } from './faq-answer';
import { followersBeyond, procedureQuotes } from './procedure-answer';
import type { Quote } from './quote';
import { troubleshootingQuotes } from './troubleshooting';
import { withReplacement } from './replacement';
import { withResponse } from './response-asked';
import { withNegatingHeading, withNegation } from './negated';
import { withRemedyAfter } from './remedy-after';
import { withReasonAfter } from './reason-after';
import { withAskedValue } from './value-after';
import { anotherKindNamed, askedCrux, askedKind, thingUnsaid } from './asked-thing';
import { asksClock, asksMoney, asksPhone, phoneWordsHeld, rateStatedTest, endTimeUnsaid, weightUnsaid, asksColour, asksHowLong, asksYesNo, givesClock, hoursUnsaid, ownersNameUnsaid, onlyPastForNext, holdsFigure, holdsMoney, listDeedAndKind, monthsNamed, otherDaysOnly, spansMonths, otherMarksOnly, otherMeasuresOnly, whichOneVerb } from './question-cues';
import { asksRecordInOrder, inRecordOrder, orderWordsAside } from './record-order';
import { rowsUnderAskedHeading, withMatchingRows } from './matching-rows';

export { NOT_FOUND_MESSAGE, NEAREST_LEAD } from '../../../shared/not-found';
import { NOT_FOUND_MESSAGE, NEAREST_LEAD } from '../../../shared/not-found';

export interface ExtractiveOptions {
  /** Most sentences in an answer (default 3): the lead, and others only when they add to it. */
  maxSentences?: number;
  /** Word meanings (word-vectors.ts): a question's word counts, in part, for a sentence's word of like meaning. */
  wordVectors?: WordVectors;
  /** Today, for "the next match" of a list of dated rows (record-order.ts); the clock by default. */
  today?: () => Date;
}

/** A sentence added after the lead must score at least this share of the lead's score. */
const FOLLOWER_RATIO = 0.6;
/**
 * …or this share when it comes from another file than the lead. On SQuAD, followers from another file held a gold
 * answer 6% of the time (those from the lead's own file 18%): at this ratio they are half as many, and the answers
 * that hold a gold answer anywhere lose 0.1 point.
 */
const OTHER_FILE_FOLLOWER_RATIO = 0.8;
/** …and cover at least this share of the question's weight that the sentences before it leave out. */
const MIN_ADDED_COVERAGE = 0.25;

export class ExtractiveAnswerer implements Answerer {
  readonly id = 'extractive';
  readonly readsWholeDocuments = true;
  private readonly maxSentences: number;
  private readonly wordVectors?: WordVectors;
  private readonly today: () => Date;

  constructor(options: ExtractiveOptions = {}) {
    this.maxSentences = Math.max(1, options.maxSentences ?? 3);
    this.wordVectors = options.wordVectors;
    this.today = options.today ?? (() => new Date());
  }

  async *answer(request: AnswerRequest): AsyncIterable<AnswerEvent> {
    const { signal } = request;
    if (signal?.aborted) return;
    // A summary reads every sentence of a whole book: in slices, so the main thread keeps answering meanwhile.
    const selection: Selection | undefined = request.summary
      ? { quotes: await runInSlices(summarySteps(request.sources), { signal }).catch(quietIfAborted(signal)), unsure: false }
      : bylineSelection(request) ?? selectSentences(request, this.maxSentences, this.wordVectors, this.today());
    const chosen = selection?.quotes;
    if (signal?.aborted || !chosen) return;
    if (chosen.length === 0) {
      // Said before the words, so a window can put its own language's sentence in their place from the start.
      yield { type: 'not-found' };
      // The nearest sentence, named as such, where one came close: a question in the user's own words ("Is my dog
      // chewing the sofa covered?") shares too few words with the sentence that answers it ("Damage caused by pets
      // chewing…") to be answered, and the user can judge it.
      const nearest = selection.nearest;
      yield* streamWords(nearest ? `${NOT_FOUND_MESSAGE}\n\n${NEAREST_LEAD} ${quoted(nearest)} [1]` : NOT_FOUND_MESSAGE, signal);
      if (signal?.aborted) return;
      yield { type: 'citations', citations: nearest ? [{ ...nearest.source, ...spanWithin(nearest.source, nearest.start, nearest.end), n: 1, text: nearest.raw }] : [] };
      return;
    }
    // Each quoted sentence gets its own number, so each citation highlights exactly the sentence it stands for.
    const citations: AnswerSource[] = chosen.map((c, i) => ({
      ...c.source,
      ...spanWithin(c.source, c.start, c.end),
      n: i + 1,
      text: c.raw,
    }));
    // A step starts a line, and so does what follows the last step.
    const text = chosen.map((c, i) => `${i === 0 ? '' : c.step !== undefined || chosen[i - 1].step !== undefined ? '\n' : ' '}${quoted(c)} [${i + 1}]`).join('');
    if (selection.unsure) yield { type: 'unsure' };
    for await (const event of streamWords(text, signal)) yield event;
    if (signal?.aborted) return;
    yield { type: 'citations', citations };
  }
}

/**
 * A quote as the answer writes it: a sentence closed by its punctuation, a command as it is, a step numbered or
 * bulleted.
 */
function quoted(q: Quote): string {
  if (q.code) return q.text;
  // A heading is given a colon, unless it ends on its own punctuation ("How do I change my email address?").
  if (q.intro) return /[.!?:。！？]$/u.test(q.text) ? q.text : `${q.text}:`;
  // A step stands on a line of its own after its number, an item of a list asked for whole after its bullet where the
  // document numbers none (ingredients have no order): a link or a command listed as one takes no full stop.
  if (q.step === undefined) return closed(q.text);
  return `${q.bullet ? '•' : `${q.step}.`} ${q.text}`;
}

/** The sentences an answer quotes (none: not found), and whether they may well not answer it (see UNSURE_ABOVE). */
interface Selection {
  quotes: Quote[] | undefined;
  unsure: boolean;
  /** With no quotes: the sentence that came nearest, where it came near enough to show (see NEAREST_BELOW). */
  nearest?: Quote;
}

/** "Who wrote this paper?": the names under its title (bylines.ts), which share no word with the question. */
function bylineSelection(request: Pick<AnswerRequest, 'question' | 'sources'>): Selection | undefined {
  const found = bylineAnswer(request.question, request.sources, titleStems(request.sources));
  if (!found) return undefined;
  const { source, byline } = found;
  return { quotes: [{ source, start: byline.start, end: byline.end, raw: source.text.slice(byline.start, byline.end), text: byline.names.join(', ') }], unsure: false };
}

/** A cancel ends the stream quietly; any other failure is the answerer's. */
function quietIfAborted(signal: AbortSignal | undefined): (error: unknown) => undefined {
  return (error) => {
    if (signal?.aborted) return undefined;
    throw error;
  };
}

/**
 * A quoted sentence ends on its own punctuation before its marker: "…the maximum is 5 GB. [2]". A span without any
 * (a table row, a list item) gets a full stop, so the marker always follows a finished sentence.
 */
function closed(text: string): string {
  return /[.!?。！？…]["'”’)\]]*$/u.test(text) ? text : `${text.replace(/[,;:\s]+$/, '')}.`;
}

async function* streamWords(text: string, signal: AbortSignal | undefined): AsyncIterable<AnswerEvent> {
  for (const word of text.match(/\S+\s*/g) ?? []) {
    if (signal?.aborted) return; // a cancel ends the stream quietly
    yield { type: 'token', text: word };
    // Yield to the event loop between words, as a network stream would, so a cancel can land mid-answer.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * How much each signal speaks for "the documents hold the answer". A question about something the documents do not hold
 * leaves its rarest words unmatched, by the best sentence, by the sentences around it and by the passages (they weigh
 * most precisely because no retrieved sentence has them), misses the names and numbers it asks about, finds the words
 * of a name it asks about ("Tower Theatre") at best apart, never written as the name, finds no file named after what it
 * asks about, and finds no sentence holding the kind of thing asked for (no number for "how many"); the second-best
 * sentence scores low too; a word the lead says in other words (word-vectors.ts) counts for the answer. The length of
 * the question counts because a long question's words are rarely all matched even when the answer is there. A logistic
 * model over these signals, fitted on SQuAD's articles numbered 0 and 1 modulo 4: their questions asked of all the
 * articles (answerable), and the questions of those numbered 1 asked of the even-numbered articles only (about things
 * the documents do not hold). bench/answers-bench.ts also gives the figures for the articles numbered 2 and 3, which it
 * was not fitted on.
 */
const EVIDENCE: Record<keyof Features | 'own' | 'leadScore' | 'runnerUpScore' | 'questionWords', number> = {
  coverage: 1.17,
  window: 0.99,
  passage: 2.12,
  phrase: 1.82,
  kind: 0.48,
  rank: 0.05,
  named: 0.8,
  fresh: -1.36,
  namedAnywhere: 1.8,
  namePhrases: 0.99,
  missing: -0.36,
  proximity: 0.5,
  phraseWeight: -0.05,
  clause: 0.06,
  titled: 3.31,
  fromTitle: 1.57,
  // Not fitted: what the sentence before says is not what this one says (prevCoverage weighs it for every sentence).
  subject: 0,
  prevCoverage: 1.31,
  nextCoverage: 1.56,
  nearMeaning: 1.95,
  // Refitted with it, the model refused no more absent questions at the same share of answerable ones refused.
  meaning: 0,
  own: 1.17,
  leadScore: 0.68,
  runnerUpScore: 0.67,
  questionWords: 3.28,
};
const BIAS = 10.05;
/**
 * Refused when the chance that the documents do not hold the answer is above this: set where 1.85% of the fitting
 * half's answerable questions are refused.
 */
const REFUSE_ABOVE = 0.63;
/**
 * Answered, but said to be the closest passage rather than surely the answer, when the chance is above this. Users
 * mostly ask their own document what it does not say on its own subject ("Who discovered the reef?" of a page on the
 * reef), where the best sentence shares the question's names: few of those are refused, and a quote stated plainly
 * reads as the answer. Set on SQuAD's fitting half (articles 0 and 1 modulo 4), where it flags 1.2% of the right
 * first sentences, 6.6% of the wrong ones and 20% of the answers given to questions whose paragraph was left out of the
 * session (bench/squad-left-out.ts; the bench prints these shares over all articles). At 0.25 it flagged more right
 * answers to questions in users' own words than it caught wrong ones.
 */
const UNSURE_ABOVE = 0.4;
/**
 * Refused, but the nearest sentence shown as such, below this chance: a question in a user's own words shares fewer
 * words with its answer than SQuAD's, written beside the paragraph, and is refused more often than they are. Above
 * it, the nearest sentence is as good as unrelated.
 */
const NEAREST_BELOW = 0.9;

const scoreAsFitted = (c: Candidate) => c.score - (c.bonus ?? 0);

/** The chance, 0..1, that the best sentence does not answer the question because the documents do not hold it. */
export function notFoundChance(scored: ScoredQuestion): number {
  const [lead, runnerUp] = scored.ranked;
  const signals = {
    ...lead.features,
    own: lead.ownCoverage,
    // The scores as the model was fitted on them, before the preference for instructions in answers to "How do I…?".
    leadScore: scoreAsFitted(lead),
    runnerUpScore: runnerUp ? scoreAsFitted(runnerUp) : 0,
    // Counted up to ten: beyond that, a question is long either way.
    questionWords: Math.min(scored.own.size, 10) / 10,
  };
  let evidence = 0;
  for (const [name, weight] of Object.entries(EVIDENCE)) evidence += weight * signals[name as keyof typeof EVIDENCE];
  return 1 / (1 + Math.exp(evidence - BIAS));
}

/** The sentences that answer the question (none when the documents do not hold it), and whether it is unsure. */
export function selectSentences(request: Pick<AnswerRequest, 'question' | 'history' | 'sources'>, max = 3, vectors?: WordVectors, today = new Date()): Selection {
  const selection = selectFor(request, max, vectors, today);
  // A short question with a subject of its own borrows the conversation's words (follow-up.ts), weighed lower than its
  // own; where they would have it refused, it is answered as asked: "How long is the tenancy?" after a question about
  // a party, whose words the tenancy's sentences do not say.
  const resolved = resolveQuestion(request.question, request.history);
  if (selection.quotes?.length === 0 && resolved.borrowed.length > 0 && !resolved.avoidsRepeats) {
    const alone = selectFor({ ...request, history: [] }, max, vectors, today);
    if (alone.quotes?.length) return alone;
  }
  return selection;
}

/** The selection for the question as the conversation resolves it. */
function selectFor(request: Pick<AnswerRequest, 'question' | 'history' | 'sources'>, max: number, vectors: WordVectors | undefined, today: Date): Selection {
  const resolved = resolveQuestion(request.question, request.history);
  const asked = scoreSentences(resolved, request.sources, vectors);
  // "How much was my last Tesco shop?" of dated rows is judged without "last", which the order says, not a row; "What
  // was the highest price per litre?" of a table's rows without "highest", which the column's values say.
  // ("What was the wettest day?" of a rain log is judged as "What was the Rain day?", which its rows say.)
  const unordered = weatherWordsAsColumn(resolved.question, asked) ?? changeWordsAside(resolved.question, asked) ?? orderWordsAside(resolved.question, asked) ?? extremeWordsAside(resolved.question, asked);
  const rescored = unordered ? scoreSentences({ ...resolved, question: unordered }, request.sources, vectors) : asked;
  // (Led by a sentence, the question is judged so only where a row then leads: "Which tool did I hire most recently?"
  // of a newsletter's "Our recent survey…" beside the hire log.)
  const scored = asked.ranked[0]?.fields || rescored.ranked[0]?.fields ? rescored : asked;
  const [best] = scored.ranked;
  const chance = best ? notFoundChance(scored) : 1;
  // Led by another person's record, after a follow-up about the record that answered: what it asks is not there.
  if (best?.aboutAnother) return { quotes: [], unsure: false };
  // A list asked for under a heading put as the question ("What to pack" for "What should my child pack?") is there,
  // however few of the question's words its rows say, where the documents say all of them: said to be unsure at most.
  const listHeaded = best?.underAsked === true && best.fields !== undefined && scored.missing.size === 0 && asksList(resolved.question);
  if ((chance > REFUSE_ABOVE && !listHeaded) || (best && leadAnswersNothing(best, scored, resolved.question, vectors))) return { quotes: [], unsure: false, nearest: chance <= NEAREST_BELOW ? nearestSentence(resolved, scored, vectors) : undefined };
  // "When is Pippin's next vaccination due?": a sentence of the kind asked close behind a lead holding none of it.
  // "How much did the last service cost?": the row of the lead's table dated last, of those matching as well.
  // "What was the highest price per litre?": the row of the lead's table whose value in that column is the highest.
  // "Which items went over the estimate?": the rows whose actual sum is more than their estimate.
  const ofKind = kindFirst(scored);
  const inOrder = inRecordOrder(resolved.question, ofKind, today);
  // "Which holding has lost value?": the rows whose price now is below what was paid.
  const byValue = changedFirst(resolved.question, overLimitFirst(resolved.question, inExtremeOrder(resolved.question, inOrder)));
  const chosen = chosenSentences(resolved, byValue, max, vectors);
  // "How do I descale it?": all of a FAQ's answer where the lead is the FAQ's question asking it, else the steps that do
  // it, where the sentence that answers best is one of them or leads to them.
  const steps = asksProcedure(resolved.question) && chosen[0] && (faqAnswerQuotes(chosen[0], resolved.question) || procedureQuotes(scored, chosen[0], resolved.question, FOLLOWER_RATIO));
  // What a how-to question asks beyond the steps is said after them; a list asked for whole is the whole answer.
  const beyond = (quoted: Quote[]) => (asksList(resolved.question) ? [] : followersBeyond(quoted, chosen, scored, resolved.question));
  // "What does error code E4 mean?": led by the entry's "Problem:" line, its "Cause:" and "Solution:" answer.
  // "…Ctrl+Alt+S was removed." is said with what replaces it ("Use Ctrl+Shift+Y instead.").
  // "What should I not put on it?" led by what to put there is said with the next sentence, saying what not to.
  // "Why do I fix it to the wall?" led by the instruction is said with the next sentence, saying why ("This stops…").
  // "What do I do if the pipe freezes?" led by what the trouble is is said with the next sentence, saying what to do.
  // "What's being done about the bins?" led by the complaint is said with the next sentence, saying what is done.
  // "How much is the Year 5 trip?" led by what the trip is is said with the next sentence, giving its price.
  const valued = withAskedValue(chosen, resolved.question);
  const quotes = (steps && [...steps, ...beyond(steps)]) || troubleshootingQuotes(chosen[0]) || withReplacement(chosen) || withNegation(chosen, resolved.question) || withNegatingHeading(chosen, resolved.question) || withReasonAfter(chosen, resolved.question) || withRemedyAfter(chosen, resolved.question) || withResponse(chosen, resolved.question) || valued || chosen;
  // A price asked, and the lead writes none: it names what is asked about, not what it costs (price-question.ts).
  // Or it writes another thing's price ("A spare battery for the Metro 500 costs €549" for the bike's).
  // The price is the one the sentence after the lead gives, where that is quoted for it.
  const priced = quotes === valued ? valued[1] : quotes[0];
  // So does one writing no amount where "How much is a boiler service?" asks one ("To reset the boiler, hold…").
  // So does one giving a sum where a rate is asked: "£480" for "How much does the removal van cost per hour?".
  const rate = rateStatedTest(resolved.question);
  const unpriced =
    priced !== undefined &&
    ((asksPrice(resolved.question) && (!saysPrice(priced.text) || pricesAnother(resolved.question, priced.text))) ||
      (HOW_MUCH_Q.test(resolved.question) && holdsMoney(priced.text, resolved.question) === false && !saysPrice(priced.text)) ||
      (rate !== undefined && !rate(priced.text)));
  return { quotes, unsure: chance > UNSURE_ABOVE || unpriced || asksYesNoOfUnsaid(resolved.question, scored) };
}

const HOW_MUCH_Q = /\bhow\s+much\b/i;
const HOW_MANY_Q = /\bhow\s+many\b/i;
/** "How long do hamsters live?", "How long does the battery last?", "How long do leftovers keep?". */
const LASTING_Q = /\b(?:live|lives|last|lasts|keep|keeps|survive|survives)\s*\??\s*$/i;

/**
 * Whether a yes-or-no question turns on a word the documents never say, in any form: "Can I use a sourdough starter
 * to make pizza?" of a guide that never names pizza, "Is there a merchandise stand?" of an e-ticket. Whatever the lead
 * says, it cannot say yes or no to that, so the answer is said to be unsure: the closest the documents come. Not
 * refused: the lead may say it in other words ("Members can bring a guest…" for "Can I bring a friend?").
 */
function asksYesNoOfUnsaid(question: string, scored: ScoredQuestion): boolean {
  if (!asksYesNo(question) || scored.missing.size === 0) return false;
  const said = [...new Set(scored.ranked.flatMap((c) => [...c.stems]))];
  return [...scored.missing].some((stem) => !said.some((s) => nearForm(s, stem)));
}

/**
 * Whether the lead, scored first and likely enough to answer, speaks only of what the question is about, not what it
 * asks: by its document's name alone, by its table's columns alone, or without the thing whose presence is asked.
 */
function leadAnswersNothing(lead: Candidate, scored: ScoredQuestion, question: string, vectors?: WordVectors): boolean {
  // The sentence that would answer: a line of the kind asked close behind the lead, where the lead holds none of it.
  const answering = () => kindFirst(scored).ranked[0]!;
  return (
    answersOnlyByTitle(lead, scored, question) ||
    saysOnlyTitleWords(lead, scored, question, vectors) ||
    answersOnlyByColumns(lead, scored, question) ||
    anotherRecordNamed(lead, scored, question) ||
    columnValueUnsaid(lead, scored, question) ||
    numberedRecordUnsaid(lead, scored, question) ||
    thingUnsaid(question, scored.missing, lead.stems, freeWords(lead, scored), vectors, fileStems(lead, scored)) ||
    anotherKindNamed(question, scored.missing, lead.text, vectors) ||
    noOneNamed(lead, scored, question) ||
    lead.othersNumber === true ||
    pricedElsewhereOnly(lead, scored, question) ||
    pricesOnlyAnother(answering(), scored, question) ||
    anotherMonthOnly(lead, question) ||
    anotherYearOnly(question, fileText(lead, scored)) ||
    anotherSeasonOnly(question, `${lead.source.fileName}\n${fileText(lead, scored)}`) ||
    otherDaysOnly(question, fileText(lead, scored)) ||
    otherWeekdaysOnly(question, fileText(lead, scored)) ||
    (!asksYesNo(question) && otherMarksOnly(question, fileText(lead, scored))) ||
    otherMeasuresOnly(question, fileText(lead, scored), scored.missing) ||
    placeNamedElsewhere(lead, scored, question) ||
    hoursUnsaid(question, lead.text) ||
    ownersNameUnsaid(question, lead.text) ||
    (!lead.fields && onlyPastForNext(question, lead.text)) ||
    // "What colour is the bookcase?" of an assembly guide naming no colour: whatever its lead says, it is no colour.
    (asksColour(question) && lead.kind < 1) ||
    // …and "How long do hamsters live?" of "Syrian hamsters must live alone": a lead holding no span is no lifetime,
    // where no line of its file close behind it holds one (kindFirst); nor is one holding no figure a count ("How many
    // plots are there?" of "Thank you for applying for an allotment at Bramble Lane."). (Not "How long does it take?",
    // which "known in seconds" answers with no count.)
    (((asksHowLong(question) && LASTING_Q.test(question)) || HOW_MANY_Q.test(question)) && answering().kind === 0) ||
    // …nor is "What time does the wedding start?" answered by the wedding's day, where no sentence after it gives a time.
    (asksClock(question) && !givesClock(answering().text) && withAskedValue([lead], question) === undefined) ||
    // …nor "What time does the concert finish?" by the time it starts.
    endTimeUnsaid(question, answering().text) ||
    // …nor "How much does Shelly weigh?" by the advice to weigh her.
    weightUnsaid(question, answering().text) ||
    // …nor "What is the tester's phone number?" by "Tester: D. Ashworth", where no line close behind it gives a number.
    phoneNumberUnsaid(lead, answering(), question) ||
    deedUnsaid(question, scored) ||
    doerOfDeedElsewhere(lead, scored, question) ||
    // "What does fault code F61 mean?" of a manual listing F22, F28 and F75: a code no document holds is not there.
    ([...scored.missing].some(isCode) && !asksYesNo(question))
  );
}

/**
 * The line of the lead's form labelled with the kind of answer asked, close behind a lead lacking it: "Location:
 * Outpatients B, Level 2, East Wing" for "Where do I go for the hospital appointment?", led by "Clinic: Orthopaedics
 * (knee)", which a hospital's clinic names and does not place.
 */
function kindFieldOf(best: Candidate, scored: ScoredQuestion, question: string, lacks: (c: Candidate) => boolean): Candidate | undefined {
  if (scored.kind === 'any' || !(best.inForm || best.fields)) return undefined;
  const titled = scored.titles.get(best.source.fileId);
  return scored.ranked
    .slice(1, KIND_FIELD_DEPTH)
    .find((c) => c.source.fileId === best.source.fileId && (c.inForm || c.fields) && c.kind >= 1 && kindLabelAsked(c.raw, question, scored.kind, titled) && !lacks(c));
}
/** How far down the ranking the line of the kind asked may be. */
const KIND_FIELD_DEPTH = 4;

/** Whether a telephone number is asked ("phone number", "tel no") and neither the lead nor the line of the kind asked gives one. */
function phoneNumberUnsaid(lead: Candidate, answering: Candidate, question: string): boolean {
  if (!asksPhone(question) || !PHONE_NUMBER_Q.test(question)) return false;
  const gives = (c: Candidate) => phoneWordsHeld(c.raw, question).length > 0 || (c.fields ?? []).some((f) => phoneWordsHeld(`${f.label}: ${f.value}`, question).length > 0);
  // The number may be the line after the lead's ("Call the helpline:" over "0800 111 2222").
  const after = lead.source.text.slice(lead.end, lead.end + 80).split('\n').find((line) => line.trim() !== '') ?? '';
  return !gives(lead) && !gives(answering) && phoneWordsHeld(after, question).length === 0;
}
const PHONE_NUMBER_Q = /\b(?:phone|telephone|mobile|contact)\s+(?:number|no)\b|\bnumber\s+(?:to|do\s+i|should\s+i|can\s+i)\s+(?:call|ring|dial|text)\b/i;

/**
 * Whether "Who drives on Saturday?" is led by a file that never says the deed, where another file does: a gala list's
 * "Date: Saturday 6 March…" names the day and no one driving, and the rota saying who drives names no Saturday.
 */
function doerOfDeedElsewhere(lead: Candidate, scored: ScoredQuestion, question: string): boolean {
  const verb = WHO_DOES.exec(question)?.[1];
  // ("Who needs a gluten free meal?" asks whose the need is, which a list says by the name: "Gluten free: Uncle Dave".)
  if (!verb || LIGHT_VERBS.has(verb.toLowerCase()) || staffingVerb(question) || WANTING.test(verb)) return false;
  const deed = contentTerms(verb)[0]?.stem;
  return deed !== undefined && !fileStems(lead, scored).has(deed) && scored.ranked.some((c) => c.source.fileId !== lead.source.fileId && c.stems.has(deed));
}
/** A deed of looking after a thing, which a rota says by naming who is on it: "Who runs the raffle?" of "Raffle | Vicar". */
const STAFFING = /^(?:runs|manages|handles|covers|staffs|mans|organises|organizes)$/i;
/** "What time does the bus reach…", "When does it arrive at…": a time a timetable's column of the place gives. */
const ARRIVING = /^\s*(?:what\s+time|when)\b[^?]*?\b(reach|reaches|arrive|arrives|get(?=\s+(?:to|into|in)\b))\b/i;
const WANTING = /^(?:needs|wants|requires|prefers|likes)$/i;
const staffingVerb = (question: string) => {
  const verb = WHO_DOES.exec(question)?.[1];
  return verb !== undefined && STAFFING.test(verb) ? verb : undefined;
};
/** "Who drives…", "Who teaches…": the deed a person is asked for, in the present (not "Who needs to sign…", whose deed is "sign"). */
const WHO_DOES = /^\s*[Ww]ho\s+(\p{Ll}{3,}s)\b(?!\s+to\b)/u;

/**
 * Whether a question asking whether a thing is at a place ("Is there parking at the dentist?", "Can I park at the
 * school?") names a place other files name and the lead's never does: "Contravention: parked in a restricted street"
 * of a parking fine says nothing of the dentist's, whose letter never says "parking".
 */
function placeNamedElsewhere(lead: Candidate, scored: ScoredQuestion, question: string): boolean {
  const place = AT_PLACE_Q.exec(question)?.[1];
  if (!place) return false;
  const saidIn = (fileId: string, stem: string) => scored.titles.get(fileId)?.has(stem) === true || scored.ranked.some((c) => c.source.fileId === fileId && c.stems.has(stem));
  return contentTerms(place).some(({ stem }) => !saidIn(lead.source.fileId, stem) && scored.ranked.some((c) => c.source.fileId !== lead.source.fileId && saidIn(c.source.fileId, stem)));
}
/** "Is there parking at the dentist?", "Can we park near the school?", "Are there lockers in the gym?": the place last. */
// (Not a time: "Can I have my booster at the same time?", "…in the morning", "…at the weekend".)
const AT_PLACE_Q = /^\s*(?:(?:is|are)\s+there|(?:can|may|could)\s+(?:i|we|you))\b[^?]*?\s(?:at|in|near)\s+(?:the|my|our|your)\s+(?!(?:same\s+)?(?:time|times|moment|weekend|morning|afternoon|evening|end|start|beginning|meantime|same\s+visit)\b)([\p{L}-]+(?:\s+[\p{L}-]+)?)\s*\??\s*$/iu;

/** The stems of the lead's file, as its retrieved passages and its name say them. */
function fileStems(lead: Candidate, scored: ScoredQuestion): Set<string> {
  return new Set([...contentTerms(fileText(lead, scored)).map((t) => t.stem), ...(scored.titles.get(lead.source.fileId) ?? [])]);
}

/** The text of every retrieved passage of the lead's file, each once. */
function fileText(lead: Candidate, scored: ScoredQuestion): string {
  return [...new Set(scored.ranked.filter((c) => c.source.fileId === lead.source.fileId).map((c) => c.source.text))].join('\n');
}

/**
 * Whether the question asks of one month and the lead's document dates only others: "When are the bins collected in
 * September?" of a collection calendar for August is not answered by its title, nor by an August row. A span it gives
 * names the months it runs through ("open May to September" answers of July).
 */
function anotherMonthOnly(lead: Candidate, question: string): boolean {
  const asked = monthsNamed(question);
  // A span of months in the lead says of every month whether it falls in: "Bonfires are allowed only between 1 November
  // and 28 February" answers "Can I have a bonfire in July?".
  if (asked.size !== 1 || spansMonths(lead.text)) return false;
  const dated = monthsNamed(lead.source.text);
  return dated.size > 0 && ![...asked].some((month) => dated.has(month));
}

/**
 * Whether the question asks of a year the lead's file never names, while it names others: "When is council tax for
 * 2026 due?" of a bill for 2027/28. Not a year a span runs from or to ("after 2010", "since 2019"), which others fall in.
 */
function anotherYearOnly(question: string, file: string): boolean {
  const asked = [...question.matchAll(ASKED_YEAR)].map((m) => m[1]!);
  if (asked.length !== 1) return false;
  // "2027/28" and "2027-28" name both years.
  const named = new Set([...file.matchAll(NAMED_YEAR)].flatMap((m) => [m[1]!, ...(m[2] ? [m[1]!.slice(0, 4 - m[2].length) + m[2]] : [])]));
  return named.size > 0 && !named.has(asked[0]!);
}
/**
 * Whether the question asks of a season ("the summer show", "the spring term") or a holiday ("at Easter") the lead's
 * file never names, while it names others of its kind: a winter show's prices are not the summer show's, nor is what
 * happens to bin collections at Christmas what happens at Easter.
 */
function anotherSeasonOnly(question: string, file: string): boolean {
  return [SEASON, HOLIDAY].some((kind) => {
    const asked = new Set([...question.matchAll(kind)].map((m) => kindWordOf(m[1]!)));
    if (asked.size !== 1) return false;
    const named = new Set([...file.matchAll(kind)].map((m) => kindWordOf(m[1]!)));
    return named.size > 0 && ![...asked].some((word) => named.has(word));
  });
}
const SEASON = /\b(spring|summer|autumn|fall|winter)\b/gi;
const HOLIDAY = /\b(christmas|easter|half[\s-]term|new\s+year|halloween|bonfire\s+night)\b/gi;
/** A season's or a holiday's word as one form: "fall" is autumn, "half-term" half term. */
const kindWordOf = (word: string) => (word.toLowerCase() === 'fall' ? 'autumn' : word.toLowerCase().replace(/[\s-]+/g, ' '));
const ASKED_YEAR = /(?<!\b(?:after|before|since|until|till|from|by|to|between|and)\s+)(?<![\d.,:/£$€-])\b((?:19|20)\d{2})\b(?![\d.,:/-]\d)/gi;
const NAMED_YEAR = /(?<![\d.,:£$€])\b((?:19|20)\d{2})(?:\s?[/–-]\s?(\d{2}|\d{4}))?\b/g;

/**
 * Whether a question asking how much a thing costs names one that other files are about, which the lead's file never
 * names, and no sentence of those files gives an amount: "How much does a new boiler cost?" of a boiler's manual,
 * which gives no price, is not answered by a library's "Late returns cost 25p a day". Where such a file gives an
 * amount, the lead is only ranked wrongly, and answers no worse than unsure; and a lead in a file naming the thing
 * may give its amount in words no currency marks ("The bridge cost 4.5 million to build").
 */
function pricedElsewhereOnly(lead: Candidate, scored: ScoredQuestion, question: string): boolean {
  // The thing is the last word priced: "boiler" of "a new boiler", "driver" of "…to add another driver".
  const thing = HOW_MUCH_Q.test(question) ? pricedStems(question, scored.own)?.at(-1) : undefined;
  if (thing === undefined) return false;
  // (Or by the heading it is under: "## Charging your car" over "A full charge… costs about £5.10".)
  const names = (c: Candidate) => c.stems.has(thing) || c.section?.has(thing) === true || scored.titles.get(c.source.fileId)?.has(thing) === true;
  if (scored.ranked.some((c) => c.source.fileId === lead.source.fileId && names(c))) return false;
  const naming = new Set(scored.ranked.filter(names).map((c) => c.source.fileId));
  return naming.size > 0 && !scored.ranked.some((c) => naming.has(c.source.fileId) && holdsMoney(c.text, question) === true);
}

/**
 * Whether the sentence that would answer (the lead, or the price close behind a lead naming the thing) prices another
 * thing of the kind asked, and no other sentence prices the thing itself: "How much is the theory test?" of a driving
 * school's "…before we can book your practical test. The practical test fee (£62) is not included.", which says
 * nothing of the theory test's price.
 */
function pricesOnlyAnother(answering: Candidate, scored: ScoredQuestion, question: string): boolean {
  if (!(asksPrice(question) || asksMoney(question)) || !pricesAnotherOfItsKind(question, answering.text)) return false;
  const thing = [...(pricedThing(question) ?? [])];
  return !scored.ranked.some((c) => c !== answering && saysPrice(c.text) && !pricesAnother(question, c.text) && thing.every((stem) => c.stems.has(stem)));
}

/**
 * Whether a question asks who holds a role the documents never name, and the lead names no one: "Who is the team's
 * goalkeeper?" of a newsletter, led by "We are looking for a new team manager".
 */
function noOneNamed(lead: Candidate, scored: ScoredQuestion, question: string): boolean {
  if (scored.kind !== 'person' || lead.kind >= 1 || !WHO_IS.test(question)) return false;
  // The role is the question's last word ("…goalkeeper?"); "Who was absent from the meeting?" asks no role.
  const role = contentTerms(question).at(-1)?.stem;
  return role !== undefined && scored.missing.has(role);
}
const WHO_IS = /^\s*who(?:\s+(?:is|are|was|were|will\s+be)|['’]s)\s/i;

/**
 * Whether the lead holds none of the question's words itself, only its document's name or heading does, and a word
 * of the question is nowhere in the documents: "When was the society founded?" of the society's minutes, led by their
 * "Date:" line. It is about the document's subject, not an answer. A light verb is no such word: "Where is the
 * summit held?" of an agenda that says where, never "held". Not a how-to question, whose steps a heading naming the
 * task leads to ("How do I make the lemon drizzle cake?"), nor a lead under a heading naming the kind of thing asked
 * for. The fitted chance weighs the title's words as SQuAD's articles have them; on SQuAD half A this never holds.
 */
function answersOnlyByTitle(lead: Candidate, scored: ScoredQuestion, question: string): boolean {
  if (lead.coverage > 0 || lead.features.fromTitle === 0 || scored.missing.size === 0 || asksProcedure(question)) return false;
  // A lead whose section's heading names the kind asked for answers: "What languages does Amira speak?" of a CV's
  // "LANGUAGES" / "English (native), Arabic (fluent)…", which never says "speak".
  const kind = askedKind(question);
  return !(kind && lead.section?.has(kind.stem));
}

/**
 * Whether the lead holds, of the question's words, only those of its document's name, and the word the question turns
 * on (askedCrux) is nowhere in the documents nor near in meaning to a word of the lead: "Can we smoke in the
 * cottage?" of the cottage's guide, led by "This guide has everything you need to know about the cottage."; "How do
 * I descale the washing machine?" of a washing machine's manual. It is about the document's subject, and says nothing
 * of what is asked. SQuAD's questions, written beside their paragraphs, never come to this.
 */
function saysOnlyTitleWords(lead: Candidate, scored: ScoredQuestion, question: string, vectors?: WordVectors): boolean {
  const crux = askedCrux(question);
  if (!vectors || !crux || !scored.missing.has(crux.term.stem)) return false;
  // A figure may give the thing asked in other words: "The cottage costs £450 a week" its tariff, "The cottage sleeps
  // six" its capacity.
  if (!crux.deed && holdsFigure(lead.text)) return false;
  const title = scored.titles.get(lead.source.fileId);
  const held = [...scored.own].filter((stem) => lead.stems.has(stem));
  if (!title || held.length === 0 || !held.every((stem) => title.has(stem))) return false;
  // "Can we stay at the cottage?" of "The cottage sleeps six people": the deed said in other words.
  return freeWords(lead, scored).every((w) => vectors.similarity(crux.term.word, w) < UNRELATED_BELOW);
}
/**
 * Words less alike than this in meaning do not say one deed or thing in two ways: "stay" and "sleep" (0.43) may,
 * "smoke" and "sleep" (0.33) or "smoke" and "cottage" do not.
 */
const UNRELATED_BELOW = 0.35;

/**
 * Whether the lead is a table's row found by its columns' names alone ("Does the insurance cover subsidence?" of the
 * schedule's row "Accidental damage | Not included", under "Sum insured", which "cover" names), none of its values
 * holding a word of the question, where a word of the question is nowhere in the documents: the table is about what
 * is asked, and does not hold it.
 */
function answersOnlyByColumns(lead: Candidate, scored: ScoredQuestion, question: string): boolean {
  if (!lead.fields?.length || ![...scored.missing].some((stem) => scored.own.has(stem))) return false;
  // (Asked the end of a column, the column's values are the answer: "Which team has lost the most games?".)
  if (extremeColumnAsked(question, lead, scored)) return false;
  // (…and so does a row gone down or up: "Which holding has lost value?" of "Bought at (p)" and "Price now (p)".)
  if (changeAsked(question, lead, scored)) return false;
  // (A date asked is held by a value writing it in figures: "1 November" by "Date: 2027-11-01".)
  const dates = askedDates(question);
  const values = new Set(lead.fields.flatMap((f) => [...contentTerms(f.value), ...wordsOfDatesIn(dates, f.value).flatMap((word) => contentTerms(word))].map((t) => t.stem)));
  return [...scored.own].every((stem) => !values.has(stem));
}

/**
 * Whether the lead is a record (a table's row, a form) that does not hold the name the question asks about, where
 * another record of its table does: "What is Leo's email address?" of an address book whose row for Leo has no email
 * is not answered by Kate's row, which has one. That record is someone else's.
 */
function anotherRecordNamed(lead: Candidate, scored: ScoredQuestion, question: string): boolean {
  if (!lead.fields?.length || lead.features.named >= 1) return false;
  // (Not where the document's opening names whom all its records are of: "What grade did Amara get in maths?" of "End
  // of year report: Amara Jones", whose English row says "Amara writes lively stories".)
  const opening = new Set(openingStems(lead));
  const namedInOpening = [...question.matchAll(NAME_IN_QUESTION)].every((m) => contentTerms(m[0]).every((t) => opening.has(t.stem)));
  if (!namedInOpening && scored.ranked.some((c) => c !== lead && c.fields?.length && c.source.fileId === lead.source.fileId && c.features.named >= 1)) return true;
  // …or where a name the question gives is the whole value of another row's field, whose column the lead fills with
  // another name: "Date: 2027-02-08; Child: Max" is Max's, not the Ruby of "How much screen time did Ruby have on 8
  // February?", whose rows say "Child: Ruby" on other days.
  for (const [name] of question.matchAll(NAME_IN_QUESTION)) {
    const stem = contentTerms(name)[0]?.stem;
    if (!stem || namesDayOrMonth(name.toLowerCase()) || lead.stems.has(stem)) continue;
    const namedBy = (f: { value: string }) => {
      const said = contentTerms(f.value);
      return said.length === 1 && said[0]!.stem === stem;
    };
    const other = scored.ranked.find((c) => c !== lead && c.fields?.length && c.source.fileId === lead.source.fileId && c.fields.some(namedBy));
    const column = other?.fields!.find(namedBy)?.label;
    if (column !== undefined && lead.fields.some((f) => f.label === column)) return true;
  }
  // …or where the lead's record is a person's, by a name in its first field, and the person whose the question asks
  // ("What was Sarah's 5k time?") is named by none of its file's records: "Runner: Amy Clarke; 5k time: 22:14" is Amy's.
  if (!PERSONS_NAME.test(lead.fields[0]!.value)) return false;
  const whose = possessors(question).filter((word) => CAPITALISED.test(word)).flatMap((word) => contentTerms(word).map((t) => t.stem));
  const file = new Set([lead, ...scored.ranked].filter((c) => c.source.fileId === lead.source.fileId).flatMap((c) => [...c.stems]));
  return whose.some((stem) => !file.has(stem));
}
/** A name in a question, capitalised after its first word: "Amara" of "What grade did Amara get in maths?". */
const NAME_IN_QUESTION = /(?<=\S\s+)\p{Lu}\p{Ll}+/gu;
/** A person's name, as a record's first field gives it: "Amy Clarke", "Dr Jon Hale". */
const PERSONS_NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)+$/u;
/** A name as written, not a thing: "Sarah" of "Sarah's 5k time", not "dog" of "my dog's vaccine". */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether the question asks when or where to do a deed no document says, of a thing they do name: "When do I harvest
 * the tomatoes?" of a growing guide that says when to sow, plant and feed them, and never "harvest".
 */
function deedUnsaid(question: string, scored: ScoredQuestion): boolean {
  const verb = OWN_ROUTINE_Q.exec(question)?.[1];
  // (Not a verb of finding: "Where do I find the batch code?" asks where the code is, which a spot answers.)
  const deed = verb && !LIGHT_VERBS.has(verb.toLowerCase()) && !FINDING.test(verb) ? contentTerms(verb)[0]?.stem : undefined;
  return deed !== undefined && scored.missing.has(deed) && scored.own.size > 1;
}
const FINDING = /^(?:find|see|look|locate|buy|get)$/i;
const OWN_ROUTINE_Q = /^\s*(?:when|where|how\s+often)\s+(?:do|should|can|must|shall)\s+(?:i|we|you)\s+(\p{Ll}{3,})\s+(?:the|my|our|a|an|some)\b/iu;

/**
 * Whether the question names a numbered record ("week 5", "Stage 5", "Room 12") that no row of the lead's table is,
 * where its rows are numbered so ("Week: Week 1" to "Week 4"): "How much did I spend in week 5?" is not answered by
 * the weeks there are.
 */
function numberedRecordUnsaid(lead: Candidate, scored: ScoredQuestion, question: string): boolean {
  // A row's number is its value "Week 5", or its value "5" under the column "Week". (The lead may be a sentence beside
  // the table: "Is there a parents' evening for Year 6?" of a letter whose classes' rows are Years 1 to 3 is answered by
  // none of its sentences, which say no year, unless one names Year 6.)
  const values = scored.ranked
    .filter((c) => c.fields && c.source.fileId === lead.source.fileId)
    .flatMap((c) => c.fields!.map((f) => (/^\d+$/.test(f.value.trim()) ? `${f.label} ${f.value}` : f.value).trim().toLowerCase()));
  return [...question.matchAll(NUMBERED)].some(([named, word, n]) => {
    const numbers = values.map((v) => v.split(/\s+/)).filter((parts) => parts.length === 2 && parts[0] === word!.toLowerCase() && /^\d+$/.test(parts[1]!)).map((parts) => Number(parts[1]));
    return numbers.length > 0 && !numbers.includes(Number(n)) && (lead.fields !== undefined || !new RegExp(`\\b${named.replace(/\s+/, '\\s+')}\\b`, 'i').test(lead.text));
  });
}
/** A thing numbered in a question: "week 5", "Stage 3", "room 12". */
const NUMBERED = /\b(\p{L}{3,})\s+(\d{1,3})\b(?![:.,]\d|\s*(?:%|am|pm|p\b))/gu;

/**
 * Whether the lead is a record and the question picks its row by a value of one of its columns that no passage holds:
 * "When is Mochi's rabies vaccine due?" of a pet's vaccinations, whose rows for Mochi are for cat flu and leukaemia.
 * The word said nowhere ("rabies") stands right before the column's name ("vaccine"), as a value is named by its kind.
 */
function columnValueUnsaid(lead: Candidate, scored: ScoredQuestion, question: string): boolean {
  if (!lead.fields?.length) return false;
  // (A column of words: "meter" of "What was the meter reading on 1 November?" is no value of "Reading (kWh): 18512".)
  const labels = new Set(lead.fields.filter((f) => /\p{L}{3,}/u.test(f.value)).flatMap((f) => contentTerms(f.label).map((t) => t.stem)));
  const asked = contentTerms(question);
  return asked.some((t, i) => scored.missing.has(t.stem) && scored.own.has(t.stem) && labels.has(asked[i + 1]?.stem ?? ''));
}

/**
 * The words of a candidate that are not the question's, as written and as stems: those that may say what it asks in
 * other words ("guests", "guest").
 */
function freeWords(c: Candidate, scored: ScoredQuestion): string[] {
  return contentTerms(c.text)
    .filter((t) => !scored.weights.has(t.stem))
    .flatMap((t) => (t.stem === t.word ? [t.word] : [t.word, t.stem]));
}

/**
 * The sentence to show under a "not found", if any: the lead, where it says something (four words or more, not a
 * heading such as "Chapter 1.") and shares a word with the question itself.
 */
function nearestSentence(resolved: ResolvedQuestion, scored: ScoredQuestion, vectors?: WordVectors): Quote | undefined {
  const [lead] = chosenSentences(resolved, scored, 1, vectors);
  if (!lead || lead.ownCoverage <= 0 || contentTerms(lead.text).length < 4) return undefined;
  return lead;
}

/** The lead sentence, then any that answers a part of the question the ones before it leave out; best first. */
const EMPTY_VERB_STEMS: ReadonlySet<string> = new Set(contentTerms([...EMPTY_VERBS].join(' ')).map((t) => t.stem));

function chosenSentences(resolved: ResolvedQuestion, scored: ScoredQuestion, max: number, vectors?: WordVectors): Candidate[] {
  const [best] = scored.ranked;
  // A row or a form found by the name asked about does not answer a question about what it lacks ("Chen Wei's email"),
  // though a longer window of the same form's lines may hold it ("Agent: Sarah Johnson" … "Territory: North"). The
  // verb asking for a list is no field ("What do I need to bring to the workshop?" of "Notes: Bring a laptop…").
  // Nor is the verb of "What show are we seeing?" ("Show: The Lion King").
  // Nor the deed of "Who runs the raffle?", which a rota says by putting a name in the raffle's row; nor the arriving of
  // "What time does the 08:15 reach the hospital?", which a timetable says by the time in the hospital's column.
  const asking = new Set([askedList(resolved.question)?.verb, whichOneVerb(resolved.question), staffingVerb(resolved.question), ARRIVING.exec(resolved.question)?.[1]].flatMap((verb) => (verb ? contentTerms(verb).map((t) => t.stem) : [])));
  // (Asked the end of a column, a row lacks nothing the column weighs: "What was the longest ride?" of a ride log.)
  const lacks = (c: Candidate) => !extremeColumnAsked(resolved.question, c, scored) && formLacksAnswer(c, resolved.question, scored, vectors, asking);
  const lead = [best, ...scored.ranked.filter((c) => c !== best && c.source === best.source && c.start === best.start && c.end > best.end)].find((c) => !lacks(c)) ?? kindFieldOf(best, scored, resolved.question, lacks);
  if (!lead) return [];
  // "How much did I spend at Tesco?": every retrieved row of the lead's table that matches it alike.
  // "What should I pack?" of the table under "What to pack": all its rows.
  // (Not the row asked as the first, the last or the highest: "Which week has the most kilometres?" is one week.)
  const rows = (asksList(resolved.question) && rowsUnderAskedHeading(lead, scored)) || (!asksRecordInOrder(resolved.question) && !(lead.fields && extremeAsked(resolved.question)) && withMatchingRows(lead, scored, max));
  if (rows) return rows;
  const chosen: Candidate[] = [withSubject(lead)];
  // What names the lead's document goes without saying: a sentence adding only that ("PDF.js was created…" after
  // "Andreas Gal launched it in 2011.", "The inventory reconciliation reveals…" after the line naming who prepared the
  // inventory reconciliation report) adds nothing to the answer. A file named after two things ("shipping-and-returns")
  // asked about both is answered by the better of them alone: the price of that.
  const title = scored.titles.get(lead.source.fileId);
  // A word's near form says it: "Reason for admission" says what "Why was she admitted?" asks.
  const holds = (stems: ReadonlySet<string> | undefined, stem: string) => stems !== undefined && (stems.has(stem) || [...stems].some((s) => nearForm(s, stem)));
  const says = (c: Candidate, stem: string) => holds(c.stems, stem) || holds(c.before?.stems, stem);
  // So does what the header of a table says over its row ("Synthetics 20–60 °C" under "Maximum load"); not a heading
  // over prose, whose sentences may each answer a part ("Refunds are paid within 5 days" under "Returns and refunds").
  // The verb asking for a list is answered by the list, not by a sentence that says it too ("Notes: No materials needed").
  const covered = new Set([...scored.weights.keys()].filter((s) => asking.has(s) || says(lead, s) || title?.has(s) || (lead.underHeader && lead.section?.has(s))));
  const total = [...scored.weights.values()].reduce((a, b) => a + b, 0);
  // A lead found by a code the question names ("E40") is about that thing: another file's sentence without any of its
  // codes is not (the same file's may answer the question's other part: "…and how do I clean the filter?").
  const codes = [...scored.own].filter(isCode);
  const byCode = codes.some((code) => lead.stems.has(code));
  const listDeed = listDeedAndKind(resolved.question);
  for (const c of scored.ranked.slice(1)) {
    if (chosen.length >= max) break;
    if (c.score < FOLLOWER_RATIO * lead.score) break;
    if (c.source.fileId !== lead.source.fileId && c.score < OTHER_FILE_FOLLOWER_RATIO * lead.score) continue;
    // The shared base library and the session's own files are two collections: a question the user's robot manual
    // answers ("Which app do I need?") is not furthered by Docent's own guide on "the app", nor the reverse.
    if (c.source.sid !== lead.source.sid) continue;
    if (c.aboutAnother || c.otherDays || chosen.some((k) => sameSentence(k, c) || within(c, k))) continue;
    // The end of a table's column is one row: no other row of it goes on ("the driest day" is not also the wettest).
    if (lead.fields && c.fields && c.source.fileId === lead.source.fileId && extremeAsked(resolved.question)) continue;
    if (byCode && c.source.fileId !== lead.source.fileId && !codes.some((code) => c.stems.has(code))) continue;
    // Another file's sentence goes on the lead's subject only where it says a word of the question the lead says too:
    // "What is the contents cover limit?" led by the policy's contents cover is not furthered by a travel policy's
    // "Abroad, the limit is €180 per night", which shares only "limit".
    const asked = scored.own.size > 0 ? [...scored.own] : [...scored.weights.keys()];
    if (c.source.fileId !== lead.source.fileId && !asked.some((stem) => says(lead, stem) && c.stems.has(stem))) continue;
    // …nor where the question names what the lead's document is about, and the other's sentence and name do not:
    // "When is the library open on Saturday?" led by the library guide's "Saturday: 10:00 to 17:00" is not furthered
    // by a trip plan's "the flea market is open on Saturdays".
    if (c.source.fileId !== lead.source.fileId && asked.some((stem) => title?.has(stem) && !c.stems.has(stem) && !scored.titles.get(c.source.fileId)?.has(stem))) continue;
    // What it adds of the question's own words: the words a short question borrows from the conversation say what it
    // is about, not what it asks ("How much is the tiramisu?" after the sea bass's price adds nothing by the sea bass).
    let added = 0;
    // A verb that says nothing ("get") adds nothing: "After that it gets a mark of zero" does not go on about how to get
    // an extension.
    for (const [stem, w] of scored.weights) if (!covered.has(stem) && !EMPTY_VERB_STEMS.has(stem) && c.stems.has(stem) && (scored.own.size === 0 || scored.own.has(stem))) added += w;
    // A list asked for in prose is said a sentence an item: "What do I need to bring?" of "…they must bring their
    // licence." and "Please bring a credit card…" is answered by both, each saying the deed the lead says.
    const moreOfList = listDeed !== undefined && c.source.fileId === lead.source.fileId && listDeed.some((stem) => lead.stems.has(stem) && c.stems.has(stem));
    if (added / total < MIN_ADDED_COVERAGE && !moreOfList) continue;
    // Quoted with the sentence before it unless that one is already quoted.
    const before = c.before;
    const follower = before && !chosen.some((k) => k.source === c.source && before.start >= k.start && before.end <= k.end) ? withSubject(c) : { ...c, before: undefined };
    chosen.push(follower);
    for (const stem of scored.weights.keys()) if (says(follower, stem)) covered.add(stem);
  }
  return chosen;
}

/** A sentence opening with "He" or "The warehouse" is quoted with the one before it, which says who or what that is. */
function withSubject(c: Candidate): Candidate {
  if (!c.before || c.code) return c;
  const { start, text } = c.before;
  return { ...c, start, raw: c.source.text.slice(start, c.end), text: `${closed(text)} ${c.text}` };
}

/** Whether `c` is part of what `k` quotes (the sentence a lead opening with "He" is quoted with). */
function within(c: Candidate, k: Candidate): boolean {
  return c.source === k.source && c.start >= k.start && c.end <= k.end;
}

/** The same sentence reached through two overlapping passages, or one nearly identical to it. */
function sameSentence(a: Candidate, b: Candidate): boolean {
  if (a.text === b.text) return true;
  let shared = 0;
  for (const s of a.stems) if (b.stems.has(s)) shared++;
  return shared / (a.stems.size + b.stems.size - shared) >= 0.6;
}
