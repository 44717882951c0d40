// A spreadsheet's row quoted whole answers the question about any of its fields: "Who is the HR Director?" is answered by
// the name on the role's row. But the row that matches a question's name does not answer every question about that
// name: "What is Chen Wei's email address?" asked of a staff list without an e-mail column found Chen Wei's row and
// quoted it, phone and office, as if it answered. A record says what it holds by its column names, so a question that
// asks for something neither its names nor its values hold is a question the documents do not answer. A form's lines
// are held to the same, and to naming more than their document ("TECHMART ELECTRONICS" and its address do not say
// what discount students get). Pure: no I/O.
import { contentTerms, LIGHT_VERBS } from './function-words';
import { blockLabelStems, namesDoer } from './asked-label';
import { fieldsOf, innerFields, linesOf, type Field, type RecordPart } from './form-lines';
import { NEAR_MEANING, nearForm, type Candidate, type ScoredQuestion } from './answer-sentences';
import { asksYesNo, holdsExpected, holdsMoney, mailAddressTest, permittedDeed, type AnswerKind } from './question-cues';
import type { WordVectors } from './word-vectors';

/**
 * Whether the lead, a row of fields or a form's lines, was found by what the question names but lacks what it asks:
 * a field the row does not have, or anything beyond its document's name (`scored.titles`). A sentence of prose is
 * left to the "not found" model. `asking`: stems of the question that only ask (the verb of "What do I need…?").
 */
export function formLacksAnswer(lead: Candidate, question: string, scored: ScoredQuestion, vectors?: WordVectors, asking: ReadonlySet<string> = new Set()): boolean {
  // The verb that asks for a list ("need" of "What do I need to bring?") names no field.
  // A row under a heading put as the question ("What to pack" over "Item | How many") is what that heading answers.
  if (lead.fields && lead.underAsked) return false;
  // A two-column table's row whose first cell is what the question names ("Topic: Snacks; Note: Fruit or rice cakes
  // only" for "What snacks can the children have?") is that thing's line, as one labelled with it is.
  if (lead.fields?.length === 2 && namesOnlyAsked(lead.fields[0]!.value, scored.own)) return false;
  if (scored.kind === 'person' && doerOfRecord(lead, scored.own, scored.titles.get(lead.source.fileId) ?? new Set())) return false;
  // A line labelled with the name asked whose value is a person's name ("Miranda: Jess Okafor" of a cast list) says
  // who "Who plays Miranda?" asks, in no word of its deed.
  const personLine = (f: Field) => namesOnlyAsked(f.label, scored.own) && PERSON_NAME.test(f.value.trim());
  // (A two-column row's cells are such a line as read: "Miranda | Jess Okafor" is "Miranda: Jess Okafor".)
  if (scored.kind === 'person' && (lead.fields ?? leadFields(lead) ?? fieldsOf(lead.text.split('\n')))?.some(personLine)) return false;
  // A line giving the mail address asked for ("From: Leah Morgan <leah@…>" for "What is the physio's email address?")
  // lacks nothing, though it never says whose it is in the question's words. (Not a record of several fields, which
  // is another person's where it does not name the one asked.)
  if (!lead.fields && (leadFields(lead)?.length ?? 0) <= 1 && mailAddressTest(question)?.(lead.raw)) return false;
  const own = new Set([...scored.own].filter((stem) => !asking.has(stem)));
  const fields = lead.fields ?? leadFields(lead);
  // A form's one line labelled with what the wh-word asks ("Location: Eye Unit, Ground Floor" for "Where do I go for
  // the eye appointment?") is the form's answer to it, whatever else of the question its value says.
  if (!lead.fields && fields?.length === 1 && stemsOf(fields[0]!.label).some((l) => KIND_COLUMNS[scored.kind]?.has(l)) && answersKind(question, scored.kind)?.(fields[0]!.value, false)) return false;
  // A table's column named by the wh-word itself ("Where: Barn studio" for "Where is the Vinyasa flow class?") answers
  // it of the row the question found, whatever the question calls the row's thing ("class" of a "Session").
  if (lead.fields && lead.coverage > 0 && lead.fields.some((f) => WH_COLUMN[scored.kind]?.test(f.label.trim()))) return false;
  // …and so does a column placing the row where "Where does Aunt Mary live?" asks where someone lives ("Town: Whitby").
  if (lead.fields && lead.coverage > 0 && scored.kind === 'place' && LIVES_Q.test(question) && lead.fields.some((f) => isKindColumn(f.label, 'place') && f.value.trim())) return false;
  if (fields) return !answersYesNo(question, own, fields) && asksAbsentField(own, fields, answersKind(question, scored.kind), said(lead, scored), proseMaySay(fields, scored.missing));
  // The name's lines say where it is: its street, its city.
  if (scored.kind === 'place' || PLACE_WORDS.test(question)) return false;
  return lead.inForm === true && answersOnlyByName(lead, question, own, scored.titles, vectors, scored.missing);
}

