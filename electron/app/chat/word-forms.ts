// English irregular verbs and plurals, as their base word: "held" is "hold", "began" is "begin", "women" is "woman";
// the nouns naming who does a deed, as its verb: "applicant" is "apply"; and a few words a document writes for the
// question's: a capsule is a tablet, "savings" are saving.
// The stemmer folds "-ed" and "-s", not these, so "Who holds the deposit?" found nothing in "The deposit is held by the
// Deposit Protection Service." and was refused. Used by the answerer only (function-words.ts): the lexical embedder's
// terms stay as they are, since stored vectors depend on them. Forms that are as often another word are left out:
// "left", "ground", "bound", "wound", "lay", "born", "bit", "saw", "sat" (SAT), "won", "met", "rose", and "found",
// which the stemmer already makes of "founded". "fed" is "feed" written in lower case only (LOWER_CASE_FORMS).
import { stem } from '../embeddings/lexical-terms';

const BASES: Record<string, string> = {
  arise: 'arose arisen',
  become: 'became',
  begin: 'began begun',
  bend: 'bent',
  bite: 'bitten',
  blow: 'blew blown',
  break: 'broke broken',
  breed: 'bred',
  bring: 'brought',
  build: 'built',
  buy: 'bought',
  catch: 'caught',
  choose: 'chose chosen',
  come: 'came',
  deal: 'dealt',
  dig: 'dug',
  draw: 'drew drawn',
  drink: 'drank drunk',
  drive: 'drove driven driver drivers',
  eat: 'ate eaten',
  fall: 'fell fallen',
  feel: 'felt',
  fight: 'fought',
  flee: 'fled',
  fly: 'flew flown',
  forbid: 'forbade forbidden',
  forget: 'forgot forgotten',
  forgive: 'forgave forgiven',
  // (…and to stop a membership for a while: "How do I pause my membership?" of "To freeze your membership…".)
  freeze: 'froze frozen pause pauses paused pausing',
  give: 'gave given',
  grow: 'grew grown',
  hang: 'hung',
  hear: 'heard',
  hide: 'hid hidden',
  hold: 'held',
  keep: 'kept',
  know: 'knew known',
  lead: 'led leader leaders',
  lend: 'lent',
  lose: 'lost',
  make: 'made',
  mean: 'meant',
  overcome: 'overcame',
  // (…and to be able to pay: "What if I can't afford my water bill?" of "If you are struggling to pay…".)
  pay: 'paid payable afford affords afforded',
  repay: 'repaid',
  ride: 'rode ridden rider riders',
  rise: 'risen',
  run: 'ran',
  say: 'said',
  see: 'seen',
  seek: 'sought',
  sell: 'sold',
  send: 'sent',
  shake: 'shook shaken',
  shoot: 'shot',
  show: 'shown',
  shrink: 'shrank shrunk',
  sing: 'sang sung',
  sink: 'sank sunk',
  sleep: 'slept',
  speak: 'spoke spoken',
  spend: 'spent',
  stand: 'stood',
  steal: 'stole stolen',
  strike: 'struck',
  swim: 'swam swum',
  take: 'took taken',
  teach: 'taught teacher teachers',
  // "When does the cleaner come?" of "Marta will clean every Thursday from 9am".
  clean: 'cleaner cleaners',
  tell: 'told',
  think: 'thought',
  throw: 'threw thrown',
  understand: 'understood',
  undertake: 'undertook undertaken',
  uphold: 'upheld',
  wake: 'woke woken',
  wear: 'wore worn',
  withdraw: 'withdrew withdrawn',
  write: 'wrote written',
  // "How many vitamin D tablets do I take?" of "one capsule a day": a dose by any of its forms.
  tablet: 'tablets pill pills capsule capsules',
  // "How much does it cost to watch the gala?" of "Spectators pay £3 at the door": who watches, as instruct above.
  watch: 'watches watched watching spectator spectators',
  // "How much is an additional bag?" of "Extra bag: £15": one more is an extra (and so is "another" where it is added,
  // ADDED_ANOTHER).
  extra: 'extras additional',
  // Plurals
  // …and a thing named by a compound of its word: "Can I use a hose?" of an allotment's "Hosepipes are not allowed".
  hose: 'hoses hosepipe hosepipes',
  man: 'men',
  woman: 'women',
  child: 'children',
  foot: 'feet',
  tooth: 'teeth',
  mouse: 'mice',
  goose: 'geese',
  // "How many dice are in the game?" of a box's "1 lighthouse die".
  die: 'dice',
  // The stemmer keeps three letters at least, so "buses" is "buse" and never met "bus".
  bus: 'buses',
  // Who does a deed, as a form's label names them: "Who applied?" of a planning notice's "Applicant: Mr and Mrs Kaur",
  // "Who made the claim?" of "Claimant:", "Who signed it?" of "Signature:". Not "-ant" words at large: "important"
  // is not "import", nor "pleasant" "please".
  apply: 'applicant applicants',
  claim: 'claimant claimants',
  occupy: 'occupant occupants',
  defend: 'defendant defendants',
  complain: 'complainant complainants',
  participate: 'participant participants',
  // (…and entering's noun: "How much does it cost to get into the museum?" of "Entry is free.")
  enter: 'entrant entrants entry',
  inhabit: 'inhabitant inhabitants',
  sign: 'signatory signatories signature signatures',
  // …and who does it, named by "-er": "What do you get for finishing?" of "Finishers receive a medal". Not "-er" words
  // at large: "corner", "number", "letter".
  finish: 'finisher finishers',
  // "Who teaches the Sharks class?" of a timetable's "Teacher: Tom", "Can my husband drive the car?" of "A second driver
  // can be added", "Who leads the walk?" of "Walk leader:" (with the verbs' other forms above).
  instruct: 'instructor instructors',
  manage: 'manager managers',
  organise: 'organiser organisers',
  organize: 'organizer organizers',
  // What can be done, which the stemmer leaves whole ("payable by the 5th of each month" is when to pay).
  refund: 'refundable',
  charge: 'chargeable',
  book: 'bookable',
  // One word's family the stemmer parts: "Can I take photos?" of "Photography is not allowed during the performance."
  // (…and the images or pictures a photographer delivers: "How many photos are included?" of "…12 edited images".)
  photo: 'photos photograph photographs photographed photography photographer photographers image images picture pictures',
  // "Who do I give medicine to?" of "All medication must be handed to Mr Hughes"; "When does it expire?" of "Expiry date:".
  medicine: 'medicines medication medications',
  expire: 'expires expired expiry expiration',
  // "What happens if we are late?" of a theatre ticket's "Latecomers will be admitted…".
  late: 'latecomer latecomers',
  // "What do members get?" of a cinema club's "Membership is £49 a year".
  member: 'members membership memberships',
  // "How much does Biscuit weigh?" of a record's "Weight (kg)" column.
  weigh: 'weighs weighed weighing weight weights',
  // A deed and its noun, which the stemmer parts: "When is the general waste collected?" of a bin calendar's
  // "collection", "When was the car inspected?" of "Inspection date:", "When will it be delivered?" of "Delivery:".
  collect: 'collects collected collecting collection collections',
  inspect: 'inspects inspected inspecting inspection inspections',
  // "How much should we save each month?" of a budget's "Savings goal: £150 a month": the stemmer makes "sav" of
  // "saved" and "savings", and leaves "save" whole.
  save: 'saves saved saving savings',
  deliver: 'delivers delivered delivering delivery deliveries',
  renew: 'renews renewed renewing renewal renewals',
  // "What happens if we cancel late?" of "Late cancellations may be charged…": the stemmer makes "cancellate" of the noun.
  cancel: 'cancels cancelled cancelling canceled canceling cancellation cancellations',
  // "How do I ask for time off?" of "Requests for leave must be made to the head teacher".
  ask: 'asks asked asking request requests requested requesting',
  // What a painkiller is for: "What painkillers can I take?" of "For pain, take paracetamol or ibuprofen".
  pain: 'pains painkiller painkillers',
  // The British verb and its noun, which the stemmer parts: "How long did I practise on 6 May?" of a "practice log".
  practise: 'practises practised practising practice practices practiced practicing',
  // Where a hire ends, a booking says "Drop-off:" ("When do I have to return the car?" of "Drop-off: Malaga Airport,
  // Tuesday 10 August, 10:00"). Only the joined noun: to drop a child off is no return.
  return: 'returns returned returning dropoff dropoffs',
  // What is owed is due: "How much do I owe for piano lessons?" of an invoice's "Total due".
  owe: 'owes owed owing due',
  // One thing by two names: "How long is the boiler guarantee?" of "…warranty ends 13 March 2034".
  guarantee: 'guarantees guaranteed warranty warranties',
  // A trade and those in it, as a firm names itself by the trade: "When can the roofers start?" of an e-mail signed "Lee
  // at Summit Roofing".
  roof: 'roofs roofer roofers roofing',
  plumb: 'plumber plumbers plumbing',
  // Borrowing is taking a loan: "How much are we borrowing?" of a mortgage offer's "Loan amount: £212,000".
  loan: 'loans borrow borrows borrowed borrowing',
  // What must be had is required: "Is the book bag compulsory?" of a uniform list's "Required: No".
  require: 'compulsory mandatory obligatory',
  // What a thing is worth is its value: "What is my pension pot worth?" of "Pot value at 5 April 2027 | £48,210".
  worth: 'value values valued valuation',
  // What is recommended is advised: "What did the engineer recommend?" of a service report's "Advice: the expansion
  // vessel is near the end of its life".
  recommend: 'recommends recommended recommending recommendation recommendations advice advise advises advised advising',
  // A state and its noun: "Can I have a massage when pregnant?" of "…not suitable in the first 12 weeks of pregnancy".
  pregnant: 'pregnancy pregnancies',
  // A deed and its "dis-", which says "not" and is answered where the deed is: "What if we disagree about the deposit?"
  // of "If you cannot agree, either of you can ask us to decide".
  // (…and so is a dispute: "How long do I have to dispute the inventory?" of "…7 days to report any disagreement".)
  agree: 'disagree disagrees disagreed disagreeing disagreement disagreements dispute disputes disputed disputing',
  urgent: 'urgency',
  // The stemmer makes "ful" of "fully": "How much does it cost to fully charge the car?" of "A full charge… costs £5.10".
  full: 'fully',
  // One deed by its formal word: "Can I postpone (put off) jury service?" of "…you may ask once to defer to another
  // date".
  postpone: 'defer defers deferred deferring deferral deferrals',
  // What an invitation asks by its letters: "Who do I reply to about the party?" of "RSVP to Jo on 07700 900417".
  reply: 'rsvp',
  vacant: 'vacancy vacancies',
  // Presents are gifts: "Which presents haven't been bought yet?" of a list's "Gift" column. (Not "present", as often
  // the time or the verb.)
  gift: 'gifts presents',
  // The stemmer makes "rat" of "rated": "Which film is rated U?" of a listing's "Rating: U".
  rate: 'rates rated rating ratings',
  // A small number in words is its figure, as a table writes it: "Which book did Sam give five stars?" of "Stars: 5".
  // (Not "one", which is as often a pronoun: "Which one is it?".)
  2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten', 11: 'eleven', 12: 'twelve',
};

