// The sentences of the retrieved passages that could answer a question, each scored by how well it answers it, and how
// sure the best one is. Used by the extractive answerer to lead with the one sentence that answers, or to say that the
// documents do not hold the answer. Pure functions: no I/O.
import type { AnswerSource } from './answer-types';
import { DOCUMENT_KIND, fileNameStems, titleStems } from './document-titles';
import { followsSentence, isQuestionTitle, isSalutation, NUMBERED_CLAUSE_HEADING, splitSentences } from './sentences';
import { stem, terms, type Term } from '../embeddings/lexical-terms';
import { markupShare, readableText } from './readable-text';
import { legendOf, legendWordsIn } from './legend-codes';
import { isSubjectLine, mailHeaderEnd, messageWordsAsked } from './mail-header';
import { addressAnswers, asksWholeSum, asksOwnDeed, passiveDeed, asksAddress, givesPostalAddress, purposeVerb, whichOneVerb, emptyPassive, madeIntoVerb, otherTenseTest, asksDayOfThing, datesDay, deadlineOfOtherTest, givesClock, namesTitledPerson, measureNouns, amountStatedTest, rateStatedTest, countStatedTest, measuredThingTest, deedStatedTest, conditionTest, conditionDeed, conditionObject, placingTest, answerFormWords, askedAction, handledThing, asksMeaning, asksWhatItDoes, definitionTest, expectedAnswer, holdsExpected, figureWordsHeld, holdsMoney, asksHowLong, asksHowOften, asksReading, asksColour, asksWhoToContact, spanVerb, permissionVerb, permissionKin, permittedDeedTest, whenWhereHead, askedQuality, markedThingTest, withWhomTest, dueStatedTest, datedThingTest, asksDeedToNamed, doneByTest, deedWhenWhereTest, wayOfDeedTest, meansOfDeedTest, howDeed, SAYS_PERMISSION, contactVerb, GETS_IN_TOUCH, namesMonth, phoneWordsHeld, postalWordsHeld, endWordsHeld, startWordsHeld, nowWordsHeld, peopleWordsHeld, journeyWordsHeld, paymentWordsHeld, scaleWordsHeld, renewalWordsHeld, riseWordsHeld, ordinalWordsHeld, monthWordsHeld, nameWordsHeld, sideEffectWordsHeld, interestWordsHeld, insteadWordsHeld, listDeedWordsHeld, boughtWordsHeld, bookedWordsHeld, personWordsHeld, spanStatedTest, takenSpanTest, asksNow, asksClock, asksYesNo, asksPhone, asksSpot, phoneOwner, mailAddressTest, type AnswerKind } from './question-cues';
import { quoteKey, type ResolvedQuestion } from './follow-up';
import { namePhrasesFound } from './question-names';
import { contentTerms, EMPTY_VERBS, isFunctionWord, LIGHT_VERBS } from './function-words';
import { baseStem } from './word-forms';
import { headingAsksTest } from './question-headings';
import { acronymsSpelledOut, namesWithAcronyms, writtenAcronyms, type Expansion } from './acronyms';
import { answerWindows, FIELD_LINE, joinParts, recordLabels, recordParts, recordSpan, whoseField, type Field, type Span } from './form-lines';
import { outsideTables, tablesIn } from './table-rows';
import { meaningSimilarity, type WordVectors } from './word-vectors';
import { opensOnInstruction, purposeOf } from './prose-steps';
import { BASE_SID } from '../../../shared/ids';
import { askedThing } from './asked-thing';
import { saidWithNon, saysNot, toldNotTo } from './negated';
import { askedList, asksList } from './procedure';
import { readAsPhrasal } from './phrasal-verbs';
import { askedFigures, figuresInRanges } from './number-ranges';
import { askedDates, askedDays, asksWeekend, type AskedDay, daysAbbreviated, daysInDates, daysInRanges, daysInWeekParts, namesDayOrMonth, weekendHeld, wordsOfDatesIn } from './calendar-ranges';
import { withoutClauseNumber } from './clause-numbers';
import { askedTimes, wordsOfTimesIn } from './clock-times';
import { askedMembers, membersHeldIn } from './general-words';
import { asksOwed, blockLabelStems, isBalanceLine, kindLabelAsked, labelAsked, namesDoer, ownerStems, pricedStems, totalAskedTest } from './asked-label';
import { saidOnlyAsQuality, wordsAskedAsThing } from './word-senses';
// A cycle (record-fields.ts reads nearForm and NEAR_MEANING of this module), safe as neither reads the other's values
// before a call.
import { flagReader } from './flag-columns';
import { askedParts, columnSynonymsHeld, decisionAsked, doerOfRecord, givesYesNoValue, isKindColumn, namedFields, namesDeed, openingStems, withSectionSynonyms, wordsBeyondColumns } from './record-fields';

export interface Candidate {
  source: AnswerSource;
  /** Span in the source's text (whole sentences; a sentence that introduces a list includes the list). */
  start: number;
  end: number;
  /** Lines of a form (see form-lines.ts): the lines around it are other fields, not its context. */
  inForm?: boolean;
  /** A field's line among others (see form-lines.ts): as for a form's, its neighbours are not its context. */
  amongFields?: boolean;
  /** A record's fields, where the span is a row of a table or a spreadsheet (record-fields.ts). */
  fields?: Field[];
  /** Gives a telephone number in a file not naming whose number is asked, where the files naming them give none. */
  othersNumber?: boolean;
  /** Holds a block of code (a Markdown fence): quoted line by line, without a full stop added to a command. */
  code?: boolean;
  /** The words of the heading over it in its passage, which name its section as a title names its document. */
  section?: ReadonlySet<string>;
  /** The heading over it says "not" ("## What is not included", "Exclusions"): see POLARITY_BONUS. */
  underNot?: boolean;
  /** Where the heading over it is in its passage, where the passage holds it. */
  headingSpan?: { start: number; end: number };
  /** The heading over it says why ("Why we are doing this", "Reasons for the change"): what is under it gives reasons. */
  underWhy?: boolean;
  /** The heading over it is the question put as a title ("How long it will take"): see question-headings.ts. */
  underAsked?: boolean;
  /** It is a row under a PDF table's header, whose words `section` holds with its section's (figureRowsHeaded). */
  underHeader?: boolean;
  /** An earlier answer quoted it (after its first sentence): a follow-up gets it only where it says the most. */
  repeat?: boolean;
  /**
   * Another record than the one that answered the conversation's question, which the follow-up does not name ("And her
   * email?" of Tom's record, after Anna's): it does not answer, and where it leads, nothing does (extractive-answerer.ts).
   */
  aboutAnother?: boolean;
  /** Under a heading naming other days of the week than the question asks of: about those days (and no follower). */
  otherDays?: boolean;
  /** A row whose yes-or-no column holds the value the question asks for ("Paid: No" of "…haven't I paid for?"). */
  flagged?: boolean;
  /** The sentence before it, when it takes its subject from that one ("He was 39.", "The warehouse has 40 desks."). */
  before?: Subject;
  /** Its subject is the list item it is under (`before`), not a sentence before it. */
  ofItem?: boolean;
  /** The source text of the span, as stored. */
  raw: string;
  /** The span as a person reads it (readableText). */
  text: string;
  stems: Set<string>;
  /** Index of the sentence in its passage. */
  index: number;
  /** Share of the question's weight the sentence covers, 0..1. */
  coverage: number;
  /** Share of the question's own words (not the borrowed ones) it covers, 0..1. */
  ownCoverage: number;
  /** 0..1: does it hold the kind of thing the question asks for (a number for "how many")? */
  kind: number;
  /** The signals the score and the "not found" decision (extractive-answerer.ts) weigh, each 0..1. */
  features: Features;
  score: number;
  /** Says how to do what the question asks ("To reset the bulb…, switch it…"): INSTRUCTION_BONUS is in its score. */
  serves?: boolean;
  /**
   * What the preferences fitted on users' documents rather than on SQuAD add to the score (INSTRUCTION_BONUS,
   * POLARITY_BONUS): the "not found" model was fitted on scores without them.
   */
  bonus?: number;
}

export interface Features {
  /** Share of the question's weight the sentence holds. */
  coverage: number;
  /** …the sentence and its neighbours hold (a pronoun-led sentence takes its subject from the one before). */
  window: number;
  /** …the whole passage holds. */
  passage: number;
  /** Pairs of the question's words found side by side. */
  phrase: number;
  /** Holds the kind of thing asked for. */
  kind: number;
  /** The passage's retrieval rank, 1 for the first. */
  rank: number;
  /** Share of the question's names and numbers the sentence holds. */
  named: number;
  /** Words beyond the question's own (up to ten). */
  fresh: number;
  /** Share of the question's names and numbers found anywhere in the passages (the same for every sentence). */
  namedAnywhere: number;
  /** Share of the question's multi-word names some passage writes as such (the same for every sentence). */
  namePhrases: number;
  /** Share of the question's weight found nowhere in the passages (the same for every sentence). */
  missing: number;
  /** How close together the question's words sit in the sentence: matched words over the stretch they span. */
  proximity: number;
  /** Pairs of the question's words found side by side, weighed by their rarity. */
  phraseWeight: number;
  /** Share of the question's weight in the sentence's clause around its densest match. */
  clause: number;
  /**
   * Share of the question's weight in what names the sentence's document, its file name or its first line: a question
   * naming what a document is about ("the TechMart receipt", "Fresno") is asked of that document.
   */
  titled: number;
  /** Share of the question's weight that the sentence lacks and the name of its document holds. */
  fromTitle: number;
  /**
   * Share of the question's weight that a sentence opening with "He" or "This" lacks and the sentence before it holds:
   * it is quoted with that one, which says who or what it is about.
   */
  subject: number;
  /** Share of the question's weight the sentence before it holds (the question may paraphrase that one). */
  prevCoverage: number;
  /** …and the sentence after it. */
  nextCoverage: number;
  /**
   * Share of the question's weight the sentence lacks but says in other words ("school" for "university"), each word
   * weighed by how near in meaning (word-vectors.ts). Names are not matched so: "Nokia" is near "Microsoft".
   */
  nearMeaning: number;
  /**
   * How alike in meaning the sentence is to the question as a whole (meaningSimilarity of their word vectors, the
   * question's words weighed by rarity): a sentence that says what the question asks in other words reads like it.
   */
  meaning: number;
}

/**
 * How much each signal counts in a sentence's score. Fitted for the share of questions whose best sentence holds the
 * answer on half of SQuAD's articles (the other half held out; see bench/answers-bench.ts), then rounded: the rank of
 * the passage and the words around the sentence count beside its own words, because a question often borrows words
 * from the sentences next to the one that answers it. Where in the sentence the words sit counts too: an answer sits
 * beside the question's words, in the clause that holds them, more often than in a long sentence that touches them
 * here and there, so the best clause's share, the closeness of the matched words and the rare word pairs found side by
 * side add to the score, and words beyond the question's (a longer sentence) take a little from it. A document named
 * after what the question asks about ("the Greenleaf receipt", a receipt headed "TECHMART ELECTRONICS") lends each of
 * its sentences the name's words, weighed as the sentence's own words are, and a little more beside them, so that of
 * two look-alike forms the one named is quoted, by the line that answers rather than the one repeating the name. What
 * the sentences before and after cover weighs nothing here: it speaks for the documents holding an answer (the "not
 * found" decision, extractive-answerer.ts), not for which sentence holds it. A word said in other words ("established"
 * for "founded") counts as the word itself does, in the share its nearness in meaning earns, and a sentence that reads
 * like the question as a whole (its words' vectors summed) a little more: of two sentences sharing the question's words,
 * "The factory closed after orders collapsed" answers "Why did the factory close?", not "The factory closed on Sundays".
 * On SQuAD (npm run bench -- answers) that moved the first sentences holding the answer from 71.4% to 72.0% (held-out
 * half: 68.8% to 69.9%), at the same refusal rate.
 */
const WEIGHTS: Features = {
  coverage: 1.4,
  window: 0.7,
  passage: 0.4,
  phrase: 0,
  kind: 0.45,
  rank: 1,
  named: 0.05,
  fresh: -0.3,
  namedAnywhere: 0,
  namePhrases: 0,
  missing: 0,
  proximity: 0.05,
  phraseWeight: 0.15,
  clause: 0.25,
  titled: 0.8,
  fromTitle: 1.4,
  subject: 1.4,
  prevCoverage: 0,
  nextCoverage: 0,
  nearMeaning: 1.4,
  meaning: 0.4,
};
/**
 * Added to a sentence that says what the question's "What is X?" asks ("X is a …"), or who holds the role "Who is the
 * landlord?" asks ("Margaret Ellis (the Landlord)"), over one that only uses the name. Users ask these of their own
 * documents more than SQuAD does: there it changes one of 5,397 answers, for the better.
 */
const DEFINITION_BONUS = 0.3;
/**
 * …and this much to one that says what a name means or spells out its acronym, when the question asks just that
 * ("What does TAM stand for?"): every sentence using "TAM" matches that question as well, and none of them answers it.
 * Enough to outweigh a better-ranked passage.
 */
const MEANING_BONUS = 1;
/**
 * Given to a sentence saying how to do what a how-to question asks ("To reset the bulb…, switch it on and off five
 * times"), over one that only names it done ("The bulb flashes red when the reset is complete.").
 */
export const INSTRUCTION_BONUS = 0.3;
/**
 * Given to a sentence opening on the very condition a "What if…?" question supposes ("If your bin was not collected,
 * report it…" for "What do I do if my bin wasn't collected?"), over one that only uses its words ("Your bins are
 * collected every week…"), whatever passage ranked first: a match of the condition's subject and verb is rarely chance.
 */
const CONDITION_BONUS = 0.5;
/**
 * Taken from a sentence not saying the deed a "What if…?" question supposes, of a document that says it elsewhere:
 * "Optician: Mr Raj Patel." tells nothing of what follows cancelling, which "Cancelling with less than a day's notice
 * costs £15." of the same letter tells. The line's rarer word ("optician" beside "cancel") may outweigh the sentence
 * telling the deed by about this much.
 */
const DEED_UNTOLD_PENALTY = 1;
/** A sentence telling what follows a condition: "…if the hall is left dirty", "…unless you cancel". */
const TELLS_CONDITION = /\b(?:if|unless|otherwise)\b/i;
/**
 * Given to a sentence under a heading that names what the question asks and says "not" as the question does ("What is
 * not included?" of the items under "What is not included", not those under "What is included"): "not" is a function
 * word, so the two headings match the question alike, and so do the items under them, which never say "not"
 * themselves. Not the other way round: a question without "not" may well be answered under such a heading ("Is towel
 * hire included?" by "Towel hire (£2 per visit)" under "What is not included").
 */