/**
 * Whether a record's line names who did the deed the record records, and the question asks who did it in the words
 * of the record, its labels and its document's name: "Engineer: Lee Barker" beside "Date of inspection:" of
 * gas-safety-certificate.pdf for "Who did the gas safety check?" ("check" is what "inspection" names).
 */
export function doerOfRecord(lead: Pick<Candidate, 'inForm' | 'raw' | 'stems' | 'source' | 'start'>, own: ReadonlySet<string>, title: ReadonlySet<string>): boolean {
  if (lead.inForm !== true || !namesDoer(lead.raw)) return false;
  const labels = [...blockLabelStems(lead.source.text, lead.start)];
  return [...own].every((stem) => lead.stems.has(stem) || title.has(stem) || labels.some((label) => label === stem || namesDeed(stem, label)));
}

/**
 * Whether a field's whole value is the word a yes-or-no question turns on: "Test result: PASS" says what "Did the car
 * pass its MOT?" asks, "Status: Approved" what "Was my claim approved?" does, though the form never names the car.
 */
function answersYesNo(question: string, own: ReadonlySet<string>, fields: readonly Field[]): boolean {
  if (!asksYesNo(question)) return false;
  const decision = ASKS_DECISION.test(question);
  const deed = permittedDeed(question);
  // Several fields to a line ("Date of test: 11 October 2027 Test result: Pass") are read one by one.
  return fields.flatMap((field) => [field, ...innerFields(field)]).some((field) => {
    const value = stemsOf(field.value);
    if (decision && isDecisionLabel(field.label)) return true;
    if (value.length === 1 && [...own].some((q) => sameWord(q, value[0]))) return true;
    // "Can I drink grapefruit juice?" of a medicine's "Notes: Avoid grapefruit juice": a rule about the thing asked
    // says whether one may, in no word of the deed.
    return deed !== undefined && RULE_VALUE.test(field.value) && [...own].every((q) => q === deed || value.some((v) => sameWord(q, v))) && value.some((v) => [...own].some((q) => sameWord(q, v)));
  });
}

/** A field's value saying what may or may not be done: "Avoid grapefruit juice", "Do not drive", "Never with alcohol". */
const RULE_VALUE = /\b(?:avoid|never|not|must|should|only)\b|\bno\s+\p{L}/iu;

/** "Was my application approved?", "Has the claim been accepted?", "Were we refused?": whether a thing was decided. */
const ASKS_DECISION = /^\s*(?:was|were|is|are|has|have|had|did)\b.*\b(approved|accepted|granted|allowed|refused|rejected|declined|successful|upheld)\b/i;
/** The word of a decision a yes-or-no question asks of ("approved"), which a decision's line need not say. */
export const decisionAsked = (question: string): string | undefined => ASKS_DECISION.exec(question)?.[1]?.toLowerCase();
/** What a decision's line is labelled: "Decision: GRANTED subject to conditions", "Outcome: Refused", "Final decision:", "Application status:". */
const DECISION_LABEL = new Set(['decision', 'outcome', 'result', 'status']);
const isDecisionLabel = (label: string) => {
  const words = contentTerms(label).map((t) => t.word);
  return words.length > 0 && words.every((w) => DECISION_LABEL.has(w) || w === 'final' || w === 'application');
};

