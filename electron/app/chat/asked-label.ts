// "What's the salary?" of an offer letter's "Salary: £38,500 per year…" and "Pension: we pay 5% of your salary…": both
// hold the question's one word, and the second read as well as the first. A line's label says what the line is about;
// its value only uses the word. So a line labelled with nothing but what the question names ("Probation: the first six
// months" for "How long is the probation period?", not "Notice period: after probation, one month") is preferred, by
// LABEL_BONUS in answer-sentences.ts. Pure: no I/O.
import { askedAction, asksHowLong, asksMoney, asksYesNo, holdsExpected, listDeedAndKind, ordinalWordsHeld, passiveDeed, type AnswerKind } from './question-cues';
import { contentTerms, LIGHT_VERBS } from './function-words';
import { FIELD_LINE, linesOf } from './form-lines';
import { rowLineAsRead } from './table-rows';
import { saysNot } from './negated';

/** Words as the answerer's stems write them: "location" is "locate", "venue" "venu". */
const stemSet = (words: string): ReadonlySet<string> => new Set(contentTerms(words).map((t) => t.stem));

/**
 * Label words that name the kind of answer asked rather than what it is about: "Start date" answers "When do I
 * start?", "Venue" "Where is it held?".
 */
const KIND_WORDS: Partial<Record<AnswerKind, ReadonlySet<string>>> = {
  time: stemSet('date time day deadline'),
  place: stemSet('address location venue place'),
  person: stemSet('name contact'),
  number: stemSet('amount number total'),
  reason: stemSet('reason cause purpose'),
};
/** …and those of a price question: "Cost: £14.50" for "How much is the trip?". */
const PRICE_WORDS = stemSet('cost price fee charge');
/** …and those of a how-long question: "Notice period: one month" for "How long is the notice?". */
const HOW_LONG_WORDS = stemSet('length duration period term');

/**
 * A form's label: up to four words, no brackets or sentence punctuation ("Salary", "Notice period", "Start date"). Not
 * the opening of prose a colon follows: "The Normans (Norman: Nourmands…)", "He wrote to the Elector: …".
 */
const LABEL = /^[\p{Lu}\p{N}][\p{L}\p{N}'’&/-]*(?: [\p{L}\p{N}'’&/-]+){0,3}$/u;
/**
 * The label a line opens with: a form's "Salary: …", or a details table's "Venue | O2 Academy Leeds", read as its row is
 * (rowLineAsRead: "Venue: O2 Academy Leeds").
 */
const labelOf = (line: string): string | undefined => {
  // A row is read as a row first: "Film | Wicked: For Good" is labelled "Film", not "Film | Wicked".
  const row = rowLineAsRead(line);
  return row === undefined ? FIELD_LINE.exec(line.trim())?.[1] : FIELD_LINE.exec(row)?.[1];
};
/**
 * Words saying how common or how grave what a label lists is, or which of its kind it is now: "Uncommon side effects:"
 * lists side effects, "Initial rate: 4.19% fixed until 31 March 2032" gives the rate, "Compulsory excess: £250" the
 * excess.
 */
const QUALIFIERS = new Set(contentTerms('common uncommon rare very serious possible main minor major frequent infrequent initial current present compulsory voluntary').map((t) => t.stem));
/** A label saying "not" of what it names: "Not coming", "No reply yet", "Non-members". */
const NEGATED_LABEL = /^(not|no|non|never)[\s-]/i;
const OPENS_PROSE = /^(?:the|a|an|he|she|it|they|we|i|you|this|that|these|those|his|her|its|their|our|my|your|there)\b/i;

/**
 * Whether `line` opens with a label whose every content word the question asks (by `own` stem, or as the kind of
 * answer it wants) and at least one of them by `own`: it is the line about what is asked.
 */