/** The stem of each form's base word, by the form's own stem. */
const BASE_STEM = new Map(Object.entries(BASES).flatMap(([base, forms]) => forms.split(' ').map((form) => [stem(form), stem(base)] as const)));

/** The words of each family above, by its base word's stem. */
const FAMILY = new Map(Object.entries(BASES).map(([base, forms]) => [stem(base), [base, ...forms.split(' ')]] as const));

/**
 * The other words of the families the question's words belong to, for the search to look for too: "When do I have to
 * pay the childminder?" finds "…payable by the 5th of each month", "Who applied?" the notice's "Applicant:". The
 * search's own terms stay as the stemmer writes them (stored vectors depend on them), so it would find neither.
 */
export function wordFormsAsked(question: string): string[] {
  const words = new Set(question.toLowerCase().match(/\p{L}+/gu) ?? []);
  return [...new Set([...words].flatMap((word) => FAMILY.get(baseStem(stem(word), word)) ?? []))].filter((word) => !words.has(word));
}

/**
 * The other number of each acronym the question writes, for the search to look for too: "CVs" for "Can I send my
 * CV?" ("We do not accept CVs."), "CV" for "CVs". The search's terms are the stemmer's, which leaves "cvs" whole.
 */
export function acronymFormsAsked(question: string): string[] {
  return [...question.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}{2,})(s?)(?![\p{L}\p{N}])/gu)].map((m) => (m[2] ? m[1] : `${m[1]}s`));
}