/**
 * Whether a record or a form's line gives, as a field's whole value, the word a yes-or-no question turns on (answersYesNo),
 * or the decision it asks of ("Decision: GRANTED" for "Was my planning application approved?").
 */
export function givesYesNoValue(c: Candidate, question: string, own: ReadonlySet<string>): boolean {
  const fields = c.fields ?? leadFields(c) ?? (c.amongFields ? fieldsOf([c.raw]) : undefined);
  return fields !== undefined && answersYesNo(question, own, fields);
}

/**
 * What the lead says: its words, with those its figures say ("220–240 V" says "voltage"), and its document's name when
 * it holds a word the question asks beyond that name. "What is the voltage of the kettle?" is answered on the kettle's
 * spec sheet by its voltage line; "What is Chen Wei's salary?" is not by "Employee: Chen Wei" on "Chen Wei - salary
 * review", which names the salary only in its file name.
 */
function said(lead: Candidate, scored: ScoredQuestion): ReadonlySet<string> {
  const title = scored.titles.get(lead.source.fileId) ?? new Set<string>();
  const beyondTitle = [...scored.own].some((stem) => lead.stems.has(stem) && !title.has(stem));
  // …and the heading over it ("Training sessions" over a squad's row says where the Sharks train, in its "Pool").
  return beyondTitle ? new Set([...lead.stems, ...title, ...(lead.section ?? [])]) : lead.stems;
}

/** How far into its document a record's opening lines run: its heading and the lines naming whose it is. */
const OPENING_CHARS = 300;
/** A line of several fields ("Name: Chen Wei; Email: …") or a table's row: one record among others, not the opening. */
const RECORD_ROW = /;\s*\p{L}[\p{L} ]{0,30}:|\s\|\s|\t/u;

/**
 * The words of the lines that open the lead's document above it, which name whose the document is ("Pet: Luna, a
 * 3-year-old cat" over a policy's "Excess: £99"): "What is the excess on Luna's policy?" asks of the whole document,
 * whose every line is Luna's. Not a table's rows, each of which is another record's ("What is Chen Wei's email?" is not
 * answered by the row after his).
 */
export function openingStems(lead: Pick<Candidate, 'source' | 'start'>): string[] {
  const opening = lead.source.text.slice(0, Math.min(lead.start, OPENING_CHARS));
  return linesOf(opening, 0, opening.length)
    .map((l) => opening.slice(l.start, l.end))
    .filter((line) => !RECORD_ROW.test(line))
    .flatMap((line) => contentTerms(line).map((t) => t.stem));
}

/** A question about where a thing is, which its name's lines (a letterhead's street and city) answer. */
const PLACE_WORDS = /\b(?:address|addresses|located|location|street|city|town)\b/i;

/** LIGHT_VERBS as the question's stems write them ("coming" is "com"), made on first use. */
let lightStems: ReadonlySet<string> | undefined;
const lightVerbStems = () => (lightStems ??= new Set(contentTerms([...LIGHT_VERBS].join(' ')).map((t) => t.stem)));

/** Words that ask for a record as a whole, not for a field of it: "Tell me about Chen Wei", "Show the details of March". */
const WHOLE_RECORD: ReadonlySet<string> = new Set(
  contentTerms('tell show give describe list find look know about details information info everything row entry record').map((t) => t.stem),
);

/**
 * Words that name the same column: a staff list's "Role" is asked as a job or a position, its "Phone" by "call". Word
 * vectors do not know these ("job" and "role" 0.27) and mistake others ("email" and "phone" 0.59), so column names
 * are matched as written or through these groups only.
 */