export function labelAsked(
  line: string,
  question: string,
  own: ReadonlySet<string>,
  kind: AnswerKind,
  sameWord: (asked: string, said: { stem: string; word: string }) => boolean,
): boolean {
  const label = labelOf(line) ?? namedDate(line);
  if (!label || !LABEL.test(label) || OPENS_PROSE.test(label)) return false;
  const terms = contentTerms(label);
  const stems = terms.map((t) => t.stem);
  if (stems.length === 0 || stems.length > 4) return false;
  const asks = (term: { stem: string; word: string }) => [...own].some((o) => sameWord(o, term));
  // "Not coming: Sam, Ellie" says the opposite of what "Who is coming to the party?" asks ("Coming: Ava, Leo…"), where
  // the question does not say the "not" itself ("Who isn't coming?", "How many years no claims do I have?"). Whether
  // ("Is Sam coming?") it answers either way.
  const negated = NEGATED_LABEL.exec(label)?.[1];
  if (negated && !asksYesNo(question) && !saysNot(question) && !new RegExp(String.raw`\b${negated}\b`, 'i').test(question)) return false;
  // "Dentist: Dr Helen Marsh" names whose address "What's the address of the dentist?" asks, not the address.
  const owners = ownerStems(question);
  if (stems.every((stem) => owners.has(stem))) return false;
  const howLong = kind === 'number' && asksHowLong(question);
  // "Admitted: 21 November" is about the admission, not why: a reason is given under a label saying so.
  if (kind === 'reason' && !stems.some((stem) => KIND_WORDS.reason!.has(stem))) return false;
  // A label that only says a reason is given ("Reason: stayed longer than the 2 hour free period") is the line "Why
  // did I get a parking charge?" asks of the notice, whose other lines say what it is about.
  if (kind === 'reason' && stems.every((stem) => KIND_WORDS.reason!.has(stem))) return true;
  // "Vehicle: Toyota Yaris Hybrid, registration LM23 XKD" names the car of "When does my car insurance end?" and no
  // date: a line labelled with the thing answers when only where it dates something, or its label says it does.
  if (kind === 'time' && !stems.some((stem) => KIND_WORDS.time!.has(stem)) && holdsExpected(line, question, 'time') < 1) return false;
  // "Bill date: 3 July 2028" dates the bill, not its paying that "When will the bill be paid?" asks: a line labelled
  // with the thing answers a deed's time where it names the deed too ("Collection day:" for "…collected?", "Vehicle:
  // …, first registered 3 March 2021" for "When was my car registered?").
  const passive = kind === 'time' ? passiveDeed(question) : undefined;
  const deedOf = passive === undefined ? undefined : contentTerms(passive)[0];
  if (deedOf && !stems.every((stem) => KIND_WORDS.time!.has(stem)) && !contentTerms(line).some((t) => sameWord(deedOf.stem, t))) return false;
  // "How do I cancel my gym membership?" asks how a thing is done: "Member: Priya Natarajan" names what it is done to,
  // and says nothing of doing it. A label answers a how-to question where it names the deed ("Cancellation: …"), or
  // where the deed is only reaching someone or something ("How do I contact the school?" of "School office: 01632…").
  const deed = askedAction(question);
  const deedTerm = deed && !LIGHT_VERBS.has(deed) && !REACHING.test(deed) ? contentTerms(deed)[0] : undefined;
  if (deedTerm && !terms.some((t) => sameWord(deedTerm.stem, t))) return false;
  // "What do I need to bring to pick up the car?" asks what to bring: "Pick-up: Thursday 14 June, 09:30" names what
  // the list is for, not what is on it. A label answers where it names the deed or the kind of thing listed ("Bring:",
  // "Documents needed:").
  const list = listDeedAndKind(question);
  if (list && !terms.some((t) => list.some((stem) => sameWord(stem, t)))) return false;
  // "Vehicle: 2019 Ford Fiesta 1.0" names the car of "When does my car insurance end?", which asks of its insurance: a
  // label naming only which thing ("car" of "car insurance") answers where the line says the thing itself too
  // ("Windscreen: £95 excess" for "What is the windscreen excess?").
  const compound = compoundAsked(question);
  if (compound && !contentTerms(line).some((t) => sameWord(compound.head, t))) {
    const named = [...own].filter((stem) => terms.some((t) => sameWord(stem, t)));
    if (named.length > 0 && named.every((stem) => compound.modifiers.has(stem))) return false;
  }
  // "Appointment 1:" is labelled with what "When is the first appointment?" asks, its number the ordinal's.
  const numbered = ordinalWordsHeld(label, question).length > 0;
  return terms.some(asks) && terms.every((t) => asks(t) || KIND_WORDS[kind]?.has(t.stem) === true || (howLong && HOW_LONG_WORDS.has(t.stem)) || QUALIFIERS.has(t.stem) || (numbered && /^\d+$/.test(t.word)));
}
/**
 * The thing a question asks of, named by more than one word: "car insurance" of "When does my car insurance end?" (the
 * last word before the verb is the deed) and of "How much is the car insurance?" (what, how much, how long or which
 * asks of all of it; not "When is my car insurance due?").
 */