/**
 * The "-ing" of a four-letter verb ending in "e": "coming", "making", "taking", "giving", "timing". The stemmer keeps
 * the "e" of the short verb ("come") and cannot put it back on the form ("com"), so "When is the plumber coming?" did
 * not find "I can come on Friday". A single consonant before "-ing" ("sitting" doubles it, "heating" has two vowels).
 */
const SHORT_E_VERB_ING = /^[b-df-hj-np-tv-z][aeiou][b-df-hj-np-tvz]ing$/;

/**
 * The "-ied" and "-ying" forms of a verb ending in "y": the stemmer makes three stems of "apply" ("app" of "apply" and
 * "applies", "appli" of "applied", "apply" of "applying"), so "Who is applying for the licence?" did not find "Lisa
 * will apply for the licence". Each is the stem of its "-y" word here.
 */
const Y_VERB_FORM = /(?:ied|ying)$/;

/**
 * A noun ending in "-ie", which the stemmer makes "calori" of where it makes "calory" of the plural: "What was my
 * highest calorie meal?" did not find a food diary's "Calories" column. The singular is read as the plural is.
 */
const IE_NOUN = /^\p{L}{3,}ie$/u;

/**
 * Nouns in "-ment" that the stemmer folds into another word: a pension "statement" is no "state pension", a
 * "department" does not "depart", an "apartment" is not "apart", a "basement" no "base". Each keeps a stem of its own.
 */