/**
 * Labels naming a deed in other words than a question does: a receipt's or a guarantee's "Purchased: 14/02/2027" says
 * when "I bought" it, an invitation's "Dress code:" what to wear. Such a label is the line about what is asked.
 */
const DEED_LABEL_WORDS: ReadonlyArray<{ deed: string; label: string }> = [
  { deed: 'buy buys bought buying', label: 'purchase purchased purchases' },
  { deed: 'wear wears wearing worn', label: 'dress clothes clothing outfit attire' },
  // A safety record's "Date of inspection:" says when "the gas check" was done.
  { deed: 'check checks checked checking', label: 'inspection inspections inspected' },
  // A booking's "Arrival: Friday 20 July, from 4pm" says when "we check in" (phrasal-verbs.ts reads it "incheck"), its
  // "Departure:" when we check out.
  { deed: 'incheck', label: 'arrival arrivals' },
  { deed: 'outcheck', label: 'departure departures' },
];
const DEED_LABELS = DEED_LABEL_WORDS.map((g) => `${g.deed} ${g.label}`);
const DEED_LABEL_GROUP = stemGroups(DEED_LABELS);

/** Whether a label's word (stem) names the deed a question's word does, in other words ("purchas" for "buy"). */
export function namesDeed(asked: string, label: string): boolean {
  return DEED_LABEL_GROUP.get(asked)?.includes(label) === true;
}

/** The label words a search looks up for the deeds a question names: "purchased" for "When did I buy it?". */
export function deedLabelsAsked(question: string): string[] {
  const asked = new Set(contentTerms(question).map((t) => t.stem));
  return DEED_LABEL_WORDS.filter((g) => stemsOf(g.deed).some((stem) => asked.has(stem))).flatMap((g) => g.label.split(' ').slice(0, 2));
}

const COLUMN_SYNONYMS: readonly string[] = [
  'role job position title post occupation designation',
  'phone telephone tel call mobile cell',
  'email e-mail mail',
  'office location city site town branch based',
  'department dept division unit team',
  'start started starts joined hired',
  'manager boss supervisor',
  'salary pay wage wages compensation earn earns income',
  'territory region area zone district',
  'address street located',
  'price cost costs fee fees charge rate amount amounts spend spent spending paid',
  // "How much is my pension worth?" of a statement's "Your pot value on 5 April 2027: £41,286.17".
  'worth value valued valuation',
  'quantity qty',
  'result results score scores outcome beat beaten win wins won lose loses lost',
  'opponent opponents opposition play plays playing played',
  'due deadline deadlines',
  'remaining remain left balance outstanding',
  'cover covers covered coverage insured insure',
  'teacher teachers teach teaches taught teaching instructor instructors tutor tutors trainer trainers coach coaches lecturer lecturers',
  'supplier suppliers supply supplies supplied provider providers provide provides provided vendor vendors',
  // A reading list's "Book" and "Author": "What are we reading in March?", "Who wrote Hamnet?"
  'book books novel novels read reads reading',
  'author authors writer writers write writes wrote written',
  // A spec sheet's rows: "How much RAM does it have?" of "Memory | 16 GB", "How big is the screen?" of "Display".
  'memory ram',
  'display screen',
  'storage disk ssd',
  ...DEED_LABELS,
];
const SYNONYM_GROUP = new Map(COLUMN_SYNONYMS.flatMap((group, i) => contentTerms(group).map((t) => [t.stem, i] as const)));

/** Each stem of the groups' words, with all the stems of its group. */
function stemGroups(groups: readonly string[]): Map<string, string[]> {
  return new Map(
    groups.flatMap((group) => {
      const stems = contentTerms(group).map((t) => t.stem);
      return stems.map((stem) => [stem, stems] as const);
    }),
  );
}
/** `stems` with the other stems of their groups. */
const withGroups = (stems: ReadonlySet<string>, groups: ReadonlyMap<string, string[]>) => new Set([...stems, ...[...stems].flatMap((stem) => groups.get(stem) ?? [])]);