const POLARITY_BONUS = 1;
/** "Who should not take it?", "Who can't apply?", "Who must not drive?": whom a rule forbids a deed. */
const WHO_NOT_Q = /^\s*who\s+(?:should|must|can|may|could|is|are)(?:\s+not|n['’]t|not)\b/i;
/**
 * How alike in meaning a label's word and the question's must be for the label to name what is asked: "car" and
 * "vehicle" are 0.82, "flight" and "plane" 0.76; "phone" and "mobile" (0.64) or "venue" and "location" (0.43) are not
 * taken, nor words that only go together ("car" and "park", 0.12).
 */
const LABEL_SYNONYM = 0.75;

/**
 * Given to a form's line labelled with what the question asks ("Salary: £38,500 per year…" for "What's the salary?"),
 * over a line using the word in its value ("Pension: we pay 5% of your salary…"): see asked-label.ts. As large as the
 * other preferences for what a line is about: "Notice period: after probation, one month" holds both words of "How
 * long is the probation period?", "Probation: the first six months" one.
 */
const LABEL_BONUS = 1;
/** A cell holding only an amount or a figure: "£1,842.00", "19.5", "12 kg". */
const FIGURE_ONLY = /^\s*[£$€]?\s?\d[\d.,]*\s*\p{L}{0,3}\s*$/u;
/** "Which vet…", "Which room…": the noun naming the column asked. */
const WHICH_NOUN = /^\s*which\s+(\p{L}+)\b/iu;
/** "What band is my house in?", "Which zone is the flat in?": the noun naming the label asked, before its verb. */
const WHAT_NOUN_Q = /^\s*(?:what|which)\s+(\p{L}+)\s+(?:is|are|was|were|does|do|did|will|should|can)\b/iu;
/** A line that may be a document's name: a few words, not a sentence, a field or a list's item. */
const NAME_LINE = /^[\p{Lu}\p{N}][^.!?。！？:;|\n]{0,60}$/u;
/** Whether a line's words, two or more beside its figures, are all of `names` (stems). */
const saysOnly = (words: readonly Term[], names: ReadonlySet<string>) => {
  const named = words.filter((t) => !/\d/.test(t.word));
  return named.length >= 2 && named.every((t) => names.has(t.stem));
};
/** A year or a span of years a document's name may carry: "2027/28", "2027-2028". */
const YEARS = /\b(?:19|20)\d{2}(?:[/–-]\d{2}(?:\d{2})?)?\b/g;
/**
 * Taken from a sentence of the base library (Docent's own guide) where a session's own file is among the sources: a
 * question asked in a session is about its documents first, as retrieval takes it (BASE_LIBRARY_PENALTY in
 * retrieval.ts). "Where is my password?" of an IT welcome email was answered by the guide's "A password-protected PDF
 * asks for its password in place.", which scored 0.01 above "…your temporary password is in the sealed envelope". A
 * question about Docent itself still gets the guide, which alone says its words.
 */
const BASE_LIBRARY_PENALTY = 0.3;
/**
 * Given to a sentence naming the thing a question asks is there or may be brought (asked-thing.ts): "Can we bring our
 * dog?" of a cottage guide and a dental booking was answered by the booking's "Please bring a list of any medicines…",
 * which says "bring" and no dog, over "Well-behaved dogs are welcome…". And to one saying where the thing "Where is
 * the X?" asks about is, X its subject (placingTest): "The key is in the grey key safe…", not "Please leave the
 * key in the key safe…" of leaving. And to one stating the amount "How much is the X?" asks, X its subject
 * (amountStatedTest): "The rent is £1,375…", not "…a deposit of £1,586, equal to five weeks' rent". And to one naming
 * the thing "When is my hospital appointment?" asks about (whenWhereHead).
 */
const THING_BONUS = 0.3;
/** A thing let in: "Dogs are welcome", "children welcome". */
const WELCOMED = /\bwelcome\b/i;
/** "What can I feed…?", "What should we use…?": what may or should be done, which a sentence telling not to does not say. */
const WHAT_MAY_I = /^\s*what\s+(?:can|should|could|may|do)\s+(?:i|we|you)\s+\p{L}+/iu;
/** A question about a journey: "What time does our flight to Malaga leave?". */
const JOURNEY = /\b(?:flights?|trains?|bus|buses|coach|coaches|ferry|ferries|crossing|sailing|trip|journey|fly|flying|travel|travelling|drive|driving)\b/i;
/** A sentence forbidding a deed: "Never feed fruit…", "Do not give bread". */
const FORBIDS = /^["'“(]*(?:never|do\s+not|don['’]t|avoid)\b/i;

/**
 * Added to a sentence under a heading that is the question put as a title ("How long it will take" over "Please allow
 * up to two hours for your visit" for "How long will the appointment take?"): more than a label's, since the sentences
 * around it that hold the question's words ("…six hours before your appointment") say something else of its subject.
 */
const QUESTION_HEADING_BONUS = 1.5;
/** …and more to the first sentence under it, which says what the heading asks before any other. */
const OPENS_SECTION_BONUS = 0.5;
/** A purpose said after an instruction: "…in writing to reduce or end your child's place". */
const PURPOSE_AFTER = /\b(?:to|in order to|so as to)\s+(\p{L}[\p{L}'-]*)/giu;
/** A question asking what comes after something ("What happens after the fixed rate ends?"), and a sentence saying so. */
const AFTER_Q = /\b(?:what|how)\b.*\bafter(?:wards)?\b/i;
const AFTER_THAT = /^(?:after (?:that|this)|afterwards|thereafter)\b/i;

/**
 * Added to the line whose span runs to the present ("Senior Structural Engineer, Avonbank Consulting — 2021 to
 * present") for a question asking what holds now ("Where does Amira work now?"): the one line of a CV that says so,
 * over the past job's "Worked on highway drainage…", which holds the question's "work".
 */
const CURRENT_BONUS = 1.5;
/**
 * Taken from a sentence of a file that names none of what the question names, where another file names it all
 * (filesNamingNone): a school newsletter's "T-shirt in their house colour" does not say what colours the Metro 500
 * comes in. A penalty, not a bar: a garage's estimate answers the labour rate for the Jeep it never names, where
 * another file names the Jeep and says nothing of labour.
 */
const OTHER_SUBJECT_PENALTY = 0.5;
/** "What should the children wear?", "What do we bring?": a deed someone is told to do, the verb group 1. */
/** "What do I need to do before…", "…after…", "…when…": any deed someone is told to do, which an instruction tells. */
const TOLD_ANY_DEED_Q = /^\s*what\s+(?:do|should|must|shall)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?do\s+(?:before|after|when|once|on|first)\b/i;
const TOLD_DEED_Q = /^\s*what\s+(?:should|do|does|must|will|shall)\s+(?:i|we|you|they|(?:the|my|our|your)\s+\p{L}+)\s+(wear|bring|pack|take)\b/iu;
/** The days of the week, as stems, singular and plural ("Sunday", "Sundays"). */
const WEEKDAY_STEMS = new Set(contentTerms('monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays saturday saturdays sunday sundays').map((t) => t.stem));
/** Taken from a sentence without a number when the question asks "how many": it does not answer it. */
const NO_NUMBER_PENALTY = 0.5;
/**
 * Taken from a line giving no telephone number when the question asks for one: "please switch your phone to silent
 * before you see the dentist" says both words of "What is the dentist's phone number?" and cannot answer it.
 */
const NO_PHONE_NUMBER_PENALTY = 1;
/** Taken from a sentence without an amount of money when the question asks a price: half of what "kind" weighs. */
const NO_MONEY_PENALTY = 0.35;
/**
 * Taken from a sentence without a length or span of time when the question asks how long, or without how often when
 * it asks how often: as for money.
 */
const NO_SPAN_PENALTY = 0.35;
/** Taken from a sentence that dates nothing when the question asks when: as for money. */
const NO_DATE_PENALTY = 0.35;
/** Taken from a sentence not saying what "What should I bring…?" asks of, where its document says it: as for money. */
const NO_LIST_VERB_PENALTY = 0.35;
/** A question asking when a thing was done, and a sentence about the next one or doing it again (which loses NO_DATE_PENALTY). */
const PAST_WHEN_Q = /^\s*when\s+(?:was|were|did|had)\b/i;
const NEXT = /\b(?:next|again)\b/i;
/**
 * Taken, where the question asks when a thing is, from a sentence not giving its day: a time of day alone where its file
 * dates the day, or a deadline set for the reader. A tie-break.
 */
const NOT_ITS_DAY_PENALTY = 0.1;
/** Added to a table's row that holds words the question finds its row by, where other rows of its table do not. */
const FOUND_ROW_BONUS = 0.7;
/** Taken from a sentence naming no place or spot where the question asks where. */
const NO_PLACE_PENALTY = 0.35;
/** Taken from a telephone number in a file that never names whose number the question asks for. */
const OTHERS_NUMBER_PENALTY = 0.35;

export interface ScoredQuestion {
  kind: AnswerKind;
  /** Every candidate sentence, best first. */
  ranked: Candidate[];
  /** The question's content stems and their weights (rarity among the candidates). */
  weights: Map<string, number>;
  /** Stems of the question's own words (a follow-up also has borrowed ones, weighed lower). */
  own: Set<string>;
  /** What names each source's document (titleStems), by file id. */
  titles: Map<string, Set<string>>;
  /**
   * The question's stems found nowhere in the sources or their names, but light verbs ("Where is the summit held?" of
   * an agenda that never says "held"): what the documents may not hold.
   */
  missing: Set<string>;
}

/**
 * A code of the question that the passages of some files hold and others not (an error code "E40", a model "WM7",
 * "MP3": a letter, then digits among letters; not "19th" nor "2p") tells which file is asked about, where a word as
 * rare in the passages may be in another by chance: "What does error E40 mean?" was answered by a contract's "forecast
 * error", not the manual's row "E40 The door is not closed". Within one file it weighs as a word: "When does JL42
 * land?" is answered by the landing, not by the line that names the flight.
 */
const CODE = /^[a-z](?=[a-z0-9-]*\d)[a-z0-9-]{2,}$/;
export const isCode = (stem: string): boolean => CODE.test(stem);
const CODE_WEIGHT = 1.5;

/** How much a word borrowed from the conversation counts beside a word of the question itself. */
const BORROWED_WEIGHT = 0.35;
/**
 * Verbs that say little by themselves (LIGHT_VERBS: "come" in "What colours does it come in?", "go" in "When do we go
 * to Kyoto?"): the line that answers says "Colours:" or "Train to Kyoto", not the verb. Found in no retrieved sentence,
 * such a verb weighs this share of what its absence would weigh, as a borrowed word does: its absence does not tell a
 * question about something the documents do not hold. "Get" (EMPTY_VERBS) weighs so even where a sentence holds it:
 * an insurance policy's "…and get a full refund" had answered "When will we get the slides?" and "Do I get health
 * insurance?" of the conference agenda and the offer letter beside it.
 * On SQuAD half A, "get" so moves one answer to right and one absent question to answered; weighing every light verb
 * so gained 12 first sentences and cost 4 absent refusals, and put "It was held on 14 June" below the sentence before
 * it for "When was the festival held?".
 */
const LIGHT_VERB_WEIGHT = BORROWED_WEIGHT;

/** How much of a heading's word a sentence under it loses in rank where another under it says the word itself. */
const SAID_UNDER_SHARE = 0.5;

/** Share of a term's weight earned by a near form ("explorer" for "exploration"). */
const NEAR_FORM = 0.5;

/**
 * Two stems of one word's family: their first five letters are the same ("explor" and "explorer"), or one is a short
 * word and the other that word with "-ment" ("pay" and "payment": the stemmer leaves "payment" whole, as it must
 * "moment") or "-able" ("payable"). Not "-er", "-ist" or "-al": far more often another word ("corner", "former",
 * "dentist", "metal"). Nor the "e" the stemmer keeps on a four-letter word and takes off its forms ("bake" and "bak"
 * of "baked"): "name" and "named" so matched, SQuAD's first sentences lost 6 of 5,397 for 1 gained. But "use" and
 * "using" or "used", which the stemmer leaves whole. Or a verb and its Latin noun (latinAlternation).
 */
export function nearForm(a: string, b: string): boolean {
  if (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) return true;
  if (latinAlternation(a, b) || latinAlternation(b, a)) return true;
  if (a.length >= 5 && b.length >= 5) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // "use" and "using", "used": forms the stemmer leaves whole, as it cannot take "-ing" off a word this short.
  if (short.length === 3 && short.endsWith('e') && (long === `${short.slice(0, -1)}ing` || long === `${short}d`)) return true;
  // "pay" and "payable", "read" and "readable": what can be done, which the stemmer leaves whole; "walk" and "walker",
  // "own" and "owner": who does it.
  return short.length >= 3 && (long === `${short}ment` || long === `${short}abl` || long === `${short}er`);
}

/**
 * A verb and its Latin noun, whose stems part before their fifth letter: "admit" and "admission", "permit" and
 * "permission", "decid" (decide) and "decision", "divid" and "division". The shared part is four letters or more.
 */
function latinAlternation(verb: string, noun: string): boolean {
  if (verb.length < 5) return false;
  const root = verb.slice(0, -1);
  if (verb.endsWith('mit')) return noun === `${root}ssion` || noun === `${root}ssive`;
  return verb.endsWith('d') && (noun === `${root}sion` || noun === `${root}sive`);
}

/** A Markdown code block's fence, on any line of a span. */
const CODE_BLOCK = /^\s*(?:```|~~~)/m;
/** A span holding code as it reads: its lines kept (a command per line), its fences gone. */
function codeText(raw: string): string {
  return raw
    .split('\n')
    .filter((line) => line.trim() && !CODE_BLOCK.test(line))
    .map((line) => line.trimEnd())
    .join('\n');
}

/** A question a command or a snippet answers: "How do I install it?", "What is the command to…", "Show an example". */
const ASKS_HOW = /^\s*how\s+(?:do|does|can|could|should|would|to)\b|\b(?:command|commands|install|installed|installing|syntax|snippet|example|examples|code|script|run|invoke|configure)\b/i;

/** Longest span offered, in characters: a "sentence" longer than this is a run-on block (a table, a list). */
const MAX_SPAN = 900;

const ITEM = /^\s*(?:[-*+•·◦▪‣–]|\d{1,3}[.)]|\|)/;
/** A list's introduction refusing what it lists: "No thanks:", "No:", "Never:", "Do not put in:", "Avoid:". */
const OPENS_WITH_NO = /^\s*(?:no|never|don['’]t|do\s+not|avoid)\b/i;
const BULLET = /^[-*+•·◦▪‣–]\s/;
const TERMINAL = /[.!?。！？]["'”’)\]]*$/u;
/** "Check-in", "Add-on" and "Drop-off" end on a compound's part, not on a small word left hanging. */
const TRAILING_FUNCTION_WORD = /(?<![-‐])\b(?:a|an|the|of|to|in|on|at|by|for|with|from|and|or|but|as|that|which|is|are|was|were|be|been|has|have|had|than|about|into|per|include|includes|including|namely|follows|following)$/i;

/** A sentence that cannot end where it does: it stops on a colon, a comma, a dash or a word like "is" or "the". */
export function endsIncomplete(raw: string): boolean {
  // A table's row ends with its last cell, empty or not ("| Accidental damage | Not included | - |").
  if (/\|\s*[-–—]?\s*\|?\s*$/.test(raw.trim())) return false;
  const t = readableText(raw).trim();
  if (!t) return false;
  if (TERMINAL.test(t)) return false;
  if (/\d[.,]-$/.test(t)) return false; // a price written "14,-"
  if (isQuestionTitle(t)) return false; // a heading put as a question: "What to work on"
  // A capital "A" names a thing ("Room A", "Plan A", "vitamin A"); it is no article left hanging.
  return /[:,;–—-]$/.test(t) || (TRAILING_FUNCTION_WORD.test(t) && !/\sA$/.test(t));
}

/** A signature's line: a name, then a comma and a role ("Mrs J. Patel, Headteacher", "Rachel Owens, HR Manager"). */
const SIGNATURE = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(?:\p{Lu}\.\s*)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},\s+\p{Lu}[\p{L}&' -]{2,40}$/u;
/** A sentence saying whether there is a thing: "There is no garage.", "There are two.", "No pets.". */
const THERE_IS = /^\s*(?:there\s+(?:is|are|was|were|will\s+be)\s+|no\s+\p{L})/iu;
/** A version's number, as a release's heading gives it: "3.1.1", "v2.0". */
const VERSION_NUMBER = /(?<![\d.])v?\d+\.\d+(?:\.\d+)*(?![\d.]*\d)/;
/** Words asking when a version came out. */
const RELEASE_WORD = /^(?:release|released|releases|launch|launched|published|shipped|out)$/i;
/** A date as changelogs and logs write it: "2027-02-19". */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const ATX_HEADING = /^\s{0,3}#{1,6}\s/;
/** A heading that says why: "Why we are doing this", "## Why choose us?", "Reasons for the change". */
const SAYS_WHY = /^[\s#*\d.]*(?:why\b|reasons?\b|(?:the\s+)?rationale\b)/i;
/**
 * A manual's or a contract's numbered section title in capitals ("5. FROTHING MILK", "12.3 TERMINATION"): a number,
 * then words of capitals only, without a sentence's or a label's punctuation. A step is never written so.
 */
export function isNumberedCapitalsTitle(line: string): boolean {
  return NUMBERED_CAPITALS.test(line.trim());
}
const NUMBERED_CAPITALS = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}{2,}(?:[ \t]+(?:\p{Lu}+|&|-|—|–)(?:['’-]\p{Lu}+)*)*$/u;

/**
 * A heading names what follows; it does not answer anything, and its words are the document's subject, so it matches
 * questions about that subject that the document does not answer ("Who is the CEO of Northwind?" against the title
 * "Northwind Logistics — Employee Handbook"). A heading is a line marked '#' (Markdown, and web pages and Word files,
 * whose headings Docent marks so), or a line by itself in Title Case, without figures or a sentence's punctuation
 * (a PDF's heading); a document's first line may hold a name with a figure in it. A table row or a record's "field:
 * value" line is not one.
 */
export function isHeading(raw: string, opensDocument = false): boolean {
  const line = raw.trim();
  // A bulleted line is an item, however it is cased: a slide's "- Greenhill Community Hall" under its title.
  if (line.includes('\n') || BULLET.test(line)) return false;
  if (ATX_HEADING.test(line)) return true;
  if (isNumberedCapitalsTitle(line)) return true;
  // A heading put as a question, in sentence case as slides and letters write them: "What to pack", "How to pay".
  if (isQuestionTitle(line)) return true;
  // A figure makes it a line of data ("Keynote In Room A1 Main Hall"), but for a document's first line, where it is
  // part of a name ("Stillwater K3 Kettle — Technical Specifications").
  const figure = opensDocument ? /(?<![\p{L}\p{N}])\p{N}/u : /\p{N}/u;
  if (/[\p{N}.!?:;,|。！？]/u.test(line.replace(/["'”’)\]]+$/, '').slice(-1)) || /[:|]/.test(line) || figure.test(line)) return false;
  const long = line.match(/\p{L}[\p{L}\p{M}'’-]{3,}/gu) ?? [];
  // A word in capitals alone on its line heads what follows as a CV's or a ticket's parts do: "EDUCATION", "RETURN".
  if (long.length === 1 && CAPITALS_WORD.test(line)) return true;
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}
/** One word of capitals, five letters or more: an acronym ("LNER", "NHS") is shorter, and names, not heads. */
const CAPITALS_WORD = /^\p{Lu}{5,}$/u;

/** A list item's label: a few words before a colon that opens it, bold or not ("- **Porto, 7–10 May:** Hotel…"). */
const ITEM_LABEL = /^\s*(?:[-*+•·◦▪‣–]|\d{1,3}[.)])\s+(?:\*\*|__)?([^:\n*_]{1,60}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s/u;

/**
 * The list item whose first sentence is `start`..`end` (read as `read`), where it opens with a label: the end of its
 * line, and that sentence.
 */
function labelledItem(text: string, start: number, end: number, read: string): { end: number; subject: Subject } | undefined {
  const lineEnd = text.indexOf('\n', start);
  const itemEnd = lineEnd < 0 ? text.length : lineEnd;
  if (!ITEM_LABEL.test(text.slice(start, itemEnd))) return undefined;
  return { end: itemEnd, subject: { start, end, text: read, stems: new Set(contentTerms(read).map((t) => t.stem)) } };
}

/**
 * The list item whose line is `start`..`end` (read as `read`), where lines indented under it go on with it, as a
 * library's loans list writes each book's due date ("1. The Salt Path — Raynor Winn" over "   Due back: 24 June
 * 2027"): the end of its last indented line, and the item's line, which says what each of them is about.
 */
function itemOverIndented(text: string, start: number, end: number, read: string): { end: number; subject: Subject } | undefined {
  const lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0 || text.slice(end, lineEnd).trim()) return undefined;
  let blockEnd = lineEnd;
  for (;;) {
    const next = text.indexOf('\n', blockEnd + 1);
    const line = text.slice(blockEnd + 1, next < 0 ? text.length : next);
    if (!/^[ \t]+\S/.test(line) || ITEM.test(line)) break;
    blockEnd = next < 0 ? text.length : next;
    if (next < 0) break;
  }
  if (blockEnd === lineEnd) return undefined;
  return { end: blockEnd, subject: { start, end, text: read, stems: new Set(contentTerms(read).map((t) => t.stem)) } };
}

/**
 * Whether the first line of a document, set apart by a blank line or over a form's fields, is its title in sentence
 * case ("Trip to Japan — itinerary for Anna and Luca", "Team directory — Customer Success", "Motor insurance policy
 * schedule" over "Policyholder: Ms Hannah Cole"): a line without a sentence's or a label's punctuation. It says what
 * the document is about, as its file name does, and answers no question of it ("Do we need visas for Japan?").
 */
function titlesDocument(passage: string, span: Span): boolean {
  const line = passage.slice(span.start, span.end).trim();
  const after = passage.slice(span.end);
  const next = /^[ \t]*\r?\n([^\n]*)/.exec(after)?.[1].trim() ?? '';
  const words = line.split(/\s+/).length;
  // Not a message ("Office closed on Monday 5 May", "Wifi password is Orchard2024", "Please bring your laptop"): no
  // figure on its own, no verb such as "is" or "must", and past a few words, a dash between what and whose. A title
  // may say whose the document is: "Your treatment plan", "Our menu".
  const titleWords = words <= MAX_TITLE_WORDS || (words <= MAX_DOCUMENT_TITLE_WORDS && /\s[—–-]\s/.test(line));
  // A PDF's text has no blank lines: there a title is a line of its own over one opening on a capital ("Your annual
  // pension statement" over "Brightwater Workplace Pension — statement date 5 April 2027", "Harbury District Council -
  // Blue Badge renewal" over "Dear Mr Patel, …").
  const apart = /^[ \t]*\r?\n[ \t]*\r?\n/.test(after) || FIELD_LINE.test(next) || (titleWords && /^\p{Lu}/u.test(next));
  // (A comma may part what from when after the dash: "Harbury Food Bank - volunteer rota, June".)
  const punctuated = line.replace(/\s[—–-]\s.*$/u, (whose) => whose.replace(/,/g, ' '));
  if (line.includes('\n') || /[.!?:;,|。！？]/u.test(punctuated) || !/^\p{Lu}/u.test(line) || !apart) return false;
  if (/(?<![\p{L}\p{N}])\p{N}/u.test(line) || MESSAGE_WORDS.test(line.replace(/^(?:your|our|my)\s+/i, ''))) return false;
  return titleWords;
}
const MAX_DOCUMENT_TITLE_WORDS = 12;

/**
 * Whether the span is a numbered title in sentence case over the paragraph it names, as minutes and reports number
 * their items ("5. Rainwater harvesting grant" over "Luis reported that the City Green Fund has offered a grant of
 * $2,500…"): a few words alone on their line after a blank one, without a figure, a sentence's punctuation or an
 * instruction's verb, and followed on the next line by prose, not by another numbered line, so a list's steps are
 * not taken for titles. It names the paragraph and answers nothing, though it holds every word of "How large is the
 * rainwater harvesting grant?".
 */
function numberedTitleOver(passage: string, span: Span): boolean {
  const line = passage.slice(span.start, span.end).trim();
  const m = NUMBERED_TITLE.exec(line);
  // A checklist's item with a line explaining it ("3. Take meter readings on the morning you move out") says what to do.
  if (!m || /[.!?:;,|]$/.test(line) || /\p{N}/u.test(m[1]) || opensOnInstruction(m[1])) return false;
  // …unless it names its section by a clause, as a leaflet's headings do (sentences.ts): "2. Before you take…".
  const names = NUMBERED_CLAUSE_HEADING.test(line);
  if (m[1].split(/\s+/).length > (names ? MAX_DOCUMENT_TITLE_WORDS : MAX_NUMBERED_TITLE_WORDS) || (PERSONAL.test(m[1]) && !names)) return false;
  // A PDF's text often has no blank lines; there a leaflet's heading follows a finished sentence, and the prose under
  // it is wrapped: its first line is a sentence, or a long line that need not end one.
  const afterSentence = names && followsSentence(passage, span.start);
  if (!opensParagraph(passage, span.start) && !afterSentence) return false;
  const next = /^[ \t]*\n[ \t]*(\S[^\n]*)/.exec(passage.slice(span.end))?.[1].trim();
  if (next === undefined || /^(?:\d{1,2}[.)]|[-*+•])\s/.test(next)) return false;
  const long = next.length >= PROSE_AFTER_TITLE;
  const finished = /[.!?]["'”’)]*$/.test(next);
  return afterSentence ? long || finished : long && finished;
}
/**
 * The question's verbs whose doer labels the line ("owns" of "Owner: Priya Raman", "manages" of "Manager: Sara Okafor",
 * "Organised by" aside): the label is the verb's stem with "-er" or "-or".
 */
function doerLabelled(line: string, asked: ReadonlySet<string>): string[] {
  const label = FIELD_LINE.exec(line.trim())?.[1];
  const terms = label ? contentTerms(label) : [];
  if (terms.length !== 1) return [];
  const doer = terms[0].stem;
  return [...asked].filter((stem) => stem.length >= 3 && (doer === `${stem}er` || doer === `${stem}or` || doer === `${stem}r`));
}

/**
 * Whether the span is a short line of its own paragraph right over a list, in sentence case or not: a slide's title
 * over its bullets ("Why we are doing this" over "- Half of our visitors use phones…"), a plain-text document's "Things
 * to bring" over its items. It names the list, as a heading names its section, and answers nothing itself.
 */
function listTitleOver(passage: string, span: Span): boolean {
  const line = passage.slice(span.start, span.end).trim();
  // A year names what the list is of ("Annual general meeting 2027" over its date and place); another figure makes
  // the line data.
  const figure = /\p{N}/u.test(line.replace(YEAR, ''));
  if (line.includes('\n') || /[.!?:;,|。！？]$/u.test(line) || figure || ITEM.test(line) || line.split(/\s+/).length > MAX_NUMBERED_TITLE_WORDS + 2) return false;
  if (!opensParagraph(passage, span.start)) return false;
  return /^[ \t]*\n[ \t]*\n[ \t]*(?:[-*+•]|\d{1,2}[.)])\s+\S/.test(passage.slice(span.end));
}

/**
 * Whether `start` opens a paragraph of `text`: only blanks before it on its line, and a blank line or the text's start
 * before that. Read backwards from `start`, so that testing every sentence of a long passage stays linear.
 */
function opensParagraph(text: string, start: number): boolean {
  const blank = (c: string) => c === ' ' || c === '\t';
  let i = start - 1;
  while (i >= 0 && blank(text[i])) i--;
  if (i >= 0 && text[i] === '\n') {
    i--;
    while (i >= 0 && blank(text[i])) i--;
    if (i < 0 || text[i] === '\n') return true;
  }
  return !/\S/.test(text.slice(0, i + 1));
}

/**
 * Whether the span is a PDF's heading in sentence case over the prose it names, as letters and leaflets head their
 * parts ("Before your appointment", "How long it will take", "Getting here"): a few words alone on their line, after a
 * finished sentence or a paragraph's end, without a figure, a sentence's punctuation or an instruction's verb, and
 * followed by a line of prose. Title Case ones are isHeading's.
 */
function sentenceCaseTitleOver(passage: string, span: Span): boolean {
  const line = passage.slice(span.start, span.end).trim();
  if (line.includes('\n') || !/^\p{Lu}/u.test(line) || /[\p{N}.!?:;,|]/u.test(line) || line.split(/\s+/).length > MAX_NUMBERED_TITLE_WORDS || opensOnInstruction(line)) return false;
  if (!opensParagraph(passage, span.start) && !followsSentence(passage, span.start) && !followsFieldLine(passage, span.start)) return false;
  const next = /^[ \t]*\n[ \t]*(\S[^\n]*)/.exec(passage.slice(span.end))?.[1].trim();
  return next !== undefined && /^\p{Lu}/u.test(next) && !/^(?:\d{1,2}[.)]|[-*+•])\s/.test(next) && next.length >= PROSE_AFTER_TITLE;
}

/**
 * Whether the line at `start` comes right after a form's line ("Repayment type: capital and interest" over "Interest
 * rate"): a PDF's form ends there as a paragraph does, without a sentence's stop.
 */
function followsFieldLine(passage: string, start: number): boolean {
  const lines = passage.slice(Math.max(0, start - 200), start).split('\n');
  return lines.length >= 2 && FIELD_LINE.test(lines.at(-2)!.trim());
}

/** A numbered title is a name ("Rainwater harvesting grant", "Date of next meeting"), not a sentence. */
const MAX_NUMBERED_TITLE_WORDS = 6;
const YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{L}\p{N}])/gu;
/** Who a sentence speaks to or of: "Redirect your post with Royal Mail" is no title. */
const PERSONAL = /\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Ww]e|[Oo]ur|[Mm]y|me|I)\b/;
const NUMBERED_TITLE = /^\d{1,2}(?:\.\d{1,2})*\.?[ \t]+(\p{Lu}[^\n]*)$/u;
/** A paragraph of prose, not a line of a list ("Download it from the store."), is at least this long. */
const PROSE_AFTER_TITLE = 80;
const MESSAGE_WORDS = /\b(?:is|are|was|were|be|been|will|would|can|could|must|should|shall|may|might|do|does|did|has|have|had|please|need|needs|i|we|you|your|our|my)\b/i;

/**
 * How many rows the i-th span heads as a table's header whose cells a PDF's text runs together ("Programme Temperature
 * Maximum load Duration" over "Cotton 20–90 °C 7 kg 3 h 10 min"); 0 when it is no such header. A header opens a
 * paragraph (or follows a sentence) and names columns: a few words, most of them capitalised, no figure, no sentence's
 * punctuation (units in brackets aside) and no small words but those joining a column's words ("Price per night"):
 * "Customers love the new app" is a slide's point. Its rows are the lines right under it that each hold a figure, end
 * no sentence and have at most one small word ("Water consumption per cycle 48 litres"). It names their columns, as a
 * heading names its section ("What is the maximum temperature for synthetics?"), for those rows only, and answers
 * nothing itself.
 */
function figureRowsHeaded(passage: string, spans: readonly Span[], i: number): number {
  const line = passage.slice(spans[i].start, spans[i].end).trim();
  const bare = line.replace(/\([^()\d]{1,12}\)/g, ' ').replace(/[-'’/&%°.]/g, ' ');
  const words = bare.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > MAX_HEADER_WORDS || !/^\p{Lu}/u.test(line) || TERMINAL.test(line) || /[\p{N}\p{P}\p{S}]/u.test(bare)) return 0;
  // Each column's name starts with a capital, and only words such as "per" or "of" join its words ("Price per night").
  const all = terms(bare);
  const named = all.filter((t) => !isFunctionWord(t));
  const capitals = named.filter((t) => /^\p{Lu}/u.test(bare.slice(t.offset))).length;
  if (all.some((t) => isFunctionWord(t) && !HEADER_LINKS.has(t.word)) || capitals * 2 < named.length) return 0;
  // It opens the text or a paragraph, or follows a finished sentence ("Choose a programme to suit the fabric."): a line
  // among lines without punctuation ("Why choose us" / "Free installation" / "Delivery in 2 days") is a slide's point.
  const before = i > 0 ? passage.slice(spans[i - 1].start, spans[i - 1].end).trim() : '';
  if (i > 0 && !/\n[ \t]*\r?\n/.test(passage.slice(spans[i - 1].end, spans[i].start)) && !TERMINAL.test(before)) return 0;
  let rows = 0;
  for (let k = i + 1; k < spans.length; k++) {
    const text = passage.slice(spans[k].start, spans[k].end).trim();
    const between = passage.slice(spans[k - 1].end, spans[k].start);
    // On the next line: a blank one ends the table.
    const nextLine = between.trim() === '' && between.split('\n').length === 2;
    if (!nextLine || text.includes('\n') || !/\p{N}/u.test(text) || TERMINAL.test(text) || smallWords(text) > 1) break;
    rows++;
  }
  return rows >= MIN_FIGURE_ROWS ? rows : 0;
}
const MAX_HEADER_WORDS = 8;
const HEADER_LINKS: ReadonlySet<string> = new Set(['per', 'of', 'and', 'or', 'in', 'to', 'for', 'by', 'at', 'from', 'on', 'und', 'pro', 'je', 'de', 'par', 'et']);
const MIN_FIGURE_ROWS = 2;

/** How many function words ("the", "our", "per", "und") a line has. */
function smallWords(line: string): number {
  return terms(line).filter((t) => isFunctionWord(t)).length;
}

/** A Wikipedia page's reference note: its line opens with the caret that links back to the text ("12. ^ Eich, …"). */
const REFERENCE_NOTE = /^\s*(?:[-*]\s+)?(?:\d{1,4}\.\s*)?\^\s/;

/**
 * Whether the span at `start` is part of a reference note: a list of sources quoted says nothing itself ("^ "Cisco to
 * release open-source H.264 codec" techrepublic.com.") and only shares the words of the sentences that cite it.
 */
function inReferenceNote(passage: string, start: number): boolean {
  const lineStart = passage.lastIndexOf('\n', start - 1) + 1;
  return REFERENCE_NOTE.test(passage.slice(lineStart, start + 12));
}

/**
 * The blank line that joins two pages in a passage is not a paragraph break: a sentence often runs across it.
 * Blank it out (same length, so offsets hold) before splitting into sentences.
 */
function withoutPageBreak(source: AnswerSource): string {
  if (source.pageEnd === source.page) return source.text;
  const text = source.text;
  const join = text.length - source.end - 2;
  if (join < 0 || text.slice(join, join + 2) !== '\n\n') return text;
  // The break is all the blank space around the join: a page's running header and footer, blanked to spaces
  // (passage-context.ts), sit between the end of a sentence and its last word on the next page.
  let from = join;
  while (from > 0 && /\s/.test(text[from - 1])) from--;
  let to = join + 2;
  while (to < text.length && /\s/.test(text[to])) to++;
  const before = text.slice(0, from);
  // A real paragraph break at the page end (sentence-final punctuation before it) stays one, and so does the break
  // before a heading. So does the break after a list item, where the next page opens another item or a title, or where
  // the item does not stop on a word in lower case or a comma: a document cut into sections (Markdown's, a Word file's)
  // has one a page ("- Grilled sea bass — €22", then "## Desserts" or "Desserts"). An item that wraps ("- pay the rent
  // by standing order to the" / "Landlord's nominated account;") goes on, whatever its next word.
  if (/[.!?:。！？]["'”’)\]]?$/.test(before)) return text;
  const lastLine = before.slice(before.lastIndexOf('\n') + 1);
  const [firstLine, secondLine] = text.slice(to).split('\n', 2);
  if (ATX_HEADING.test(firstLine)) return text;
  // …and so does a form's line, unless its value goes on in lower case ("Sunday: closed" at a page's end, then
  // "Borrowing" opening the next).
  if (FIELD_LINE.test(lastLine.trim()) && !/^\p{Ll}/u.test(firstLine)) return text;
  // …and a line ending on a figure before a capital: an invoice's "Total £328.80" at a page's end, then "Advisories".
  if (/\p{N}$/u.test(lastLine.trim()) && /^\p{Lu}/u.test(firstLine)) return text;
  if (ITEM.test(lastLine)) {
    const wraps = /(?<!\p{L})\p{Ll}[\p{L}'’]*[,;–—-]?$/u.test(lastLine.trim());
    const title = /^\p{Lu}/u.test(firstLine) && !/[\p{P}\p{N}]$/u.test(firstLine.trim()) && firstLine.trim().split(/\s+/).length <= MAX_TITLE_WORDS;
    const ownParagraph = secondLine === undefined || !secondLine.trim() || ITEM.test(secondLine);
    if (ITEM.test(firstLine) || (title && ownParagraph) || (!wraps && !/^\p{Ll}/u.test(firstLine))) return text;
  }
  return before + text.slice(from, to).replace(/\n/g, ' ') + text.slice(to);
}

/**
 * The spans of a passage that can be quoted: whole sentences, where one that stops on "is" or a colon takes the
 * sentences or list items that finish it; a sentence cut off by the end of the passage is not offered.
 */
export function quotableSpans(source: AnswerSource): Array<{ start: number; end: number }> {
  return spansOf(withoutPageBreak(source));
}

/** A sentence that asks a question: it ends on a question mark, not on a wiki's "[who?]" after a word. */
function asks(raw: string): boolean {
  return /[?？]["'”’)]*$/u.test(readableText(raw).trim().replace(/\s*\[[^\]]*\]$/, ''));
}

/**
 * A span of a passage that can be quoted; `answered` for a question quoted with its answer, `title` for a title in
 * sentence case (titlesProse), whose words speak for the sentences under it but which answers nothing itself.
 */
interface QuotableSpan {
  start: number;
  end: number;
  answered?: boolean;
  title?: boolean;
}

/** quotableSpans of a passage's text with its page break already blanked out. */
function spansOf(text: string): QuotableSpan[] {
  const spans = splitSentences(text);
  const out: QuotableSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    let end = spans[i].end;
    // An email's line introducing the message it quotes ("> On Mon, 8 Mar 2027 at 21:03, Sarah Lewis wrote:") says
    // whose the quoted lines are, as a title says what is under it: "What is Sarah's address?" is asked of "> We are
    // at 27 Elm Road…". It answers only when they were written.
    if (QUOTE_INTRO.test(spans[i].text.trim()) && spans[i + 1] && text.slice(spans[i].end, spans[i + 1].start).includes('\n')) {
      out.push({ start: spans[i].start, end, title: true });
      continue;
    }
    // Finish a sentence that introduces what follows ("The formats are:" + its list, "…is" + the value), within a
    // few lines: the next sentence, or the whole list that follows.
    // Not a leaflet's heading that ends on a small word ("1. What Paracetamol Tablets are and what they are used for").
    // Nor a letter's greeting ("Hi all,"), which ends on a comma and leads to nothing.
    if (endsIncomplete(text.slice(spans[i].start, end)) && !NUMBERED_CLAUSE_HEADING.test(spans[i].text.trim()) && !isSalutation(spans[i].text) && i + 1 < spans.length) {
      let j = i + 1;
      if (ITEM.test(spans[j].text)) {
        while (j + 1 < spans.length && ITEM.test(spans[j + 1].text) && spans[j + 1].end - spans[i].start <= MAX_SPAN) j++;
      }
      if (spans[j].end - spans[i].start <= MAX_SPAN) end = spans[j].end;
    }
    // A question the text asks is answered by what follows it (a FAQ's "Can I return an opened item?" and its "Yes,
    // within 30 days."): it is quoted with any questions right after it and the sentence that answers, and, where that
    // answer is set out in lines of its own (opening hours, a list, a form's fields), with all of those lines, up to the
    // next question. An answer of two sentences ("It depends on when you ordered. Orders can be cancelled within 24
    // hours.") is quoted whole; a longer paragraph after a question asked in passing ("Why did Rome fall? Historians
    // have argued… Gibbon blamed…") is not its answer, and only its next sentence is quoted with it. Quoted alone, a
    // question would answer a question with itself. One followed by another question's paragraph or by a title is
    // unanswered there, and not offered.
    let answered = false;
    if (asks(text.slice(spans[i].start, end))) {
      const gap = (k: number) => text.slice(spans[k - 1].end, spans[k].start);
      const paragraphBreak = (k: number) => /\n[ \t]*\n/.test(gap(k));
      let j = i + 1;
      while (j < spans.length && asks(spans[j].text) && !paragraphBreak(j)) j++;
      if (j >= spans.length || asks(spans[j].text) || titleAt(spans, j, paragraphBreak, spans[i].text)) continue;
      // The answer's lines: a list's items (blank lines between them or not), or lines of their own that are fields or
      // follow a line ending on a colon.
      const continues = (k: number) =>
        !asks(spans[k].text) &&
        ((ITEM.test(spans[k].text) && ITEM.test(spans[k - 1].text)) ||
          (!paragraphBreak(k) && gap(k).includes('\n') && (ITEM.test(spans[k].text) || FIELD_LINE.test(spans[k].text) || /:\s*$/.test(spans[k - 1].text))));
      const first = j;
      while (j + 1 < spans.length && j - i < MAX_ANSWER_LINES && continues(j + 1) && spans[j + 1].end - spans[i].start <= MAX_SPAN) j++;
      const endsParagraph = (k: number) => k + 1 >= spans.length || paragraphBreak(k + 1) || asks(spans[k + 1].text);
      const second = j + 1;
      const sentence = (k: number) => TERMINAL.test(spans[k].text.trim()) && !asks(spans[k].text);
      if (j === first && !endsParagraph(first) && endsParagraph(second) && sentence(first) && sentence(second)) j = second;
      if (spans[j].end - spans[i].start > MAX_SPAN) continue; // its answer is not in the passage
      end = spans[j].end;
      answered = true;
    }
    const raw = text.slice(spans[i].start, end);
    if (endsIncomplete(raw)) continue; // nothing in the passage finishes it: quoting it would stop before the answer
    out.push(answered ? { start: questionLineStart(text, spans, i), end, answered } : titlesProse(text, spans, i) ? { start: spans[i].start, end, title: true } : { start: spans[i].start, end });
  }
  return out;
}

/** "Sarah Lewis wrote:", "Sarah a écrit :", "schrieb Sarah:", on a line of its own. */
const QUOTE_INTRO = /(?:\bwrote|a écrit|schrieb|escribió)\s*:$/iu;

/**
 * Whether a candidate is a line giving only a date right under the first line of its document ("Hannah & Josh are
 * getting married" / "Saturday 11 September 2027"): the date of what the document is about.
 */
function datesDocument(c: Candidate): boolean {
  if (c.source.page > 1 || c.source.start > 0 || c.index !== 1) return false;
  // A sentence of its own where it opens on the date: "Tuesday 15 June 2027, 7pm, in the community room." under an
  // agenda's title.
  const opensOnDate = OPENS_ON_DATE.test(c.text);
  return namesMonth(c.text) && c.text.split(/\s+/).length <= (opensOnDate ? DATE_SENTENCE_WORDS : DATE_LINE_WORDS) && (!TERMINAL.test(c.text.trim()) || opensOnDate);
}
/** …and of a sentence opening on the date, which may say the time and the place too. */
const DATE_SENTENCE_WORDS = 12;
const OPENS_ON_DATE = /^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d)/i;
/** Most words of a line giving a date and no more: "Saturday 11 September 2027, 2pm to midnight". */
const DATE_LINE_WORDS = 8;

/** Longest line a FAQ's question is read whole from: a heading, not a paragraph asking in passing. */
const MAX_QUESTION_LINE = 160;

/**
 * Where the i-th span, a question, starts as quoted: with the sentence before it where both make one short line of
 * their own, a FAQ's heading ("The VPN keeps disconnecting. What can I do?"): its question alone says nothing of what
 * it asks about, and quoted so it read as a fragment of the heading.
 */
function questionLineStart(text: string, spans: readonly { start: number; end: number }[], i: number): number {
  const previous = spans[i - 1];
  if (!previous || /\n/.test(text.slice(previous.end, spans[i].start))) return spans[i].start;
  const lineStart = text.lastIndexOf('\n', previous.start - 1) + 1;
  const lineEnd = text.indexOf('\n', spans[i].end);
  const ownLine = text.slice(lineStart, previous.start).trim() === '' && text.slice(spans[i].end, lineEnd < 0 ? text.length : lineEnd).trim() === '';
  return ownLine && spans[i].end - previous.start <= MAX_QUESTION_LINE ? previous.start : spans[i].start;
}

/**
 * Whether a line of a few words without a sentence's punctuation, on its own after a finished sentence, reads as a
 * title rather than a step or a message: it has no article, a verb such as "is" or an instruction's verb ("Rub the
 * chicken with oil", "Parking is free", "Add salt and pepper" left without a full stop), unless it opens on what is
 * done ("Cleaning the filter", "Using the app").
 */
export function namesLikeTitle(line: string): boolean {
  return (!ARTICLE.test(line) || GERUND_FIRST.test(line)) && !MESSAGE_WORDS.test(line) && !opensOnInstruction(line);
}

/**
 * Whether the i-th span is a title in sentence case over prose ("Annual leave entitlement" over "Full-time staff
 * receive 25 days…"): a few words on a line of their own, without a figure (but a section's number) or a sentence's
 * punctuation, with a sentence on the next line, opening the text or a paragraph. It holds the words of the questions
 * its section answers, and answers none of them (isHeading knows Title Case and '#' titles).
 */
function titlesProse(text: string, spans: readonly { start: number; end: number; text: string }[], i: number): boolean {
  // A contract's or a policy's numbered section, "8. Governing law" over "8.1 This Agreement is governed…", titles its
  // clauses as well: its number does not make it a list's item.
  const numbered = /^(\d{1,3})\.?\s+(?=\p{Lu})/u.exec(spans[i].text.trim());
  const overClause = numbered !== null && spans[i + 1]?.text.startsWith(`${numbered[1]}.1`) === true;
  if (numbered && !overClause && inNumberedList(spans, i, Number(numbered[1]))) return false;
  const line = spans[i].text.trim().slice(numbered?.[0].length ?? 0);
  if (line.includes('\n') || /[\p{N}:;,.!?。！？]/u.test(line) || !/^\p{Lu}/u.test(line) || line.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  const next = spans[i + 1];
  if (next === undefined || !text.slice(spans[i].end, next.start).includes('\n') || !TERMINAL.test(next.text.trim()) || asks(next.text)) return false;
  // It opens the text or a paragraph after finished prose or a marked heading: a line among lines without punctuation
  // ("Method" / "Preheat the oven to 200C" / "Rub the chicken with oil"), or under a title of its own, is a step or a
  // slide's point, and answers.
  if (i === 0) return true;
  const before = spans[i - 1].text.trim();
  // A numbered one over its first clause is a title after a finished sentence, on the next line or after a blank one.
  const opensParagraph = overClause || /\n[ \t]*\n/.test(text.slice(spans[i - 1].end, spans[i].start));
  // A PDF's text often has no blank lines: its paragraphs and headings are lines. There a title ("Car hire" between
  // "…18 euros a day." and "Collect from Europcar…") follows a finished sentence on the line before, and names,
  // without an article, a verb such as "is" or an instruction's verb: "Rub the chicken with oil", "Parking is free" and
  // "Add salt and pepper" left without a full stop are steps and a message. Prose wrapped at a width never leaves such
  // a line a sentence of its own.
  const lineAfterSentence = text.slice(spans[i - 1].end, spans[i].start).includes('\n') && namesLikeTitle(line);
  // …or, in such a text, the document's title on its first line: "Before first use" under "Aqualine WM814 washing
  // machine: quick start guide", over "Remove the three transit bolts…". Not a slide's point after its title and a
  // blank line ("Why choose us" / "We offer free installation").
  const underTitle = lineAfterSentence && !opensParagraph && i === 1 && spans[0].start === 0 && !before.includes('\n') && before.split(/\s+/).length <= MAX_DOCUMENT_TITLE_WORDS;
  return ((opensParagraph || lineAfterSentence) && (TERMINAL.test(before) || ATX_HEADING.test(before))) || underTitle;
}

/**
 * Whether the i-th span, numbered n, is an item of a numbered list: the item numbered n - 1 is among the few spans
 * before it, or the one numbered n + 1 right after it. A leaflet's "4. Possible side effects" between "…while taking
 * amoxicillin." and "Common side effects…" is neither, and titles its section; "2. Mash the bananas" is an item.
 */
function inNumberedList(spans: readonly { text: string }[], i: number, n: number): boolean {
  const opensOn = (k: number, m: number) => new RegExp(`^${m}[.)]?\\s`).test(spans[k]?.text.trim() ?? '');
  if (opensOn(i + 1, n + 1)) return true;
  for (let k = Math.max(0, i - LIST_ITEM_SPANS); k < i; k++) if (opensOn(k, n - 1)) return true;
  return false;
}
/** Most sentences of one list item: an item may say more than one thing. */
const LIST_ITEM_SPANS = 4;

/** A line of a kind's name and its code alone: "ZONE B", "Platform 4", "Gate B12", "Room 101". */
const KIND_AND_CODE = /^\s*\p{L}{3,}\s+(?:\p{Lu}{1,2}\d{0,3}|\d{1,4}\p{Lu}?)\s*$/u;

/** Most words of a title in sentence case. */
const MAX_TITLE_WORDS = 6;
const ARTICLE = /\b(?:the|a|an)\b/i;
const GERUND_FIRST = /^\p{Lu}\p{Ll}{2,}ing\b/u;

/** Most spans a question is quoted with: itself, and the lines of its answer. */
const MAX_ANSWER_LINES = 8;

/**
 * Whether the j-th span titles what follows rather than answering the question before it: a Markdown heading, or a few
 * words without a sentence's punctuation in a paragraph of their own with more text after them. "Yes" or "Sarah
 * Johnson" right under the question is its answer. A few words that only repeat the question's own ("Do you deliver on
 * weekends?" / "Delivery" / "Saturday deliveries cost…") are a title even without blank lines around them: they answer
 * nothing.
 */
function titleAt(spans: readonly { text: string }[], j: number, paragraphBreak: (k: number) => boolean, question: string): boolean {
  const line = spans[j].text.trim();
  if (ATX_HEADING.test(line)) return true;
  const fewWords = !line.includes('\n') && line.length <= 40 && /^\p{Lu}/u.test(line) && !/[.!?。！？:;,]["'”’)\]]*$/u.test(line) && line.split(/\s+/).length <= 5;
  if (j + 1 >= spans.length || SAYS_YES_OR_NO.test(line)) return false;
  if (fewWords && onlyRepeats(line, question)) return true;
  // A title heads text: a line followed by the next question or heading is an answer ("Visa, Mastercard and PayPal").
  const headsText = !asks(spans[j + 1].text) && !ATX_HEADING.test(spans[j + 1].text);
  return (fewWords || isHeading(line)) && !line.includes(',') && headsText && paragraphBreak(j) && paragraphBreak(j + 1);
}

/** What opens an answer to a yes-or-no question, in the languages of Docent's window written with spaces. */
const SAYS_YES_OR_NO = /^(?:yes|no|not|never|only|always|sure|certainly|absolutely|oui|non|jamais|seulement|ja|nein|nicht|nie|nur|doch)\b/iu;

/** Whether every content word of `line` is one of the question's, or of its family ("delivery" for "deliver"). */
function onlyRepeats(line: string, question: string): boolean {
  const asked = contentTerms(question).map((t) => t.stem);
  const said = contentTerms(line);
  return said.length > 0 && said.every((t) => asked.some((a) => a === t.stem || nearForm(a, t.stem)));
}

/** A spreadsheet's file: its blocks of fields are its rows (see the CSV, XLSX and ODS extractors). */
const SHEET_FILE = /\.(?:csv|tsv|xlsx|xlsm|xls|ods)$/i;

/**
 * Whether the i-th span is a row of records: a block of fields in a spreadsheet, or one whose labels the block before
 * or after repeats (rows of a table pasted as "Name: …" blocks). A form's single block of fields is not one: its lines
 * answer one by one ("Commission: 10%").
 */
function isRecord(source: AnswerSource, labels: ReadonlyArray<string[] | undefined>, i: number): boolean {
  const own = labels[i];
  if (!own) return false;
  if (SHEET_FILE.test(source.fileName)) return true;
  const same = (other: string[] | undefined) => other !== undefined && other[0] === own[0] && other.filter((l) => own.includes(l)).length >= 2;
  return same(labels[i - 1]) || same(labels[i + 1]);
}

/** A span of one line opening with a label ("Tax code: 1257L"), not a sentence going on after its colon. */
const isFieldLine = (text: string): boolean => FIELD_LINE.test(text) && !text.includes('\n') && !TERMINAL.test(text.trim()) && !ITEM.test(text);

/** Fewest words of a statement that a sentence introducing a table makes before its last comma. */
const MIN_STATED_WORDS = 4;

/**
 * The length of what a sentence introducing a table states before it introduces it, at its last comma: a finished
 * clause of a few words with a figure ("The total campaign budget is €48,000" of "…, split as follows:"); else 0.
 * A clause without a figure ("As agreed at the last meeting, the budget is:") says no fact of its own.
 */
function statedBeforeTable(sentence: string): number {
  // A clause's comma is followed by a space; a figure's ("€1,500") is not.
  const cut = [...sentence.matchAll(/[,;](?=\s)/g)].at(-1)?.index ?? 0;
  if (cut <= 0) return 0;
  const clause = sentence.slice(0, cut);
  const finished = !endsIncomplete(clause) && /\p{N}/u.test(clause) && clause.trim().split(/\s+/).length >= MIN_STATED_WORDS;
  return finished ? cut : 0;
}

/**
 * What a passage offers as answers, in text order: its quotable sentences, a form's lines (form-lines.ts), and each
 * row of a table with its column names (table-rows.ts), the rows of a table being fields of one record apiece.
 */
function candidateSpans(passage: string, source: AnswerSource): Array<Span & Pick<QuotableSpan, 'answered' | 'title'>> {
  const tables = tablesIn(passage, source.page === 1 && source.start === 0);
  const rows: Span[] = tables.flatMap((t) => t.rows.map((r) => ({ start: r.start, end: r.end, inForm: true, text: r.text, fields: r.fields })));
  // A sentence that introduced the table ("Our plans are:") is not quoted without it: its rows answer instead. One that
  // states a figure before it introduces ("The total budget is €48,000, split as follows:") is quoted up to that.
  const spans = outsideTables(passage, spansOf(passage), tables).flatMap((span) => {
    if (!tables.length || !endsIncomplete(passage.slice(span.start, span.end))) return [span];
    const stated = statedBeforeTable(passage.slice(span.start, span.end));
    return stated ? [{ ...span, end: span.start + stated }] : [];
  });
  const labels = spans.map((span) => recordLabels(passage, span));
  // A line that is one field ("Tax code: 1257L") beside others, each set apart by empty lines, as a sheet's label and
  // value pairs are written: "Pay date: …" above it is another field, not its context ("How much tax did I pay?").
  const paragraph = (i: number) => {
    const before = passage.slice(spans[i - 1]?.end ?? 0, spans[i]!.start);
    const after = passage.slice(spans[i]!.end, spans[i + 1]?.start ?? passage.length);
    return (i === 0 || before.includes('\n\n')) && (i === spans.length - 1 || after.includes('\n\n'));
  };
  const fieldLine = spans.map((span, i) => isFieldLine(passage.slice(span.start, span.end)) && paragraph(i));
  // A row too wide to quote whole (dozens of columns) is offered as a form's lines are, a few fields at a time.
  const prose: Array<Span & Pick<QuotableSpan, 'answered' | 'title'>> = spans.flatMap((span, i) =>
    // A question and its answer are quoted whole: their short lines are not a form's.
    span.answered
      ? [span]
      : isRecord(source, labels, i) && span.end - span.start <= MAX_SPAN
        ? [recordSpan(passage, span)]
        : fieldLine[i] && (fieldLine[i - 1] || fieldLine[i + 1])
          ? [{ ...span, amongFields: true }]
          : answerWindows(passage, span),
  );
  return [...prose, ...rows].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Two words are alike in meaning from this cosine of their vectors up: "school" and "university" (0.63), "founded" and
 * "established" (0.78); "school" and "river" (0.10) are not. A word's share of its weight grows from nothing there to
 * all of it for the same word.
 */
export const NEAR_MEANING = 0.4;
/**
 * A word of the question found in no retrieved sentence is not missing from the one that says it in a word this near
 * in meaning: "sick" of "If your child is ill…" (0.70), "medical" of "health" (0.71), "suitcase" of "bag" (0.75).
 */
const SAID_OTHERWISE = 0.65;

/** Whether a span at `start` of `text` is the first thing on its line, rather than a sentence following another. */
function opensLine(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/** Every candidate sentence of `sources` scored for `resolved`; `vectors` lets a word count for another of like meaning. */
export function scoreSentences(resolved: ResolvedQuestion, sources: readonly AnswerSource[], vectors?: WordVectors): ScoredQuestion {
  const kind = expectedAnswer(resolved.question);
  const defines = definitionTest(resolved.question);
  // "What does X do?" is as narrow as "What does X mean?": a sentence with X doing something says it.
  const definitionBonus = asksMeaning(resolved.question) || asksWhatItDoes(resolved.question) ? MEANING_BONUS : DEFINITION_BONUS;
  const form = answerFormWords(resolved.question);
  // The words saying only what kind of answer is wanted are not matched, unless they are all a question standing on
  // its own says: "When is the closing date?" of a job advert is answered by its "Closing date:" line. ("How many are
  // there?" after a question about the trees asks about them.)
  const questionWords = contentTerms(resolved.question);
  const beyondForm = questionWords.filter((t) => !form.has(t.word));
  const own = new Set((beyondForm.length > 0 || resolved.borrowed.length > 0 ? beyondForm : questionWords).map((t) => t.stem));
  const borrowed = new Set(resolved.borrowed.flatMap((w) => contentTerms(w).map((t) => t.stem)).filter((s) => !own.has(s)));
  const sessionFiles = sources.some((source) => source.sid !== BASE_SID);
  const thingHead = askedThing(resolved.question)?.at(-1)?.stem ?? whenWhereHead(resolved.question) ?? askedQuality(resolved.question);
  const deedAsked = deedStatedTest(resolved.question);
  const nextAsked = NEXT.test(resolved.question);
  const otherTense = otherTenseTest(resolved.question);
  // The verb of "What should I bring…?", "What do we pack?": what the list is of ("need" says nothing of it).
  const listVerb = askedList(resolved.question)?.verb;
  const bringStem = listVerb && listVerb !== 'need' ? contentTerms(listVerb)[0]?.stem : undefined;
  const pastAsked = PAST_WHEN_Q.test(resolved.question) && !nextAsked;
  const ownDeedAsked = asksOwnDeed(resolved.question);
  const ownDeedDated = ownDeedAsked || asksDeedToNamed(resolved.question) ? deedWhenWhereTest(resolved.question) : undefined;
  const dueStated = dueStatedTest(resolved.question);
  const statesAsked = placingTest(resolved.question) ?? amountStatedTest(resolved.question) ?? countStatedTest(resolved.question) ?? measuredThingTest(resolved.question) ?? permittedDeedTest(resolved.question) ?? withWhomTest(resolved.question) ?? doneByTest(resolved.question) ?? deedWhenWhereTest(resolved.question) ?? wayOfDeedTest(resolved.question) ?? dueStated ?? datedThingTest(resolved.question);
  const candidates: Candidate[] = [];
  const sentenceStems: Set<string>[][] = [];
  // The indexes of each source's spans that are headings.
  const headingSpans: Set<number>[] = [];
  const titles = titleStems(sources);
  // "fine" of "How much is the fine?", which "The bath is fine to use." does not say (word-senses.ts).
  const askedAsThing = wordsAskedAsThing(resolved.question);
  const totalAsked = totalAskedTest(resolved.question, own);
  // Whose the thing asked is ("Maya" of "When is Maya's party?").
  const owners = ownerStems(resolved.question);
  const priced = pricedStems(resolved.question, own);
  const spanStated = spanStatedTest(resolved.question);
  const messageWords = messageWordsAsked(resolved.question).flatMap((word) => contentTerms(word).map((t) => t.stem));
  // Each file's legends, from all its passages: the menu's key is in its first, the items marked with it in others.
  const legends = new Map<string, Map<string, string>>();
  for (const source of sources) {
    const legend = legends.get(source.fileId) ?? new Map<string, string>();
    legends.set(source.fileId, legend);
    for (const [code, meaning] of legendOf(source.text)) legend.set(code, meaning);
  }
  const meetsCondition = conditionTest(resolved.question);
  const supposed = conditionDeed(resolved.question);
  const marked = markedThingTest(resolved.question);
  const asked = askedAcronyms(resolved.question);
  const figureWords = figureWordsHeld(resolved.question);
  // (What is priced may be named by its kind: "10% off food and drink" names the popcorn of "Is there a discount on popcorn?".)
  const kindsNamed = askedMembers(resolved.question);
  // Whose the thing asked is, where a document's form names it by its kind, is what that document is about, as its name
  // is: "the flat" of "How much is the deposit for the flat?" is a tenancy's "Property: 5 Cedar Court".
  for (const m of kindsNamed.filter((m) => owners.has(m.stem))) {
    for (const source of sources) {
      const labelsKind = source.text.split('\n').some((line) => contentTerms(FIELD_LINE.exec(line.trim())?.[1] ?? '').some((t) => t.stem === m.kind));
      if (labelsKind) titles.get(source.fileId)?.add(m.stem);
    }
  }
  const measureStems = measureNouns(resolved.question).map(stem);
  const headingAsks = headingAsksTest(resolved.question);
  const addressAsked = asksAddress(resolved.question);
  const nowAsked = asksNow(resolved.question);
  const releaseAsked = contentTerms(resolved.question).filter((t) => RELEASE_WORD.test(t.word)).map((t) => t.stem);
  // "Which driving lessons haven't I paid for?": the rows whose "Paid" column says no (flag-columns.ts).
  const flags = flagReader(resolved.question);
  const daysAsked = [...own].filter((stem) => WEEKDAY_STEMS.has(stem));
  // A label says a word of the question as it is, in a near form, or by a word meaning the same: "Vehicle: Volkswagen
  // Golf…" holds what "What car am I getting?" asks, and is the line about it (labelAsked).
  // The words as written, for their meaning: stems are not words ("stud" for "studies").
  const wordOf = new Map<string, string>();
  for (const t of [...contentTerms(resolved.question), ...resolved.borrowed.flatMap((w) => contentTerms(w))]) if (!wordOf.has(t.stem)) wordOf.set(t.stem, t.word);
  // (Never two days or two months, which the word meanings put close: "Wednesday:" is no label for Saturday's driver.)
  const synonym = (asked: string, said: { word: string }) => {
    const [a, b] = [(wordOf.get(asked) ?? asked).toLowerCase(), said.word.toLowerCase()];
    return vectors !== undefined && !(a !== b && namesDayOrMonth(a) && namesDayOrMonth(b)) && vectors.similarity(a, b) >= LABEL_SYNONYM;
  };
  // A label says a word of the question as written, in a near form, near in meaning, or as the deed's other name
  // ("Purchased:" for "When did I buy it?").
  const labelSays = (asked: string, said: { stem: string; word: string }) => asked === said.stem || nearForm(asked, said.stem) || synonym(asked, said) || namesDeed(asked, said.stem);
  const phoneWords = (text: string, fields?: readonly Field[]) => {
    const held = phoneWordsHeld(text, resolved.question);
    return fields ? [...held, ...fields.flatMap((f) => phoneWordsHeld(`${f.label}: ${f.value}`, resolved.question))] : held;
  };
  const phoneAsked = asksPhone(resolved.question);
  /**
   * Whether a record's field is labelled with the question's word and its value says more of the question than its
   * label: "Starts: Thursday 2 September 2027" of a term's row for "When does school start in September?", not "Days:
   * 16" of an invoice's row for "How do I reduce Isla's days?".
   */
  const fieldAsked = (f: Field) => {
    if (!labelAsked(`${f.label}: ${f.value}`, resolved.question, own, kind, labelSays)) return false;
    const label = contentTerms(f.label);
    // "Which vet gave Pepper's last booster?" asks the value of the column it names ("Vet: R. Gomez"), which says
    // nothing else of the question.
    if (whichNoun !== undefined && label.length === 1 && labelSays(whichNoun, label[0]!)) return true;
    return contentTerms(f.value).some((t) => own.has(t.stem) && !label.some((l) => l.stem === t.stem));
  };
  const whichNoun = contentTerms(WHICH_NOUN.exec(resolved.question)?.[1] ?? '')[0]?.stem;
  // …and a form's line whose label ends on the noun asked ("Valuation band: C" for "What band is my house in?"), which
  // says the rest of the question by what the form is about.
  const askedNoun = contentTerms(WHAT_NOUN_Q.exec(resolved.question)?.[1] ?? '')[0]?.stem;
  const labelEndsOnAsked = (line: string) => {
    const label = contentTerms(FIELD_LINE.exec(line)?.[1] ?? '');
    return askedNoun !== undefined && label.length > 0 && label.length <= 3 && labelSays(askedNoun, label.at(-1)!);
  };
  /**
   * A two-column table's row whose first cell names what its second says, as a label does: "Topic: Snacks; Note: Fruit
   * or rice cakes only" of a babysitter's notes is read as "Snacks: Fruit or rice cakes only" for "What snacks can the
   * children have?". (Not a priced table's row, "Charge: Council tax; Amount: £1,842.00", whose first column names
   * items, as its second prices them.)
   */
  const keyCellAsked = (fields: readonly Field[]) => fields.length === 2 && !FIGURE_ONLY.test(fields[1]!.value) && labelAsked(`${fields[0]!.value}: ${fields[1]!.value}`, resolved.question, own, kind, labelSays);
  const opensWithAsked = (line: string) =>
    contentTerms(line).some((t) => own.has(t.stem) || borrowed.has(t.stem)) || phoneWordsHeld(line, resolved.question).length > 0;
  /**
   * Adds to a sentence's stems the question's words it says in none of its words: an acronym's, a phone number's, a
   * record's column named in other words, a price's or a measure's.
   */
  const lendStems = (stems: Set<string>, text: string, fields: readonly Field[] | undefined, section: ReadonlySet<string> | undefined, title: ReadonlySet<string>) => {
    withAcronymMatches(stems, text, asked);
    // A line that is only a phone number holds what "What is their phone number?" asks, in none of its words; so does
    // a record's phone field ("Name: Priya Nair | Phone: 0113 496 0021").
    for (const word of phoneWords(text, fields)) for (const t of terms(word)) stems.add(t.stem);
    // …and a sentence writing a postal address holds what "What is Sarah's address?" asks ("We are at 27 Elm Road…").
    for (const word of postalWordsHeld(text, resolved.question)) for (const t of terms(word)) stems.add(t.stem);
    // …and one saying what time a thing goes on until what "When does the dancing finish?" asks, where it or its
    // document's name names the thing: "The Fox and Hounds serves food until 9pm" does not say when the Co-op closes;
    // "Period of cover: 14 March 2027 to 13 March 2028" in the insurance schedule says when the insurance ends.
    const ends = [...endWordsHeld(text, resolved.question), ...startWordsHeld(text, resolved.question)];
    if (ends.length > 0 && [...own].some((stem) => stems.has(stem) || title.has(stem))) for (const word of ends) for (const t of terms(word)) stems.add(t.stem);
    // …and one whose span runs to the present what "Where does she work now?" asks ("2021 to present").
    for (const word of nowWordsHeld(text, resolved.question)) for (const t of terms(word)) stems.add(t.stem);
    // …and a count of players, guests or staff the people "How many people can play?" asks about.
    for (const word of peopleWordsHeld(text, resolved.question)) for (const t of terms(word)) stems.add(t.stem);
    // …and the kind of person "someone" or "my friend" is: "You may bring one adult with you", "Overnight guests…".
    for (const word of personWordsHeld(text, resolved.question)) for (const t of terms(word)) stems.add(t.stem);
    // …and a journey's line the arriving or leaving asked, where it arrives or leaves from the place asked.
    for (const word of journeyWordsHeld(text, resolved.question)) for (const t of terms(word)) stems.add(t.stem);
    // …and a bill's Direct Debit the paying asked ("When will the bill be paid?").
    for (const word of paymentWordsHeld(text, resolved.question)) for (const t of contentTerms(word)) stems.add(t.stem);
    // …and a limit on the scale a question's "big" or "heavy" asks about ("Only bags smaller than A4…").
    for (const word of scaleWordsHeld(text, resolved.question)) for (const t of contentTerms(word)) stems.add(t.stem);
    // …and a part to be replaced the "new" one "Do I need new tyres?" asks of ("…rear tyres at 3mm, replace within 3 months").
    for (const word of renewalWordsHeld(text, resolved.question)) for (const t of contentTerms(word)) stems.add(t.stem);
    // …and a price said to rise in other words, or to be one amount and then another, the rise "Does the price go up?"
    // asks of ("Monthly price: £32.00 until November 2030, then £35.50", "Price rises: every April by £1.50").
    for (const word of riseWordsHeld(text, resolved.question)) for (const t of contentTerms(word)) stems.add(t.stem);
    // …and a line numbering the thing the ordinal asks of ("Appointment 2:" for "the second appointment").
    for (const word of ordinalWordsHeld(text, resolved.question)) for (const t of contentTerms(word)) stems.add(t.stem);
    // …and the interest asked of a loan, in a line giving its rate in per cent ("Initial rate: 4.29% fixed…").
    for (const word of interestWordsHeld(text, resolved.question)) for (const t of terms(word)) stems.add(t.stem);
    // …and the side effects asked of a medicine, in a sentence saying what may happen to you ("You may have a sore arm").
    for (const word of sideEffectWordsHeld(text, resolved.question)) for (const t of terms(word)) stems.add(t.stem);
    // …and the "take" of "What does my child need to take on the trip?", in a sentence saying what is needed.
    for (const word of listDeedWordsHeld(text, resolved.question)) for (const t of terms(word)) stems.add(t.stem);
    // …and the "instead" of "What can I use instead of buttermilk?", in a sentence supposing none ("No buttermilk? Mix…").
    for (const word of insteadWordsHeld(text, resolved.question)) for (const t of terms(word)) stems.add(t.stem);
    // …and the appointment asked of, in a sentence saying what is booked for a time ("…are booked for Wednesday 3 March").
    for (const word of bookedWordsHeld(text, resolved.question)) for (const t of terms(word)) stems.add(t.stem);
    // …and the name "What is the consultant's name?" asks, in a sentence naming someone ("Your consultant is Dr Osei.").
    for (const word of nameWordsHeld(text, resolved.question)) for (const t of terms(word)) stems.add(t.stem);
    // …and a receipt's row (an item and its price) the buying asked of ("What did I buy at the garden centre?").
    for (const word of boughtWordsHeld(fields ?? [], resolved.question)) for (const t of terms(word)) stems.add(t.stem);
    // …and a row's yes-or-no column the question names by "un-" or as still to do ("Paid: No" says "unpaid").
    for (const word of flags.wordsHeld(fields ?? [])) for (const t of terms(word)) stems.add(t.stem);
    // …and a span of months the month asked falls in or out of ("Water troughs are turned off from November to March").
    for (const word of monthWordsHeld(text, resolved.question)) for (const t of terms(word)) stems.add(t.stem);
    // …and a record's column the question names in other words ("Who is based in Berlin?" of "Location: Berlin"), or a
    // labelled line's label ("How many holiday days do I have left?" of "Days remaining: 11.").
    // Not where a time is asked and the line says none: a quote's "Work | Price" row does not say when to "pay". Nor
    // where an amount is asked of a thing neither the line nor its section nor its document names: a villa booking's
    // "Deposit paid: €945" does not say what the dishwasher costs ("Which card was used to pay?" asks no amount).
    const label = fields ? undefined : FIELD_LINE.exec(text.trim());
    // Nor where the reader's own deed is asked when they must do it: a row's date column dates what it records, not a
    // deadline ("Date: 2 Sep to 9 Dec … Amount: 240" says nothing of when to pay for the lessons).
    const ofKindAsked = kind !== 'time' || (holdsExpected(text, resolved.question, 'time') >= 1 && !ownDeedAsked);
    const ofThingPriced = kind !== 'number' || !priced || priced.some((stem) => stems.has(stem) || section?.has(stem) || title.has(stem));
    if (ofKindAsked && ofThingPriced) for (const stem of columnSynonymsHeld(own, fields ?? (label ? [{ label: label[1], value: '' }] : []))) stems.add(stem);
    // (…or the deed's other name: "Departure: Saturday 14 August by 10am" says when "we have to leave the cottage".)
    if (label && vectors) for (const t of contentTerms(label[1])) for (const stem of own) if (!stems.has(stem) && (synonym(stem, t) || namesDeed(stem, t.stem))) stems.add(stem);
    // …and a line labelled with whoever does what the question asks ("Who owns the policy?" of "Owner: Priya Raman").
    for (const stem of doerLabelled(text, own)) stems.add(stem);
    // A price or a measure answers for its words where the line or its section names what is priced or measured,
    // beyond what its document's name says ("Logo refresh: £650.00" for "How much did the logo cost?", "Weight:
    // 1.1 kg" for "How heavy is the kettle?" on the kettle's spec sheet): not any amount of the documents.
    const lent = figureWords(text).flatMap((w) => terms(w).map((t) => t.stem));
    const measured = [...own].filter((stem) => !lent.includes(stem) && !title.has(stem));
    const names = (stem: string) => stems.has(stem) || section?.has(stem) || [...stems].some((s) => nearForm(s, stem)) || membersHeldIn(kindsNamed, stems).includes(stem);
    // A spec sheet's row labelled with the measure asked ("Weight: 1.39 kg" for "How much does the laptop weigh?")
    // measures what the sheet is about, which it need not name: it says the laptop's weight.
    const labelsMeasure = measureStems.length > 0 && (fields?.map((f) => f.label) ?? [label?.[1] ?? '']).some((l) => terms(l).some((t) => measureStems.includes(t.stem)));
    if (measured.length === 0 || measured.some(names)) for (const stem of lent) stems.add(stem);
    else if (labelsMeasure && lent.length > 0) for (const stem of [...lent, ...measured]) stems.add(stem);
  };
  // A record that answered an earlier question, met in a follow-up (its parts, if any, are candidates: `parts`).
  let answeredRecord = false;
  const parts = new Set<number>();
  const previousOwn = new Set(contentTerms(resolved.previousQuestion ?? '').map((t) => t.stem));
  const introduced = new Set<string>();
  // Every word of the passages, read once a follow-up meets the record that answered: a question's word found in none
  // names nothing a record could be told apart by.
  let inSources: Set<string> | undefined;
  const inPassages = (stem: string) => (inSources ??= new Set(sources.flatMap((source) => contentTerms(source.text).map((t) => t.stem)))).has(stem);
  for (const source of sources) {
    const list: Set<string>[] = [];
    sentenceStems.push(list);
    const headings = new Set<number>();
    headingSpans.push(headings);
    const title = titles.get(source.fileId)!;
    const fileName = fileNameStems(source.fileName);
    const legend = legends.get(source.fileId)!;
    // An email's header (mail-header.ts): its subject is the message's title; its other lines answer only what is
    // asked of the message itself.
    const headerEnd = source.page === 1 && source.start === 0 ? mailHeaderEnd(source.text) : 0;
    const passage = withoutPageBreak(source);
    // The words of the heading over the sentences that follow it in the passage ("## Fixed" over its list), with
    // those of the headings above it ("## 3.4.0" over "### Fixed"), for the section the passage starts in.
    const above = source.headings?.length ? new Set(source.headings.flatMap((h) => contentTerms(h.replace(DOCUMENT_KIND, ' ')).map((t) => t.stem))) : undefined;
    let section: Set<string> | undefined = above;
    let sections = 0;
    const levels: Array<{ level: number; stems: Set<string> }> = [];
    let sectionSaysNot = source.headings !== undefined && saysNot(source.headings.at(-1)!);
    let headingSpan: { start: number; end: number } | undefined;
    let sectionSaysWhy = source.headings !== undefined && SAYS_WHY.test(source.headings.at(-1)!);
    let sectionAsks = source.headings !== undefined && headingAsks?.(source.headings.at(-1)!) === true;
    // A PDF table's header over its rows: its words count for those rows only, with the section's (figureRowsHeaded).
    let header: { stems: Set<string>; lastRow: number } | undefined;
    // The sentence before, in the same paragraph: where one opening with "He" or "This" says who or what that is.
    let previous: Subject | undefined;
    // The list item the sentences are in, where it opens with a label ("- **Porto, 7–10 May:** …").
    let item: { end: number; subject: Subject } | undefined;
    // A list's introduction saying no ("No thanks:" over "- Plastic bags and film"): over its items as a heading saying
    // "not" is (underNot), so an item is not quoted alone as if it were welcome.
    let noList: { start: number; end: number; listEnd: number } | undefined;
    const spans = candidateSpans(passage, source);
    spans.forEach((span, index) => {
      const raw = source.text.slice(span.start, span.end);
      const firstLine = raw.split('\n', 1)[0];
      if (!ITEM.test(raw) && raw.includes('\n') && /:\s*$/.test(firstLine) && (saysNot(firstLine) || OPENS_WITH_NO.test(firstLine))) noList = { start: span.start, end: span.start + firstLine.length, listEnd: span.end };
      else if (noList && span.start >= noList.listEnd) noList = undefined;
      const inNoList = noList !== undefined && ITEM.test(raw) && span.start > noList.start;
      const text = span.text ?? readableText(raw, opensLine(source.text, span.start));
      // A word of the question spelled in a mail or web address ("amira" of "amira.hassan@mailbox.org") names no more
      // than the address: it is not said there, but where an address is asked for. (The address's other words stay: a
      // line with an address says more than the question asks.)
      const addresses = addressAsked ? [] : [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length]);
      const inAddress = (t: Term) => (own.has(t.stem) || borrowed.has(t.stem)) && addresses.some(([from, to]) => t.offset >= from && t.offset < to);
      // Nor is a word said after "non-" the question's, where the question does not say "non-" itself.
      const stems = new Set(contentTerms(text).filter((t) => !inAddress(t) && !(own.has(t.stem) && saidWithNon(text, t, resolved.question))).map((t) => t.stem));
      for (const word of askedAsThing) if (saidOnlyAsQuality(text, word)) stems.delete(stem(word));
      const paragraphGoesOn = previous && !span.inForm && !ITEM.test(raw) && !/\n\s*\n/.test(passage.slice(previous.end, span.start));
      // A follow-up does not quote again what an earlier answer quoted, even as the subject of another sentence.
      // A labelled list item's first sentence says what each of its others is about ("- **Porto, 7–10 May:** Hotel
      // Ribeira Azul. … Confirmation number RB-99021."), as "He" takes its subject from the sentence before.
      if (ITEM.test(raw)) item = labelledItem(source.text, span.start, span.end, text) ?? itemOverIndented(source.text, span.start, span.end, text);
      else if (item && span.start >= item.end) item = undefined;
      const inItem = item && !ITEM.test(raw) && !(resolved.avoidsRepeats && quotedBefore(item.subject.text, resolved.barredQuotes)) ? item.subject : undefined;
      const before = (paragraphGoesOn && refersBack(text, previous!.text) && !(resolved.avoidsRepeats && quotedBefore(previous!.text, resolved.barredQuotes)) ? previous : undefined) ?? inItem;
      // A list item, a heading or a line without a sentence's end ("- 300 ml milk", "Descaling") says what is under
      // it, not whom "It" is about; nor is a list item's "This…" about the item before.
      previous = span.inForm || span.title || ITEM.test(raw) || !TERMINAL.test(raw.trim()) ? undefined : { start: span.start, end: span.end, text, stems: new Set(stems) };
      const rowSection = header && index <= header.lastRow ? header.stems : section;
      lendStems(stems, text, span.fields, rowSection, title);
      // A menu's item marked "(VG, GF)" says "vegan" and "gluten free", where its legend says so (legend-codes.ts).
      for (const meaning of legendWordsIn(text, legend)) for (const t of contentTerms(meaning)) stems.add(t.stem);
      list.push(stems);
      const opensDocument = source.page === 1 && source.start === 0 && span.start === 0;
      // A document's first line over a title of a section ("Aqualine WM814 washing machine: quick start guide" over
      // "Before first use") is the document's title, whatever its punctuation: it names what the whole is about.
      const titlesSections = opensDocument && spans[index + 1]?.title === true && !TERMINAL.test(raw.trim());
      // A letter's signature, a name and its role, is no heading: it answers who holds the role ("Mrs J. Patel,
      // Headteacher").
      // So is a line saying only the document's name ("Council Tax bill 2027/28" of council-tax-bill-2027-28.txt): its
      // title, whatever its case, which says what the whole is, not what "What is my council tax band?" asks.
      const repeatsName = !span.inForm && stems.size >= 2 && !TERMINAL.test(raw.trim()) && [...stems].every((stem) => fileName.has(stem));
      // The legend itself explains the codes and answers nothing: the items marked with them do.
      if (legendOf(text).size >= 2) return;
      const inHeader = span.start < headerEnd;
      if (inHeader && !isSubjectLine(raw) && messageWords.length === 0) return;
      // …and says what is asked of the message in none of the question's words.
      if (inHeader && !isSubjectLine(raw)) for (const stem of messageWords) stems.add(stem);
      if ((isHeading(raw, opensDocument) && !SIGNATURE.test(raw.trim())) || (opensDocument && titlesDocument(passage, span)) || titlesSections || repeatsName || (inHeader && isSubjectLine(raw)) || span.title || numberedTitleOver(passage, span) || sentenceCaseTitleOver(passage, span) || listTitleOver(passage, span)) {
        previous = undefined;
        headings.add(index);
        // A Markdown heading is under those of higher levels before it in the passage: "### Fixed" under "## [3.1.1]"
        // is the section of 3.1.1's fixes.
        const level = ATX_HEADING.test(raw.trim()) ? /^#+/.exec(raw.trim())![0].length : undefined;
        while (level !== undefined && levels.length > 0 && levels.at(-1)!.level >= level) levels.pop();
        const parents = level === undefined ? [] : levels.flatMap((l) => [...l.stems]);
        if (level !== undefined) levels.push({ level, stems });
        section = withSectionSynonyms(above && sections === 0 && span.start === 0 ? new Set([...above, ...stems]) : new Set([...parents, ...stems]));
        sections++;
        sectionSaysNot = saysNot(text);
        headingSpan = { start: span.start, end: span.end };
        sectionSaysWhy = SAYS_WHY.test(text);
        sectionAsks = headingAsks?.(text) === true;
        // A heading names what is under it, and answers nothing, but when it is asked of what it dates: "## Version
        // 4.1.3 (released 2 October 2026)" is the only line that says when that version came out (not what is new in it);
        // so is an email's "On Wed, 16 Jun 2027 at 19:40, Tom Price wrote:" of when Tom wrote. And a listing's title
        // giving its price ("# 14 Willow Lane, Ashby — £285,000") is the only line that says what the house costs.
        const dates = kind === 'time' && (ATX_HEADING.test(raw.trim()) || QUOTE_INTRO.test(text.trim())) && (namesMonth(text) || ISO_DATE.test(text));
        if (!dates && holdsMoney(text, resolved.question) !== true) return;
        // A changelog's "## [3.1.1] - 2027-02-19" says when 3.1.1 came out, in none of the words asking it.
        if (VERSION_NUMBER.test(text)) for (const stem of releaseAsked) stems.add(stem);
      }
      const rows = figureRowsHeaded(passage, spans, index);
      if (rows > 0) {
        previous = undefined;
        header = { stems: new Set([...(section ?? []), ...stems]), lastRow: index + rows };
        return;
      }
      // Fragments do not answer, but a form's line, a list item or a sentence with a figure does ("Commission: 10%",
      // "- 2 lemons", "Serves 4."; not a title such as "2024 budget"), and so does a short question with its answer
      // ("Do you deliver on Sundays? Not on Sundays.") and a list's item of two words ("- Towel hire" under "Not
      // included"), a form's line of two ("Sunday: closed") and a finished sentence of two ("Breakfast included.");
      // blocks are not sentences.
      const figureLine = /\d/.test(raw) && (span.inForm || ITEM.test(raw) || TERMINAL.test(raw.trim()));
      // …and so is a field of its own, its label and its figure: "Attendance: 96.5%" between a report's table and its
      // next line.
      const labelledFigure = /\d/.test(raw) && FIELD_LINE.test(raw.trim()) && !raw.trim().includes('\n');
      // A finished sentence of one word right under a heading naming what is asked answers it ("## Licence" / "MIT.").
      const underAskedHeading = headings.has(index - 1) && TERMINAL.test(raw.trim()) && [...own].some((stem) => section?.has(stem));
      // …and so does one saying whether there is a thing, whose one word the question asks: "There is no garage.",
      // "No pets." for "Is there a garage?", "Can I bring my dog?".
      // …and one saying "not" of its one word: "You do not need to pay anything." for "Do I have to pay the fine?".
      const saysWhetherThere = TERMINAL.test(raw.trim()) && (THERE_IS.test(text) || saysNot(text));
      // …and a line naming the kind the question asks with its code: "ZONE B" on a parking sign for "What zone is it?",
      // "Platform 4", "Gate B12".
      const codeOfKindAsked = KIND_AND_CODE.test(raw) && [...stems].some((stem) => own.has(stem));
      if (stems.size < (underAskedHeading || saysWhetherThere || codeOfKindAsked ? 1 : figureLine || labelledFigure || span.answered || span.inForm || ITEM.test(raw) || TERMINAL.test(raw.trim()) ? 2 : 3) || raw.length > MAX_SPAN) return;
      if (inReferenceNote(passage, span.start)) return;
      if (!addressAnswers(text, resolved.question)) return;
      if (span.inForm && endsIncomplete(raw)) return; // a form's line that a later one finishes is quoted with it
      if (span.firstLine && !opensWithAsked(source.text.slice(span.firstLine.start, span.firstLine.end))) return;
      if (!span.text && markupShare(raw) > 0.25) return; // code and tag soup
      // A block of code answers how to do something ("How do I install it?"), not what a thing is: it only uses names.
      const code = CODE_BLOCK.test(raw);
      if (code && !ASKS_HOW.test(resolved.question)) return;
      const quoted = code ? codeText(raw) : text;
      const candidate = { source, start: span.start, end: span.end, inForm: span.inForm, amongFields: span.amongFields, fields: span.fields, code, section: rowSection, underHeader: rowSection !== section, underNot: (rowSection === section && sectionSaysNot) || inNoList, headingSpan: inNoList ? { start: noList!.start, end: noList!.end } : headingSpan, underWhy: sectionSaysWhy, underAsked: rowSection === section && sectionAsks, before, ofItem: before !== undefined && before === inItem, raw, text: quoted, stems, index, coverage: 0, ownCoverage: 0, kind: 0, features: undefined as unknown as Features, score: 0 };
      // A follow-up never repeats an answer; of a record that answered, it may quote the field it asks (recordParts),
      // where the record holds the question's other words (not "And Tom's role?" of Daniel's record).
      if (resolved.avoidsRepeats && quotedBefore(quoted, resolved.barredQuotes)) {
        if (!span.fields) return;
        answeredRecord = true;
        // The person or thing the previous question asked of it ("Who is his manager?": "Manager: Sara Okafor"), whom
        // a pronoun now means ("What's her email?"). Not where that question found the record by another of its values
        // ("Who is the Sales Manager?" asked for whoever's role that is, not for the Manager column).
        for (const f of namedFields(previousOwn, span.fields, whoseField(span.fields))) introduced.add(quoteKey(f.value));
        // A word of the question beyond the record's columns that the record lacks and another passage holds names
        // something else ("And Tom's role?"): not a part of this record. One no passage holds ("Where is it held?") does not.
        const beyond = wordsBeyondColumns(own, span.fields);
        if (resolved.asksForMore || beyond.some((stem) => !stems.has(stem) && inPassages(stem))) return;
        // The fields asked, together ("And the date and venue?"), after the field saying whose record it is.
        const part = joinParts(askedParts(recordParts(span.fields), own, kind));
        if (part && !resolved.barredQuotes.has(quoteKey(part.text))) {
          // Whose record it is, the conversation's words say (borrowed): the part holds them as the record does.
          const partStems = new Set([...contentTerms(part.text).map((t) => t.stem), ...[...stems].filter((s) => borrowed.has(s))]);
          lendStems(partStems, part.text, part.fields, rowSection, title);
          parts.add(candidates.push({ ...candidate, text: part.text, fields: part.fields, stems: partStems }) - 1);
        }
        return;
      }
      candidates.push({ ...candidate, repeat: resolved.avoidsRepeats && quotedBefore(quoted, resolved.earlierQuotes) });
    });
  }
  // "And her email?" after Anna's record answered is about Anna: another person's record answers it only where the
  // question names that one ("And Tom's role?"), by a word beyond the columns it asks.
  // …unless the previous answer just named that one: then the follow-up is about it, and not about the record that
  // named it ("Who is his manager?" / "Name: Daniel Ruiz; Manager: Sara Okafor" / "What's her email?").
  if (answeredRecord) {
    const named = (c: Candidate) => c.fields !== undefined && introduced.has(quoteKey(whoseField(c.fields).value));
    if (candidates.some(named)) {
      const kept = candidates.filter((c) => named(c) || !c.fields);
      candidates.splice(0, candidates.length, ...kept);
    } else {
      candidates.forEach((c, i) => {
        if (!parts.has(i) && c.fields && !wordsBeyondColumns(own, c.fields).some((stem) => c.stems.has(stem))) c.aboutAnother = true;
      });
    }
  }
  const stemsOf = [...own, ...borrowed];
  const named = nameStems(resolved.question);
  const weights = new Map<string, number>();
  if (candidates.length === 0 || stemsOf.length === 0) return { kind, ranked: [], weights, own, titles, missing: new Set() };

  // "How long does the curry take to cook?" of a recipe that never says "cook": the time it takes is asked, whatever
  // the verb; a verb no sentence says weighs as a light verb, and is not what the documents lack.
  const timedVerb = spanVerb(resolved.question);
  // "Can I wear headphones…?" of a race's rules: "Headphones are not allowed" says whether, without the verb, which
  // weighs as a light verb where no sentence says it and some sentence says what may be done in a passage saying
  // another of the question's words (not "We do not accept CVs." of a job advert for "Can we sublet the flat?").
  const askedVerb = permissionVerb(resolved.question);
  const verbStem = askedVerb === undefined ? undefined : contentTerms(askedVerb)[0]?.stem;
  // A thing said by its kind is said ("Pets are not allowed" for "Can we bring our dog?"); not whose the thing asked
  // is: "the damage of the vehicle" is no line about the car of "What is the VIN of the car?".
  const members = kindsNamed.filter((m) => !owners.has(m.stem));
  const saysOwn = (c: Candidate, stem: string) => c.stems.has(stem) || membersHeldIn(members, c.stems).includes(stem);
  const sayingAsked = new Set(askedVerb === undefined ? [] : candidates.filter((c) => [...own].some((stem) => stem !== verbStem && saysOwn(c, stem))).map((c) => c.source));
  const allowedVerb = candidates.some((c) => sayingAsked.has(c.source) && SAYS_PERMISSION.test(c.text)) ? askedVerb : undefined;
  // …and so does the family member such a question asks for ("Can my daughter wear earrings?" of a uniform list).
  const kin = permissionKin(resolved.question);
  // The decision a question asks of is not what the documents lack where a line gives it ("Decision: GRANTED" for
  // "Was it approved?"), though it weighs as asked: that line says it, not the one naming the application.
  const decided = decisionAsked(resolved.question);
  const decidedWord = decided !== undefined && candidates.some((c) => givesYesNoValue(c, resolved.question, own)) ? decided : undefined;
  // So does the verb of "What show are we seeing?", which the ticket's "Show:" line answers without it, "done" of
  // "When was the gas safety check done?", which names no deed of its own, and "make" of "Can I make it vegan?".
  const unaskedVerb = whichOneVerb(resolved.question) ?? emptyPassive(resolved.question) ?? madeIntoVerb(resolved.question);
  const askedFor = (word: string) => word === allowedVerb || word === kin;
  // "used" of "What is cetirizine used for?" says little of which sentence answers: it weighs as a light verb, and is
  // said by "used" only ("…do not drive or use machines" does not say what cetirizine is for).
  const purpose = purposeVerb(resolved.question);
  const purposeStem = purpose === undefined ? undefined : contentTerms(purpose)[0]?.stem;
  // (Where a document's name or a heading says it, it tells which: "How long does the wardrobe take to build?" of
  // wardrobe-assembly.txt.)
  const inNames = (stem: string) => [...titles.values()].some((t) => t.has(stem)) || candidates.some((c) => c.section?.has(stem) === true);
  // Rarity within the retrieved sentences: a term every sentence has ("Amazon" in an article on the Amazon) says
  // little about which sentence answers; a term few have says much. A term none has weighs most: its absence is
  // what tells a question about something the documents do not hold.
  const all = sentenceStems.flat();
  // Whether some files' passages hold a stem and others not: a code then tells the file asked about (CODE_WEIGHT).
  const files = new Set(sources.map((source) => source.fileId));
  const heldInSomeFiles = (stem: string) =>
    files.size > 1 && new Set(sources.filter((_, i) => sentenceStems[i].some((stems) => stems.has(stem))).map((source) => source.fileId)).size < files.size;
  for (const stem of stemsOf) {
    let df = 0;
    for (const s of all) if (s.has(stem)) df++;
    const ownWord = own.has(stem) || own.size === 0;
    // A light verb of the question's own (not a borrowed word, weighed down already; not a word of a name: "Gone Girl";
    // not a verb read with its particle: "get back" is "return").
    const verb = wordOf.get(stem) ?? '';
    const light = ownWord && !named.has(stem) && !readAsPhrasal(verb, stem) && (verb === purpose || verb === unaskedVerb || (df === 0 ? LIGHT_VERBS.has(verb) || (verb === timedVerb && !inNames(stem)) || askedFor(verb) : EMPTY_VERBS.has(verb)));
    const code = df > 0 && ownWord && CODE.test(stem) && heldInSomeFiles(stem);
    weights.set(stem, Math.log(1 + (all.length + 1) / (df + 0.5)) * (!ownWord ? BORROWED_WEIGHT : light ? LIGHT_VERB_WEIGHT : code ? CODE_WEIGHT : 1));
  }
  const total = stemsOf.reduce((sum, s) => sum + weights.get(s)!, 0);
  const ownTotal = [...own].reduce((sum, s) => sum + weights.get(s)!, 0);
  const questionTerms = contentTerms(resolved.searchText);
  const askedTerms = [...contentTerms(resolved.question), ...resolved.borrowed.flatMap((w) => contentTerms(w))].filter((t) => weights.has(t.stem));
  const askedMeaning = vectors?.meaningOf(askedTerms, (stem) => weights.get(stem)!);
  const bigrams = new Set<string>();
  for (let i = 1; i < questionTerms.length; i++) bigrams.add(`${questionTerms[i - 1].stem} ${questionTerms[i].stem}`);

  const sourceCount = sources.length;
  // A name the question asks about is in the documents when a file is named after it ("the Greenleaf receipt").
  // A figure the question gives that a sentence holds within a range ("my 8 year old" in "aged 6 to 12 years") is a
  // word that sentence holds (number-ranges.ts); so is a month or a weekday ("June" in "April to September", "November"
  // and "Sunday" in "22/11/2026").
  const figures = askedFigures(resolved.question).filter((f) => weights.has(f.stem));
  const days = askedDays(resolved.question).filter((d) => weights.has(d.stem));
  // …and so is a day of a month written in figures: "6 February" in "2027-02-06".
  const dates = askedDates(resolved.question);
  const dateStems = (text: string) => contentTerms(wordsOfDatesIn(dates, text).join(' ')).map((t) => t.stem);
  // The month of a day asked ("January" of "30 January") is not held by another day of it in figures: a lesson log's
  // "2027-01-09" is in January, but not the lesson "How long was the lesson on 30 January?" asks of.
  const datedMonth = (d: AskedDay) => d.cycle.length === 12 && dates.some((a) => a.month === d.index + 1);
  const undatedDays = days.filter((d) => !datedMonth(d));
  // …and a time of day written otherwise: "1pm" in a log's "Time: 13:00"; and a thing named by its kind: "dog" in "Pets
  // are not allowed".
  // (A part of the day, "morning", only where no sentence of its file says it: "Session: Morning; Hours: 8am to 1pm"
  // is the morning's, not "Session: Full day; Hours: 8am to 6pm". Another file's "even if" says no evening.)
  const times = askedTimes(resolved.question);
  // …and "weekend" in "one Saturday in two".
  const weekend = asksWeekend(resolved.question);
  // …and "talk" of "Who can I talk to about the job?" is said by a sentence saying to get in touch in other words ("For
  // an informal chat about the role, contact Priya Shah").
  const touchVerb = contactVerb(resolved.question);
  const touchStems = touchVerb ? contentTerms(touchVerb).map((t) => t.stem).filter((stem) => weights.has(stem)) : [];
  const touched = (text: string) => (touchStems.length > 0 && GETS_IN_TOUCH.test(text) ? touchStems : []);
  // What each file's sentences say: a document's name lends its words as a heading does (saidUnder, below) where another
  // file says them. A module handbook titled "Environmental Data Analysis" does not answer "How much data do I get?" by
  // "After that it gets a mark of zero." over a phone contract's "Allowances: … 60GB of data a month".
  const saidInFile = new Map<string, Set<string>>();
  for (const c of candidates) {
    const inFile = saidInFile.get(c.source.fileId) ?? new Set<string>();
    for (const stem of c.stems) inFile.add(stem);
    saidInFile.set(c.source.fileId, inFile);
  }
  const fileSays = (fileId: string, stem: string) => saidInFile.get(fileId)!.has(stem) || titles.get(fileId)?.has(stem) === true;
  const timesFor = (c: Candidate) => times.filter((t) => t.until === undefined || !t.stems.some((stem) => saidInFile.get(c.source.fileId)!.has(stem)));
  // A condition met is of the thing the question supposes the deed done to: "If you need to cancel, tell us 2 working
  // days before the collection" of a bulky waste booking does not say what happens if I cancel broadband, which the
  // broadband contract names and the booking never does.
  const object = meetsCondition && conditionObject(resolved.question);
  const objectSaidElsewhere = (fileId: string) => !!object && !fileSays(fileId, object) && [...saidInFile.keys()].some((id) => fileSays(id, object));
  const meetsAsked = (c: Candidate) => meetsCondition?.(c.text) === true && !objectSaidElsewhere(c.source.fileId);
  // "How can I pay my tax bill?": the sentence saying the deed with its means, as a label would say it, in a file naming
  // the thing it is done to, where the question names one ("How can I confirm?" names none).
  const meansSaid = meansOfDeedTest(resolved.question);
  const meansDeed = howDeed(resolved.question);
  const deedThings = [...own].filter((stem) => stem !== meansDeed);
  const meansGiven = (c: Candidate) => meansSaid?.(c.text) === true && (deedThings.length === 0 || deedThings.some((stem) => fileSays(c.source.fileId, stem)));
  // …and what "What if I can't make my appointment?" supposes, by the sentence opening on that condition in its own
  // words ("If you cannot attend, call…"), which need not name the appointment again.
  const supposedStems = meetsCondition ? contentTerms(resolved.question.replace(/^[^]*?\bif\b/i, '')).map((t) => t.stem).filter((stem) => weights.has(stem)) : [];
  const supposes = (c: Candidate) => (supposedStems.length > 0 && meetsAsked(c) ? supposedStems : []);
  const inRanges = new Map(
    figures.length || days.length || dates.length || times.length || members.length || weekend || touchStems.length || supposedStems.length
      ? candidates.map((c) => [c, new Set([...figuresInRanges(figures, c.text), ...daysInRanges(days, c.text), ...daysInWeekParts(days, c.text), ...daysInDates(undatedDays, c.text), ...daysAbbreviated(days, c.text), ...dateStems(c.text), ...wordsOfTimesIn(timesFor(c), c.text), ...membersHeldIn(members, c.stems), ...weekendHeld(resolved.question, c.text), ...touched(c.text), ...supposes(c)])] as const)
      : [],
  );
  // A heading's words are the documents', and so are those its section's name stands for ("study" of "EDUCATION").
  const sectionWords = new Set(candidates.map((c) => c.section ?? new Set<string>()));
  const anywhere = new Set([...all, ...titles.values(), ...inRanges.values(), ...sectionWords].flatMap((x) => [...x]));
  const namedAnywhere = [...named].filter((s) => weights.has(s) && anywhere.has(s)).length;
  let missingWeight = 0;
  for (const stem of stemsOf) if (!anywhere.has(stem)) missingWeight += weights.get(stem)!;
  const missing = new Set(stemsOf.filter((stem) => !anywhere.has(stem) && !LIGHT_VERBS.has(wordOf.get(stem) ?? '') && wordOf.get(stem) !== timedVerb && !askedFor(wordOf.get(stem) ?? '') && wordOf.get(stem) !== decidedWord && wordOf.get(stem) !== purpose));
  const namedTotal = [...named].filter((s) => weights.has(s)).length;
  // "How long is the Grand Union Canal?": every word of it names what it asks about (as the question or the sentence
  // before writes it: "how long is the grand union canal?" too); the cue asks the rest.
  const asksOfName = (subject: Subject | undefined) => {
    if (kind === 'any' || stemsOf.length === 0 || !subject) return false;
    const names = nameStems(subject.text);
    return stemsOf.every((s) => named.has(s) || names.has(s));
  };
  const howLong = kind === 'number' && asksHowLong(resolved.question);
  const takenSpan = takenSpanTest(resolved.question);
  const filesGivingSpanTaken = new Set(takenSpan ? candidates.filter((c) => takenSpan(c.text)).map((c) => c.source.fileId) : []);
  const readingAsked = kind === 'number' && asksReading(resolved.question);
  const colourAsked = asksColour(resolved.question);
  const contactAsked = kind === 'person' && asksWhoToContact(resolved.question);
  const clockAsked = asksClock(resolved.question);
  const afterAsked = AFTER_Q.test(resolved.question);
  const yesNo = asksYesNo(resolved.question);
  const asksWhereSpot = kind === 'place' && asksSpot(resolved.question);
  const owner = terms(phoneOwner(resolved.question) ?? '')[0]?.stem;
  const numberAsked = phoneAsked && /\bnumber\b|\b(?:phone|tel|telephone|mobile)\s+no\b/i.test(resolved.question);
  const givesMailAddress = mailAddressTest(resolved.question);
  const howOften = kind === 'number' && asksHowOften(resolved.question);
  const rateStated = rateStatedTest(resolved.question);
  const action = askedAction(resolved.question);
  const handled = handledThing(resolved.question);
  // "What should the children wear?" is told by an instruction doing that deed: "Please wear socks as it's soft play.",
  // not by the fares' "Child (4-15): £12".
  const toldVerb = TOLD_DEED_Q.exec(resolved.question)?.[1];
  const toldStem = toldVerb === undefined ? undefined : contentTerms(toldVerb)[0]?.stem;
  // …and "What do I need to do before they arrive?" by an instruction saying the rest of it: "Please clear the window
  // sills… before we arrive.", not "your windows have arrived".
  const anyDeedAsked = TOLD_ANY_DEED_Q.test(resolved.question);
  const toldToDo = (c: Candidate) =>
    opensOnInstruction(c.text) && ((toldStem !== undefined && contentTerms(c.text.replace(/^\W*please\s+/iu, ''))[0]?.stem === toldStem) || (anyDeedAsked && [...own].some((stem) => c.stems.has(stem))));
  const actionStem = action ? contentTerms(action)[0]?.stem : undefined;
  const servesAction = (text: string) => {
    if (actionStem === undefined) return false;
    // A FAQ's question quoted with its answer's first sentence serves as that sentence does.
    const body = text.replace(/^[^?]{1,200}\?\s+/u, '');
    const isAction = (verb: string | undefined) => {
      const stem = verb ? contentTerms(verb)[0]?.stem : undefined;
      return stem !== undefined && (stem === actionStem || nearForm(stem, actionStem));
    };
    // …and so does an instruction saying what it is for after it: "Please give one month's notice in writing to reduce
    // or end your child's place." for "How do I reduce Isla's days?".
    return isAction(purposeOf(body)) || (opensOnInstruction(body) && [...body.matchAll(PURPOSE_AFTER)].some((m) => isAction(m[1])));
  };
  /**
   * Whether a sentence tells to do the very deed a how-to question asks, by its verb: "Book your appointments online
   * through SchoolCloud…" for "How do I book parents' evening?", which the sentence naming the evening does not say.
   */
  const doesAction = (text: string) => {
    if (actionStem === undefined || !opensOnInstruction(text)) return false;
    const verb = /^\W*(?:please\s+)?(\p{L}+)/iu.exec(text)?.[1];
    return verb !== undefined && contentTerms(verb)[0]?.stem === actionStem;
  };
  // Whether the heading over a sentence (not a table's header) names a word of the question, and it, the document's
  // name and the sentence say all the question asks.
  const sectionSaysAsked = (c: Candidate) =>
    !c.underHeader &&
    [...own].some((stem) => c.section?.has(stem)) &&
    [...own].every((stem) => c.section?.has(stem) || c.stems.has(stem) || titles.get(c.source.fileId)?.has(stem));
  // A sentence under a heading that says "not" and names what is asked, of a question saying "not" (POLARITY_BONUS),
  // where the heading, the document's name and the sentence say all the question asks: "What is not included in the
  // gym membership?" asks for every item under "What is not included"; "Is parking not included?" only for one that
  // names parking.
  const listAsked = asksList(resolved.question);
  const whatMayI = WHAT_MAY_I.test(resolved.question);
  // A journey's destination ("our flight to Malaga"), not "prior to Super Bowl 50".
  const place = JOURNEY.test(resolved.question) ? /\bto\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/u.exec(resolved.question)?.[1] : undefined;
  const destination = place === undefined ? undefined : new RegExp(String.raw`\bto\s+${place}\b`, 'u');
  const headedAsAsked = saysNot(resolved.question) ? (c: Candidate) => c.underNot === true && sectionSaysAsked(c) : undefined;
  // The files saying when the thing asked is due, where that is asked.
  // The files saying what remains to be paid, where that is asked: their total is not what is owed.
  const balanceIn = new Set(asksOwed(resolved.question) ? candidates.filter((c) => c.text.split(/\n|; /).some(isBalanceLine)).map((c) => c.source.fileId) : []);
  const dueSaidIn = new Set(dueStated === undefined ? [] : candidates.filter((c) => dueStated(c.text)).map((c) => c.source.fileId));
  // …and "Who should not take the capsules?" of the line saying not to, with whom it is said of ("Do not take if you are
  // allergic to penicillin"), not "Take ONE capsule THREE times a day".
  const forbiddenToWhom = WHO_NOT_Q.test(resolved.question) ? (c: Candidate) => saysNot(c.text) && c.coverage > 0 && c.kind >= 1 : undefined;
  // …and one under a heading that says why and names what is asked, of a question asking why: "Why is the office
  // moving?" of the items under "Why we are moving", not "We are moving to Canal Street in May", which says where.
  const headedWhy = kind === 'reason' ? (c: Candidate) => c.underWhy === true && sectionSaysAsked(c) : undefined;
  const phrasesFound = namePhrasesFound(resolved.question, sources.map((s) => s.text));
  const unnamed = filesNamingNone(named, weights, sources, sentenceStems, titles);
  const coverageOf = (stems: ReadonlySet<string>) => {
    let m = 0;
    for (const s of stemsOf) if (stems.has(s)) m += weights.get(s)!;
    return m / total;
  };
  const sentenceCoverage = sentenceStems.map((list) => list.map(coverageOf));
  const titleCoverage = new Map([...titles].map(([fileId, stems]) => [fileId, coverageOf(stems)]));
  // Every word of each passage, made once: a passage of many sentences must not be gathered again for each of them.
  const passageStems = sentenceStems.map((list) => new Set(list.flatMap((n) => [...n])));
  // What the sentences under each heading say themselves: a heading's word one of them says is that one's, not lent in
  // full to the others under it to rank by. Under "Late work and extensions", "If illness…, apply for an extension…"
  // says what "How do I get an extension?" asks, and "After that it gets a mark of zero." only borrows it.
  const saidUnder = new Map<ReadonlySet<string>, Set<string>>();
  for (const c of candidates) {
    // What is under "Why we are doing this" or "Reasons for the change" gives reasons, in whatever words.
    c.kind = kind === 'reason' && c.underWhy ? 1 : holdsExpected(withoutClauseNumber(c.text), resolved.question, kind);
    // …and the time of another doing of the deed asked is not its time ("We tried to deliver your parcel today at 11:42"
    // for "When will they try to deliver it again?").
    if (kind === 'time' && otherTense?.(c.text)) c.kind = 0;
    // A sentence saying the heading's word without the kind of thing asked does not: "Order repeat prescriptions
    // through the NHS App…" under "Repeat prescriptions" says no time, and "Please allow 3 working days…" under it
    // answers "How long does a repeat prescription take?" with the heading's words as its own.
    if (!c.section || c.kind < 1) continue;
    const said = saidUnder.get(c.section) ?? new Set<string>();
    for (const stem of c.stems) said.add(stem);
    saidUnder.set(c.section, said);
  }
  const saidElsewhere = (stem: string, fileId: string) => [...saidInFile].some(([id, said]) => id !== fileId && said.has(stem));
  // A table's rows hold its columns' names alike; the question's other words find the row ("juniors" of "Is there a
  // monthly option for juniors?"): a row holding them, where other rows of its file do not, is the row asked.
  // Only where the question names a column too ("monthly option"): "Is lunch included?" asks no row's field, and the
  // programme's "Session: Lunch" is no answer to it.
  // The columns are all its rows' (the juniors' row has no "Monthly option").
  const columnsOf = new Map<string, Set<string>>();
  for (const c of candidates) for (const f of c.fields ?? []) columnsOf.set(c.source.fileId, (columnsOf.get(c.source.fileId) ?? new Set()).add(f.label));
  const beyondColumns = new Map([...columnsOf].map(([fileId, labels]) => [fileId, wordsBeyondColumns(own, [...labels].map((label) => ({ label, value: '' })))]));
  // (A word of a date asked finds the row holding the whole date: "3" of "How much rain fell on 3 April?" is the day
  // of "2027-04-03", not the "Min temp (C): 3" of the next day's row.)
  const dateWords = dates.map((d) => d.words.flatMap((word) => contentTerms(word).map((t) => t.stem)));
  const holds = (c: Candidate, stem: string) => c.stems.has(stem) || inRanges.get(c)?.has(stem) === true;
  const findsRow = (c: Candidate, stem: string) => {
    const ofDates = dateWords.filter((words) => words.includes(stem));
    return ofDates.length === 0 ? c.stems.has(stem) : ofDates.some((words) => words.every((w) => holds(c, w)));
  };
  const rowFound = new Map(
    candidates
      .filter((c) => c.fields)
      .map((c) => {
        const beyond = beyondColumns.get(c.source.fileId) ?? [...own];
        return [c, beyond.length < own.size && beyond.some((stem) => findsRow(c, stem))] as const;
      }),
  );
  const filesWithRowMissed = new Set([...rowFound].filter(([, found]) => !found).map(([c]) => c.source.fileId));
  // The weight of the question's words a file's name lends that another file's sentences say.
  const titleSaidElsewhere = new Map(
    [...titles].map(([fileId, stems]) => [fileId, stemsOf.reduce((sum, stem) => sum + (stems.has(stem) && saidElsewhere(stem, fileId) ? weights.get(stem)! : 0), 0)]),
  );
  // The files naming whose number is asked, in some form. Only where some file does: where none does ("the garage's
  // number" of "Millbrook Motors"), every number is as likely theirs.
  const namesOwner = (stems: ReadonlySet<string>) => [...stems].some((stem) => stem === owner || nearForm(stem, owner!));
  const ownerFiles = new Set(owner === undefined ? [] : [...saidInFile].filter(([fileId, said]) => namesOwner(said) || namesOwner(titles.get(fileId)!)).map(([fileId]) => fileId));
  // Where none of those gives a number, a number is another's: "What is the nursery's phone number?" of a newsletter
  // without one is not answered by the hospital letter's "call 0300 123 4580" (extractive-answerer refuses it).
  const ownersNumberGiven = phoneAsked && ownerFiles.size > 0 && candidates.some((c) => ownerFiles.has(c.source.fileId) && phoneWords(c.raw, c.fields).length > 0);
  // A receipt's line opening with the hub's name and giving its price answers "How much was the hub?", not the
  // receipt's total ("Parking: … behind the hotel, £8 per night" prices the parking, not the hotel).
  const opensWith = (c: Candidate, stems: readonly string[]) => {
    const first = new Set(contentTerms(c.text).slice(0, 4).map((t) => t.stem));
    return stems.every((stem) => first.has(stem));
  };
  // The files that date a day, for "When is the football camp?" asked of one giving its hours too.
  const dayAsked = kind === 'time' && asksDayOfThing(resolved.question);
  const dayDatedIn = new Set(dayAsked ? candidates.filter((c) => datesDay(c.text)).map((c) => c.source.fileId) : []);
  const deadlineOfOther = dayAsked ? deadlineOfOtherTest(resolved.question) : undefined;
  // The files whose sentences speak of the next one ("The next check must be done before…").
  const nextSaidIn = new Set(kind === 'time' && nextAsked ? candidates.filter((c) => NEXT.test(c.text)).map((c) => c.source.fileId) : []);
  // Not where the whole owed is asked ("How much do I owe for piano lessons?" of an invoice pricing "14 lessons at £18").
  const wholeSum = asksWholeSum(resolved.question);
  const itemPricedIn = new Set(priced && !wholeSum ? candidates.filter((c) => opensWith(c, priced) && holdsMoney(c.text, resolved.question) === true).map((c) => c.source.fileId) : []);
  // The words of each file's lines that give a figure ("A deposit of 25% is required…") or a date ("Book and pay online
  // by 22 March."), for kindLabelled below. (A form's windows repeat its lines: each line is read once.)
  const figureLineStems = new Map<string, Set<string>>();
  if (kind === 'number' || kind === 'time') {
    const read = new Set<string>();
    for (const c of candidates) {
      const said = figureLineStems.get(c.source.fileId) ?? new Set<string>();
      for (const line of c.raw.split('\n')) {
        const key = `${c.source.fileId}\n${line}`;
        if (read.has(key) || !/\d/.test(line)) continue;
        read.add(key);
        for (const t of contentTerms(line)) said.add(t.stem);
      }
      figureLineStems.set(c.source.fileId, said);
    }
  }
  // A line saying of the question only what its document's name says ("Sunnyside Holiday Club - Easter 2030 (ages 5 to
  // 11)" of holiday-club.xlsx, "…after-school club runs every weekday…" of after-school-club.txt) is about what all the
  // document's lines are about: where another of its lines says the rest ("Bring a packed lunch…" for "What should my
  // child bring to holiday club?", "Places must be booked by 12 noon…" for "How do I book after-school club?"), it
  // answers nothing the others do not.
  const beyondName = new Set(candidates.filter((c) => [...own].some((stem) => c.stems.has(stem) && !titles.get(c.source.fileId)!.has(stem))));
  const filesSayingBeyondName = new Set([...beyondName].map((c) => c.source.fileId));
  // (Two of the question's words at least, as a name of a kind of document does: an article's one-word title is said by
  // many of its sentences that answer.)
  const namesOnlyDocument = (c: Candidate) => [...own].filter((stem) => c.stems.has(stem)).length >= 2 && !beyondName.has(c) && filesSayingBeyondName.has(c.source.fileId);
  const fileNames = new Map<string, Set<string>>();
  const fileNameWords = (name: string) => fileNames.get(name) ?? fileNames.set(name, fileNameStems(name)).get(name)!;
  // The stems of the labels of the block of fields each form's line stands in, read once per line.
  const recordLabelsRead = new Map<Candidate, Set<string>>();
  const recordLabelStems = (c: Candidate) =>
    recordLabelsRead.get(c) ?? recordLabelsRead.set(c, blockLabelStems(c.source.text, c.start)).get(c)!;
  const headedByKind = (c: Candidate) => {
    if (!c.headingSpan) return false;
    const heading = c.source.text.slice(c.headingSpan.start, c.headingSpan.end).replace(/^#+\s*/, '').trim();
    return !heading.includes(':') && kindLabelAsked(`${heading}: ${c.text}`, resolved.question, kind);
  };
  // "When will the bill be paid?": the deed whose time is asked, and the documents dating it (DEED_UNTOLD_PENALTY).
  const passive = kind === 'time' ? passiveDeed(resolved.question) : undefined;
  const passiveStem = passive === undefined ? undefined : contentTerms(passive)[0]?.stem;
  const deedDatedIn = new Set(passiveStem === undefined ? [] : candidates.filter((c) => c.stems.has(passiveStem) && c.kind >= 1).map((c) => c.source.fileId));
  // The documents saying the deed a "What if…?" question supposes (DEED_UNTOLD_PENALTY).
  const deedToldIn = new Set(supposed === undefined ? [] : candidates.filter((c) => c.stems.has(supposed) || meetsCondition?.(c.text) === true).map((c) => c.source.fileId));
  // The files with a sentence of their own saying a word of the question with the figure or the time asked: "Your
  // induction is on Tuesday 8 June at 6pm" of a gym's welcome, not the rows of its class timetable ("Session: Spin;
  // Day: Monday; Time: 7pm"), which its name ("Gym induction.docx") would make about the induction (kindLabelled).
  const answeredInProse = new Set(
    kind === 'time' || kind === 'number' ? candidates.filter((c) => !c.fields && !c.inForm && c.kind >= 1 && [...own].some((stem) => c.stems.has(stem))).map((c) => c.source.fileId) : [],
  );
  for (const c of candidates) {
    const at = sources.indexOf(c.source);
    const coverages = sentenceCoverage[at];
    const neighbours = sentenceStems[at];
    const title = titles.get(c.source.fileId)!;
    // "When: Saturday 20 March 2027, 2pm to 4pm" of party-invitation.txt for "When is Maya's party?": a label naming
    // only the kind of answer asked is about what its document is about (LABEL_BONUS, and `ofDocument` below).
    // So is a sentence under a heading that is such a label: "## When" over "The road will be closed from Monday 7
    // June…" of road-closure-notice.odt for "When is Hall Lane closed?".
    // A figure's label ("Total:", "Term:") is not the one asked where the question names beyond the document and the
    // line what another of its figures is of: "Total: £3,540.00" of boiler-quote.pdf does not say "How much deposit
    // do I pay for the boiler?", which "A deposit of 25% is required…" does. Nor a date's: "Dates: 15-18 April" of a
    // holiday club's week does not say "When do I need to book the holiday club by?", which "Book and pay online by 22
    // March." does, though a date's line is of what its record's other labels name ("Show:" over "Date:"), where a
    // total is not of every figure its block of lines labels ("Security deposit: £300" beside "Total price:").
    // …or about what another label of its record names: "Date: Saturday 11 March 2028, 2.30pm" under "Show: The Lion
    // King" of a ticket's details for "What time is the show?".
    const ofRecord = c.inForm ? recordLabelStems(c) : new Set<string>();
    const kindLabelled =
      [...own].some((stem) => title.has(stem) || ofRecord.has(stem)) &&
      !(c.fields && answeredInProse.has(c.source.fileId) && ![...own].some((stem) => c.stems.has(stem))) &&
      // (Nor whom the document's opening lines name as its subject: "…for the care of Zain Ali" over "Days | Monday,
      // Tuesday and Thursday", for "Which days does Zain go to the childminder?", though "If Zain is ill… 48 hours…".)
      !((kind === 'number' || kind === 'time') && (priced ?? [...own]).some((stem) => !title.has(stem) && !c.stems.has(stem) && !owners.has(stem) && !(kind === 'time' && ofRecord.has(stem)) && figureLineStems.get(c.source.fileId)?.has(stem) && !openingStems(c).includes(stem))) &&
      // A row's field labelled with the kind gives it in its own value: "Date: Pay by" is no date of an invoice's row.
      (c.fields ? c.fields.some((f) => kindLabelAsked(`${f.label}: ${f.value}`, resolved.question, kind, title) && ((kind !== 'time' && kind !== 'number') || holdsExpected(f.value, resolved.question, kind) >= 1)) : c.raw.split('\n').some((line) => kindLabelAsked(line, resolved.question, kind, title)) || headedByKind(c));
    // A heading's words are lent to every sentence under it (fromTitle). The heading's line right above the first
    // one lends them again where they are all the question asks of the document ("Annual leave entitlement" over
    // "Full-time staff receive 25 days…": what the section opens with), not where the question asks more that the
    // document says elsewhere: "Makes one loaf." under "## Banana bread" is no nearer "How much flour goes in the
    // banana bread?" than "190 g plain flour".
    const beyondSection = stemsOf.filter((stem) => !c.section?.has(stem) && !title.has(stem) && saidInFile.get(c.source.fileId)!.has(stem));
    const asksBeyondSection = beyondSection.length > 0;
    // …and a sentence saying none of that lends them at half their weight in rank, as a sentence of its section saying
    // a heading's word makes it: it is about what the headings name, not what is asked of it.
    const saysNoneBeyond = asksBeyondSection && !beyondSection.some((stem) => c.stems.has(stem) || inRanges.get(c)?.has(stem));
    // (A passage's opening heading saying a word of the document's name lends it to no sentence under it giving another
    // kind of answer more than to all the others: "Serves 4." under "# Slow cooker beef stew" says no more of "How long
    // does the stew take?" than "Cooking: 8 hours". The date under "Hamlet" is the play's; a heading further down, "Why
    // we are moving", is its section's.)
    const saysAround = (list: ReadonlyArray<ReadonlySet<string>>, index: number, stem: string) =>
      !((asksBeyondSection || (index === 0 && c.kind < 1 && title.has(stem))) && headingSpans[at].has(index)) && list[index]?.has(stem) === true;
    const passage = passageStems[at];
    // A sentence opening with "He" or "This" is quoted with the one before it (extractive-answerer.ts), whose words
    // say what it is about.
    const subject = c.before?.stems;
    // A line saying only its file's name ("Council Tax Bill 2027/28" in council-tax-bill-2027.pdf) holds its words no
    // more than every sentence of the document does: "What happens if I can't pay my council tax?" is answered by "If
    // you cannot pay, contact us…", not by the bill's title. Only a name standing as a line: two words or more, no
    // sentence, field or list item ("2 lemons" of lemon-cake.md says how many), nor a message ("Wifi password is
    // Orchard2024"), nor with a figure but its year ("14 Willow Lane, Ashby — £285,000" gives the house's price). Not
    // by the words of the document's first line, which may be this line: a form's "Insured name Gabriel Diaz Year 2022".
    // The line's words are read last, and only for such a line: this runs for every candidate of every question.
    const restatesTitle =
      !c.fields &&
      NAME_LINE.test(c.text.trim()) &&
      !/\d/.test(c.text.replace(YEARS, ' ')) &&
      namesLikeTitle(c.text.trim()) &&
      saysOnly(contentTerms(c.text), fileNameWords(c.source.fileName));
    let matched = 0;
    let fromTitle = 0;
    let lentSaidElsewhere = 0;
    let fromSubject = 0;
    let ownMatched = 0;
    let window = 0;
    let inPassage = 0;
    let namedMatched = 0;
    for (const stem of stemsOf) {
      const w = weights.get(stem)!;
      let got = 0;
      const held = !(restatesTitle && title.has(stem));
      if (held && (c.stems.has(stem) || inRanges.get(c)?.has(stem))) got = w;
      else if (held && stem !== purposeStem && [...c.stems].some((s) => nearForm(s, stem))) got = NEAR_FORM * w;
      // A word that names the sentence's document is the sentence's subject: "the total on the TechMart receipt" is
      // asked of every line of TechMart's receipt, and its "TOTAL $821.14" answers it as well as its shop's address.
      // So does the heading of its section: "What was removed?" is asked of the items under "## Removed".
      else if (title.has(stem) || c.section?.has(stem)) {
        fromTitle += w;
        if (title.has(stem) ? saidElsewhere(stem, c.source.fileId) : saysNoneBeyond || saidUnder.get(c.section!)?.has(stem)) lentSaidElsewhere += w;
      }
      // So does another label of its record to a line labelled with the kind asked: "Date: Friday 3 November, 7.40pm"
      // beside "Film: Wicked" is the film's date.
      else if (kindLabelled && ofRecord.has(stem)) fromTitle += w;
      else if (subject?.has(stem)) fromSubject += w;
      matched += got;
      if (own.has(stem)) ownMatched += got;
      if (got > 0 && named.has(stem)) namedMatched++;
      if (got > 0) window += got;
      else if (c.inForm || c.amongFields) {
        // A form's other fields say nothing about this one.
      } else if (saysAround(neighbours, c.index - 1, stem) || saysAround(neighbours, c.index + 1, stem)) window += w;
      // (What the sentence holds in other words, its passage holds: "visit" for "appointment", "13:00" for "1pm".)
      if (passage.has(stem) || inRanges.get(c)?.has(stem)) inPassage += w;
    }
    // The sentence before says whom "He" is about, not what "He" does: a sentence that matches nothing of the question
    // itself ("This step needs two people.") borrows no words from it. Unless the question asks nothing but what its
    // cue asks of a name, and the sentence holds that: "How long is the Grand Union Canal?" of "It runs for 137 miles."
    if (matched === 0 && !(c.kind === 1 && asksOfName(c.before))) fromSubject = 0;
    c.coverage = matched / total;
    c.ownCoverage = ownTotal > 0 ? ownMatched / ownTotal : c.coverage;
    let phrase = 0;
    let phraseWeight = 0;
    const sTerms = contentTerms(c.text);
    if (bigrams.size) {
      for (let i = 1; i < sTerms.length; i++) {
        if (!bigrams.has(`${sTerms[i - 1].stem} ${sTerms[i].stem}`)) continue;
        phrase++;
        phraseWeight += ((weights.get(sTerms[i - 1].stem) ?? 0) + (weights.get(sTerms[i].stem) ?? 0)) / 2;
      }
    }
    let nearMeaning = 0;
    let saidOtherwise = 0;
    if (vectors) {
      // A word of the sentence stands for one word of the question: one that is itself a question's word ("chicken" in
      // "Rest the chicken…") does not also stand for another ("roast"), nor is a word the document's name lends the
      // sentence lent again in other words.
      const free = sTerms.filter((t) => !weights.has(t.stem));
      for (const stem of stemsOf) {
        // (Nor is "used" of "What is X used for?" said by "use" of "…do not drive or use tools".)
        if (c.stems.has(stem) || named.has(stem) || title.has(stem) || c.section?.has(stem) || stem === purposeStem) continue;
        const asked = wordOf.get(stem)!;
        let nearest = 0;
        for (const t of free) nearest = Math.max(nearest, vectors.similarity(asked, t.word));
        if (nearest > NEAR_MEANING) nearMeaning += (weights.get(stem)! * (nearest - NEAR_MEANING)) / (1 - NEAR_MEANING);
        if (nearest >= SAID_OTHERWISE && !anywhere.has(stem)) saidOtherwise += weights.get(stem)!;
      }
    }
    const proximity = closeness(sTerms, weights);
    // (Nor does a word spelled in an address make a clause say it: "…to emily.james.wedding@mail.com".)
    const clause = bestClause(addressAsked ? c.text : c.text.replace(ADDRESS, ' '), weights) / total;
    // Words beyond the question's own (capped): the answer is among them, but a long sentence also matches by chance.
    let fresh = 0;
    for (const s of c.stems) if (!weights.has(s)) fresh++;
    c.features = {
      coverage: c.coverage,
      window: window / total,
      passage: inPassage / total,
      phrase: Math.min(phrase, 3) / 3,
      kind: c.kind,
      rank: 1 - (c.source.n - 1) / Math.max(1, sourceCount),
      named: namedTotal ? namedMatched / namedTotal : 1,
      fresh: Math.min(fresh, 10) / 10,
      namedAnywhere: namedTotal ? namedAnywhere / namedTotal : 1,
      namePhrases: phrasesFound,
      missing: (missingWeight - saidOtherwise) / total,
      proximity,
      phraseWeight: Math.min(1, phraseWeight / total),
      clause,
      titled: titleCoverage.get(c.source.fileId)!,
      fromTitle: fromTitle / total,
      subject: fromSubject / total,
      // A form's other fields are not its context (as for the window).
      prevCoverage: c.inForm || c.amongFields ? 0 : (coverages[c.index - 1] ?? 0),
      nextCoverage: c.inForm || c.amongFields ? 0 : (coverages[c.index + 1] ?? 0),
      nearMeaning: nearMeaning / total,
      meaning: askedMeaning ? Math.max(0, meaningSimilarity(askedMeaning, vectors!.meaningOf(wordsOfMeaning(c.text, sTerms, weights)))) : 0,
    };
    c.score = Object.entries(c.features).reduce((sum, [k, v]) => sum + WEIGHTS[k as keyof Features] * v, 0);
    // "How many" is answered by a number: a sentence without one does not answer it, however many words it shares.
    if (kind === 'number' && c.kind < 0.5) c.score -= NO_NUMBER_PENALTY;
    // …and "when" by a sentence that dates something: "Return: 21 March 2027 by 10:00", not "The car … must be returned
    // full", which shares more of the question's words and dates nothing.
    if (kind === 'time' && c.kind === 0) c.score -= NO_DATE_PENALTY;
    // …and "What time does the museum close?" by a time of day ("Open every day 10am to 5pm"), not by the days it is
    // closed ("Closed 24 to 26 December."), which say the question's word.
    if (clockAsked && kind === 'time' && c.kind > 0 && c.kind < 1) c.score -= NO_DATE_PENALTY;
    // …and "When should I feed my plants?" by when to, not by "Do not feed in winter."; and "What do they need to bring
    // on the trip?" by what to bring, not by "Children must not bring money, phones or electronic games.".
    // So is "What can I feed the tortoise?" by what to feed ("Feed a handful of weeds…"), not "Never feed fruit…".
    // (A prohibition, not a "No eggs?" opening what to do without them.)
    if ((kind === 'time' || listAsked || (whatMayI && FORBIDS.test(c.text))) && toldNotTo(c.text, resolved.question)) c.score -= NO_DATE_PENALTY;
    // …and "What should I bring to the eye test?" by what to bring ("Please bring your current glasses…"), where its
    // document says it, not by "NHS eye tests are free…", which says all the rest.
    if (bringStem !== undefined && !c.stems.has(bringStem) && !c.section?.has(bringStem) && saidInFile.get(c.source.fileId)!.has(bringStem)) c.score -= NO_LIST_VERB_PENALTY;
    // …and "When was the lift check done?" by when it was, not by "The next check must be done before 12 December";
    // "When is the next check due?" by that, not by the "Date of inspection:" of the one done, where its file says "next".
    if (kind === 'time' && (pastAsked ? NEXT.test(c.text) : nextAsked && !NEXT.test(c.text) && nextSaidIn.has(c.source.fileId))) c.score -= NO_DATE_PENALTY;
    // …and "When is the football camp?" by its days ("Dates: Monday 31 July to Friday 4 August") before its hours
    // ("Times: 9am to 3pm"), where its file gives both: only a tie is broken.
    if (dayAsked && givesClock(c.text) && !datesDay(c.text) && dayDatedIn.has(c.source.fileId)) c.score -= NOT_ITS_DAY_PENALTY;
    // …nor by a deadline set for the reader ("Please reply by 30 April"), which dates their reply.
    if (deadlineOfOther?.(c.text)) c.score -= NOT_ITS_DAY_PENALTY;
    // …and "When will they try to deliver it again?" not by when they did ("We tried to deliver your parcel today at
    // 11:42"), a time that misleads where no time would not.
    if (kind === 'time' && otherTense?.(c.text)) c.score -= NO_DATE_PENALTY;
    // …and "Where is the AGM?" by a sentence naming a place or a spot: "Greenhill Community Hall" under a meeting's
    // title, not the date line right under it, which the title lends more of its words. Only where a spot is asked:
    // "Where will the art pieces be placed?" is answered by "near their current locations", which names none.
    if (asksWhereSpot && c.kind < 1) c.score -= NO_PLACE_PENALTY;
    // …and "What is the plumber's phone number?" by a number in a file naming the plumber, in some form ("Hughes
    // Plumbing & Heating | … | 07700 900812"), not by a parking notice's "call 0161 555 0199", ranked higher by words.
    // …and "What is their phone number?" by a number, not "show them on your phone".
    const givesNumber = phoneAsked && phoneWords(c.raw, c.fields).length > 0;
    if (numberAsked && !givesNumber) c.score -= NO_PHONE_NUMBER_PENALTY;
    // …and "What is the physio's email address?" by a mail address ("From: Leah Morgan <leah@…>"), not the postal
    // address under the signature, which names the physio.
    // (Not a record naming whom the question names: "What is Leo's email address?" of an address book whose Leo has
    // none is not then led by Kate's row.)
    if (givesMailAddress && !givesMailAddress(c.raw) && !(namedTotal > 0 && c.features.named >= 1)) c.score -= NO_PHONE_NUMBER_PENALTY;
    if (ownerFiles.size > 0 && givesNumber && !ownerFiles.has(c.source.fileId)) c.score -= OTHERS_NUMBER_PENALTY;
    c.othersNumber = ownerFiles.size > 0 && givesNumber && !ownerFiles.has(c.source.fileId) && !ownersNumberGiven;
    // …and "how much did it cost" by an amount of money. A penalty on the score, not a change of the kind signal the
    // refusal model was fitted on (the model reads the score too, as leadScore and runnerUpScore, at about half weight).
    const lacksMoney = holdsMoney(c.text, resolved.question) === false;
    if (kind === 'number' && lacksMoney) c.score -= NO_MONEY_PENALTY;
    // Asked by the month, an amount by the month answers: "10 monthly instalments of £53.45", not the year's "Water
    // supply: £214.60", whatever its label or its row says (below).
    const lacksRate = rateStated !== undefined && !rateStated(c.text);
    // …and "how long is it" by a length or a span of time: a count ("over 2,900 reefs") in a sentence that names it
    // must not outrank the one after it that gives its length ("It stretches for 2,300 km").
    if (howLong && c.kind < 1) c.score -= NO_SPAN_PENALTY;
    // …and "how long does it take" by the span taken, where its document gives one: "Ready in 40 minutes", not
    // "Flapjacks keep for up to a week".
    else if (takenSpan && !takenSpan(c.text) && filesGivingSpanTaken.has(c.source.fileId)) c.score -= NO_SPAN_PENALTY;
    // …and "how often" by how often: "take 1 or 2 tablets every 4 to 6 hours", not "not more than 8 tablets in 24 hours".
    if (howOften && c.kind < 1) c.score -= NO_SPAN_PENALTY;
    // …and "What temperature do I bake it at?" by a reading: "Heat the oven to 180°C", not "Bake for 45 minutes"; "What
    // is the new interest rate?" by "…to 2.85% AER", not "…the new rate will apply automatically".
    if (readingAsked && c.kind < 1) c.score -= NO_SPAN_PENALTY;
    // …and "What colour is my bag?" by a colour: "We have found a black rucksack…", not "…your lost bag.".
    if (colourAsked && c.kind < 1) c.score -= NO_SPAN_PENALTY;
    // …and "Who do I contact about head lice?" by whom to get in touch with: "please contact Mrs Dean…", not a name
    // said of something else ("…a case of head lice in Class 3").
    if (contactAsked && c.kind < 1) c.score -= NO_SPAN_PENALTY;
    if (defines?.(c.text)) c.score += definitionBonus;
    // …or an instruction under a heading that names the action asked with all else the question asks: "Clean the pump
    // filter every three months." under "Cleaning the filter", not the error table's "Clean the pump filter and check
    // the drain hose.", for "How do I clean the filter?".
    // …and "If you arrive after 9pm, please let us know…" serves "What if we arrive late?" (conditionTest), by more
    // (CONDITION_BONUS); an instruction naming the thing serves "What do I do with the flour?" (handledThing).
    const meets = meetsAsked(c);
    c.serves =
      servesAction(c.text) ||
      toldToDo(c) ||
      (actionStem !== undefined && c.section?.has(actionStem) === true && sectionSaysAsked(c) && opensOnInstruction(c.text)) ||
      meets ||
      (handled !== undefined && c.stems.has(handled) && opensOnInstruction(c.text));
    // A line labelled with a word of the question gives no telephone number asked for by that word: "Customer: Priya
    // Natarajan" is not the line "What's the customer service number?" asks for.
    // Nor does one without an amount of money give the price asked: "Tickets: 2" for "How much did the tickets cost?".
    // And a document's total is the line asked where the document names what the question prices (totalAskedTest).
    // No label answers "What if we arrive late?": "Arrival: Friday 9 April" dates what the question supposes.
    // A sentence saying a span as such a line would is one ("The minimum term is 24 months." for "How long is the
    // contract?").
    // A table's row is such a line where one of its fields is (fieldAsked).
    // "Test result: PASS" answers "Did the car pass its MOT?" as a label saying what is asked does, naming no car.
    // Not a table's row where another row names what it does not: "Cost: Free" of the dinosaur trail's row says nothing
    // of "Is the fossil workshop free?", whose row says "Cost: £6".
    const ofAnotherRow = () =>
      c.fields !== undefined && candidates.some((o) => o !== c && o.fields !== undefined && o.source.fileId === c.source.fileId && [...own].some((stem) => !c.stems.has(stem) && o.stems.has(stem)));
    const givesYesNo = yesNo && givesYesNoValue(c, resolved.question, own) && !ofAnotherRow();
    const labelMatches =
      givesYesNo ||
      (kindLabelled && c.kind > 0 && !lacksRate) ||
      (c.kind > 0 &&
      !meetsCondition &&
      !(phoneAsked && phoneWords(c.raw).length === 0) &&
      !lacksMoney &&
      // (Asked how long, a line labelled with the thing and giving no span is no answer: "Current passport number:
      // 533812904, expires 14 September 2027" for "How long does the passport renewal take?".)
      !(howLong && c.kind < 1) &&
      (c.fields
        ? c.fields.some(fieldAsked) || keyCellAsked(c.fields)
        : // (A form's window of lines is the total where it opens on it: "Amount payable: £1,405.65", not the charge over it.)
          // A line labelled as due answers when the thing asked is due, naming it or not ("Due back: Monday 11 October").
          labelAsked(c.raw, resolved.question, own, kind, labelSays) ||
          (dueStated?.(c.raw) === true && FIELD_LINE.test(c.raw)) ||
          labelEndsOnAsked(c.raw) || (totalAsked?.(c.inForm ? c.raw.split('\n')[0] : c.raw, titles.get(c.source.fileId)!) === true && !itemPricedIn.has(c.source.fileId)) || spanStated?.(c.text) === true));
    // "What did the engineer recommend?" names the doer, not the deed: "Engineer: Gary Holt" is no answer, and ranks
    // below the sentences saying "recommend" as a sentence naming another thing does.
    // "Can I use the car to commute?" asks whether, of all it says: "Vehicle: Toyota Yaris Hybrid" names the car and
    // says nothing of commuting, unlike the line "Use: Social, domestic and pleasure, including commuting". (What the
    // document's name says, it says: "Cancellation: …" of hotel-booking-confirmation.txt is about the booking.)
    const doerOnly = labelMatches && !givesYesNo && ((deedAsked !== undefined && !deedAsked(c.raw)) || (yesNo && [...own].some((stem) => !c.stems.has(stem) && !titles.get(c.source.fileId)?.has(stem))));
    // Nor does a line labelled with the deed "Who installed the boiler?" asks of, dating it ("Installed: 14 March 2027"):
    // it names no one, as the line "Installer:" does.
    // Nor, where the question asks when a thing is due, does a date labelled otherwise in a file that says its due date:
    // "Invoice date: 1 March 2027" beside "Payment due by: 5 March 2027" for "When is the nursery invoice due?".
    const otherDate = dueStated !== undefined && !dueStated(c.text) && dueSaidIn.has(c.source.fileId);
    // Nor, asked how long a deed takes, does a span its file gives for something else ("Do not leave the battery on
    // charge for more than 24 hours" beside "A full charge from empty takes about 5 hours").
    const otherSpan = takenSpan !== undefined && !takenSpan(c.text) && filesGivingSpanTaken.has(c.source.fileId);
    // …nor, asked what is still owed, another sum of a file saying what remains to be paid ("Total: £426.00" beside
    // "Balance due on arrival: £284.00" for "How much do we still owe the hotel?").
    const notOwed = balanceIn.has(c.source.fileId) && !isBalanceLine(c.raw.split('\n')[0]!);
    const labelled = labelMatches && !doerOnly && !(kind === 'person' && c.kind < 0.5) && !otherDate && !otherSpan && !notOwed;
    // Ranked below a sentence of its section saying the word itself (saidUnder), or of another file (saidElsewhere), by
    // half the word: all of it put "The committee voted…" under "Parking" below "Several visitors have parked…". So is
    // the share of the question its document's name covers (`titled`). Kept out of the score the not-found model was
    // fitted on, which takes the heading's and the name's words as every sentence's under them.
    const borrowed = (SAID_UNDER_SHARE * (WEIGHTS.fromTitle * lentSaidElsewhere + WEIGHTS.titled * titleSaidElsewhere.get(c.source.fileId)!)) / total;
    const library = sessionFiles && c.source.sid === BASE_SID ? BASE_LIBRARY_PENALTY : 0;
    const namesThing = thingHead !== undefined && c.stems.has(thingHead) ? THING_BONUS : 0;
    // "…our flight to Malaga": the line going there ("Bristol to Malaga"), not the one coming back from it.
    const goesThere = destination !== undefined && destination.test(c.text) ? THING_BONUS : 0;
    // "Can we bring the dog?": a rule letting the thing in or keeping it out ("One well-behaved dog is welcome…", "Pets
    // are not allowed") says whether, as a label saying what is asked would, over one letting in something else by the
    // verb ("Each guest may bring one friend").
    const permitsThing = askedVerb !== undefined && thingHead !== undefined && saysOwn(c, thingHead) && (SAYS_PERMISSION.test(c.text) || WELCOMED.test(c.text)) ? LABEL_BONUS : 0;
    // The reader's own deed said with its time is said as a label would say it: "Pay by | 1 October" for "When do I have
    // to pay the piano teacher?", over the invoice's row of lessons dated "7 Sep to 14 Dec" under its "Date" column.
    // A form's window of lines says it where the line it opens on does: "Bikes: 2 x hybrid" over "Due back: Monday 11
    // October" says nothing of when the bikes are due, which the line below says alone. (A table's row is one record,
    // read with its columns' names.)
    const saying = c.inForm && !c.fields ? readableText(c.raw.split('\n')[0]!) : c.text;
    const statesThing = statesAsked?.(saying) || marked?.(saying) ? (ownDeedDated?.(saying) || meansGiven(c) || dueStated?.(saying) ? LABEL_BONUS : THING_BONUS) : 0;
    // "What happens if I cancel the dentist?" asks what follows the deed, which a line naming only the dentist ("Dentist:
    // Dr Nadia Shah.") does not tell, where its document tells it. A sentence telling what follows a condition may say
    // the deed in another form: "A cleaning charge of £40 is made if the hall is left dirty." ("left", not "leave").
    // So does a line labelled with the thing whose deed a passive asks the time of, dating the thing: "Vodaphone mobile
    // bill: November 2027" beside "Payment | Direct Debit on 28 December 2027" for "When will the bill be paid?".
    const deedUntold =
      (supposed !== undefined && !meets && !c.stems.has(supposed) && !TELLS_CONDITION.test(c.text) && deedToldIn.has(c.source.fileId)) ||
      (passiveStem !== undefined && !c.stems.has(passiveStem) && FIELD_LINE.test(c.text) && deedDatedIn.has(c.source.fileId))
        ? DEED_UNTOLD_PENALTY
        : 0;
    // "When is the wedding?" of an invitation whose name alone says "wedding": the date under its title line is the
    // day of the whole, not the date a sentence further down gives for booking a room: as a label saying what is asked.
    // So is the line labelled with the kind asked of a document whose name says all the question names, but whose it
    // is: "Location: Kirkby Central Library" of job-advert.html for "Where is the job based?", "When: Saturday 20
    // March" of party-invitation.txt for "When is Maya's party?".
    const ofDocument =
      (kind === 'time' && c.features.fromTitle + c.features.coverage >= 0.99 && datesDocument(c)) ||
      (kindLabelled && [...own].every((stem) => c.stems.has(stem) || titles.get(c.source.fileId)!.has(stem) || owners.has(stem) || (c.inForm && recordLabelStems(c).has(stem))));
    const aboutDocument = ofDocument && !otherSpan && !notOwed ? LABEL_BONUS : 0;
    // "Who serviced the boiler?" of a service record, all of whose words its name says: its "Engineer:" line.
    // So is, of a letter all of whose words the question's are, the sentence naming a person by title ("Who is my
    // dentist?" of dentist-appointment-letter.odt: "…with Dr Anika Shah").
    const aboutAll = c.kind === 1 && c.features.coverage + c.features.fromTitle >= 0.99;
    // …and of a record whose other labels name the deed in their words: "Engineer:" beside "Date of inspection:" of a
    // gas safety record for "Who did the gas safety check?".
    const doer = kind === 'person' && ((aboutAll && (namesDoer(c.raw) || namesTitledPerson(c.text))) || (c.kind === 1 && doerOfRecord(c, own, titles.get(c.source.fileId)!))) ? LABEL_BONUS : 0;
    // …and, asked where, the one giving an address ("We are at 3 Brook Street, Ambleside LA22 0DH." for "Where is the
    // dental practice?"), as a line labelled "Address:" would be: what its document is about, and the kind asked.
    // (Every word said, that is, but a light verb no document says: "Where was the MOT done?" of a test certificate's
    // "Testing station: Hollins Garage, 22 Mill Lane, Bury".)
    const aboutAllSaid = aboutAll || (c.kind === 1 && missing.size === 0 && c.features.coverage + c.features.fromTitle + c.features.missing >= 0.99);
    const addressed = aboutAllSaid && kind === 'place' && givesPostalAddress(c.text) ? 2 * LABEL_BONUS : 0;
    // …and a table's row whose first cell says it is the total, as a "Total:" label would: "Total | £2,700.00" of
    // roof-repair-quote.docx for "How much is the roof repair?", where every row is labelled by its "Price" column and
    // "Clear and repair gutters | £220.00" says "repair".
    const totalRow = c.fields && c.fields.length > 1 ? `${c.fields[0]!.value}: ${c.fields.slice(1).map((f) => f.value).join(' ')}` : undefined;
    // Asked in so many words ("How much do I owe for dance classes?", "…altogether?"), the total is that much more the
    // answer than a row pricing the thing the document is named for ("10 dance classes at £6").
    const totalled = totalRow !== undefined && totalAsked?.(totalRow, title) === true && !itemPricedIn.has(c.source.fileId) ? (wholeSum ? 2 * LABEL_BONUS : LABEL_BONUS) : 0;
    // "Where does Amira work now?" of a CV: the one line whose span runs to the present says what is now.
    const current = nowAsked && nowWordsHeld(c.text, resolved.question).length > 0 ? CURRENT_BONUS : 0;
    // "How long will the appointment take?" of a letter: what is under its "How long it will take".
    // The first sentence under it most of all, which such a section opens with: "A packed lunch, a water bottle, sun
    // cream and a hat." under "What to bring" for "What does Leo need to bring?", not "On Wednesday we go swimming,
    // so bring a swimming costume…", which says "bring" and is said by the way. Not ranked below that one for saying
    // the question's word only by its heading (`borrowed`).
    // A table's first row opens it under its header line ("Item | How many" under "What to pack").
    const beforeIt = c.headingSpan === undefined ? '' : c.source.text.slice(c.headingSpan.end, c.start).trim();
    const opensAskedSection = c.underAsked === true && c.headingSpan !== undefined && (!beforeIt || (c.fields !== undefined && !beforeIt.includes('\n')));
    // Not where its document says nothing else the question names: "What should I bring to the eye test?" is not asked
    // of a football camp's "What to bring".
    const askedOfFile = () => [...own].every((stem) => saidInFile.get(c.source.fileId)!.has(stem) || title.has(stem) || c.section?.has(stem));
    const headedAsQuestion = c.underAsked && askedOfFile() ? QUESTION_HEADING_BONUS + (opensAskedSection ? OPENS_SECTION_BONUS + borrowed : 0) : 0;
    // "What happens after the fixed rate ends?": the sentence saying what follows the one that holds the question's
    // words ("Fixed rate of 4.29% until 31 October 2032. After that the rate changes…"), not that one.
    const follows = afterAsked && c.before !== undefined && AFTER_THAT.test(c.text) && c.features.subject > 0 ? LABEL_BONUS : 0;
    // "When is The Salt Path due back?": the line under the item naming it that gives the date ("Due back: 24 June
    // 2027"), not the item's own line, which names the book and dates nothing.
    const givesForItem = c.ofItem && kind !== 'any' && c.kind === 1 && c.features.subject >= 0.99 ? THING_BONUS : 0;
    // A question finding a table's row by its words is answered by that row, not by another holding the columns it
    // names: "Membership: Off-peak…; Monthly option: £12.50" is no answer about juniors. A bonus, not a penalty on the
    // other rows: the runner-up's score is a signal of the not-found model.
    // Nor where it holds no answer of the kind asked: "When do I have to pay for the roof?" finds the quote's row "Replace
    // 15 broken roof tiles | £450.00" by "roof" and its "Price" column, and it says no time.
    // Nor, asked by the month, where it prices the year.
    // Nor, asked where, by a row with no column placing it: a timetable's "Period 2 (10:15): Study" says when study is,
    // not where ("Study periods are in the library…").
    const placesRow = kind !== 'place' || c.fields?.some((f) => isKindColumn(f.label, 'place')) === true;
    const foundRow = rowFound.get(c) === true && filesWithRowMissed.has(c.source.fileId) && c.kind >= 1 && !lacksRate && placesRow ? FOUND_ROW_BONUS : 0;
    // (…and a row flagged the other way is not one asked, whatever else it says: "Received: No; Notes: Send photo card"
    // for "Which cards did I receive?".)
    const flag = c.fields !== undefined ? flags.answers(c.fields) : undefined;
    c.flagged = flag === true;
    const flagged = flag === true ? LABEL_BONUS / 2 : flag === false ? -LABEL_BONUS / 2 : 0;
    c.bonus = flagged + aboutDocument + doer + addressed + totalled + current + headedAsQuestion + follows + givesForItem + namesThing + goesThere + permitsThing + statesThing + foundRow - library - deedUntold - (doerOnly ? THING_BONUS : 0) + (meets || doesAction(c.text) ? CONDITION_BONUS : c.serves ? INSTRUCTION_BONUS : 0) + (headedAsAsked?.(c) || headedWhy?.(c) || forbiddenToWhom?.(c) ? POLARITY_BONUS : 0) + (labelled ? LABEL_BONUS : 0) - borrowed;
    c.score += c.bonus;
    if (unnamed.has(c.source.fileId)) c.score -= OTHER_SUBJECT_PENALTY;
    if (namesOnlyDocument(c)) c.score -= OTHER_SUBJECT_PENALTY;
    // Under a heading naming other days than the one asked, a sentence is about those days: "Buses run every hour…" under
    // "Saturday" does not say whether they run on Sunday ("No service on Sundays…" under "Sunday and bank holidays").
    // (A heading's run of days holds those between: "Monday to Friday" is Wednesday's.)
    const headingHolds = (d: string) => c.headingSpan !== undefined && daysInRanges(days, c.source.text.slice(c.headingSpan.start, c.headingSpan.end)).has(d);
    c.otherDays =
      daysAsked.length > 0 &&
      c.section !== undefined &&
      [...c.section].some((stem) => WEEKDAY_STEMS.has(stem)) &&
      !daysAsked.some((d) => c.stems.has(d) || c.section!.has(d) || headingHolds(d));
    if (c.otherDays) c.score -= LABEL_BONUS;
  }
  candidates.sort((a, b) => b.score - a.score);
  // A row whose flag says it is not one asked does not lead the rows of its table that are, however many more of the
  // question's words it says: "Received: No; Notes: Send photo card" for "Which cards did I receive?". They take its
  // place, in their order.
  const [top] = candidates;
  if (top?.fields && flags.answers(top.fields) === false) {
    const asked = candidates.filter((c) => c.flagged && c.source.fileId === top.source.fileId);
    for (const c of asked) c.score = Math.max(c.score, top.score);
    if (asked.length > 0) candidates.sort((a, b) => b.score - a.score || Number(b.flagged === true) - Number(a.flagged === true));
  }
  // Scored, a month or a figure a sentence holds within a range or a date is one of its words for what follows: a
  // fixture dated "06/12/2026" says the December that "Where do we play Ruswarp in December?" asks of its row.
  for (const [c, held] of inRanges) for (const stem of held) c.stems.add(stem);
  // A sentence an earlier answer quoted after its first shares the conversation's words, which a follow-up borrows:
  // it would win again for that alone. It stays only where it says more of the follow-up's own words than any other
  // ("And when is the return flight?" of the return flight quoted second; not "So when will it finish?" of it).
  const freshBest = Math.max(0, ...candidates.filter((c) => !c.repeat).map((c) => c.ownCoverage));
  const ranked = candidates.filter((c) => !c.repeat || c.ownCoverage > freshBest);
  return { kind, ranked, weights, own, titles, missing };
}

/**
 * Names that tell what a question is about (filesNamingNone): a single one may be said otherwise by the file that
 * answers ("British" by "in the UK", "8 days" by "eight days", "the Bible" by "the Book of Exodus"); two together
 * ("Metro 500", "Aisha … Dublin") rarely are. On SQuAD, excluding files by a single name lost 4 right first sentences.
 */
const MIN_NAMES_OF_A_SUBJECT = 2;

/**
 * The files that hold none of the names and figures the question gives, in their passages or their names, where
 * another file holds every one: "What colours does the Metro 500 come in?" is about the bike its datasheet names, not
 * about a school newsletter's house colours (OTHER_SUBJECT_PENALTY). None where no file holds them all: the question
 * may then spell a name otherwise than the documents do.
 */
function filesNamingNone(
  named: ReadonlySet<string>,
  weights: ReadonlyMap<string, number>,
  sources: readonly AnswerSource[],
  sentenceStems: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>,
  titles: ReadonlyMap<string, ReadonlySet<string>>,
): Set<string> {
  const asked = [...named].filter((stem) => weights.has(stem));
  if (asked.length < MIN_NAMES_OF_A_SUBJECT) return new Set();
  const held = new Map<string, Set<string>>();
  sources.forEach((source, i) => {
    const stems = held.get(source.fileId) ?? new Set(titles.get(source.fileId));
    for (const sentence of sentenceStems[i]) for (const stem of asked) if (sentence.has(stem)) stems.add(stem);
    held.set(source.fileId, stems);
  });
  const holdsAll = [...held.values()].some((stems) => asked.every((stem) => stems.has(stem)));
  return new Set(holdsAll ? [...held].filter(([, stems]) => !asked.some((stem) => stems.has(stem))).map(([fileId]) => fileId) : []);
}

/** The stems of the words `text` writes as a name: capitalised but not opening a sentence, or figures ("Super Bowl 50"). */
function nameStems(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<!^|[.?!]\s)\b(?:\p{Lu}[\p{L}\p{N}]*|\p{N}+)/gu)].flatMap((m) => contentTerms(m[0]).map((t) => t.stem)));
}

/** Whether an earlier answer quoted `text`: alone, or with the sentence it goes before or after ("…engineer. She led…"). */
function quotedBefore(text: string, earlierQuotes: ReadonlySet<string>): boolean {
  const key = quoteKey(text);
  if (earlierQuotes.has(key)) return true;
  for (const quote of earlierQuotes) if (quote.endsWith(` ${key}`) || quote.startsWith(`${key} `)) return true;
  return false;
}

/** A sentence another takes its subject from: its span in the source, as a person reads it, and its words. */
export interface Subject {
  start: number;
  end: number;
  text: string;
  stems: ReadonlySet<string>;
}

const PRONOUN_LED = /^(?:he|she|it|they|this|these|his|her|its|their|after (?:that|this)|afterwards|thereafter|(?:to do|doing) (?:so|this|that)\b(?!\s+(?:week|weekend|month|year|today|tomorrow|morning|afternoon|evening)\b|\s*:))\b/i;
const DEFINITE_LED = /^(?:[Tt]he|[Tt]hat|[Tt]hose|[Ss]uch)\s+(\p{Ll}[\p{L}-]*)/u;
/**
 * "This medicine contains lactose.", "This policy does not cover…", "This offer is valid until 30 September 2027": what
 * the whole document is about, not what the sentence before introduced; it reads alone, and quoting "Talk to your
 * doctor… alcohol." with it told nothing.
 */
const THE_DOCUMENTS_SUBJECT = /^this\s+(?:medicine|medication|product|appliance|device|leaflet|manual|guide|policy|agreement|contract|document|notice|warranty|booklet|handbook|offer|quote|quotation|estimate|invoice|letter|statement|certificate|booking|reservation|ticket)\b/i;

/**
 * Whether a sentence takes its subject from the one before it, `previous`: it opens with "He", "It" or "This" ("He is
 * also the oldest quarterback…"), with "After that" (what follows that one's end: "Fixed rate of 4.29% until 31 October
 * 2032. After that the rate changes…"), with "To do so" (the step that one asks for: "Reset the router if the light blinks
 * red. To do so, hold…"), or with "The" and a word that one introduced ("…his last statement. The statement was
 * in Latin…", "…the Newcastle Eagles basketball team. The Eagles are…"). Where that one already said "the factory",
 * "The factory closed in 1998." names what an earlier sentence introduced, and reads as well alone.
 */
function refersBack(text: string, previous: string): boolean {
  if (THE_DOCUMENTS_SUBJECT.test(text)) return false;
  if (PRONOUN_LED.test(text)) return true;
  const noun = DEFINITE_LED.exec(text)?.[1];
  if (!noun) return false;
  const stem = terms(noun)[0]?.stem;
  if (!stem) return false;
  const words = previous.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.some((w, i) => i > 0 && !/^the$/i.test(words[i - 1]) && terms(w)[0]?.stem === stem);
}

/** An e-mail or web address: its words name a place, they say nothing. */
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?:\/\/\S+|\bwww\.\S+/gi;

/**
 * Of a sentence's `words` (contentTerms of `text`), those that say what it means, for `meaning`: the question's, and
 * the others but names. A name the question does not ask about ("Bruce Wayne" or "Gabriel Diaz" on two look-alike
 * forms) or an address's words would make one sentence read more like the question than another by chance. A capital
 * that opens a sentence (not one after a form's label, "Agent: Gabriel Diaz"), or a line in capitals, marks no name.
 */
function wordsOfMeaning(text: string, words: readonly Term[], weights: ReadonlyMap<string, number>): Term[] {
  const addresses = [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length]);
  const capitals = !/\p{Ll}/u.test(text);
  return words.filter((t) => {
    if (addresses.some(([from, to]) => t.offset >= from && t.offset < to)) return false;
    if (weights.has(t.stem) || capitals || !/\p{Lu}/u.test(text[t.offset])) return true;
    return /(?:^|[.!?]["'”’)\]]*\s)\s*$/u.test(text.slice(Math.max(0, t.offset - 4), t.offset));
  });
}

interface AskedAcronyms {
  /** Acronyms the question writes ("MVP"). */
  written: Set<string>;
  /** Acronyms of the names the question spells out ("Most Valuable Player"), with their words. */
  spelled: Expansion[];
}

function askedAcronyms(question: string): AskedAcronyms {
  return { written: writtenAcronyms(question), spelled: namesWithAcronyms(question) };
}

/**
 * A sentence naming what an acronym of the question stands for holds that acronym, and one writing the acronym of a
 * name the question spells out holds the name's words: "MVP" and "Most Valuable Player" are the same words to a reader.
 */
function withAcronymMatches(stems: Set<string>, text: string, asked: AskedAcronyms): void {
  for (const acronym of acronymsSpelledOut(text, asked.written)) stems.add(acronym);
  if (!asked.spelled.length) return;
  const written = writtenAcronyms(text);
  for (const name of asked.spelled) if (written.has(name.acronym)) for (const s of name.stems) stems.add(s);
}

/** The question's distinct words in the shortest stretch of the sentence that holds them all, over its length. */
function closeness(sTerms: readonly { stem: string }[], weights: ReadonlyMap<string, number>): number {
  const wanted = new Set(sTerms.filter((t) => weights.has(t.stem)).map((t) => t.stem));
  if (wanted.size < 2) return 0;
  const count = new Map<string, number>();
  let have = 0;
  let best = Infinity;
  for (let right = 0, left = 0; right < sTerms.length; right++) {
    const r = sTerms[right].stem;
    if (!wanted.has(r)) continue;
    count.set(r, (count.get(r) ?? 0) + 1);
    if (count.get(r) === 1) have++;
    while (have === wanted.size) {
      best = Math.min(best, right - left + 1);
      const l = sTerms[left].stem;
      if (wanted.has(l)) {
        count.set(l, count.get(l)! - 1);
        if (count.get(l) === 0) have--;
      }
      left++;
    }
  }
  return wanted.size / best;
}

/** The question's weight held by the sentence's best clause (split at commas, semicolons, colons, brackets, dashes). */
function bestClause(text: string, weights: ReadonlyMap<string, number>): number {
  let best = 0;
  for (const part of text.split(/[,;:()\[\]—–]|\s-\s/)) {
    const seen = new Set<string>();
    let w = 0;
    for (const t of contentTerms(part)) {
      if (seen.has(t.stem)) continue;
      seen.add(t.stem);
      w += weights.get(t.stem) ?? 0;
    }
    if (w > best) best = w;
  }
  return best;
}