const DEED_OF_COMPOUND = /^\s*(?:when|where|how|why|what(?:\s+time)?)\s+(?:does|do|did|will|would|can|should|must)\s+(?:the|my|our|your|their|his|her)\s+((?:[\p{L}-]+\s+){2,3})[\p{L}-]+\s*\??\s*$/iu;
// …and of "When will we get the exam results?", whose deed's object it is.
const OBJECT_COMPOUND = /^\s*(?:when|where|how)\s+(?:will|do|does|did|can|should|shall|would)\s+(?:i|we|you|they)\s+[\p{L}-]+\s+(?:the|my|our|your|their|his|her)\s+((?:[\p{L}-]+\s+){1,2}[\p{L}-]+)\s*\??\s*$/iu;
// …and of "What is the excess on my car insurance?", "Who is named on the car insurance?", whose part or whose party it is.
const PART_OF_COMPOUND = /^\s*(?:what|how\s+much|how\s+long|which|who)\s+(?:is|are|was|were)\s+(?:(?:the|my|our|your|their|his|her)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:on|of|for|in|under)\s+(?:the|my|our|your|their|his|her)\s+((?:[\p{L}-]+\s+){1,2}[\p{L}-]+)\s*\??\s*$/iu;
const COMPOUND_ASKED = /^\s*(?:what|how\s+much|how\s+long|which)\s+(?:is|are|was|were)\s+(?:the|my|our|your|their|his|her)\s+((?:[\p{L}-]+\s+){1,2}[\p{L}-]+)\s*\??\s*$/iu;
function compoundAsked(question: string): { head: string; modifiers: Set<string> } | undefined {
  const words = (DEED_OF_COMPOUND.exec(question)?.[1] ?? OBJECT_COMPOUND.exec(question)?.[1] ?? COMPOUND_ASKED.exec(question)?.[1] ?? PART_OF_COMPOUND.exec(question)?.[1])?.trim();
  const named = words === undefined ? [] : contentTerms(words);
  const head = named.at(-1);
  if (!head || named.length < 2) return undefined;
  return { head: head.stem, modifiers: new Set(named.slice(0, -1).map((t) => t.stem)) };
}

/**
 * A date a sentence names as a form's label would: "Your start date will be Monday 8 January 2029" is the line "Start
 * date: Monday 8 January 2029" (up to two words before "date").
 */
const NAMED_DATE = /^(?:your|the|our|my)\s+((?:[\p{L}-]+\s+){0,2}date)\s+(?:is|will\s+be|was|has\s+been)\b/iu;
const namedDate = (line: string): string | undefined => NAMED_DATE.exec(line.trim())?.[1].replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** Verbs of reaching someone or something, whose how a number, an address or a place answers. */
const REACHING = /^(?:contact|call|ring|phone|email|e-mail|text|reach|find|visit)$/i;

/** Up to this many lines of a block are read for its labels: a form's or a details table's, not a long list's. */
const BLOCK_LINES = 12;

/**
 * The stems of the labels of the field lines in the block of lines (up to a blank line) around `at`: "show", "date",
 * "seat" of a ticket's details table. A record's fields are about one thing, which one of them may name: "Date:
 * Saturday 11 March 2028, 2.30pm" is the date of the show its "Show:" line names. Reads no further than BLOCK_LINES
 * lines either way, so a page without blank lines costs each of its lines a few lines, not the page.
 */