/**
 * Words that name the same section of a CV or a profile: "Where did she study?" and "What degree does she have?" are
 * asked of "EDUCATION". Words of a heading lend these to what is under it.
 */
const SECTION_GROUP = stemGroups(['education study studied degree degrees qualifications']);

/** A heading's stems with the other words of their section names' groups ("educ" brings "study" and "degre"). */
export function withSectionSynonyms(stems: ReadonlySet<string>): Set<string> {
  return withGroups(stems, SECTION_GROUP);
}

/**
 * Words that name the same kind of document: "What was the total vet bill?" asks of vet-invoice-biscuit.csv. A
 * document's name and title lend these to all it says, as their own words: "How long does the wardrobe take to build?"
 * asks of wardrobe-assembly.txt. Not "show" or "performance", which name other things as often.
 */
const DOCUMENT_GROUP = stemGroups([
  'invoice invoices bill bills receipt receipts',
  'assembly assemble build',
  // "How long is the play?" of theatre-programme.html; "Do I have to pay the fine?" of a Penalty Charge Notice's.
  'theatre theater play plays',
  'penalty penalties fine fines',
]);

/** A document's name's stems with the other words for its kind ("invoic" brings "bill" and "receipt"). */
export function withDocumentSynonyms(stems: ReadonlySet<string>): Set<string> {
  return withGroups(stems, DOCUMENT_GROUP);
}

/** Two stems of one word: the same, or near forms ("employee", "employees"), as the scoring has it. */
function sameWord(a: string, b: string): boolean {
  return a === b || nearForm(a, b);
}

/**
 * The question's words (stems) that name a column of the record in other words: "based" names "Location", "job"
 * "Role". The record holds what they ask, as its phone field holds "number" (answer-sentences.ts).
 */
export function columnSynonymsHeld(own: ReadonlySet<string>, fields: readonly Field[]): string[] {
  const labels = fields.flatMap((f) => stemsOf(f.label));
  return [...own].filter((q) => SYNONYM_GROUP.has(q) && labels.some((l) => !sameWord(q, l) && namesColumn(q, l)));
}

/** A word of the question naming a column's word: the same word, or one of its group ("job" for "Role"). */
function namesColumn(asked: string, label: string): boolean {
  return sameWord(asked, label) || (SYNONYM_GROUP.has(asked) && SYNONYM_GROUP.get(asked) === SYNONYM_GROUP.get(label));
}

const stemsOf = (text: string) => contentTerms(text).map((t) => t.stem);

/** Whether a cell's words, one to four, are all words the question says (in a near form). */
function namesOnlyAsked(cell: string, own: ReadonlySet<string>): boolean {
  const stems = stemsOf(cell);
  return stems.length > 0 && stems.length <= 4 && stems.every((stem) => [...own].some((o) => o === stem || nearForm(o, stem)));
}

/**
 * Of a record's parts (recordParts, form-lines.ts), those holding what a follow-up asks of it: the field whose column
 * it names, as written or in other words ("And his role?", "Where is he based?" of "Location"), else, naming none, the
 * fields whose column is what its wh-word asks ("Where is it?" of "Venue", "When is it?" of "Date"). Not a field whose
 * value is of the kind asked: "How old is she?" is not answered by her phone number, nor "Where does he work?" by
 * "Role: Sales Manager", though a number and a capitalised name are what those wh-words ask.
 */
export function askedParts(parts: readonly RecordPart[], own: ReadonlySet<string>, kind: AnswerKind): RecordPart[] {
  const asked = [...own].filter((q) => !WHOLE_RECORD.has(q));
  const named = parts.filter((part) => asksFor(asked, part.field));
  if (named.length) return named;
  const columns = KIND_COLUMNS[kind];
  return columns ? parts.filter((part) => stemsOf(part.field.label).some((l) => columns.has(l))) : [];
}