const OWN_MENT = /^(?:state|depart|apart|base)ments?$/;

/**
 * Irregular forms that are another word when capitalised: "When does the cat get fed?" of a sitter's notes' "Feeding"
 * section, where "the Fed" is a central bank. Read as the base word written in lower case only.
 */
const LOWER_CASE_FORMS = new Map([['fed', stem('feed')]]);

/**
 * "Another" added, booked or brought is an extra one: "How much is it to add another driver?" of a car hire's "Extra
 * driver: EUR 8 per day". Elsewhere it is a different one ("What is another word for it?").
 */
const ADDED_ANOTHER = /\b(?:add|adds|adding|added|book|books|booking|booked|bring|brings|bringing|buy|buying|order|ordering|have|having|get|getting)\s+$/i;
const EXTRA = stem('extra');

/**
 * The base word's stem of `word` (at `offset` of `text`) where its place says it: an irregular form that is one only
 * written in lower case, "another" added (ADDED_ANOTHER).
 */
export function baseByPlace(word: string, text: string, offset: number): string | undefined {
  if (word === 'another') return ADDED_ANOTHER.test(text.slice(Math.max(0, offset - 12), offset)) ? EXTRA : undefined;
  const base = LOWER_CASE_FORMS.get(word);
  return base !== undefined && text.slice(offset, offset + word.length) === word ? base : undefined;
}

/**
 * The stem `stemmed` (of `word`) stands for: its base word's for an irregular form ("held" → "hold"), a short verb's
 * "-ing" ("coming" → "come") or a "-y" verb's "-ied" and "-ying" ("applied" → "apply"), a "-ment" noun's own (OWN_MENT),
 * else itself.
 */
export function baseStem(stemmed: string, word = ''): string {
  if (OWN_MENT.test(word)) return `${stemmed}ment`;
  if (SHORT_E_VERB_ING.test(word)) return stem(`${word.slice(0, 3)}e`);
  if (Y_VERB_FORM.test(word) && /[iy]$/.test(stemmed)) return stem(`${stemmed.slice(0, -1)}y`);
  if (IE_NOUN.test(word) && stemmed.endsWith('i')) return `${stemmed.slice(0, -1)}y`;
  return BASE_STEM.get(stemmed) ?? stemmed;
}