export function blockLabelStems(text: string, at: number): Set<string> {
  const start = blockEdge(text, at, -1);
  const end = blockEdge(text, at, 1);
  const stems = new Set<string>();
  if (start < 0 || end < 0) return stems;
  for (const l of linesOf(text, start, end)) {
    const label = labelOf(text.slice(l.start, l.end))?.trim();
    if (label && LABEL.test(label)) for (const t of contentTerms(label)) stems.add(t.stem);
  }
  return stems;
}

/** Where the block around `at` starts (step -1) or ends (step 1), or -1 past BLOCK_LINES lines. */
function blockEdge(text: string, at: number, step: -1 | 1): number {
  let i = at;
  for (let lines = 0; lines <= BLOCK_LINES; lines++) {
    const nl = step < 0 ? text.lastIndexOf('\n', i - 1) : text.indexOf('\n', i);
    if (nl < 0) return step < 0 ? 0 : text.length;
    // A blank line (only spaces between two line breaks) ends the block.
    const gap = step < 0 ? text.lastIndexOf('\n', nl - 1) : text.indexOf('\n', nl + 1);
    if (gap >= 0 && text.slice(Math.min(gap, nl) + 1, Math.max(gap, nl)).trim() === '') return step < 0 ? nl + 1 : nl;
    i = step < 0 ? nl : nl + 1;
  }
  return -1;
}

/** The question word a label may be: "When:", "Where:", "Who:" on an invitation or a notice. */
const WH_WORD = /^\s*(when|where|who)\b/i;
/** …as the kind of answer it labels. */
const KIND_WH: Partial<Record<AnswerKind, string>> = { time: 'when', place: 'where', person: 'who' };

/**
 * "What was done to the boiler?", "What work was carried out?": the deed done, which a service record or a job sheet
 * gives under "Work done:", "Work carried out:", "Action taken:" or "Repairs:", naming neither "boiler" nor "done".
 */
const WORK_DONE_Q = /^\s*what\s+(?:work\s+|repairs?\s+)?(?:was|were|has\s+been|have\s+been|got)\s+(?:done|carried\s+out|fixed|repaired|replaced)\b/i;
const WORK_DONE_LABEL = /^(?:work|works|repairs?|actions?|jobs?)(?:\s+(?:done|carried\s+out|completed|taken|performed))?$/i;

/**
 * Whether `line` is labelled with the kind of answer asked and nothing else: "When: Saturday 20 March 2027, 2pm to
 * 4pm" or "Date:" for "When is Maya's party?", "Where:" or "Venue:" for "Where is the party?". Such a line is about
 * what its document is about, which the caller checks.
 */
export function kindLabelAsked(line: string, question: string, kind: AnswerKind, titled: ReadonlySet<string> = new Set()): boolean {
  const label = labelOf(line)?.trim();
  if (!label || !LABEL.test(label)) return false;
  const wh = WH_WORD.exec(question)?.[1].toLowerCase();
  if (wh && label.toLowerCase() === wh) return true;
  // …and "What time is the party?" or "What's the address of the party?" by "When:" or "Where:".
  if (label.toLowerCase() === KIND_WH[kind]) return true;
  if (WORK_DONE_Q.test(question) && WORK_DONE_LABEL.test(label)) return true;
  const stems = contentTerms(label).map((t) => t.stem);
  // "Term: 25 years" says how long: "How long is the mortgage?" of a mortgage offer; "Cost: £14.50" how much a price
  // question's thing costs.
  const howLong = kind === 'number' && asksHowLong(question);
  const price = kind === 'number' && asksMoney(question);
  // "Rental charge: £214.60" of a car hire agreement whose name says "rental": a price word and what its document is.
  // A rate is a price of the thing by its unit: "Price per day: £34" of holiday-club.xlsx for "How much is the holiday
  // club?".
  const rated = price ? contentTerms(label.replace(PER_UNIT, '')).map((t) => t.stem) : stems;
  const pricesDocument = price && rated.some((stem) => PRICE_WORDS.has(stem)) && rated.every((stem) => PRICE_WORDS.has(stem) || titled.has(stem));
  // "Minimum term: 24 months" of broadband-contract.docx, "Contract length: 12 months": a span's word, the kind of span
  // it is and what its document is.
  const spansDocument = howLong && stems.some((stem) => HOW_LONG_WORDS.has(stem)) && stems.every((stem) => HOW_LONG_WORDS.has(stem) || SPAN_KINDS.has(stem) || titled.has(stem));
  return pricesDocument || spansDocument || (stems.length > 0 && stems.every((stem) => KIND_WORDS[kind]?.has(stem) === true || (howLong && HOW_LONG_WORDS.has(stem)) || (price && PRICE_WORDS.has(stem))));
}
/** The unit a price label's rate is by: "per day" of "Price per day", "a night" of "Cost a night", "each" of "Fee each". */
const PER_UNIT = /\s+(?:(?:per|a|each)\s+\p{L}+|each)$/iu;
/** The kinds of a contract's span: "Minimum term", "Initial period", "Fixed term". */
const SPAN_KINDS = stemSet('minimum maximum initial fixed contract');