/**
 * The fields whose columns a question's own words name ("Who is his manager?" names "Manager"), where its other words
 * find the record by its name, or by nothing: "Who is the Sales Manager?" finds it by its role, and asks whose it is.
 */
export function namedFields(own: ReadonlySet<string>, fields: readonly Field[], whose: Field): Field[] {
  const asked = [...own].filter((q) => !WHOLE_RECORD.has(q));
  const foundBy = (field: Field) => {
    const rest = asked.filter((q) => !stemsOf(field.label).some((l) => namesColumn(q, l)));
    // An address spells its owner's name ("daniel.ruiz@…"): it finds no one by another value.
    const value = (g: Field) => stemsOf(g.value.replace(/\S+@\S+|\bhttps?:\/\/\S+|\bwww\.\S+/gi, ' '));
    return fields.some((g) => g !== field && g !== whose && value(g).some((v) => rest.some((q) => sameWord(q, v))));
  };
  return fields.filter((field) => field !== whose && asksFor(asked, field) && !foundBy(field));
}

/** The columns a wh-word asks for by itself: "Where is it?" asks a record's venue, "When is it?" its date. */
const KIND_COLUMNS: Partial<Record<AnswerKind, ReadonlySet<string>>> = {
  place: new Set(stemsOf('location locations venue venues place address office city town site room branch where')),
  number: new Set(stemsOf('price prices cost costs fee fees amount total quantity qty count capacity')),
  time: new Set(stemsOf('date dates day time when start starts')),
  person: new Set(stemsOf('name who contact owner organiser organizer host speaker manager lead')),
};