/**
 * Whose or where the thing asked is, after it: "the dentist" of "What's the address of the dentist?" and "Is there
 * parking at the dentist?", "Sarah" of "What is Sarah's number?". A line labelled with it alone is about that, among
 * a block of fields whose other labels say what is asked ("Address:", "Parking:"). Not the owner of a name: "What is
 * the name of the dentist?" is answered by the line labelled "Dentist".
 */
const OWNER_AFTER = /\b(?:of|at|for|from)\s+(?:the|my|your|our|their|this|that)\s+((?:[\p{L}\p{N}'’-]+\s*){1,3})\?*\s*$/iu;
// …and the subject of "What band is my house in?", "Which zone is the flat in?": what the thing asked is of.
const OWNER_IN = /^\s*(?:what|which)\s+\p{L}+\s+(?:is|are|was|were)\s+(?:the|my|your|our|their|this|that)\s+((?:[\p{L}\p{N}'’-]+\s+){1,3})(?:in|on|at)\s*\?*\s*$/iu;
const OWNER_BEFORE = /(?<![\p{L}\p{N}-])([\p{L}\p{N}-]+)['’]s\s+[\p{L}\p{N}]/gu;
const ASKS_NAME = /\bname\b|^\s*who\b/i;

/** The words a question asks of by "'s": "Sarah" of "What was Sarah's 5k time?", "dog" of "my dog's vaccine". */
export function possessors(question: string): string[] {
  return [...question.matchAll(OWNER_BEFORE)].map((m) => m[1]!);
}

export function ownerStems(question: string): Set<string> {
  if (ASKS_NAME.test(question)) return new Set();
  const owners = [OWNER_AFTER.exec(question)?.[1] ?? '', OWNER_IN.exec(question)?.[1] ?? '', ...possessors(question)];
  return new Set(owners.flatMap((owner) => contentTerms(owner).map((t) => t.stem)));
}

/** A document's total: "Total price: £296.00", "Amount due: £142.37", "Price paid: £71.50", "Total estimate: £117.00". */
const TOTAL_LABEL = /^(?:(?:grand\s+)?total(?:\s+(?:price|cost|paid|due|amount|payable|to\s+pay|charge|estimate|quote))?|(?:estimated|quoted)\s+total|amount\s+(?:due|payable|to\s+pay|paid)|(?:price|balance)\s+(?:paid|due))$/i;
/** A field after another's value on one line: "… Parts: £96.50 VAT: £48.30 Total: £289.80" (a label of up to three words). */
const FIELD_AFTER_VALUE = /(?<=[\p{N}\p{L}.)]\s+)(\p{Lu}[\p{L}]*(?: \p{Ll}+){0,2}):\s/gu;
/** A bill's line with its amount set apart instead of after a colon: "Amount payable      £ 1,515.75". */
const AMOUNT_ENDS_LINE = /^(\p{L}[\p{L} '’-]*?)\s+[-−]?\p{Sc}?\s?\d[\d,]*\.\d{2}\.?$/u;
/** Words of a price question that say a price is asked or for when, not what is priced. */
const PRICE_OR_PERIOD = new Set(contentTerms('cost costs price pay paid charge charged spend spent owe owed owing total month week year night day today').map((t) => t.stem));

/** The stems naming what a price question prices ("hub" of "How much was the hub?"); undefined for any other question. */
export function pricedStems(question: string, own: ReadonlySet<string>): string[] | undefined {
  const priced = [...own].filter((stem) => !PRICE_OR_PERIOD.has(stem));
  return asksMoney(question) && priced.length > 0 ? priced : undefined;
}

/**
 * The test of whether a line is the total of a document the price question asks about: "How much did the hotel cost?"
 * of a booking's "Total price: £296.00", "How much is my energy bill this month?" of a bill's "Amount due: £142.37".
 * What is priced is named by the document (`titled`, the stems of its name and first line), not by the line, whose
 * label says only that it is the total. Undefined for a question that asks no price or names nothing priced.
 */
export function totalAskedTest(question: string, own: ReadonlySet<string>): ((line: string, titled: ReadonlySet<string>) => boolean) | undefined {
  const priced = pricedStems(question, own);
  if (!priced) return undefined;
  const owed = asksOwed(question);
  const isTotal = (line: string) => {
    const label = labelOf(line) ?? AMOUNT_ENDS_LINE.exec(line.trim())?.[1];
    // An invoice's line of several fields, as a PDF lays them side by side, holds its total where any of its fields
    // is: "Labour: £145.00 Parts: £96.50 VAT: £48.30 Total: £289.80".
    const labels = label === undefined ? [] : [label, ...[...line.matchAll(FIELD_AFTER_VALUE)].map((m) => m[1])];
    // "Total paid (card)": how it was paid, in brackets, is no part of what the label says.
    return labels.some((l) => TOTAL_LABEL.test(l.replace(/\s*\([^()]*\)\s*$/, '').trim()) || (owed && BALANCE_LABEL.test(l)));
  };
  // Any line of a span read as one ("Total charges this period: £198.36" over "Amount due: £198.36").
  return (text, titled) => priced.every((stem) => titled.has(stem)) && text.split('\n').some(isTotal);
}

/** "How much do we still owe the hotel?", "What is left to pay?": what remains to be paid, not the whole. */
const OWED_Q = /\b(?:owe|owed|owing|outstanding|left\s+to\s+pay|still\s+(?:to\s+)?(?:pay|due)|remaining)\b/i;
export const asksOwed = (question: string): boolean => OWED_Q.test(question);
/** What remains to be paid, as a label says it: "Balance due on arrival", "Amount outstanding", "Left to pay". */
const BALANCE_LABEL = /^\s*(?:balance|(?:amount\s+)?outstanding|remaining(?:\s+balance)?|left\s+to\s+pay|still\s+to\s+pay)\b/i;
/** Whether a line (or a field of it) is labelled as what remains to be paid. */
export function isBalanceLine(line: string): boolean {
  const label = labelOf(line);
  return label !== undefined && BALANCE_LABEL.test(label);
}

/**
 * Labels naming who did what a record records: "Engineer:" on a service record, "Tester:" on an MOT certificate,
 * "Assessor:" on an energy certificate, "Inspected by:". Not "Customer:" nor "Tenant:", whom it was done for.
 */
const DOER_LABEL =
  /^\s*(?:engineer|technician|tester|inspector|examiner|assessor|surveyor|mechanic|installer|fitter|plumber|electrician|(?:carried\s+out|serviced|repaired|inspected|tested|checked|assessed|completed|performed|conducted|fitted|installed)\s+by)\s*:/i;

/**
 * Whether a form's line names who did the deed its document records, where the question asks who did it in its
 * document's own words: "Who serviced the boiler?" of "boiler service report.pdf" by "Engineer: Kieran Walsh", which
 * says neither "service" nor "boiler" (the record's name does), not by "Your boiler warranty requires a service…".
 */
export function namesDoer(line: string): boolean {
  return DOER_LABEL.test(line);
}