/** A person's name: two or three capitalised words ("Jess Okafor", "Mary Ann Lee"), an initial allowed ("R. Gomez"). */
const PERSON_NAME = /^(?:\p{Lu}\.?\s+|\p{Lu}\p{Ll}+\s+){1,2}\p{Lu}[\p{Ll}'’-]+$/u;

/** A column headed by the wh-word a question of each kind opens with, which the stemmer drops as a function word. */
/** "Where does Aunt Mary live?", "Where is Tom based?": where someone lives, which an address book's town says. */
const LIVES_Q = /^\s*where\s+(?:does|do|did|is|are)\s+[^?]+?\s+(?:live|lives|living|based|stay|staying)\s*(?:now)?\s*\??\s*$/i;
const WH_COLUMN: Partial<Record<AnswerKind, RegExp>> = { place: /^where\??$/i, time: /^when\??$/i, person: /^who\??$/i };

/** Whether a column gives what a wh-word of this kind asks by itself: "Venue", "Room" or "Where" for a place. */
export function isKindColumn(label: string, kind: AnswerKind): boolean {
  return stemsOf(label).some((l) => KIND_COLUMNS[kind]?.has(l)) || WH_COLUMN[kind]?.test(label.trim()) === true;
}

/**
 * The question's own words that name none of the record's columns: what finds a record, or what it does not hold. A
 * word that goes with a column's name ("phone number", "email address") is the column's, where the question names one.
 */
export function wordsBeyondColumns(own: ReadonlySet<string>, fields: readonly Field[]): string[] {
  const labels = fields.flatMap((f) => stemsOf(f.label));
  const column = (q: string) => labels.some((l) => namesColumn(q, l));
  const namesOne = [...own].some((q) => column(q) || SYNONYM_GROUP.has(q));
  return [...own].filter((q) => !WHOLE_RECORD.has(q) && !column(q) && !(namesOne && COLUMN_NOUNS.has(q)));
}

/** Words that go with a column's name: "phone number", "email address". */
const COLUMN_NOUNS: ReadonlySet<string> = new Set(stemsOf('number address'));

/**
 * Whether a question's own words (`asked`) ask for a field: they name its column, and no other word of theirs names its
 * value, for those find the row ("the Enterprise plan"), they do not ask for it. "Which region does she cover?" asks for
 * "Territory: Northern Region", whose value says "region" too.
 */
function asksFor(asked: readonly string[], field: Field): boolean {
  const naming = asked.filter((q) => stemsOf(field.label).some((l) => namesColumn(q, l)));
  const value = stemsOf(field.value);
  return naming.length > 0 && !asked.some((q) => !naming.includes(q) && value.some((v) => sameWord(q, v)));
}

/**
 * Whether the question asks for a field the record does not have: some of its own words are neither in the record's
 * column names nor in its values, and it names no column but the ones it finds the record by ("the Enterprise plan"
 * names the Plan column by its value; "What is the storage of the Enterprise plan?" also asks for Storage). Column
 * names are matched as written or through COLUMN_SYNONYMS, not by meaning: "email" is near "phone" in meaning, and
 * quoting the phone for the e-mail is the fault this stops. A question whose wh-word names the kind of answer ("Where
 * does she work?", "How much was spent?") is answered by a field the question does not name whose value is of that
 * kind (`answersKind`), whatever its column is called. `said`: what the lines say beyond their fields (said()).
 */
function asksAbsentField(
  questionStems: ReadonlySet<string>,
  fields: readonly Field[],
  answersKind?: (value: string, moneyColumn: boolean) => boolean,
  said: ReadonlySet<string> = new Set(),
  saysOtherwise: (stem: string) => boolean = () => false,
): boolean {
  // A verb that says little names no column: "What did the hotel come to?" asks the amount, which no column calls "come".
  const asked = [...questionStems].filter((q) => !WHOLE_RECORD.has(q) && !lightVerbStems().has(q));
  const has = (stems: readonly string[]) => asked.some((q) => stems.some((s) => sameWord(q, s)));
  const columnWords = (label: string) => asked.filter((q) => stemsOf(label).some((l) => namesColumn(q, l)));
  if (fields.some((field) => asksFor(asked, field))) return false;
  const named = (field: Field) => columnWords(field.label).length > 0 || has(stemsOf(field.value));
  if (answersKind && fields.some((f) => !named(f) && answersKind(f.value, isMoneyColumn(f.label)))) return false;
  // What the lines say in none of their words counts too: "220–240 V" says the voltage asked for (scoreSentences).
  const held = [...fields.flatMap((f) => [...stemsOf(f.label), ...stemsOf(f.value)]), ...said];
  // Whether a thing is free, its price says: "Cost: £5" answers "Is the author talk free?".
  if (fields.some((f) => isMoneyColumn(f.label))) held.push(...FREE_STEMS);
  return asked.some((q) => !held.some((s) => sameWord(q, s)) && !saysOtherwise(q));
}

/** "free", "charge" (of "free of charge"): what a price field answers whether or not it says them. */
const FREE_STEMS = contentTerms('free charge').map((t) => t.stem);

/**
 * A field's value that is prose, a sentence of a comment rather than a value: six words or more, finished as a
 * sentence is ("Noah is confident with fractions."; not "Each home game, cash to the coach").
 */
const PROSE_WORDS = 6;
const FINISHED = /[.!?]["'”’)]*$/;

/**
 * Whether a record's prose field (a school report's "Comment", a log's "Notes") may say a word of the question in
 * other words: "What does Noah need to work on in English?" of the English row's "he should check his spelling more
 * carefully". Only a word the documents say somewhere: "What is Chen Wei's salary?" of a staff row whose notes never
 * say "salary", where nothing does, still asks for a field the row lacks.
 */
function proseMaySay(fields: readonly Field[], missing: ReadonlySet<string>): (stem: string) => boolean {
  const prose = fields.some((field) => field.value.trim().split(/\s+/).length >= PROSE_WORDS && FINISHED.test(field.value.trim()));
  return (stem) => prose && !missing.has(stem);
}

/**
 * Whether a form's lines match the question only by their document's name while its other words are nowhere in them,
 * as written or in other words: "TECHMART ELECTRONICS", the shop's address, for "What discount do students get at
 * TechMart?". The receipt names the shop, not the discount. A question asking only about the name ("Where is
 * TechMart?") is answered by them.
 */
function answersOnlyByName(
  lead: Candidate,
  question: string,
  own: ReadonlySet<string>,
  titles: ReadonlyMap<string, ReadonlySet<string>>,
  vectors?: WordVectors,
  missing: ReadonlySet<string> = new Set(),
): boolean {
  // Another label of its block names what the line is about: "Date: Friday 3 November, 7.40pm" beside "Film: Wicked".
  const title = new Set([...(titles.get(lead.source.fileId) ?? []), ...blockLabelStems(lead.source.text, lead.start)]);
  // A verb that says little is no word the lines lack: "get" of "How much holiday does Priya get?" ("Holiday: 28 days").
  const asked = contentTerms(question).filter((t) => own.has(t.stem) && !WHOLE_RECORD.has(t.stem) && !lightVerbStems().has(t.stem));
  if (asked.some((t) => lead.stems.has(t.stem) && !title.has(t.stem))) return false;
  const said = contentTerms(lead.text).map((t) => t.word);
  const unsaid = (word: string) => !said.some((w) => (vectors?.similarity(word, w) ?? 0) > NEAR_MEANING);
  // A line whose value is prose may say a word the documents say elsewhere in other words, as a record's prose field
  // may (proseMaySay): "Limitations as to use: Social, domestic and pleasure, and commuting. Not for business use." for
  // "Can I use my car for work?".
  const value = lead.text.slice(lead.text.indexOf(':') + 1).trim();
  const prose = lead.text.includes(':') && value.split(/\s+/).length >= PROSE_WORDS && FINISHED.test(value);
  // Whose the document is, its opening lines say: "Luna" of "What is the excess on Luna's policy?" is no word beyond
  // the form's where "Pet: Luna" opens it.
  const opening = new Set(openingStems(lead));
  return asked.some((t) => !lead.stems.has(t.stem) && !title.has(t.stem) && !opening.has(t.stem) && unsaid(t.word) && !(prose && !missing.has(t.stem)));
}

/**
 * The fields of a form's lines quoted as the lead ("Cinema: Downtown Multiplex", "Location: NYC-01"), or of a short
 * block whose lines all read so; not of a sentence that happens to hold a colon ("Note: the office closes at 5.").
 */
function leadFields(lead: Candidate): Field[] | undefined {
  const lines = linesOf(lead.raw, 0, lead.raw.length).map((l) => lead.raw.slice(l.start, l.end));
  return lead.inForm || lines.length >= 2 ? fieldsOf(lines) : undefined;
}

/**
 * A column that says its values are money ("amount_gbp", "Price (USD)", "Total €", "Fees", "unitPrice"): a sheet writes the
 * currency once, in the header, and "318.00" under it is an amount of money, which "How much did the hotel cost?" asks.
 */
const MONEY_COLUMN = /(?<![a-z])(?:usd|eur|gbp|chf|jpy|cad|aud|amounts?|prices?|costs?|fees?)(?![a-z])|[$€£¥₹]/i;
/** A column's name as words: "unitPrice" and "amount_gbp" are "unit Price" and "amount gbp". */
const isMoneyColumn = (label: string) => MONEY_COLUMN.test(label.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));

/** Whether a field's value is of the kind a wh-question asks for (a number for "how many"), where it names one. */
function answersKind(question: string, kind: AnswerKind): ((value: string, moneyColumn: boolean) => boolean) | undefined {
  if (kind === 'any') return undefined;
  return (value, moneyColumn) => holdsExpected(value, question, kind) >= 1 && (moneyColumn || holdsMoney(value, question) !== false);
}
