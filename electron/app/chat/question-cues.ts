// What kind of answer a question wants (a number, a time, a name, a place, a reason), and whether a sentence holds
// one that the question does not already contain. A cue, not a rule: "when" is sometimes answered by "after the war".
// English question words, and French, German, Chinese and Japanese ones (these two without a cue for a person or a
// place).
// Pure functions: no I/O.
import { STOP_WORDS, terms } from '../embeddings/lexical-terms';
import { namesWithAcronyms } from './acronyms';
import { clauseWords } from './clause-numbers';
import { datesInFigures } from './calendar-ranges';
import { contentTerms, LIGHT_VERBS } from './function-words';
import { readAsPhrasal } from './phrasal-verbs';
import { baseStem } from './word-forms';

export type AnswerKind = 'number' | 'time' | 'person' | 'place' | 'reason' | 'any';

const NUMBER_Q =
  /\bhow (?:many|much|long|old|far|large|big|tall|high|deep|wide|heavy|fast|often|frequently)\b|\bwhat (?:(?:is|was|are|were) the )?(?:number|percentage|percent|proportion|amount|fraction|share|size|population|length|height|width|depth|weight|speed|cost|price|rate|temperature)\b|\bhow (?:much|many) (?:\w+ )?(?:did|does|do|was|were|is|are)\b/i;
/**
 * "What is the new interest rate?", "What's the current room temperature?": a measure named last, after a word or two
 * saying which, asks its figure as "What is the rate?" does.
 */
const MEASURE_NAMED_Q = /\bwhat(?:['’]s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)\s+(?:the|my|your|our|its|their)\s+(?:[a-z-]+\s+){1,2}(?:rate|price|cost|temperature|percentage)s?\s*\??\s*$/i;
const TIME_Q =
  /^\s*(?:and\s+|so\s+|but\s+)?when\b|\bwhen (?:did|does|do|was|were|is|are|will|had|has|have)\b|\b(?:what|which|in what|in which|by what|by which|from what) (?:year|years|date|dates|day|days|month|decade|century|centuries|time|era|period|age|season)\b|\bsince when\b|\buntil when\b|\bhow\s+(?:early|soon|quickly)\b/i;
const PERSON_Q = /^\s*(?:and\s+|so\s+|but\s+)?(?:who|whom|whose)\b|\b(?:who|whom|whose) (?:was|were|is|are|did|does|had|has|will|wrote|founded|invented|discovered|led|won|created|built|said)\b|\bwhich (?:person|people|king|queen|president|author|scientist|leader|team|company|player|emperor|writer)\b/i;
const PLACE_Q = /^\s*(?:and\s+|so\s+|but\s+)?where\b|\bwhere (?:did|does|do|was|were|is|are|will|had|has)\b|\b(?:what|which|in what|in which) (?:country|countries|city|cities|state|states|place|region|continent|town|county|location|area|province|island|river|nation)\b/i;
const REASON_Q = /^\s*(?:and\s+|so\s+|but\s+)?why\b|\bwhy (?:did|does|do|was|were|is|are|had|has)\b|\bwhat (?:caused|causes|led to|was the reason|is the reason|were the reasons)\b|\bfor what reason\b/i;

/**
 * The same cues in French and German, the other languages of Docent's window written with spaces (Japanese and Chinese
 * get none). Their words are told apart by letters, not by \b, which does not know "où".
 */
const FR_DE_NUMBER_Q = /(?<!\p{L})(?:combien|wie\s+(?:viele?|lange|alt|gro(?:ß|ss)e?|hoch|weit|oft|schwer|teuer))(?!\p{L})/iu;
const FR_DE_TIME_Q = /^\s*(?:quand|wann)(?!\p{L})|(?<!\p{L})(?:en quelle année|à quelle date|in welchem jahr|seit wann|bis wann)(?!\p{L})/iu;
const FR_DE_PERSON_Q = /^\s*(?:qui|wer|wem|wen|wessen)(?!\p{L})/iu;
const FR_DE_PLACE_Q = /^\s*(?:où|wo|woher|wohin)(?!\p{L})/iu;
const FR_DE_REASON_Q = /^\s*(?:pourquoi|warum|weshalb|wieso)(?!\p{L})/iu;
/** What gives a reason in French and German. */
const FR_DE_REASON_WORDS =
  /(?<!\p{L})(?:(?:parce que|en raison d(?:e|u|es)|à cause d(?:e|u|es)|afin de|puisque|c['’]est pourquoi|grâce à|car|weil|denn|wegen|aufgrund|deshalb|darum|daher|da)(?!\p{L})|(?:parce qu|en raison d|à cause d|afin d|puisqu)['’])/iu;
/** Months in French and German, which date an answer to "quand"/"wann" ("mardi 5 mai"). */
const FR_DE_MONTHS = /(?<!\p{L})(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|januar|februar|märz|april|juni|juli|august|oktober|dezember)(?!\p{L})/iu;

/**
 * Chinese and Japanese cues for a date, a number and a reason. Not for a person or a place: those are told by capitals
 * in the other languages, which these scripts do not have, so every sentence would look alike.
 */
const CJK_TIME_Q = /什么时候|什麼時候|何时|何時|哪一?年|哪一?天|几月|几号|几点|いつ|何年|何月|何日/u;
const CJK_NUMBER_Q = /多少|几(?![月号点])|多大|多长|多高|多远|多久|いくつ|いくら|何人|何個|何本|何回|何歳|何台|何枚|どのくらい|どれくらい/u;
const CJK_REASON_Q = /为什么|為什麼|为何|なぜ|どうして/u;
/** A date in these scripts: "2014年", "10月14日", "3時". */
const CJK_DATE = /\d{1,4}\s*[年月日时時号號点點]/u;
/** What gives a reason in these scripts: 因为, 由于, 所以, ため, ので, から. */
const CJK_REASON_WORDS = /因为|因為|由于|由於|所以|因此|为了|為了|ため|ので|から/u;

export function expectedAnswer(question: string): AnswerKind {
  if (NUMBER_Q.test(question) || MEASURE_NAMED_Q.test(question) || FR_DE_NUMBER_Q.test(question) || (CJK_NUMBER_Q.test(question) && !CJK_TIME_Q.test(question))) return 'number';
  if (TIME_Q.test(question) || FR_DE_TIME_Q.test(question) || CJK_TIME_Q.test(question)) return 'time';
  if (PERSON_Q.test(question) || FR_DE_PERSON_Q.test(question)) return 'person';
  if (PLACE_Q.test(question) || FR_DE_PLACE_Q.test(question)) return 'place';
  if (REASON_Q.test(question) || FR_DE_REASON_Q.test(question) || CJK_REASON_Q.test(question)) return 'reason';
  return 'any';
}

const NUMBER_WORDS =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozen|dozens|half|twice|thrice|single|double|triple|percent|per cent)\b/gi;
/** Quantities without a number: an answer of sorts to "how many", a weak one. */
const VAGUE_QUANTITIES = /\b(?:several|few|many|most|all|none|majority|minority|some|numerous|countless)\b/gi;
const MONTH_NAMES = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
const MONTHS = new RegExp(`\\b${MONTH_NAMES}\\b`, 'gi');
const WEEKDAY_NAMES = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const TIME_WORDS =
  /\b(?:century|centuries|decade|decades|year|years|month|months|week|weeks|day|days|bc|bce|ad|ce|ago|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|morning|evening|night|noon|midnight|era|age|period|dynasty|reign|during|before|after|until|since|early|late|mid|later|earlier|first|last|then|once|war|time|times)\b/gi;
const REASON_WORDS = /\b(?:because|due to|owing to|since|as a result|result(?:ed|s)? (?:of|from|in)|so that|in order to|led to|lead to|leads to|caused|causes|cause|reason|reasons|thanks to|therefore|thus|hence|motivated|aimed|to (?:\w+ )?(?:avoid|prevent|ensure|allow|enable|protect|reduce|increase|improve))\b/gi;

/**
 * A question about a price, a cost or a payment. "How much was the hub?" asks its price, and so does "How much is the
 * Year 5 trip?" (a figure is part of a name), "How much is Couch to 5K?" (a name) and "How much is parking?" (one word);
 * "How much was the rainfall in July?" or "How much is the annual leave allowance?", naming more than a thing, may ask
 * any amount. A thing where it is, is priced: "How much is the hotel in Portree?". How much of a deposit is asked is
 * money ("How much is the deposit for the removals?"); a deposit's ID or date is not. So is one thing at a place:
 * "How much is parking at the hospital?" (not "…in the tank?", which may ask how much of it there is). "Altogether"
 * asks the same price whole: "How much is the new kitchen altogether?". So is a thing done on one's own: "How much is
 * pick your own?" of a farm's "Pick your own is £3.50 per kg".
 */
const MONEY_Q =
  /\b(?:cost|costs|costed|price|prices|priced|paid|pay|pays|payments?|instal(?:l)?ments?|premiums?|charge|charged|charges|fee|fees|spend|spent|worth|budget|salary|wage|rent|owe|owes|owed|owing)\b|\bhow\s+much\b.*\bdeposits?\b|\bhow much (?:is|was|are|were) (?:it|(?:the|a|an|this|that|these|those|my|your|our|their|one|each|every)(?:\s+[\p{L}\p{N}-]+(?:\s+\p{N}+)?){1,2}(?:\s+(?:in|at)\s+(?!(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)\b)\p{Lu}[\p{L}-]+|\s+at\s+(?:the|my|our|your|this)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?|(?!enough\b|left\b|too\b)[\p{L}-]+(?:\s+(?:your|my|our)\s+own)?(?:\s+at\s+(?:the|my|our|your|this)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?)(?:\s+(?:this|a|per|each|every|last|next)\s+(?:year|month|week|day|term|quarter))?(?:\s+(?:in\s+total|altogether|overall))?\s*\??\s*$/iu;
/** An amount of money: a currency sign or code, or a currency named after the figure. */
const MONEY_SIGNED = /[$€£¥₹]\s?\d|\d\s?(?:[$€£¥₹]|(?:USD|EUR|GBP|CHF|JPY|CAD|AUD)\b|(?:dollars?|euros?|pounds?|cents?|yen|francs?|marks?|pence)\b)|\b(?:USD|EUR|GBP|CHF|JPY|CAD|AUD)\s?\d/i;
/**
 * …or a figure in pence or cents under a money column: a bank statement's "Amount: -54.20" names no currency, and a
 * quantity ("Amount: 3") has no two decimals; or a whole figure under a column only money is in: a sheet's "Fee: 22",
 * "Total due: 98" (its cell's 98.00 read as a number).
 */
const MONEY_FIELD =
  /\b(?:amount|debit|credit|paid\s+(?:in|out)|money\s+(?:in|out)|price|cost|total|balance|fee|charge|withdrawal|deposit)s?:\s?[-+−(]?\d[\d,]*\.\d{2}(?!\d)|\b(?:price|cost|fee|charge|(?:total|amount|balance)\s+(?:due|payable|to\s+pay|owed|owing))s?:\s?\d[\d,]*(?![\d.,]|\s*(?:%|per\s?cent|items?|units?|pieces?|hours?|days?|mins?|minutes?)\b)/i;
/**
 * …or a figure in pence as a bill's or a payslip's line writes it without its currency: words, then the amount that
 * ends the line ("Total charge for the year 2,050.00", "Fire and Rescue Authority 86.15", a deduction's "Income tax
 * -369.40"), or an amount in thousands anywhere. A measure is hardly ever written so.
 */
const MONEY_IN_THOUSANDS = /(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d{2}(?![\d.,]*\d)/;
const AMOUNT_ENDS_LINE = /^\p{L}[^\n]*\p{L}{3,}[^\n]*\s[-−]?\d[\d,]*\.\d{2}\.?$/u;
/**
 * …or no money at all, which is a price too: "The installation is free" answers "How much does the smart meter
 * cost?", as "Price: Free", "free of charge" and "at no extra cost" do. Not "free from defects", "feel free to call"
 * or "gluten-free".
 */
const COSTS_NOTHING = /(?<![\p{L}-])(?:(?:is|are|was|were|be|remains?|stays?)\s+(?:completely\s+|totally\s+|entirely\s+|still\s+)?free\b(?!\s+(?:from|to\s+(?!use\b)))|free\s+of\s+charge|at\s+no\s+(?:extra\s+|additional\s+)?cost|no\s+charge|costs?\s+nothing)|:\s*free\b/iu;
const saysMoney = (sentence: string) =>
  MONEY_SIGNED.test(sentence) || MONEY_FIELD.test(sentence) || MONEY_IN_THOUSANDS.test(sentence) || AMOUNT_ENDS_LINE.test(sentence.trim()) || COSTS_NOTHING.test(sentence);

/**
 * …and "How much is Couch to 5K?": a name, capitalised (so not under the `i` flag), of up to three words; or a named
 * one's thing ("How much is Luna's booster?").
 */
const MONEY_NAMED_Q = /\b[Hh]ow much (?:is|was|are|were) \p{Lu}[\p{L}\p{N}-]*(?:['’]s)?(?:\s+[\p{L}\p{N}-]+){0,2}\s*\??\s*$/u;
/** …and "How much is the Science Museum trip?": a thing named by a name before it. */
const MONEY_NAMED_THING_Q = /\b[Hh]ow much (?:is|was|are|were) the (?:\p{Lu}[\p{L}-]*\s+){1,3}\p{Ll}[\p{L}-]*\s*\??\s*$/u;
/** …and "How much are swimming lessons?": things, two words with no "the", are bought ("How much is annual leave?" not). */
const MONEY_PLURAL_Q = /\bhow much (?:are|were) (?!too\b)[\p{L}-]+\s+[\p{L}-]+s\s*\??\s*$/iu;
/**
 * …and "How much is the council tax bill?", "How much is the gardener's invoice?": a bill, an invoice or a quote is an
 * amount, however long its name.
 */
const BILL_Q = /\bhow much (?:is|was|are|were) (?:the|my|our|this|that)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}(?:bill|invoice|balance|quote|estimate)\s*\??\s*$/iu;

/**
 * "How much is the hotel?", "How much did the roof repair cost?": the price of a whole thing named with "the" or "my",
 * which a booking or a quote gives as its total ("Total price | £348.00") in a table that need not name the thing
 * (its name is the document's). Not a unit's ("How much is a massage?", "…per night").
 */
const WHOLE_PRICE_Q =
  /^\s*how much (?:(?:is|was|are|were) (?:the|my|our|this|that)\s+(?:[\p{L}\p{N}-]+\s+){0,2}[\p{L}\p{N}-]+|(?:does|did|do|will) (?:the|my|our|this|that)\s+(?:[\p{L}\p{N}-]+\s+){0,2}[\p{L}\p{N}-]+\s+cost)(?:\s+(?:in total|altogether|overall))?\s*\??\s*$/iu;
const UNIT_ASKED = /\b(?:per|each|every|a|an)\s+(?:night|day|week|month|year|hour|person|adult|child|head|item|unit)\b/i;

/** The word a search looks up for a question asking a whole thing's price ("total"); none for any other question. */
export function wholePriceAsked(question: string): string[] {
  return WHOLE_PRICE_Q.test(question) && !UNIT_ASKED.test(question) ? ['total'] : [];
}

/** An amount after its currency's sign or code: "£750", "$ 1,200.50", "EUR 40". */
const SIGNED_AMOUNT = /(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|JPY|CAD|AUD)\s)\s?\d[\d,]*(?:\.\d+)?/gi;

/**
 * A question asking when, where, who or why about a payment: "When was I paid?" is answered by "Pay date: 31 March
 * 2027", which holds no amount, and "Who paid the deposit?" by a name. And how to pay: "How do I pay the invoice?" asks
 * a way ("Please pay within 14 days by bank transfer."), not "Amount due: £1,306.50". And how many payments there are:
 * "How many instalments are there?" counts them ("Instalments: 10 monthly payments").
 */
const NOT_AN_AMOUNT_Q = /^\s*(?:when|where|who|whom|whose|why)\b|^\s*how\s+many\b|\b(?:what|which)\s+(?:time|day|date|month|year)\b|^\s*how\s+(?:do|does|can|could|should|must|shall)\s+(?:i|we|you|they|one)\b/i;

/** Whether a question is about a price, a cost or a payment (MONEY_Q), and asks its amount. */
export function asksMoney(question: string): boolean {
  return (MONEY_Q.test(question) || MONEY_NAMED_Q.test(question) || MONEY_NAMED_THING_Q.test(question) || MONEY_PLURAL_Q.test(question) || BILL_Q.test(question)) && !NOT_AN_AMOUNT_Q.test(question);
}

/**
 * For a question about a price, a cost or a payment, whether the sentence holds an amount of money: "How much did it
 * cost?" is answered by "$289.00", not by the "2TB" beside it. Undefined for other questions.
 */
export function holdsMoney(sentence: string, question: string): boolean | undefined {
  if (!asksMoney(question)) return undefined;
  return saysMoney(sentence) || (WORTH_Q.test(question) && SHARE.test(sentence));
}

/**
 * The period a price question asks the amount by: "month" of "How much do I pay each month for water?", "week" of
 * "What is the weekly rent?". A bill's "Water supply: £214.60" for the year is no answer; "10 monthly instalments of
 * £53.45" is.
 */
const RATE_Q = /\b(?:(?:each|every|per|a|an)\s+(month|week|year|day|night|hour|term|quarter)|(monthly|weekly|yearly|annual|annually|daily|nightly|hourly|termly|quarterly))\b/i;
/** The period an adverb of a rate says: "daily" is by the day, "annual" by the year. */
const PERIOD_OF: Record<string, string> = { monthly: 'month', weekly: 'week', yearly: 'year', annual: 'year', annually: 'year', daily: 'day', nightly: 'night', hourly: 'hour', termly: 'term', quarterly: 'quarter' };
const RATE_WORDS: Record<string, string> = {
  month: String.raw`monthly|(?:a|per|each|every|\/)\s*(?:calendar\s+)?month|pcm|p\/m`,
  week: String.raw`weekly|(?:a|per|each|every|\/)\s*week|p\/w|pw`,
  year: String.raw`yearly|annual(?:ly)?|(?:a|per|each|every|\/)\s*(?:year|annum)|p\/a|pa`,
  day: String.raw`daily|(?:a|per|each|every|\/)\s*day`,
  night: String.raw`nightly|(?:a|per|each|every|\/)\s*night`,
  hour: String.raw`hourly|(?:an|per|each|every|\/)\s*(?:hour|hr)`,
  term: String.raw`termly|(?:a|per|each|every|\/)\s*term`,
  quarter: String.raw`quarterly|(?:a|per|each|every|\/)\s*quarter`,
};

/** A count by its period, as "How many…?" asks it: "in a day", "a week", "per night". */
const COUNT_RATE_Q = /^\s*how\s+many\b[^?]*?\b(?:in\s+|per\s+|each\s+|every\s+)?(?:a|an|one|per|each|every)\s+(day|week|month|year|night|hour)\b/i;
/** …and a day's span as a dose is limited by it: "in 24 hours", "in any 24-hour period". */
const DAY_SPAN_RATE = String.raw`|(?:in|within|over)\s+(?:any\s+|a\s+)?24(?:\s+|-)hours?(?:\s+period)?`;
const COUNT_RATES = new Map(Object.entries(RATE_WORDS).map(([period, words]) => [period, new RegExp(String.raw`(?:^|[^\p{L}])(?:${words}${period === 'day' ? DAY_SPAN_RATE : ''})(?![\p{L}])`, 'iu')]));

/** The test of a count by the period a "How many…?" question asks it by, if it asks one. */
function countRateOf(question: string): RegExp | undefined {
  const period = COUNT_RATE_Q.exec(question)?.[1]?.toLowerCase();
  return period ? COUNT_RATES.get(period) : undefined;
}

/**
 * For a question asking a price by its period, the test of whether a sentence gives an amount by that period ("£53.45
 * a month", "Monthly fee: £32"). Undefined for other questions. Built once per question, as amountStatedTest.
 */
export function rateStatedTest(question: string): ((sentence: string) => boolean) | undefined {
  if (!asksMoney(question)) return undefined;
  const m = RATE_Q.exec(question);
  if (!m) return undefined;
  const period = m[1] ? m[1].toLowerCase() : PERIOD_OF[m[2]!.toLowerCase()]!;
  const rate = new RegExp(String.raw`(?:^|[^\p{L}])(?:${RATE_WORDS[period]})(?![\p{L}])`, 'iu');
  return (sentence) => rate.test(sentence);
}

/**
 * What a thing is worth may be a share, not money: "How much is the data analysis report worth?" is answered by
 * "Weight: 50%", "How much is the module worth?" by "20 credits".
 */
const WORTH_Q = /\bworth\b/i;
const SHARE = /\d\s?%|\d\s*(?:per\s?cent|credits?|points?|marks?)\b/i;

/**
 * A question's words for what a price is: an amount of money says them ("Logo refresh: £650.00" for "cost", a budget's
 * "Groceries … £356" for "How much do I spend on groceries?").
 */
const PRICE_WORDS = /\b(?:cost|costs|costed|price|prices|priced|charge|charged|charges|fee|fees)\b/gi;
/** …and its verbs of paying, where it asks how much: "How do I pay the deposit?" asks a way, not an amount. */
const PAYING_WORDS = /\b(?:spend|spends|spent|spending|pay|pays|paid|paying|owe|owes|owed|owing)\b/gi;
const HOW_MUCH = /\bhow\s+much\b/i;
/**
 * The words for one payment, which a row's amount of money says whatever is asked about it: "When was the last Tesco
 * payment?" or "What was the latest gas bill?" of a statement's "…TESCO STORES; Amount: -81.75". Prose says them by
 * an amount only where it asks how much: "the bill passed" of a parliament is no payment.
 */
/**
 * A field holding a sum as a sheet writes it, a plain figure under a column of money: "Actual: 185" of a budget's row,
 * "Unit price: 6.5" of a receipt's.
 */
const SUM_FIELD = /(?:^|[;|\n]\s*)[^:;|\n]*\b(?:budget|budgeted|actual|cost|costs|price|amount|total|subtotal|spent|spend|paid|fee|charge)\b[^:;|\n]*:\s*\d[\d,]*(?:\.\d{1,2})?\s*(?=$|[;|\n])/i;
const PAYMENT_WORDS = /\b(?:payments?|purchases?|transactions?|bills?|shop|shopping)\b/gi;

/**
 * A figure and its unit: units written as words or several letters in any case ("kg", "KG", "Kg", "litres"), a single
 * letter only as the standard writes it ("5 g", "2 m", "240 V"; not "5G", "£2M").
 */
function unit(words: string, symbols: string): (sentence: string) => boolean {
  const figures = unitFigures(words, symbols);
  return (sentence) => figures(sentence).length > 0;
}
/** The figures in `unit`'s units a sentence holds, each from its last digit on ("2 m" of "12 m"). */
function unitFigures(words: string, symbols: string): (sentence: string) => string[] {
  const written = new RegExp(`\\d\\s?(?:${words})(?![\\p{L}\\d])`, 'giu');
  const symbol = symbols ? new RegExp(`\\d\\s?(?:${symbols})(?![\\p{L}\\d])`, 'gu') : undefined;
  return (sentence) => [...(sentence.match(written) ?? []), ...((symbol && sentence.match(symbol)) || [])];
}
/** Two or three sizes by each other: "28 × 33 × 41 cm", "2 x 4". */
const BY = /\d\s?[×x]\s?\d/;
/** A length that names which one it is ("Cord length: 75 cm"): it says a length, not what size a thing is. */
const ONE_DIMENSION = /\b(?:length|height|width|depth)\b/i;
const LENGTHS = unitFigures('mm|cm|km|inch|inches|ft|feet|foot|yards?|miles?|metres?|meters?|millimet(?:re|er)s?|centimet(?:re|er)s?|kilomet(?:re|er)s?|″', 'm');
const LENGTH = (sentence: string) => LENGTHS(sentence).length > 0;
const WEIGHT_UNITS = 'kg|mg|lbs?|oz|tonnes?|tons?|pounds?|grams?|kilograms?|kilos?|ounces?';
const CAPACITY_UNITS = 'ml|cl|litres?|liters?|pints?|gallons?|cups?|GB|TB|MB';
const WEIGHT = unit(WEIGHT_UNITS, 'g|t');
const CAPACITY = unit(CAPACITY_UNITS, 'l|L');
/** A weight or a volume before the noun it sizes: "a 2 lb loaf tin", "a 500 ml bottle", "a 1 TB drive". */
const SIZED_BY_CONTENT = new RegExp(String.raw`\d\s?(?:${WEIGHT_UNITS}|${CAPACITY_UNITS}|g|l)\s+(?!(?:of|and|or|per|a|an|the|in|for|to|at|on|is|are|was|were|each|every)\b)\p{Ll}`, 'u');
/** A dose: an amount of a medicine ("20 mg", "5 ml", "100 mcg") or a count of its forms ("two tablets"). */
const DOSE = /\d\s?(?:mg|mcg|µg|g|ml|micrograms?|milligrams?|millilitres?|milliliters?|units?|iu)(?![\p{L}\d])|\b(?:\d+|one|two|three|four|half\s+a)\s+(?:tablets?|capsules?|puffs?|drops?|sachets?|spoonfuls?|teaspoons?|pills?)\b/iu;
/** A speed: "150Mbps", "25 mph", "1,200 rpm", "30 miles per hour". */
const SPEED = unit('km/h|kph|mph|m/s|knots?|rpm|Mbps|Gbps|MB/s|GB/s|GHz|MHz|(?:miles|kilometres|kilometers|km|metres|meters)\\s(?:per|an|a)\\s(?:hour|second)', '');
/**
 * What a measure is asked by, and the units that give it: "How heavy is it?" or "What is its weight?" is answered by
 * "7.2 kg", "What voltage does it run on?" by "220–240 V", "What size is it?" by "28 × 33 × 41 cm" or "a 6 mm bit"
 * (not by "Cord length: 75 cm", which says one length). "How big" is a question's form, as "how large" is
 * (answerFormWords): "25 MB" or "400 people" answer it.
 */
const MEASURES: Array<{ asked: RegExp; gives: (sentence: string) => boolean }> = [
  // A tin's, a bag's or a bottle's size is said by what it holds, before its name: "a 2 lb loaf tin", "a 500 ml
  // bottle"; "Capacity: 1.7 litres" says how much a kettle holds, not how big it is.
  { asked: /\b(?:size|sizes|sized|dimensions?)\b/gi, gives: (s) => BY.test(s) || (LENGTH(s) && !ONE_DIMENSION.test(s)) || SIZED_BY_CONTENT.test(s) },
  { asked: /\b(?:tall|taller|height|wide|wider|width|deep|deeper|depth|thick|thickness)\b/gi, gives: (s) => BY.test(s) || LENGTH(s) },
  { asked: /\b(?:heavy|heavier|weight|weights|weigh|weighs|weighed)\b/gi, gives: (s) => WEIGHT(s) },
  { asked: /\b(?:voltage|volts?)\b/gi, gives: unit('kV|mV|volts?', 'V') },
  { asked: /\b(?:wattage|watts?)\b/gi, gives: unit('kW|MW|watts?|kilowatts?', 'W') },
  { asked: /\b(?:speed|speeds)\b/gi, gives: (s) => SPEED(s) },
  { asked: /\b(?:capacity|volume)\b/gi, gives: (s) => CAPACITY(s) },
  // A medicine's dose: "Omeprazole 20 mg - one capsule before breakfast", "two tablets up to four times a day".
  { asked: /\b(?:dose|doses|dosage|dosages|strength)\b/gi, gives: (s) => DOSE.test(s) },
  // "180C (160C fan)" as recipes write it, "gas mark 4".
  { asked: /\b(?:temperature|temperatures)\b/gi, gives: (s) => /\d\s?°|\d\s?degrees\b|\d[CF]\b|\bgas\s+mark\s+\d/i.test(s) },
  // A tyre's or a boiler's pressure: "Pump the tyres to 50 to 60 psi", "1.5 bar".
  { asked: /\b(?:pressure|pressures)\b/gi, gives: unit('psi|bar|kPa', '') },
  // A sound's level: a figure in decibels, not a gain, a loss or a ratio ("Filter attenuation: 12 dB", "Signal-to-noise
  // ratio: 80 dB", "Bass boost: +6 dB"); an A-weighted one always is.
  { asked: /\b(?:loud|louder|loudness|noisy|noise|quiet|quieter)\b/gi, gives: (s) => SOUND_LEVEL.test(s) && (A_WEIGHTED.test(s) || !NOT_A_LEVEL.test(s)) },
  // A rate is a figure per unit: "What's the mileage rate?" of an expenses table's "Mileage | 45p per mile", "the unit
  // rate" of "24.10p per kWh".
  { asked: /\b(?:rate|rates)\b/gi, gives: (s) => PER_UNIT.test(s) },
  // …and "the unit rate" of an energy or a water bill, by the unit it is metered in: "812 kWh at 24.5p per kWh", not
  // "£45 per person".
  { asked: /\bunit(?=\s+rates?\b)/gi, gives: (s) => PER_METERED_UNIT.test(s) },
  // An age asked of a rule by whom it is for: "Can my 12 year old ride an e-bike?" of "Riders must be 14 or over to
  // hire an e-bike" or of "Under 16s must be with an adult".
  { asked: /\b(?:years?|yrs?)(?=[\s-]*olds?\b)|\b(?:olds?|aged?|ages)\b/gi, gives: (s) => AGE_RULE.test(s) },
  // How many a dish is for, as a recipe says it: "How many people does the stew feed?" of "Serves 4.".
  { asked: /\b(?:people|persons?|portions?|servings?|feed|feeds)\b/gi, gives: (s) => /\bserves\s+\d/i.test(s) },
];

/** A rule's age: "14 or over", "aged 5 to 11", "under 16s", "over the age of 18", "18+". */
const AGE_RULE =
  /\b\d{1,2}\s*(?:\+|or\s+(?:over|older|above|under|younger)\b|and\s+(?:over|older|above|under|up)\b)|\b(?:over|under|above|below)(?:\s+the\s+age\s+of)?\s+\d{1,2}s?\b(?![\d.,]|\s*(?:months?|weeks?|days?|hours?|hrs?|mins?|minutes?|kg|g|cm|mm|m|miles?|km|%|p|pence|pounds?)\b)|\bunder[\s-]\d{1,2}s\b|\baged?\s+\d{1,2}\b/i;

/** A figure for each of some unit: "45p per mile", "£9 a day", "6.04p/kWh", "3% per annum". */
const PER_UNIT = /\d(?:[.,]\d+)?\s?(?:%|p|\p{Sc}|[a-z]{1,3})?\s?(?:per|a|an|each|\/)\s?(?:mile|miles|km|kilometres?|hour|hr|day|night|week|month|year|annum|kwh|unit|person|head|litre|liter|item|page|word|minute|min|call|text|trip|journey|visit|session|class|lesson)\b/iu;

/** A price for each unit of what a meter counts: "24.5p per kWh", "£2.10/m3", "6.04p/kWh". */
const PER_METERED_UNIT = /\d(?:[.,]\d+)?\s?(?:p|\p{Sc})?\s?(?:per|a|\/)\s?(?:kwh|unit|m3|m³|cubic\s+met(?:re|er)|litre|liter)\b/iu;

/** A figure in decibels, not signed ("+6 dB", "-3 dB" change a level; "42-44 dB" is a range). */
const SOUND_LEVEL = /(?<!(?<![\d\s])[+±−-]\s?|(?<!\d)\s[+±−-]\s?)(?<![\d.,])\d+(?:[.,]\d+)?\s?(?:dB(?:A|\(A\))?|decibels?)(?![\p{L}\d])/u;
const A_WEIGHTED = /\d\s?(?:dBA|dB\s?\(A\))(?![\p{L}\d])/u;
const NOT_A_LEVEL = /\b(?:ratio|signal-to-noise|SNR|S\/N|gain|loss|attenuation|boost|sensitivity|range|reduction|cancell?ation|isolation|suppression|rejection|headroom)\b/i;

/**
 * For a question about a price or a measure, the words of it that a sentence giving that figure answers, in none of
 * its words: an invoice's "Logo refresh: £650.00" is what "How much did the logo cost?" asks, a spec sheet's "Power:
 * 1450 W, 220–240 V" what "What voltage does it run on?" asks. The question is read once; each sentence is only tested
 * for the units it asks about. Empty for any other sentence or question.
 */
export function figureWordsHeld(question: string): (sentence: string) => string[] {
  const howMuch = HOW_MUCH.test(question);
  const payment = words(question, PAYMENT_WORDS);
  const price = asksMoney(question) ? [...words(question, PRICE_WORDS), ...(howMuch ? [...words(question, PAYING_WORDS), ...payment] : [])] : [];
  const measures = MEASURES.map((m) => ({ gives: m.gives, asked: words(question, m.asked) })).filter((m) => m.asked.length > 0);
  const hours = HOURS_Q.test(question) ? words(question, HOURS_WORDS) : [];
  const contact = words(question, CONTACT_WORDS);
  const life = LIFE_Q.exec(question)?.[1].toLowerCase();
  const mail = words(question, MAIL_WORDS);
  const discount = words(question, DISCOUNT_WORDS);
  if (price.length === 0 && payment.length === 0 && measures.length === 0 && hours.length === 0 && contact.length === 0 && !life && mail.length === 0 && discount.length === 0) return () => [];
  return (sentence) => [
    ...(price.length && (saysMoney(sentence) || SUM_FIELD.test(sentence)) ? price : []),
    ...(payment.length && MONEY_FIELD.test(sentence) ? payment : []),
    ...measures.flatMap((m) => (m.gives(sentence) ? m.asked : [])),
    ...(hours.length && OPENING_HOURS.test(sentence) ? hours : []),
    ...(contact.length && (MAIL_ADDRESS.test(sentence) || TELEPHONE_NUMBER.test(sentence)) ? contact : []),
    ...(life && SPAN_OF_TIME.test(sentence) ? [life] : []),
    ...(mail.length && MAIL_ADDRESS.test(sentence) ? mail : []),
    ...(discount.length && PRICE_CUT.test(sentence) ? discount : []),
  ];
}
/** "Is there a student discount?": a share taken off a price says it in none of its words ("Students get 15% off"). */
const DISCOUNT_WORDS = /\b(?:discount|discounts|discounted|reduction|reductions|concession|concessions)\b/gi;
const PRICE_CUT = /\d\s?%\s+off\b|\bhalf[- ]price\b|\b(?:£|\$|€)\s?\d[\d.,]*\s+off\b/i;

/**
 * Words of one scale, as a rule states its limit: "Can I take a big bag?" is answered by "Only bags smaller than A4 are
 * allowed", "Is my suitcase too heavy?" by "Bags heavier than 23 kg are charged".
 */
const SCALES: readonly (readonly string[])[] = [
  ['big', 'bigger', 'large', 'larger', 'small', 'smaller', 'little', 'huge', 'tiny', 'oversized', 'size'],
  ['heavy', 'heavier', 'light', 'lighter', 'weight'],
  ['long', 'longer', 'short', 'shorter', 'length'],
  ['tall', 'taller', 'height'],
];
/** A limit stated on a scale: "smaller than A4", "heavier than 23 kg", "maximum size". */
const SCALE_LIMIT = /\b(bigger|larger|smaller|heavier|lighter|longer|shorter|taller)\s+than\b|\b(?:maximum|max\.?|minimum|min\.?)\s+(size|weight|length|height)\b/i;

/**
 * The question's words of a scale that a sentence stating a limit on that scale holds in none of its words: "big" of
 * "Can I take a big bag to the concert?" in "Only bags smaller than A4 are allowed inside".
 */
export function scaleWordsHeld(sentence: string, question: string): string[] {
  const limit = SCALE_LIMIT.exec(sentence);
  if (!limit) return [];
  const scale = SCALES.find((words) => words.includes((limit[1] ?? limit[2]).toLowerCase()));
  return scale ? (question.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => scale.includes(word)) : [];
}

/**
 * A part to be replaced: "Advisory: rear tyres at 3mm, replace within 3 months", "the filter should be replaced every
 * year", "needs a replacement battery". It says what "Do I need new tyres?" asks, in none of its words.
 */
const REPLACING = /\b(?:replace|replaces|replaced|replacing|replacement|renew|renewed|renewing)\b/i;
const ADVISED = /\b(?:advis\w*|recommend\w*|should|must|within|due|needs?|required)\b/i;

/** The question's "new" (and "need") that a sentence saying a thing is to be replaced holds. */
export function renewalWordsHeld(sentence: string, question: string): string[] {
  if (!REPLACING.test(sentence)) return [];
  const asked = question.toLowerCase().match(/\p{L}+/gu) ?? [];
  return asked.filter((word) => word === 'new' || ((word === 'need' || word === 'needs') && ADVISED.test(sentence)));
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** An ordinal before a noun: "the second appointment", "my 3rd dose". */
const ORDINAL_THING = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:1st|2nd|3rd|[4-9]th|10th))\s+([\p{L}-]+)/giu;

/**
 * The question's ordinal that a line numbering the thing holds: "Appointment 2: Tuesday 26 March" is the one "What
 * is the second appointment for?" asks of, "Dose 3" the "third dose", in none of the question's words.
 */
export function ordinalWordsHeld(sentence: string, question: string): string[] {
  return [
    ...numberedThings(question)
      .filter(({ pattern }) => pattern.test(sentence))
      .map(({ ordinal }) => ordinal),
    ...placeHeld(sentence, question),
  ];
}

/**
 * A finish asked by its place ("Who came first in the 5k?", "Who finished third?", "Who won?"), which a results row
 * gives by its number: "Position: 1", "Place: 3", "1st". The question's word for the place, where the sentence gives it.
 */
const FINISH_PLACE_Q = /\b(?:came|come|finished|finish|placed)\s+(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\b|\b(won)\b/i;
function placeHeld(sentence: string, question: string): string[] {
  const m = FINISH_PLACE_Q.exec(question);
  if (!m) return [];
  const word = (m[1] ?? m[2])!.toLowerCase();
  const n = word === 'won' ? 1 : /^\d/.test(word) ? parseInt(word, 10) : ORDINALS.indexOf(word) + 1;
  const placed = new RegExp(String.raw`\b(?:position|place|placing|pos\.?|rank)\s*:?\s*${n}(?![\d.,:])|\b${n}(?:st|nd|rd|th)\s+place\b`, 'i');
  return placed.test(sentence) ? [word] : [];
}

/** The question's ordinals and the patterns of the lines numbering their things, built once per question. */
let numbered: { question: string; things: { ordinal: string; pattern: RegExp }[] } | undefined;
function numberedThings(question: string): { ordinal: string; pattern: RegExp }[] {
  if (numbered?.question !== question) {
    const things = [...question.matchAll(ORDINAL_THING)].map(([, ordinal, thing]) => {
      const n = /^\d/.test(ordinal!) ? parseInt(ordinal!, 10) : ORDINALS.indexOf(ordinal!.toLowerCase()) + 1;
      const noun = thing!.replace(/s$/i, '');
      return { ordinal: ordinal!.toLowerCase(), pattern: new RegExp(String.raw`\b${noun}s?\s+(?:no\.?\s*|number\s+|#)?${n}(?![\d.,])`, 'iu') };
    });
    numbered = { question, things };
  }
  return numbered.things;
}

/**
 * A question asking whether or when a price rises: "Does the price go up?" ("go up" is read as "increase"), "When does
 * my rent increase?", "Will the fee rise?".
 */
const RISE_Q = /\b(?:(increase|increases|increased|rise|rises|risen)|(?:go|goes|gone|going|went)\s+up)\b/i;
/** A sentence saying a thing rises in other words than the question's: "Price rises: every April by £1.50". */
const SAYS_RISE = /\b(?:ris(?:e|es|ing)|rose|increas(?:e|es|ed|ing)|(?:go|goes|going|went)\s+up)\b/i;
/** An amount of money as written: "£32.00", "USD 9" (SIGNED_AMOUNT), or its currency after it: "15p", "20 euros". */
const MONEY_AMOUNT = String.raw`(?:${SIGNED_AMOUNT.source}|\d[\d,]*(?:\.\d+)?\s?(?:[$€£¥₹]|p\b|pence\b|euros?\b|dollars?\b|pounds?\b))`;
/** …or a price that changes after a time: "£32.00 until November 2030, then £35.50", "£9.99 for 6 months, then £19.99". */
const PRICE_THEN_PRICE = new RegExp(String.raw`${MONEY_AMOUNT}[^.;]{0,60}?\b(?:then|after\s+that|after\s+which|rising\s+to|going\s+up\s+to)\b[^.;]{0,20}?${MONEY_AMOUNT}`, 'i');
/** …or a price said with the lower one it was: "Your new annual premium is £412.30, up from £371.80 last year". */
const PRICE_UP_FROM = new RegExp(String.raw`${MONEY_AMOUNT}[^.;]{0,20}?\bup\s+from\s+${MONEY_AMOUNT}`, 'i');

/** The question's word for a rise that a sentence saying one otherwise holds (RISE_Q). */
export function riseWordsHeld(sentence: string, question: string): string[] {
  const asked = RISE_Q.exec(question);
  if (!asked || !(SAYS_RISE.test(sentence) || PRICE_THEN_PRICE.test(sentence) || PRICE_UP_FROM.test(sentence))) return [];
  return [asked[1]?.toLowerCase() ?? 'increase'];
}

/**
 * A way a bill is paid that names no paying: "We will collect this by Direct Debit on 17 July", "the balance is due on
 * moving day".
 */
const PAID_BY = /\b(?:direct\s+debit|standing\s+order|(?:by|via)\s+(?:bank\s+transfer|BACS|cheque|cash|card|PayPal))\b|\b(?:balance|rent|fees?|deposit|payment|invoice|bill|amount)\s+(?:is|are|will\s+be|falls)\s+(?:due|payable)\b|\b(?:ask\s+for|asks\s+for|require|requires|take|takes)\s+(?:a|an)\s+(?:\p{Sc}?\d[\d,.]*%?\s+)?(?:deposit|payment|fee)\b/iu;
const PAY_Q = /\b(pay|pays|paid|paying|payment|payments)\b/i;

/**
 * The question's word for paying that a sentence saying how or when a bill is collected holds in none of its words:
 * "paid" of "When will the bill be paid?" in "We will collect this by Direct Debit on or after 17 July 2028", "pay" of
 * "When do I pay the balance?" in "…the balance is due on moving day", "pay" of "How much deposit do I need to pay?" in
 * "We ask for a 20% deposit to book your start date".
 */
export function paymentWordsHeld(sentence: string, question: string): string[] {
  const asked = PAY_Q.exec(question);
  return asked && PAID_BY.test(sentence) ? [asked[1].toLowerCase()] : [];
}

/**
 * "How much do I owe for piano lessons?", "How much is outstanding?", "How much is the kitchen altogether?": the whole
 * sum asked, which a document's total gives, though it prices the things named one by one too.
 */
const WHOLE_SUM_Q = /\bhow\s+much\b[^?]*\b(?:owe|owes|owed|owing|outstanding|altogether|in\s+total|overall)\b/i;

export function asksWholeSum(question: string): boolean {
  return WHOLE_SUM_Q.test(question);
}

/**
 * A journey's line, as a ticket or an itinerary writes it: "London Kings Cross 09:00 -> York 10:52". Group 1 where it
 * leaves from, group 2 where it arrives.
 */
const JOURNEY_LINE = /^\s*(.+?)\s+\d{1,2}[:.]\d{2}\s*(?:->|→|⇒|—>|–>|>)\s*(.+?)\s+\d{1,2}[:.]\d{2}\b/u;
/**
 * A question asking when one arrives or leaves, and where if it says: "When do I arrive in York?", "When does it leave?",
 * "When does the removal van come?" (of "Van arrives at 8am.").
 */
const ARRIVE_Q = /\b(arrive|arrives|arriving|arrival|come|comes|coming|land|lands|landing|get\s+(?:back\s+)?(?:in|to|into)|get\s+back)\b(?:\s+back)?(?:\s+(?:in|at|into)\b)?(?:\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*))?/u;
const WHEN_Q = /^\s*(?:when|what\s+time|at\s+what\s+time|how\s+early|how\s+late)\b/i;
const LEAVE_Q = /\b(leave|leaves|leaving|depart|departs|departing|departure)\b(?:\s+from\b)?(?:\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*))?/u;

/**
 * The question's word for arriving or leaving that a journey's line holds in none of its words: "arrive" of "When do I
 * arrive in York?" in "London Kings Cross 09:00 -> York 10:52", where York is where it arrives (not in "York 17:30 ->
 * London Kings Cross 19:25", which leaves from there); "leave" of "When does the return train leave?" in any.
 */
export function journeyWordsHeld(sentence: string, question: string): string[] {
  // Its times say when: "Which platform does the train leave from?" asks something else.
  if (!WHEN_Q.test(question)) return [];
  // (With its particle: "back" of "When do we land back at Gatwick?" is said by the leg that lands there.)
  const held = (m: RegExpExecArray | null, end: string) =>
    m && (!m[2] || end.toLowerCase().includes(m[2].toLowerCase())) ? [m[1].toLowerCase(), ...(/\sback\b/i.test(m[0]) ? ['back'] : [])] : [];
  const journey = JOURNEY_LINE.exec(sentence);
  if (journey) return [...held(ARRIVE_Q.exec(question), journey[2]), ...held(LEAVE_Q.exec(question), journey[1])];
  // …and a route that names the place asked: "Portsmouth to Caen (Ouistreham), Saturday 24 July 2027." for "When do we
  // arrive in Caen?", not "Caen to Portsmouth, Saturday 7 August 2027.", which leaves from there.
  // A table's row says its route in its columns, where the question names a place: "From: Lisbon; To: London Gatwick
  // (North); … Arrives: 20:30" for "When do we land back at Gatwick?".
  const named = (m: RegExpExecArray | null) => (m?.[2] ? m : null);
  const route = ROUTE.exec(sentence) ?? (named(ARRIVE_Q.exec(question)) || named(LEAVE_Q.exec(question)) ? FIELDS_ROUTE.exec(sentence) : null);
  if (route) return [...held(named(ARRIVE_Q.exec(question)), route[2]), ...held(named(LEAVE_Q.exec(question)), route[1])];
  // …and so does a line saying it in its own word, at a time: "Departs 06:45 from Bristol" holds "leave" of "What time
  // does our flight leave Bristol?", where it names Bristol ("Departs 10:40 from Faro." does not).
  if (!CLOCK.test(sentence)) return [];
  return [...(ARRIVES.test(sentence) ? held(ARRIVE_Q.exec(question), sentence) : []), ...(DEPARTS.test(sentence) ? held(LEAVE_Q.exec(question), sentence) : [])];
}
/** A route as a table's row gives it, by its columns: "From: Lisbon; To: London Gatwick (North)". */
const FIELDS_ROUTE = /\bFrom:\s*([^;|\n]+?)\s*[;|]\s*To:\s*([^;|\n]+)/iu;
/** A route as a booking heads its legs: "Portsmouth to Caen (Ouistreham), Saturday 24 July 2027". */
const ROUTE = /^\s*(?:from\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+to\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\b/u;
const ARRIVES = /\b(?:arrives?|arriving|arrival|arr\.)(?![\p{L}])/iu;
const DEPARTS = /\b(?:departs?|departing|departure|dep\.|leaves)(?![\p{L}])/iu;

/**
 * "How many people can play?", "How many people does the hall hold?": a count of people, which a game's box or a
 * venue's page gives by who they are ("for 2 to 5 players", "seats 120 guests"), in none of the question's words.
 */
const PEOPLE_COUNT_Q = /(?<=\bhow\s+many\s+)(?:people|persons)\b/gi;

/**
 * The question's word for people that a sentence counting them by who they are holds (PEOPLE_COUNT_Q): "people" of
 * "How many people can play?" in "for 2 to 5 players". Whatever else the sentence names: the players are the people
 * who play. So does a booking counting its guests by the table ("How many people is the booking for?").
 */
export function peopleWordsHeld(sentence: string, question: string): string[] {
  const asked = words(question, PEOPLE_COUNT_Q);
  return asked.length > 0 && (PEOPLE_COUNTED.test(sentence) || BOOKED_FOR.test(sentence)) ? asked : [];
}
/** A booking counting whom it is for: "Your table for 6 is confirmed", "a room for two", "a party of 8". */
const BOOKED_FOR = /\b(?:table|booking|reservation|room|party|group|tour)\s+(?:for|of)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s*(?:%|p\b|pm\b|am\b|nights?|hours?|days?|minutes?|weeks?))/i;
/**
 * "Can I bring someone to my appointment?" of "You may bring one adult with you", "Can my friend stay over?" of
 * "Overnight guests may stay for up to 3 nights": a person asked of by no kind is said by their kind, and a friend or a
 * relative who comes or stays is a guest or a visitor.
 */
const ANY_PERSON_Q = /\b(?:someone|somebody|anyone|anybody)\b/gi;
const PERSON_BY_KIND = /\b(?:adults?|friends?|relatives?|partners?|carers?|companions?|family\s+members?|guests?|visitors?|persons?|people|escorts?|chaperones?)\b/i;
const VISITING_Q = /\b(?:friends?|boyfriends?|girlfriends?|partners?|relatives?|family|mum|dad|parents?)\b/gi;
const GUESTS = /\b(?:guests?|visitors?)\b/i;

/**
 * "How much is a check-up for my son?" of a price list's "Check-up (under 18)": a child of the family is priced by the
 * age band or the word for children a list gives ("under 16", "child", "junior"), not by "son".
 */
const CHILD_KIN_Q = /\b(?:my|our)\s+(?:\d{1,2}[-\s]year[-\s]old\s+)?(sons?|daughters?|child|children|kids?|boy|girl)\b/gi;
const CHILD_BAND = /\bunder\s*-?\s*(?:1[0-8]|[2-9])s?\b|\b(?:child|children|child's|junior|juniors|kids?|infants?)\b|\baged\s+\d{1,2}\s*(?:-|–|to)\s*1[0-7]\b/i;

/**
 * "Can my 12 year old climb on her own?" of "Children under 14 must be supervised": a child asked of by age alone is
 * named by a band holding that age ("under 14", "aged 8 to 15").
 */
const AGED_Q = /\b(?:my|our|an?)\s+((\d{1,2})[-\s]year[-\s]old)s?\b(?![-\s]+(?:sons?|daughters?|child|children|kids?|boys?|girls?)\b)/i;
const UNDER_AGE = /\b(?:under|below|younger\s+than)\s*-?\s*(\d{1,2})s?\b/gi;
const AGED_BAND = /\baged\s+(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b/gi;

/** Whether the sentence names a band of ages holding `age`. */
function bandHolds(sentence: string, age: number): boolean {
  return [...sentence.matchAll(UNDER_AGE)].some((m) => age < Number(m[1])) || [...sentence.matchAll(AGED_BAND)].some((m) => age >= Number(m[1]) && age <= Number(m[2]));
}

/**
 * "How much is the gym for a pensioner?" of "Gym session | £7.50 | £5.00" under "Concession", "Do toddlers pay to
 * swim?" of "Under 5s swim free": an older or a young person is priced by the band a list names them by.
 */
const SENIOR_Q = /\b(pensioners?|seniors?|OAPs?|retired)\b/gi;
const SENIOR_BAND = /\b(?:over|aged)\s*-?\s*[6-9]\ds?\b|\b(?:concessions?|seniors?|senior\s+citizens?|pensioners?|OAPs?)\b|\b[6-9]\d\s?\+/i;
const YOUNG_Q = /\b(bab(?:y|ies)|toddlers?|infants?)\b/i;
const YOUNG_AGE: Record<string, number> = { baby: 0, babies: 0, infant: 0, infants: 0, toddler: 2, toddlers: 2 };

/** The question's words for a person that a sentence names by their kind holds. */
export function personWordsHeld(sentence: string, question: string): string[] {
  const aged = AGED_Q.exec(question);
  const young = YOUNG_Q.exec(question)?.[1];
  return [
    ...(PERSON_BY_KIND.test(sentence) ? words(question, ANY_PERSON_Q) : []),
    ...(GUESTS.test(sentence) ? words(question, VISITING_Q) : []),
    ...(CHILD_BAND.test(sentence) ? [...question.matchAll(CHILD_KIN_Q)].map((m) => m[1]!.toLowerCase()) : []),
    ...(aged && bandHolds(sentence, Number(aged[2])) ? aged[1]!.split(/[-\s]+/) : []),
    ...(SENIOR_BAND.test(sentence) ? words(question, SENIOR_Q) : []),
    ...(young && bandHolds(sentence, YOUNG_AGE[young.toLowerCase()]!) ? [young] : []),
  ];
}
/**
 * "What are the side effects of the flu vaccine?" of "You may have a sore arm or feel tired for a day or two
 * afterwards.": a leaflet says what may happen to you after it, in none of the question's words.
 */
const SIDE_EFFECTS_Q = /\b(side)[-\s]?(effects?)\b/i;
const MAY_HAPPEN_TO_YOU = /\b(?:you|some\s+people|your\s+child)\s+(?:may|might|could)\s+(?:also\s+)?(?:have|get|feel|notice|experience|develop|be\s+sick)\b(?!\s+to\b)|\b(?:may|might|can)\s+(?:cause|make\s+you)\b|\bcommon\s+(?:reactions?|symptoms?|problems?)\b/i;

/**
 * "What is the interest rate on the mortgage?" of "Initial rate: 4.29% fixed until 31 May 2030": a rate in per cent on
 * a loan or savings is its interest, in none of the question's words.
 */
const INTEREST_Q = /\b(interest)\b/i;
const PERCENT_RATE = /\b(?:rate|APR|AER)\b(?:[^.;]|\.\d)*\d\s?%|\d\s?%(?:[^.;]|\.\d)*\b(?:rate|APR|AER)\b/i;

/** The word "interest" of such a question, which a line giving a rate in per cent holds. */
export function interestWordsHeld(sentence: string, question: string): string[] {
  const asked = INTEREST_Q.exec(question);
  return asked && PERCENT_RATE.test(sentence) ? [asked[1]!] : [];
}

/**
 * "What can I use instead of buttermilk?", "Is there a substitute for eggs?": the word asking for something else, and
 * the thing it would stand for.
 */
const INSTEAD_Q = /\b(instead\s+of|in\s+place\s+of|(?:substitute|alternative)\s+(?:for|to))\s+(?:the\s+|my\s+|an?\s+|any\s+|some\s+)?([\p{L}-]{3,})/iu;

/**
 * The words of such a question asking for something else ("instead"), which a sentence supposing the thing is not to
 * hand holds: "No buttermilk? Mix 400ml milk with the juice of a lemon…", "If you don't have eggs, use…", "…can be
 * used in place of the butter".
 */
export function insteadWordsHeld(sentence: string, question: string): string[] {
  const asked = INSTEAD_Q.exec(question);
  if (!asked) return [];
  const thing = asked[2]!.replace(/s$/i, '').replace(/[-]/g, '\\-');
  const lacking = new RegExp(String.raw`\b(?:no|without|out\s+of|(?:don['’]t|do\s+not|doesn['’]t|does\s+not)\s+have(?:\s+any)?|instead\s+of|in\s+place\s+of|replace|swap)\s+(?:the\s+|any\s+|some\s+)?${thing}(?:s|es)?\b`, 'iu');
  return lacking.test(sentence) ? asked[1]!.split(/\s+/) : [];
}

/** The words "side effects" of such a question, which a sentence saying what may happen to you holds. */
export function sideEffectWordsHeld(sentence: string, question: string): string[] {
  const asked = SIDE_EFFECTS_Q.exec(question);
  return asked && MAY_HAPPEN_TO_YOU.test(sentence) ? [asked[1]!, asked[2]!] : [];
}

/** "What is Amira's email address?": a mail address says it in none of these words ("amira.hassan@mailbox.org"). */
const MAIL_WORDS = /\b(?:e-?mails?|mail)\b|(?<=\be-?mail\s+)address(?:es)?\b/gi;

/**
 * "What is the battery life?", "What's the shelf life?": how long a thing lasts, which a span of time says in none of
 * the question's words ("Battery: 57 Wh, up to 14 hours of video playback").
 */
const LIFE_Q = /\bwhat(?:['’]s|\s+is|\s+are)\s+(?:the|its|their|my|your|our)\s+(?:[\p{L}-]+\s+){1,2}(life|lifespan|lifetime)\s*\??\s*$/iu;

/**
 * A question's words for getting in touch, which a mail address or a telephone number says in none of them: "Who do I
 * contact about a problem with my pay?" of "Questions about your pay? Email payroll@harrowfinch.co.uk.".
 */
const CONTACT_WORDS = /\b(?:contact|contacting|contacted|reach|get\s+in\s+touch)\b/gi;
/** "Who do I call…", "Who should we email…", "Who can I speak to…": a person asked for to get in touch with. */
const WHO_TO_CONTACT = /\bwho(?:m)?\s+(?:do|can|should|could|must|would|will)\s+(?:i|we|you|they)\s+(call|ring|phone|telephone|email|e-mail|text|message|contact|speak(?=\s+to)|talk(?=\s+to)|write(?=\s+to)|tell|report(?=\s+(?:it\s+)?to)|ask)\b/i;
/** Whether the question asks whom to get in touch with ("Who do I contact about head lice?"). */
export const asksWhoToContact = (question: string): boolean => WHO_TO_CONTACT.test(question);
/**
 * The verb of getting in touch a "Who can I talk to about the job?" or a "What number do I ring to claim?" question
 * says ("talk", "ring"): the answer may say it in another ("For an informal chat about the role, contact Priya Shah",
 * "To make a claim, call 0345 600 1212"). Undefined for any other question.
 */
export const contactVerb = (question: string): string | undefined => (WHO_TO_CONTACT.exec(question) ?? NUMBER_TO_CALL.exec(question))?.[1]?.toLowerCase();
/** "What number do I ring to claim?", "Which number should we call?": a number asked for to get in touch, by its verb. */
const NUMBER_TO_CALL = /\b(?:what|which)(?:['’]s)?\s+(?:(?:phone|telephone|contact)\s+)?number\s+(?:do|can|should|could|must|would|will|is\s+it\s+to|to)\s+(?:(?:i|we|you|they)\s+)?(call|ring|phone|telephone|text)\b/i;
/** What says to get in touch with someone: "contact Mrs Dean", "ask at reception", "speak to your tutor". */
export const GETS_IN_TOUCH = /\b(?:contact|contacts|call|calls|ring|phone|telephone|email|e-mail|text|message|speak|speaking|talk|chat|write|tell|report|ask|reach|get\s+in\s+touch|enquiries|queries|questions)\b/i;
/** A line whose label names a role: "Safeguarding lead: Priya Natarajan", "Volunteer coordinator: Dave Ellison". */
const ROLE_LABEL = /^\s*[\p{L}][\p{L} '’-]{1,40}:\s*\S/u;
/** A question asking who must, may or can do a thing, of a rule: "Who needs to be at home?", "Who can apply?". */
const WHO_MAY = /^\s*who\s+(?:needs?|has|have|must|should|can|may|is\s+allowed|are\s+allowed|is\s+eligible|are\s+eligible)\b/i;
/**
 * A person said by who they are: "someone aged 18 or over", "an adult", "all parents"; or by what holds of them: "Do
 * not take if you are allergic to penicillin" says who should not.
 */
const SOMEONE = /\b(?:someone|somebody|anyone|anybody|everyone|an?\s+adult|adults|a\s+parent|parents|a\s+guardian|a\s+carer|a\s+responsible\s+person)\b|\bif\s+you\s+(?:are|have|were|had)\b/i;
/** A mail address: "payroll@harrowfinch.co.uk". */
const MAIL = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`;
const MAIL_ADDRESS = new RegExp(MAIL, 'u');
/** "What is the physio's email address?", "What's Tom's e-mail?": a mail address asked for, which only one can give. */
const MAIL_ADDRESS_Q = /\be-?mail\s+address(?:es)?\b|^\s*what(?:['’]s|\s+is|\s+are)\s+[^?]*\be-?mail\s*\??\s*$/i;
/** Whether a sentence gives the mail address the question asks for; undefined where it asks for none. */
export function mailAddressTest(question: string): ((sentence: string) => boolean) | undefined {
  return MAIL_ADDRESS_Q.test(question) ? (sentence) => MAIL_ADDRESS.test(sentence) : undefined;
}
/** A telephone number in a sentence (DIALLED), not the tail of another figure ("6120 0458 31"), of seven digits or more. */
const TELEPHONE_NUMBER = { test: (sentence: string) => [...sentence.matchAll(DIALLED_IN_TEXT)].some((m) => dialsEnough(m[0])) };
/** Whether a dialled run has the digits of a telephone number (MIN_PHONE_DIGITS). */
const dialsEnough = (dialled: string) => dialled.replace(/\D/g, '').length >= MIN_PHONE_DIGITS;

/**
 * A question asking when something is open: "When are the support lines open?", "What time does the pool close?",
 * "What are the opening hours?". Hours answer it in none of its words: "Support: 0800 555 0199, Monday to Friday 8 am
 * to 6 pm".
 */
const HOURS_Q =
  /\b(?:when|what\s+time|what\s+days|how\s+late|how\s+early)\b.*\b(?:open|opens|close|closes|shut|shuts)\b|\b(?:opening|closing|office|business)\s+(?:hours|times)\b|\bwhat\s+(?:are\s+(?:the|your|their|its)\s+)?hours\b/i;
const HOURS_WORDS = /\b(?:open|opens|opening|close|closes|closing|shut|shuts|hours)\b|(?<=\b(?:opening|closing)\s+)times\b/gi;
const DAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\.?`;
const HOUR = String.raw`\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\b\.?)?`;
/**
 * Opening hours: a run of weekdays ("Monday to Friday", "Mon–Sat") or of clock times ("8 am to 6 pm", "09:00-17:30"),
 * not of counts ("20-25", "pages 10 to 12"): a time has a colon or says am or pm.
 */
const DAY_RANGE = new RegExp(String.raw`\b${DAY}\s*(?:-|–|—|to|until|till|through)\s*${DAY}(?!\p{L})`, 'iu');
const CLOCK_RANGE = new RegExp(String.raw`(?<![\d.,:])${HOUR}\s*(?:-|–|—|to|until|till)\s*${HOUR}(?![\d:])`, 'giu');
const OPENING_HOURS = {
  test: (sentence: string) => DAY_RANGE.test(sentence) || [...sentence.matchAll(CLOCK_RANGE)].some((m) => /:|\d\s?[ap]\.?m\b/i.test(m[0])),
};

/**
 * What a "how heavy" question asks, as a spec sheet or a table names it: "Weight | 22.8 kg" answers "How heavy is the
 * bike?" in none of its words, so searching for the question's words alone missed that row. The nouns are added to
 * what is searched, not to what a sentence must say (figureWordsHeld does that by the figure's unit).
 */
const MEASURE_NOUNS: Record<string, string> = {
  heavy: 'weight',
  tall: 'height',
  high: 'height',
  wide: 'width',
  deep: 'depth',
  thick: 'thickness',
  fast: 'speed',
  far: 'distance',
  old: 'age',
  big: 'size',
  large: 'size',
  loud: 'noise',
  hot: 'temperature',
};
const HOW_MEASURE = new RegExp(`\\bhow\\s+(${Object.keys(MEASURE_NOUNS).join('|')})\\b`, 'gi');
/**
 * A quantity that is no physical size: "How high is the interest rate?" asks for a rate, "How big is the deposit?" for
 * an amount. Searching such a question for "height" or "size" as well finds spec sheets' rows instead.
 */
const QUANTITY_SUBJECT =
  /\b(?:rates?|prices?|costs?|fees?|charges?|amounts?|risks?|scores?|levels?|limits?|numbers?|percentages?|salar(?:y|ies)|pay|wages?|tax(?:es)?|interest|budgets?|discounts?|deposits?|fines?|penalt(?:y|ies)|excess|premiums?|bills?|debts?|loans?|mortgages?|incomes?|demand|chances?|probability|inflation)\b/i;

/** "How much does the laptop weigh?" asks its weight as "How heavy is it?" does. */
const WEIGH_Q = /\bhow\s+much\s+(?:does|do|did|will|would|should|can)\b.*\bweigh\b/i;

/** "Where is the job based?": a job advert's "Location:" line says where. */
const PLACED_Q = /^\s*where\s+(?:is|are|was|were|will\s+be)\b[^?]*\b(?:based|located|situated)\b/i;

/**
 * The nouns of the measures the question asks "how …" ("weight" for "How heavy is it?"), each once; and "location"
 * for where a thing is based or located.
 */
export function measureNouns(question: string): string[] {
  const measured = [...question.matchAll(HOW_MEASURE)].filter((m) => {
    // The thing measured: the few words after "how high is (the)", up to the end of the clause.
    const subject = /^\s+(?:is|are|was|were|will\s+be|would\s+be|can\s+be)\s+([^?.,;!]{0,40})/i.exec(question.slice(m.index! + m[0].length));
    return !QUANTITY_SUBJECT.test(subject?.[1] ?? '');
  });
  return [...new Set([...measured.map((m) => MEASURE_NOUNS[m[1].toLowerCase()]), ...(WEIGH_Q.test(question) ? ['weight'] : []), ...(PLACED_Q.test(question) ? ['location'] : [])])];
}

/** A line that is only a web or mail address ("www.techmart.example.com", "sales@example.com"). */
const BARE_ADDRESS = new RegExp(String.raw`^(?:(?:https?:\/\/|www\.)\S+|${MAIL})$`, 'iu');
/** A question that asks for one. */
const ADDRESS_Q = /\b(?:web ?sites?|sites?|url|urls|links?|home ?page|web ?page|online|internet|e-?mails?|mail|contact|address|addresses)\b/i;

/** Whether a question asks for a web or mail address, or a way to get in touch (ADDRESS_Q). */
export function asksAddress(question: string): boolean {
  return ADDRESS_Q.test(question);
}

/**
 * Whether a sentence that is only a web or mail address can answer the question: only one asking for an address,
 * a site or a way to get in touch. Otherwise it matches a question by the name it spells ("TechMart"), not by saying
 * anything about it.
 */
export function addressAnswers(sentence: string, question: string): boolean {
  return !BARE_ADDRESS.test(sentence.trim().replace(/[.,;]$/, '')) || ADDRESS_Q.test(question);
}

/**
 * A number written as a telephone number is: a + and a country code, or a leading 0, then groups of digits ("+44 20
 * 7946 0321", "0113 496 0021"), or a British number of five digits and six ("07700 900812"). Shared by the labelled,
 * the named and the in-sentence numbers.
 */
const DIALLED = String.raw`\+\d{1,3}[\s.-]?\d{1,4}(?:[\s.-]\d{2,4}){1,4}|0\d{1,4}(?:[\s.-]\d{2,4}){1,4}|0\d{3,4}[\s.-]\d{5,6}`;
const DIALLED_IN_TEXT = new RegExp(String.raw`(?<![\d.,+]|\d[\s.-])(?:${DIALLED})(?![\d.,]*\d)`, 'gu');
/** Fewer digits make a code or a count, not a telephone number. */
const MIN_PHONE_DIGITS = 7;

/** The words that ask for a telephone number, as a question writes them. */
const PHONE_WORDS = /\b(?:phone|telephone|tel|call|ring|mobile|cell|fax|number)\b/gi;
/**
 * A question asking for one: "What is TechMart's phone number?", "What's the customer service number?", "How can I
 * call the office?"; not "How many phones…", nor a handset ("Is a phone included?", "Can I use my phone abroad?").
 */
const PHONE_Q = /\b(?:(?:tele)?phone|tel|mobile|cell|fax|contact|service|support|help|enquiries|booking|bookings)\s*(?:number|no\b|#)|\bhelpline\b|\btelephone\b|(?<!\b(?:a|an|my|your|his|her|their|our|new|spare)\s+)\bphone\b(?!s)|\b(?:call|ring)\b/i;
/**
 * A line that is only a telephone number, perhaps labelled: "(415) 555-0199", "Tel: +44 20 7946 0958", "+33 1 40 00 11
 * 22": groups of up to four digits, a mobile's five, three and three ("07700 900 664", as a letter is signed), or one
 * unbroken run. Not an ISBN (a group of six), nor "2023 - 2024", nor a date.
 */
const PHONE_LINE = /^(?:(tel|phone|telephone|fax|mobile|cell|contact)\.?\s*:?\s*)?\+?(?:\(\d{1,4}\)\s?)?(?:\d{1,4}(?:[\s.-]\d{1,4}){1,5}|0\d{4}[\s.-]\d{3}[\s.-]\d{3}|0\d{3,4}[\s.-]\d{5,6}|\d{7,12})$/i;
/**
 * …or a line a label opens with one written as a telephone number is ("Support: 0800 555 0199, Monday to Friday…",
 * "Helpline: +44 300 123 4567", "Reception: (415) 555-0199"): a leading 0, a + or a bracketed area code, or the
 * 3-3-4 groups of North America. Group 1 the label, group 2 the number.
 */
const LABELLED_PHONE = new RegExp(String.raw`^(\p{L}[\p{L}'’ &/-]{1,30}?)\s*:\s*(${DIALLED}|\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}|\d{3}[.-]\d{3}[.-]\d{4})(?![\d:/])`, 'u');

/**
 * Whose telephone number a question asks for: "What is the plumber's phone number?", "the phone number for the
 * dentist". Group 1 or 2 the word.
 */
const PHONE_OWNER = /\b(?!(?:what|who|where|when|how|that|it|there|here|which)['’]s)([\p{L}-]+)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:tele)?phone|mobile|contact|number)\b|\b(?:(?:tele)?phone|mobile|contact)\s+(?:number\s+)?(?:for|of)\s+(?:the\s+|my\s+|our\s+|your\s+)?([\p{L}-]+)/iu;

/** The word naming whose telephone number the question asks for, if it names one. */
export function phoneOwner(question: string): string | undefined {
  if (!asksPhone(question)) return undefined;
  const m = PHONE_OWNER.exec(question);
  return m ? (m[1] ?? m[2]).toLowerCase() : undefined;
}

/** Whether the question asks for a telephone number (PHONE_Q), not how many of something there are. */
export function asksPhone(question: string): boolean {
  return PHONE_Q.test(question) && (!NUMBER_Q.test(question) || CALL_NUMBER_Q.test(question));
}
/** "What number do I call if my boiler breaks down?": a number to ring, though "what number" asks a count elsewhere. */
const CALL_NUMBER_Q = /\bwhat\s+(?:phone\s+)?number\s+(?:do|should|can|shall|could)\s+(?:i|we|you)\s+(?:call|ring|phone|dial|text)\b/i;

/**
 * The words a line that is only a telephone number answers, when the question asks for one: the question's own words
 * for it ("phone", "number", "call"). Such a line holds no word of the question, yet answers it; a receipt's or a
 * letterhead's number sits on a line of its own under the name. A fax number answers only a question about a fax, and
 * only a line labelled so. Empty for any other line or question.
 */
export function phoneWordsHeld(line: string, question: string): string[] {
  if (!asksPhone(question)) return [];
  const alone = PHONE_LINE.exec(line.trim());
  const callOn = alone ? null : CALL_ON.exec(line);
  const m = alone ?? callOn ?? LABELLED_PHONE.exec(line.trim()) ?? NAMED_PHONE.exec(line) ?? NAMED_IN_SENTENCE.exec(line) ?? segmentPhone(line);
  // A field's number ("Phone: 0113 496 0021" on a staff list's row, alone or in the row's text) is its record's; one to
  // call us on, or one alone on its line, is the line the question names.
  const toCall = callOn !== null && !/^\s*:/.test(line.slice(callOn.index + callOn[1].length));
  const unnamed = toCall || (alone !== null && alone[1] === undefined);
  if (!m || (m[2] ?? m[0]).replace(/\D/g, '').length < MIN_PHONE_DIGITS || HAS_DATE_OR_TIME.test(m[2] ?? m[0])) return [];
  if (/\bfax\b/i.test(question) !== (m[1]?.toLowerCase() === 'fax')) return [];
  return [...words(question, PHONE_WORDS), ...(unnamed ? words(question, LINE_WORDS) : [])];
}

/**
 * A question asking where someone lives or something is by its postal address: "What is Sarah's address?"; not an
 * email or web address.
 */
const POSTAL_Q = /(?<!\b(?:e-?mail|web|ip|mac|site)\s+)\b(?:address|addresses|postcode|post code|zip code)\b/gi;
/** The titles a person's name is written with. */
const PERSON_TITLES = 'Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Nurse|Sir|Dame|Rev|Revd';
/** A person named with a title: "Dr Anika Shah", "Mrs Begum". */
const TITLED_PERSON = new RegExp(String.raw`\b(?:${PERSON_TITLES})\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`, 'u');

/** Whether a sentence names a person with a title ("…with Dr Anika Shah"). */
export function namesTitledPerson(sentence: string): boolean {
  return TITLED_PERSON.test(sentence);
}

/** Whether a sentence gives a postal address ("We are at 3 Brook Street, Ambleside LA22 0DH."). */
export function givesPostalAddress(sentence: string): boolean {
  return POSTAL_ADDRESS.test(sentence);
}

/**
 * A postal address in a sentence: a house number and a street ("27 Elm Road", "14 Mill Lane", "221B Baker St"), a
 * British postcode ("CF14 3AB") or an American state and ZIP code ("Portland, OR 97205").
 */
const POSTAL_ADDRESS =
  /\b\d{1,4}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Place|Pl|Crescent|Court|Ct|Gardens|Terrace|Square|Row|Hill|Grove|Mews|Parade|Boulevard|Blvd|Walk|View|Park)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b/u;

/**
 * The words of a question asking for a postal address ("address", "postcode") that a sentence writing one holds in
 * none of its words: "We are at 27 Elm Road, Cardiff, CF14 3AB." answers "What is Sarah's address?". Empty for any
 * other sentence or question.
 */
export function postalWordsHeld(sentence: string, question: string): string[] {
  const asked = words(question, POSTAL_Q);
  return asked.length > 0 && POSTAL_ADDRESS.test(sentence) ? asked : [];
}

/**
 * What a question calls the line it asks for ("the customer service number", "the support line", "the helpline"),
 * which a number to "call us on" is, or one standing alone under a letterhead; not one labelled as another ("Sales:").
 */
const LINE_WORDS = /\b(?:customer|customers|service|services|support|help|helpline|enquiries|enquiry|inquiries)\b/gi;

/**
 * …or a sentence telling a number to call or text: "For urgent problems call our support line on 0800 123 4567", "text
 * me on 07700 900 771". Group 1 the
 * word that says so ("fax" as PHONE_LINE's label), group 2 the number, in groups of digits as PHONE_LINE's.
 */
const CALL_ON = /\b(call|phone|telephone|ring|dial|fax|text|whatsapp)\b[^.\n\d]{0,40}?(\+?(?:\(\d{1,4}\)\s?)?(?:0\d{4}[\s.-]\d{3}[\s.-]\d{3}|0\d{3,4}[\s.-]\d{5,6}|\d{1,4}(?:[\s.-]\d{1,4}){1,5}))(?![\d:])/i;

/**
 * …or a field giving a name and then its number: "Practice: Eskside Veterinary Surgery, 01947 600 212", "Landlord
 * contact: Alan Prescott, 07700 900 118". Only a number written as a telephone number is (a leading 0, or a + and a
 * country code), after a comma closing a label's name. Group 1 empty (no label says fax), group 2 the number.
 */
const NAMED_PHONE = new RegExp(String.raw`^\p{L}[\p{L}'’ &/-]{1,30}:[^,\n]{2,60},\s*()(${DIALLED})(?![\d:/])`, 'u');
/**
 * …or a sentence saying who someone is, then their number after a comma: "Our vet is Parkside Vets, 01632 960115.",
 * "The site manager is Dave Cole, 07700 900321." Group 1 empty, group 2 the number.
 */
const NAMED_IN_SENTENCE = new RegExp(String.raw`\b(?:is|are)\s+[^,.\n]{2,60},\s*()(${DIALLED})(?![\d:/])`, 'u');

/**
 * …or a signature's or a letterhead's line of parts set apart by bars or dots, one of them a telephone number: "Hughes
 * Plumbing & Heating | Gas Safe 512345 | 07700 900812". The other parts name whose it is.
 */
function segmentPhone(line: string): RegExpExecArray | null {
  const parts = line.split(SEGMENT_BREAK);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const m = PHONE_LINE.exec(part.trim()) ?? DIALLED_PART.exec(part.trim());
    if (m) return m;
  }
  return null;
}
const SEGMENT_BREAK = /\s[|•·]\s/u;
/** A part that is a number written as a telephone number is ("01256 555 018"); group 1 empty, as no label says fax. */
const DIALLED_PART = new RegExp(String.raw`^()(?:tel\.?|phone|t)?\s*:?\s*(?:${DIALLED})$`, 'iu');

function words(text: string, pattern: RegExp): string[] {
  return (text.match(pattern) ?? []).map((w) => w.toLowerCase());
}

/** Whether a text gives a figure, in digits or in words ("£450 a week", "sleeps six"). */
export function holdsFigure(text: string): boolean {
  return /\p{N}/u.test(text) || words(text, NUMBER_WORDS).length > 0;
}

/** The numerals of a text, without the full stop or comma that may follow one ("…Super Bowl 50."). */
function numerals(text: string): string[] {
  return (text.match(/\d(?:[\d,.]*\d)?/g) ?? []);
}

/** Digits and number words in `text` that `question` does not already hold. */
function newNumbers(sentence: string, question: string): boolean {
  const asked = new Set([...numerals(question), ...words(question, NUMBER_WORDS)]);
  const digits = numerals(sentence).filter((d) => !asked.has(d));
  if (digits.length) return true;
  return words(sentence, NUMBER_WORDS).some((w) => !asked.has(w));
}

/**
 * Dates and clock times: "11/14", "10/23/2014", "8:45 am", "4pm", "Oct. 31", "31 October". They say when, not how many
 * or how much: "How many students attend?" is not answered by "an event on 11/14", and "When does it start?" is by
 * "8:45 am".
 */
const DATE_OR_TIME = new RegExp(
  [
    // "11/14", "10/23/2014", "2014-10-23"; not "20-25", a range of counts.
    String.raw`\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b`,
    String.raw`\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}-\d{1,2}-\d{2,4}\b`,
    String.raw`\b\d{1,2}\.\d{1,2}\.\d{2,4}\b`,
    String.raw`\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?`,
    // "4pm", "8.30am": a time of day as the British write it.
    String.raw`\b\d{1,2}(?:\.\d{2})?\s?[ap]\.?m\b\.?`,
    String.raw`\b${MONTH_NAMES}\b\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?`,
    // "31 October", but not "30 may attend".
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?!may\b)${MONTH_NAMES}\b`,
    // A year after "in", "since", "during", "until": "in 2013", "since the early 1990s". Not after "by" or "around",
    // which count as often as they date ("grew by 1200", "around 1500 people").
    String.raw`\b(?:in|since|during|until|till)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:1[0-9]|20)\d{2}s?\b`,
    // A span of years a bill or a season is for: "Council Tax bill 2028/29", "the 2027-28 season".
    String.raw`\b(?:19|20)\d{2}[/–-](?:\d{2}|(?:19|20)\d{2})\b`,
    // …and after "for" where nothing counted follows: "…the garden waste service for 2028.", not "for 1500 people".
    String.raw`\bfor\s+(?:1[0-9]|20)\d{2}(?=\s*(?:[.,;:!?)]|$))`,
  ].join('|'),
  'gi',
);

const HAS_DATE_OR_TIME = new RegExp(DATE_OR_TIME.source, 'i');

/** "How long…?" asks for a length or a span of time; "How long ago…?" asks when. */
const HOW_LONG_Q = /\bhow\s+long\b(?!\s+ago\b)/i;
const HOW_FAST_Q = /\bhow\s+(?:fast|quick|quickly)\b/i;
/** A size asked by its dimension ("how high" is as often a rate or a risk, "how big" a count of rooms or of people). */
const HOW_TALL_Q = /\bhow\s+(?:tall|wide|deep|thick)\b/i;
const HOW_HEAVY_Q = /\bhow\s+heavy\b/i;
/** "What is the new interest rate?", "What percentage…": a percentage answers ("2.85% AER"), not a date beside it. */
const PERCENT_RATE_Q = /\b(?:interest|tax|vat|discount|inflation|commission|mortgage|savings|apr|aer)\s+rates?\b|\bpercentage\b|\bwhat\s+percent\b/i;
const PERCENT = /\d\s?%|\bper\s?cent\b|\bpercent\b/i;
/** "What temperature do I bake it at?", "How hot should the oven be?": a reading in degrees or a gas mark answers. */
const TEMPERATURE_Q = /\b(?:what|which)\s+temperature\b|\bhow\s+hot\s+(?:should|does|do|is|must)\b[^?]*\b(?:oven|water|wash|iron|grill|pan|hob)\b/i;
const DEGREES_SIGN = /\d\s?°|\d\s?[CF]\b/;
const DEGREES_WORD = /\d\s?(?:degrees?|deg)\b|\bgas\s+mark\s+\d/i;
/** "How often should I descale it?", "How frequently…", "Wie oft…", "À quelle fréquence…". */
const HOW_OFTEN_Q = /\bhow\s+(?:often|frequently)\b|\bwie\s+oft\b|\bà\s+quelle\s+fréquence\b|\bcombien\s+de\s+fois\b/iu;
/**
 * How often a thing happens, said without a figure or with one: "after every cleaning run", "each spring", "weekly",
 * "twice a year", "three times a day", "every 4 weeks"; "jede Woche", "einmal pro Monat", "chaque année", "deux fois
 * par jour".
 */
const FREQUENCY = /\b(?:every|each)\s+(?!one\b)[\p{L}\d]+|\b(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|biannually|biennially|triennially)\b|\b(?:once|twice|thrice)\b|\b[\p{L}\d]+\s+times\s+(?:(?:a|an|per|each|every)\b|in\s+(?:a|an|one|any)\s+(?:hour|day|week|month|year)\b)|\bper\s+(?:hour|day|night|week|month|quarter|year)\b|(?<!\p{L})(?:jede[nrs]?|alle|chaque|tou(?:te)?s\s+les)\s+[\p{L}\d]+|\b(?:täglich|wöchentlich|monatlich|jährlich|quotidiennement|hebdomadaire(?:ment)?|mensuel(?:lement)?|annuel(?:lement)?)(?!\p{L})|\b(?:einmal|zweimal|dreimal|\d+-mal|une\s+fois|deux\s+fois|trois\s+fois)(?!\p{L})|\b(?:pro|par)\s+(?:stunde|tag|woche|monat|jahr|heure|jour|semaine|mois|an|année)(?!\p{L})/iu;
const SPAN_COUNT =
  String.raw`(?:\d[\d,.½¼¾]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|couple|several|few|many)`;
const SPAN_UNIT = String.raw`(?:years?|yrs?|months?|mos|weeks?|wks?|days?|nights?|hours?|hrs?|h|minutes?|mins?|seconds|(?<=\d[\s-]*)second|second(?![\s-]+\p{L})|secs?|decades?|centuries|century|millenni(?:a|um))`;
const YEAR = String.raw`(?:1[0-9]|20)\d{2}`;
/**
 * Spans of time: "7 years", "eighteen months", "a couple of weeks", "66 million years", "2½ hours", "1.5h", "a decade",
 * and years from one to another ("from 1939 to 1945", "1939–1945"). Not "a second" before a word ("a second term"), which counts.
 */
const SPAN_OF_TIME = new RegExp(
  [
    String.raw`(?<![\p{L}\d])${SPAN_COUNT}(?:[\s-]+(?:and\s+a\s+half|full|more|additional|consecutive|of|million|thousand|hundred|working|business|clear|calendar|school))*[\s-]*${SPAN_UNIT}(?![\p{L}\d])`,
    String.raw`\b(?:from|between)\s+${YEAR}\s+(?:to|and|until|till)\s+(?:${YEAR}|\d{2})\b`,
    String.raw`\b${YEAR}\s?[–-]\s?(?:${YEAR}|\d{2})\b`,
  ].join('|'),
  'giu',
);

/**
 * A sentence saying how long a thing lasts as a form's line would ("Minimum term: 24 months"): "The minimum term is 24
 * months.", "The duration of the course is ten weeks", "Your contract period will be 12 months", "The tenancy is for a
 * fixed term of 12 months". Not another span named by its own noun ("The notice period is one month", "The trial
 * period lasts 14 days"), which the question must name.
 */
const SPAN_STATED = new RegExp(
  [
    String.raw`\b(?:the|its|your|our|this|their)\s+(?:(?:minimum|initial|fixed|total|overall|full|contract|contractual|agreed)\s+)?(?:term|duration|length|period)\s+(?:of\s+(?:the|this|your|our)\s+[\p{L}-]+\s+)?(?:is|will\s+be|shall\s+be|was|lasts|runs\s+for)\s+(?:(?:at\s+least|about|around|up\s+to|for|only|just)\s+)?${SPAN_COUNT}[\s-]*${SPAN_UNIT}(?![\p{L}\d])`,
    // "Running time approx. 2 hours 40 minutes including one interval." of a theatre ticket.
    String.raw`\b(?:running\s+time|duration)\b[\s:]+(?:(?:of\s+)?(?:approx\.?|approximately|about|around|up\s+to|is|will\s+be)\s+)*${SPAN_COUNT}[\s-]*${SPAN_UNIT}(?![\p{L}\d])`,
    // "The tenancy is for a fixed term of 12 months".
    String.raw`\b(?:is|are|will\s+be|shall\s+be|was|runs)\s+for\s+(?:a|an|the)\s+(?:(?:minimum|initial|fixed|total|full|agreed)\s+)?(?:term|duration|period)\s+of\s+(?:(?:at\s+least|about|around|up\s+to|only|just)\s+)?${SPAN_COUNT}[\s-]*${SPAN_UNIT}(?![\p{L}\d])`,
  ].join('|'),
  'iu',
);

/** The test of SPAN_STATED, for a how-long question ("How long is the contract?"); undefined for any other. */
export function spanStatedTest(question: string): ((sentence: string) => boolean) | undefined {
  if (!HOW_LONG_Q.test(question)) return undefined;
  // "How long does the curry take to cook?" of "It takes about 2 hours, most of it simmering.".
  const takes = TAKE_Q.test(question);
  return (sentence) => SPAN_STATED.test(sentence) || (takes && TAKES_SPAN.test(sentence));
}
const TAKE_Q = /\btakes?\b/i;

/**
 * The test of whether a sentence gives the span a thing takes ("Ready in 40 minutes", "The job will take about 5
 * working days"), for "How long does it take?", and with the deed for "How long does it take to charge?"; undefined
 * for any other question. Another span
 * of its document ("Flapjacks keep for up to a week") says how long something else lasts.
 */
export function takenSpanTest(question: string): ((sentence: string) => boolean) | undefined {
  if (!HOW_LONG_Q.test(question) || !TAKE_Q.test(question)) return undefined;
  // "How long does the battery take to charge?": the span taken by the deed, said in any form ("A full charge from
  // empty takes about 5 hours"), not "Do not leave the battery on charge for more than 24 hours".
  const verb = spanVerb(question);
  const deed = verb === undefined ? undefined : contentTerms(verb)[0]?.stem;
  if (verb !== undefined && deed === undefined) return undefined;
  return (sentence) => TAKES_SPAN.test(sentence) && (deed === undefined || contentTerms(sentence).some((t) => t.stem === deed));
}
/**
 * A span something takes: "It takes about 2 hours", "should take 20 minutes"; or a recipe's "Ready in 50 minutes",
 * "Total time: 1 hour", "cook 8 hours on low".
 */
const TAKES_SPAN = new RegExp(
  String.raw`\b(?:takes|will\s+take|should\s+take|can\s+take|took|ready\s+in|(?:total|cooking|cook|prep|preparation)\s+time\s*:?|(?:cook|bake|simmer|roast)(?:\s+for)?)\s+(?:(?:about|around|roughly|approximately|up\s+to|at\s+least|under|over|less\s+than|more\s+than|no\s+more\s+than|only|just)\s+)?${SPAN_COUNT}(?:[\s-]+(?:and\s+a\s+half|full))*[\s-]*(?:(?:working|business|school|calendar)\s+)?${SPAN_UNIT}(?![\p{L}\d])`,
  'iu',
);

/** A question answered yes or no: "Can I…?", "Is there…?", "Do I get…?", "Did the car pass?". */
const YES_NO_Q = /^\s*(?:can|could|may|might|is|are|was|were|do|does|did|should|will|would|must|have|has)\b/i;
export const asksYesNo = (question: string): boolean => YES_NO_Q.test(question);

/**
 * "What is the serial number?", "What's my account number?", "What is the booking reference?": a number or a code,
 * which holds a figure.
 */
const CODE_NUMBER_Q = /^\s*what(?:['’]s|\s+is|\s+was)\s+(?:the|my|our|your|its|\p{L}+['’]s)\s+(?:[\p{L}-]+\s+)?(?:number|reference|code|id)\s*\??\s*$/iu;

/** "What colour is my bag?", "Which colours does it come in?": a colour's name answers. */
const COLOUR_Q = /\b(?:what|which)\s+(colou?rs?)\b/i;
const COLOUR = /\b(?:black|white|grey|gray|silver|red|blue|navy|green|yellow|orange|purple|pink|brown|beige|cream|gold|turquoise|teal|maroon|burgundy|khaki|ivory|magnolia)\b/i;

/** Whether a question asks a colour ("What colour is my bag?"), which a colour's name gives. */
export const asksColour = (question: string): boolean => COLOUR_Q.test(question);

/**
 * Whether a question asks a reading of one kind: a temperature ("What temperature do I bake it at?"), which degrees
 * give, or a rate ("What is the new interest rate?"), which a percentage gives.
 */
export function asksReading(question: string): boolean {
  return TEMPERATURE_Q.test(question) || PERCENT_RATE_Q.test(question);
}

/**
 * The verb whose span "How long does the curry take to cook?" asks ("cook"): a recipe says "It takes about 2 hours",
 * the time the whole takes, and may never say the verb. Undefined for any other question.
 */
export function spanVerb(question: string): string | undefined {
  return /\bhow\s+long\s+(?:does|do|did|will|would|should|can)\b[^?]*?\btakes?\s+(?:\p{L}+\s+)?to\s+(\p{L}+)/iu.exec(question)?.[1]?.toLowerCase();
}

/**
 * The verb of "Can I wear headphones during the race?" ("wear"): a question whether something may be done, which a
 * rule answers in words of its own, "Headphones are not allowed". Undefined for any other question.
 */
export function permissionVerb(question: string): string | undefined {
  return /^\s*(?:can|may|could)\s+(?:i|we|you|they|he|she|(?:my|our|your)\s+\p{L}+)\s+(\p{L}+)/iu.exec(question)?.[1]?.toLowerCase();
}

/**
 * The family member "Can my daughter wear earrings?" asks for ("daughter"): a school's rules say "pupils" or nothing,
 * so the word is no sign that the documents lack the answer. So does "What should my son bring on Thursday?" of a
 * holiday club's timetable, which never names him. Undefined for any other question.
 */
export function permissionKin(question: string): string | undefined {
  return /\b(?:my|our)\s+(child|children|son|sons|daughter|daughters|kid|kids|wife|husband|partner|baby|toddler|teenager)\b/iu.exec(question)?.[1]?.toLowerCase();
}

/**
 * The head of the thing "When is my hospital appointment?" asks when or where it is ("appointment"): a sentence
 * naming it ("Your appointment … has been booked for Tuesday 19 January 2027") is about it, one naming only what
 * qualifies it ("The hospital car park costs £3.50…") is not. Undefined for any other question.
 */
export function whenWhereHead(question: string): string | undefined {
  const thing = /^\s*(?:when|where|what\s+time)\s+(?:is|was|are|were|will\s+be)\s+(?:the|my|our|your|his|her|their)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*\??\s*$/iu.exec(question)?.[1];
  return thing ? contentTerms(thing).at(-1)?.stem : undefined;
}

/**
 * The quality "What band is my house?" asks of a thing ("band"): "Band C." gives it, "If you move house, tell us…"
 * names only the house. Not a word saying the kind of answer ("What time is the wedding?": "at 1pm" gives it).
 * Undefined for any other question.
 */
export function askedQuality(question: string): string | undefined {
  const quality = /^\s*(?:what|which)\s+(\p{L}{3,})\s+(?:is|are|was|were)\s+(?:the|my|our|your|his|her|their|\p{Lu}\p{Ll}+(?:['’]s)?)\b/u.exec(question.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()))?.[1];
  if (!quality || answerFormWords(question).has(quality.toLowerCase())) return undefined;
  return contentTerms(quality)[0]?.stem;
}

/**
 * The test of whether a sentence dates the thing "When is my gym induction?" asks of, saying it is booked for a day
 * and time: "Your induction is booked for Thursday 14 January at 6.30pm", not "You must complete an induction before
 * using the gym", which names the gym as well and dates nothing. Undefined for any other question. Built once per
 * question, as amountStatedTest.
 */
export function datedThingTest(question: string): ((sentence: string) => boolean) | undefined {
  if (!/^\s*(?:when|what\s+time)\b/i.test(question)) return undefined;
  const head = whenWhereHead(question);
  if (head === undefined) return undefined;
  // (An appointment is what is booked, whatever the sentence calls it: "your check-up and scale and polish are booked
  // for Wednesday 3 March at 4.10pm" dates "the dentist appointment".)
  return (sentence) =>
    holdsExpected(sentence, question, 'time') === 1 &&
    (contentTerms(sentence).some((t) => t.stem === head && DATED_AFTER.test(sentence.slice(t.offset + t.word.length, t.offset + t.word.length + 40))) || bookedWordsHeld(sentence, question).length > 0);
}
/** What follows a thing said to be booked for a time: "…is booked for", "…has been moved to", "…will be on". */
const DATED_AFTER = /^\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:now\s+)?(?:booked|scheduled|arranged|confirmed|fixed|set|planned|moved|changed|rearranged|on|at)\b/i;

/**
 * The test of whether a sentence says when the thing "When are nursery fees due?" asks of is due, as its deadline:
 * "Fees are invoiced monthly in advance and due by the 5th of the month", not the heading "Fees from April 2028",
 * which dates the fees too. "due" weighs nothing in the match, where a date answers without it (answerFormWords).
 * Undefined for any other question. Built once per question, as amountStatedTest.
 */
export function dueStatedTest(question: string): ((sentence: string) => boolean) | undefined {
  if (!DUE_Q.test(question)) return undefined;
  return (sentence) => DUE_BY.test(sentence) && holdsExpected(sentence, question, 'time') >= 1;
}
const DUE_Q = /^\s*when\s+(?:is|are|will)\b[^?]*\bdue\b/i;
// (Or a form's label saying it: "Due back: Monday 11 October", "Due date: 3 May".)
const DUE_BY = /\b(?:due|payable)(?:\s+back)?\s+(?:by|on|before|in|at)\b|\bdue(?:\s+(?:back|date))?\s*:/i;

/** A person named after "with", by a title or in full: "with Dr Hannah Lowe", "with Dr Hughes", "with Sam Clarke". */
const WITH_NAMED = new RegExp(String.raw`\bwith\s+(?:(?:${PERSON_TITLES})\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)`, 'u');

/**
 * The test of whether a sentence names the person "Who is the appointment with?" asks for, after "with": "…booked for
 * Tuesday 19 January 2027 at 2:40pm with Dr Hannah Lowe", not the letter's "Yours sincerely, Appointments Team".
 * Undefined for any other question. Built once per question, as amountStatedTest.
 */
export function withWhomTest(question: string): ((sentence: string) => boolean) | undefined {
  if (!/^\s*who\b[^?]*\bwith\s*\??\s*$/i.test(question)) return undefined;
  return (sentence) => WITH_NAMED.test(sentence);
}

/**
 * The stem of the deed a question's verb names, or undefined where it names none ("do", "have", "mean"…). A verb read
 * with its particle is the pair's word (phrasal-verbs.ts): "put" of "Can we put off the exam?" is "postpone", which
 * "put" alone is not.
 */
function deedStem(question: string, verb: string | undefined): string | undefined {
  if (!verb) return undefined;
  const pair = contentTerms(question).find((t) => t.word.toLowerCase() === verb.toLowerCase() && readAsPhrasal(t.word, t.stem));
  if (pair) return pair.stem;
  return NO_DEED.test(verb) || LIGHT_VERBS.has(verb.toLowerCase()) ? undefined : contentTerms(verb)[0]?.stem;
}

/** "Who is delivering the laptop?", "Who will fit the kitchen?", "Who was it signed by?": the deed whose doer is asked. */
const WHO_DOES = /^\s*who\s+(?:is|are|was|were|will|would|does|do|did)\s+(?:be\s+|it\s+|they\s+)?(\p{Ll}{3,})\b/u;
/** The doer a passive names after its verb: "…by DPD", "…by Oakline Fitters", "…by Dr Shah". */
const BY_NAMED = /^[^.;!?]{0,80}?\bby\s+(?:the\s+)?\p{Lu}/u;

/**
 * The test of whether a sentence names who does the deed "Who is delivering the laptop?" asks about, as a passive's
 * doer: "Your order will be delivered on Tuesday 22 October between 10:15am and 11:15am by DPD.", not the order's row
 * "Delivery (next day) | £4.99". Undefined for any other question. Built once per question, as amountStatedTest.
 */
export function doneByTest(question: string): ((sentence: string) => boolean) | undefined {
  const asked = deedStem(question, WHO_DOES.exec(question.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()))?.[1]);
  if (!asked) return undefined;
  return (sentence) => contentTerms(sentence).some((t) => t.stem === asked && BY_NAMED.test(sentence.slice(t.offset + t.word.length)));
}

/**
 * "When do I have to pay…?", "Where should we park?", "Where do I pick up the car?": the reader's own deed, whose time
 * or place is asked of them. (Not "When do we check in?", which asks the day as much as the hour the deed may start.)
 */
const OWN_DEED_Q = /^\s*(when|where)\s+(?:do\s+(?:I|we)\s+(?:have|need)\s+to|(?:should|must)\s+(?:I|we)|(?<=where\s+)(?:do|can)\s+(?:I|we))\s+(\p{Ll}{3,})\b/u;

/** Whether the question asks when or where the reader is to do a deed (OWN_DEED_Q). */
export function asksOwnDeed(question: string): boolean {
  return OWN_DEED_Q.test(question.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()));
}

/** "When does the dog walker collect Bramble?": a deed done to someone the question names, after its doer. */
const DEED_TO_NAMED_Q = /^\s*(when|where)\s+(?:does|do|will|should|can|must)\s+(?:the|my|our|your)\s+(?:[\p{L}-]+\s+){1,2}?(\p{Ll}{3,})\s+\p{Lu}\p{Ll}+\s*\??\s*$/u;

/**
 * Whether the question asks when or where a deed is done to someone it names ("When does the dog walker collect
 * Bramble?"): the lines naming the doer and the one it is done to ("Walker: Chris Doyle", "Dog: Bramble") say neither,
 * so the sentence saying the deed with its time is what is asked, as the reader's own deed's is.
 */
export function asksDeedToNamed(question: string): boolean {
  return DEED_TO_NAMED_Q.test(question.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()));
}

/**
 * The test of whether a sentence dates or places the deed "When does the book club meet?" or "Where does it meet?"
 * asks about, by its verb: "We meet on the first Thursday of each month at 7:30pm in the back room of The Fox and
 * Hounds", not the reading list's row for May ("The Thursday Murder Club"). Undefined for any other question, or a
 * verb that names no deed. Built once per question, as amountStatedTest.
 */
export function deedWhenWhereTest(question: string): ((sentence: string) => boolean) | undefined {
  // The verb ends the question, after a short subject: not "Where did the Panthers practice for the Super Bowl?".
  const lowered = question.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase());
  // …or the reader's own deed, after "I" or "we", whatever follows it: "When do I have to pay the piano teacher?" of an
  // invoice's "Pay by | 1 October", not its row of lessons dated "7 Sep to 14 Dec".
  // (Not a verb that says little, whose pair may be led elsewhere: "When should we get back to Portsmouth?".)
  const own = OWN_DEED_Q.exec(lowered);
  const m =
    /^\s*(when|where)\s+(?:does|do|did|will|should|can|must)\s+(?:the|my|our|your|their|his|her)\s+(?:[\p{L}-]+\s+){1,3}(\p{Ll}{3,})\s*\??\s*$/u.exec(lowered) ??
    // …or a deed done to someone named: "When does the dog walker collect Bramble?".
    DEED_TO_NAMED_Q.exec(lowered) ??
    (own && !LIGHT_VERBS.has(own[2]!) ? own : null);
  // "When will the children get back?" asks when they return: the pair's verb, whose particle ends the question.
  const last = contentTerms(question).at(-1);
  const asked = deedStem(question, last !== undefined && readAsPhrasal(last.word, last.stem) ? last.word : m?.[2]);
  if (!m || !asked) return undefined;
  const kind = m[1].toLowerCase() === 'when' ? 'time' : 'place';
  // (Paying is said by the bill's way of being paid: "…to be collected by Direct Debit on 12 March" says when it is paid.)
  const says = (sentence: string) => contentTerms(sentence).some((t) => t.stem === asked) || paymentWordsHeld(sentence, question).some((word) => contentTerms(word)[0]?.stem === asked);
  return (sentence) => holdsExpected(sentence, question, kind) === 1 && says(sentence);
}

/**
 * The test of whether a sentence says the deed "How do I renew my blue badge?" asks the way of, by its verb: "You can
 * renew it up to 12 weeks before it expires. Apply online…", not "…your Blue Badge expires on 30 April 2032", which
 * names the badge and says nothing of renewing it. Undefined for any other question, or a verb that names no deed.
 * Built once per question, as amountStatedTest.
 */
export function wayOfDeedTest(question: string): ((sentence: string) => boolean) | undefined {
  const asked = howDeed(question);
  if (!asked) return undefined;
  // (Or by its noun in "-ment": "Payment is due within 14 days by bank transfer" says how to pay the plumber.)
  return (sentence) => contentTerms(sentence).some((t) => t.stem === asked || t.stem === `${asked}ment`);
}
/** The stem of the deed "How do I…?" asks the way of: "pay" of "How can I pay my tax bill?". */
export const howDeed = (question: string): string | undefined => deedStem(question, HOW_DO_I.exec(question)?.[1]);
const HOW_DO_I = /^\s*how\s+(?:do|can|should|could|would|will|must)\s+(?:i|we|you|they)\s+(\p{L}{3,})\b/iu;

/**
 * The test of whether a sentence says the deed "How can I pay my tax bill?" asks the way of, with the means: "You can
 * pay by bank transfer, debit card or through your tax code…", not "Any tax you owe must also be paid by 31 January",
 * which says when. Undefined for any other question. (Of the thing asked where its file names it: "If you change your
 * car, update your permit online" is no way to change an ink cartridge.)
 */
export function meansOfDeedTest(question: string): ((sentence: string) => boolean) | undefined {
  const deed = howDeed(question);
  if (!deed) return undefined;
  // (By its noun in "-ment" too: "Payment by bank transfer please, sort code…" says how to pay the window cleaner.)
  return (sentence) => contentTerms(sentence).some((t) => t.stem === deed || t.stem === `${deed}ment`) && (BY_MEANS.test(sentence) || IN_A_WAY.test(sentence));
}
/** A means, not a deadline: "by bank transfer", "through your tax code", "using the app", not "by 31 January", "by Friday". */
const BY_MEANS = new RegExp(
  String.raw`\b(?:by|via|through|using)\s+(?!\d|(?:the\s+)?(?:end|start|deadline|date|time|latest|${MONTH_NAMES}|${WEEKDAY_NAMES}|tomorrow|today|midnight|noon)\b)(?:(?:a|an|the|your|our|their)\s+)?\p{L}{3,}`,
  'iu',
);
const IN_A_WAY = /\bonline\b|\bin\s+person\b|\bover\s+the\s+phone\b/i;

/**
 * The deed a passive "When…?" asks the time of: "paid" of "When will the bill be paid?", "collected" of "When is the
 * garden waste collected?". A line labelled with the thing and a date ("Bill date: 3 July") dates the thing, not that.
 */
const PASSIVE_WHEN = /^\s*when\s+(?:(?:is|are|was|were)\s+(?:the|my|our|your|their|this|that)\s+(?:[\p{L}'’-]+\s+){1,3}|(?:will|should|must|can)\s+(?:the|my|our|your|their|this|that)\s+(?:[\p{L}'’-]+\s+){1,3}be\s+)(\p{Ll}{3,})\s*\??\s*$/u;

export function passiveDeed(question: string): string | undefined {
  const verb = passiveVerb(question);
  return verb && !NO_DEED.test(verb) && !LIGHT_VERBS.has(verb) && !STATES.test(verb) ? verb : undefined;
}
const passiveVerb = (question: string) => PASSIVE_WHEN.exec(question.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()))?.[1];

/**
 * "done" of "When was the gas safety check done?" and "What work was done on the car?": it names no deed, the check or
 * the work is the deed. "The next check must be done before…" says it, and answers another question; "Work carried
 * out: full service…" answers without it.
 */
const DONE_PASSIVE = /\b(?:is|are|was|were|be|been|being|get|got)\s+(?:[\p{L}'’-]+\s+){0,4}done\b/iu;

export function emptyPassive(question: string): string | undefined {
  return DONE_PASSIVE.test(question) ? 'done' : undefined;
}
/** What a thing is, not what is done to it: "When is the bill due?", "When is the office open?". */
const STATES = /^(?:due|open|closed|available|ready|back|over|on|off|out|free|valid|late|early|busy|full|empty|finished|done)$/;

/**
 * The test of whether a sentence tells of another time the deed "When…?" asks of was, or will be, done: "When will they
 * try to deliver the parcel again?" is not answered by "We tried to deliver your parcel today at 11:42", which tells
 * when they did; "When did they try to deliver it?" not by "We will try again tomorrow". Only a deed said by its doer
 * ("we tried", "they have visited", "we will try"): "Bins collected every Wednesday" tells no tense. And "When was my
 * eye test?" is not answered by "Your next eye test is due in 2 years", which dates the one to come and tells of none
 * done. Undefined for a question asking neither.
 */
const FUTURE_WHEN_Q = /^\s*when\s+(?:will|shall|(?:are|is)\s+(?:[\p{L}'’-]+\s+){1,3}?going\s+to)\b/iu;
const PAST_WHEN = /^\s*when\s+(?:did|have|has|had|was|were)\b/i;
/**
 * A sentence dating what comes next ("Your next eye test is due…"; not a story's "the next day"), and one telling of
 * what was.
 */
const NEXT_TOLD = /\b(?:next|upcoming)\b[^.;]*\b(?:due|will|shall)\b/i;
const PAST_TOLD = /\b(?:was|were|had|last|previous|previously|ago)\b/i;
const DOER_BEFORE = String.raw`\b(?:i|we|you|they|he|she|was|were|had|has|have)\s+(?:(?:already|just|also|then|first)\s+)?`;
const WILL_BEFORE = String.raw`(?:\bwill|\bshall|['’]ll)\s+(?:(?:then|also|try\s+to|come\s+to|aim\s+to)\s+)?`;
/** A deed done, told by its doer ("we tried"); one to come ("we will try again"); a sentence telling of one to come. */
const DONE_BY_DOER = new RegExp(String.raw`${DOER_BEFORE}(\p{L}+ed)\b`, 'giu');
const TO_COME = new RegExp(String.raw`${WILL_BEFORE}(\p{L}+)\b`, 'giu');
const TELLS_TO_COME = new RegExp(WILL_BEFORE, 'i');

export function otherTenseTest(question: string): ((sentence: string) => boolean) | undefined {
  const future = FUTURE_WHEN_Q.test(question);
  if (!future && !PAST_WHEN.test(question)) return undefined;
  // The verbs of the question as it says them (not "delivered" of "When will it be delivered?", a passive's).
  const deeds = new Set(contentTerms(question.replace(/\b\p{L}+ed\b/giu, ' ')).map((t) => t.stem));
  const said = (sentence: string, told: RegExp) => [...sentence.matchAll(told)].some((m) => contentTerms(m[1]).some((t) => deeds.has(t.stem)));
  return future
    ? (sentence) => said(sentence, DONE_BY_DOER) && !TELLS_TO_COME.test(sentence)
    : (sentence) => (said(sentence, TO_COME) && !said(sentence, DONE_BY_DOER)) || (NEXT_TOLD.test(sentence) && !NEXT_TOLD.test(question) && !PAST_TOLD.test(sentence));
}

/** What says a rule: what must, may or may not be done. */
const RULE = /\b(?:must|may|can|cannot|can't|should|shall|not|never|allowed|permitted|prohibited|forbidden|banned)\b/i;

/**
 * The test of whether a sentence is a rule about the deed "Can we smoke in the flat?" asks whether one may do: "The
 * tenants must not smoke inside the property", not the line naming the flat. Undefined for any other question, and
 * for a verb that names no deed ("Can we have a cat?"). Built once per question, as amountStatedTest.
 */
export function permittedDeedTest(question: string): ((sentence: string) => boolean) | undefined {
  const asked = permittedDeed(question);
  if (!asked) return undefined;
  return (sentence) => RULE.test(sentence) && contentTerms(sentence).some((t) => t.stem === asked);
}

/** The stem of the deed a question asks whether one may do ("drink" of "Can I drink grapefruit juice?"), if any. */
export function permittedDeed(question: string): string | undefined {
  return deedStem(question, permissionVerb(question));
}

/** A rule saying what may or may not be done: "Headphones are not allowed", "Smoking is banned", "We do not accept CVs". */
export const SAYS_PERMISSION = /\b(?:allowed|permitted|prohibited|forbidden|banned|accept|accepts|accepted)\b/i;

/** Whether the question asks how long something is or lasts (not "how long ago"). */
export function asksHowLong(question: string): boolean {
  return HOW_LONG_Q.test(question);
}

/** Whether the question asks how often something is done ("How often can I take the tablets?"). */
export function asksHowOften(question: string): boolean {
  return HOW_OFTEN_Q.test(question);
}

/**
 * What a span of time after these words says is how often or how old, not how long: "every 4 to 6 hours", "aged 10 to
 * 15 years", "children under 10 years".
 */
const NOT_HOW_LONG = /\b(?:every|each|per|aged?|ages|(?:children|child|kids|adults|people|persons|patients|babies|infants|anyone|those)\s+(?:under|over|below|above))\s+(?:\S+\s+(?:to|or|and)\s+|[\d.,]+\s*[–-]\s*)?$/i;
/** An amount a span is the unit of: "20p a day", "£35 per hour" is a rate, not how long. */
const RATE_BEFORE = /(?:\p{Sc}\s?\d[\d.,]*|\d[\d.,]*\s?(?:p|c|pence|cents?|%))\s*$/iu;
/** "How long can I take it for?" asks what a "for" says ("for more than 3 days"); "in 24 hours" is a window to count in. */
const HOW_LONG_FOR_Q = /\bfor\s*\?*\s*$/i;
const WINDOW = /\b(?:in|within)\s+(?:\S+\s+(?:to|or|and)\s+)?$/i;

/** "How early can I renew?", "How far in advance should I book?": how long before (not "How soon will I hear?"). */
const HOW_EARLY_Q = /^\s*how\s+(?:early|far\s+(?:ahead|in\s+advance)|long\s+before|much\s+notice)\b/i;
/** A span of time before something: "up to 12 weeks before it expires", "48 hours in advance", "a month's notice". */
const LEAD_TIME = new RegExp(String.raw`(?:${SPAN_OF_TIME.source})\s*(?:before|ahead|in\s+advance|beforehand|prior|earlier|notice)\b|\b\w+\s+(?:hours?|days?|weeks?|months?)['’]s?\s+notice\b`, 'i');

/**
 * A span of time before or after something says when, not how long: "You can renew it up to 12 weeks before it
 * expires" is no answer to "How long does the renewal take?" (unlike "Rest it for 10 minutes before carving"). Unless
 * the question asks so: "How long before the exam should I book?".
 */
const WHEN_BY_SPAN = /^\s*(?:before|after|earlier|ahead|prior|beforehand|in\s+advance|ago|later)\b/i;
/** …unless it is how long something lasts or takes before it: "Rest it for 10 minutes…", "Please allow 3 working days before you collect." */
const SPAN_LASTS = /\b(?:for|allow|allowing|takes?|taking|took|wait|waiting)\s+(?:up\s+to\s+|about\s+|around\s+|at\s+least\s+)?$/i;
const RELATIVE_Q = /\b(?:before|after|ahead|advance|early|earlier|ago|later|prior|notice)\b/i;

/** Whether the sentence gives a length or a span of time the question does not already hold ("the 3-day conference"). */
function spanBeyondQuestion(sentence: string, question: string): boolean {
  const asked = question.toLowerCase().replace(/\s+/g, ' ');
  const asksRelative = RELATIVE_Q.test(question);
  const lasts = (span: RegExpMatchArray) => {
    const before = sentence.slice(Math.max(0, span.index! - 40), span.index);
    const after = sentence.slice(span.index! + span[0].length, span.index! + span[0].length + 20);
    return !NOT_HOW_LONG.test(before) && !RATE_BEFORE.test(before) && !(HOW_LONG_FOR_Q.test(question) && WINDOW.test(before)) && !(!asksRelative && WHEN_BY_SPAN.test(after) && !SPAN_LASTS.test(before));
  };
  const given = [...[...sentence.matchAll(SPAN_OF_TIME)].filter(lasts).map((m) => m[0]), ...LENGTHS(sentence)];
  return given.some((span) => !asked.includes(span.toLowerCase().replace(/\s+/g, ' ')));
}

/**
 * A question asking for a time of day: "What time does it open?", "At what time…"; not "what time period", "During
 * what time…", "In what time of year…", which ask for an era or a season.
 */
const CLOCK_Q = /(?<!\b(?:during|in|since|until|from|over|by|for)\s+)\b(?:what|which)\s+time\b(?!\s+(?:period|periods|fram\w*|span|zone|of\s+(?:the\s+)?(?:year|day|month|week)))/i;
/** A time of day: "19:30", "8:45 am", "7pm", "noon". */
/** A date written in figures: "14/03/2027", "14.3.", "2027-03-14". */
const NUMERIC_DATE = /\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|\b\d{4}-\d{1,2}-\d{1,2}\b/;
const CLOCK = /\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\b|\b(?:noon|midday|midnight|o['’]clock)\b/i;

/**
 * A question asking when something ends: "When does the dancing finish?", "What time does the pool close?", "When does
 * my parking permit expire?".
 */
const END_Q = /\b(?:when|what\s+time|how\s+late)\b.*\b(finish|finishes|end|ends|close|closes|stop|stops|over|expire|expires|run\s+out|runs\s+out)\b/i;
/**
 * "…dancing until midnight", "open from 7am to 9pm", "9am–5pm", "until 30 June", "14 March 2027 to 13 March 2028": the
 * time something goes on to.
 */
const UNTIL_CLOCK = String.raw`(?:\b(?:until|till|to)\s+(?:about\s+|around\s+)?|\d\s?(?:[ap]\.?m\.?)?\s?[–-]\s?)(?:${CLOCK.source})`;
const UNTIL_DATE = new RegExp(
  String.raw`\b(?:until|till):?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH_NAMES}|${WEEKDAY_NAMES})\b|\b(?:to|[–-])\s*\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAMES}\s+\d{4}\b`,
  'i',
);
const UNTIL_TIME = new RegExp(`${UNTIL_CLOCK}|${UNTIL_DATE.source}`, 'i');
/** What ends once, on a day, not at a time of every day: "When does my parking permit expire?" ("Valid until: 31 March"). */
const EXPIRES = /^(?:expires?|runs?\s+out)$/i;

/**
 * The question's word for an end ("finish", "close") that a sentence saying what time something goes on until, or ends
 * at, holds in none of its words: "…with dinner at 5pm and dancing until midnight" answers "When does the dancing
 * finish?", "The pool is open from 7am to 9pm" "What time does the pool close?" and "The meeting closed at 9:05pm"
 * "What time did the meeting finish?". Empty for any other sentence or question.
 */
export function endWordsHeld(sentence: string, question: string): string[] {
  const asked = END_Q.exec(question)?.[1];
  // (Running out is expiring, as the question's words are read: phrasal-verbs.ts.)
  if (asked && EXPIRES.test(asked)) return UNTIL_DATE.test(sentence) ? [/^run/i.test(asked) ? 'expire' : asked.toLowerCase()] : [];
  return asked && (UNTIL_TIME.test(sentence) || ENDED_AT.test(sentence) || ENDED_ON.test(sentence) || (CLOCK.test(sentence) && ENDS_ENTRY.test(sentence))) ? [asked.toLowerCase()] : [];
}
/**
 * Whether "How much does Shelly weigh?" asks a weight and the sentence gives none: "Weigh her every week…; wake her if
 * she loses more than 1% of her weight" says to weigh her, not what she weighs. A weight is a figure with its unit, or
 * a figure on a line saying weight ("Weight (kg): 12.4").
 */
export function weightUnsaid(question: string, sentence: string): boolean {
  if (!measureNouns(question).includes('weight')) return false;
  return !WEIGHT(sentence) && !(/\bweigh/i.test(sentence) && /\d(?![\d.,]*\s?%)/.test(sentence));
}

/**
 * Whether "What time does the concert finish?" asks the time something ends and the sentence gives none: "Our spring
 * concert is on Saturday 27 March at 7pm" says when it starts, not when it is over. (Not what expires, on a day.)
 */
export function endTimeUnsaid(question: string, sentence: string): boolean {
  const asked = END_Q.exec(question)?.[1];
  if (!asked || EXPIRES.test(asked) || !CLOCK_Q.test(question)) return false;
  return endWordsHeld(sentence, question).length === 0 && !givesOpeningTime(sentence);
}
/** An agenda's entry saying the end ("16:00 | Close", "Session: Finish"): a value, or a line, that is only that word. */
const ENDS_ENTRY = /(?:^|[:;|]\s*)(?:close|closing|end|finish)\s*(?:$|[;|.])/im;
/**
 * A question asking when something starts: "When does my insurance start?", "What date does the course begin?",
 * "When does the new rate start?".
 */
const START_Q = /\b(?:when|what\s+(?:time|date|day))\b.*\b(start|starts|begin|begins|commence|commences)\b/i;
/** A span between two dates, its start first: "14 March 2027 to 13 March 2028", "1 Sept 2027 – 31 Aug 2028". */
const DATE_SPAN = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAMES}\.?(?:\s+\d{4})?\s*(?:to|until|till|[–-])\s*\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAMES}\b`, 'i');

/**
 * The question's word for a start ("start", "begin") that a span between two dates holds in none of its words: "Period
 * of cover: 14 March 2027 to 13 March 2028" answers "When does my insurance start?". Empty for any other sentence or
 * question.
 */
export function startWordsHeld(sentence: string, question: string): string[] {
  const asked = START_Q.exec(question)?.[1];
  return asked && (DATE_SPAN.test(sentence) || FROM_DATE.test(sentence) || (CLOCK_Q.test(question) && CLOCK_SPAN.test(sentence))) ? [asked.toLowerCase()] : [];
}
/**
 * …and, asked what time, one between two times of day: "Times: 9am to 3pm" says when the camp starts as when it ends
 * (not when a new rate does: "call us Monday to Friday 9am to 5pm").
 */
const CLOCK_SPAN = new RegExp(String.raw`(?:${CLOCK.source})\s*(?:to|until|till|[–-])\s*(?:${CLOCK.source})`, 'i');
/** A date something holds from: "From 1 February 2027 the rate will go down…", "with effect from 6 April". */
const FROM_DATE = new RegExp(String.raw`\b(?:from|starting|effective|as\s+of)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAMES}\b`, 'i');

/** An end in other words, at a time of day: "The meeting closed at 9:05pm." for "What time did the meeting finish?". */
const ENDED_AT = new RegExp(String.raw`\b(?:finish(?:es|ed)?|end(?:s|ed)?|clos(?:e|es|ed)|stop(?:s|ped)?|over)\s+(?:(?:at|by)\s+(?:about\s+|around\s+)?)?(?:${CLOCK.source})`, 'i');

/** …or on a day: "We finish after lunch on Sunday." for "When does the retreat end?". */
const ENDED_ON = new RegExp(String.raw`\b(?:finish(?:es|ed)?|end(?:s|ed)?)\b[^.;!?]{0,30}?\b(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAMES}\b)`, 'i');

/** A question asking what holds now: "Where does Amira work now?", "What is her current job?". */
const NOW_Q = /\b(now|current|currently|presently|these\s+days|at\s+the\s+moment)\b/i;
/** A span running to now, as a CV's or a profile's lines write it: "2021 to present", "May 2019 – now", "2020-date". */
const TO_PRESENT = /(?:\b\d{4}|\b(?:19|20)\d{2})\s*(?:to|until|till|–|—|-)\s*(?:the\s+)?(?:present|now|date|today)\b/i;

/** Whether a question asks what holds now (NOW_Q): "Where does Amira work now?". */
export function asksNow(question: string): boolean {
  return NOW_Q.test(question);
}

/**
 * The question's word for now ("now", "current") that a line whose span runs to the present holds in none of its
 * words: "Senior Structural Engineer, Avonbank Consulting, Bristol — 2021 to present" answers "Where does Amira work
 * now?" and "What is her current job title?". Empty for any other sentence or question.
 */
export function nowWordsHeld(sentence: string, question: string): string[] {
  const asked = NOW_Q.exec(question)?.[1];
  return asked && TO_PRESENT.test(sentence) ? [asked.toLowerCase()] : [];
}

/**
 * Whether a question asks what time a place opens or closes on any day, and the sentence gives no time: "The nursery is
 * closed on Friday 2 April" does not say what time it opens. Asked of a day ("…open on Sunday?"), a day it is closed
 * answers. Nor does a time saying nothing of opening: "Your first appointment is on Monday 8 February at 9.20am" does
 * not say when the dental practice closes.
 */
export function hoursUnsaid(question: string, sentence: string): boolean {
  if (!HOURS_Q.test(question) || !CLOCK_Q.test(question) || namesMonth(question) || DAY_ASKED.test(question)) return false;
  return !givesOpeningTime(sentence);
}
/** Whether a sentence gives hours ("Monday to Friday 8am to 6pm"), or a time it says opens or closes ("We close at 5.30pm"). */
function givesOpeningTime(sentence: string): boolean {
  return OPENING_HOURS.test(sentence) || (CLOCK.test(sentence) && OPENING_SAID.test(sentence));
}
/** Words saying a time is one of opening or closing: "We close at 5.30pm", "Last entry 4pm", "Doors 7pm". */
const OPENING_SAID = /\b(?:open|opens|opening|opened|close|closes|closing|closed|shut|shuts|hours|until|till|last\s+(?:orders|entry|admission)|doors)\b/i;
/** A day a question asks of: a weekday, a weekend, a holiday. */
const DAY_ASKED = new RegExp(String.raw`\b(?:${WEEKDAY_NAMES}s?|weekends?|today|tomorrow|tonight|holidays?|christmas|easter|new\s+year)\b`, 'i');

/** Whether a question asks for a time of day: "What time is my flight?". */
export function asksClock(question: string): boolean {
  return CLOCK_Q.test(question);
}

/**
 * "When is the football camp?", "When are the parents' evenings?": a thing asked when it is, not what time or when it
 * opens, is first dated by its day ("Dates: Monday 31 July to Friday 4 August"), its hours of the day after.
 */
const WHEN_IS_THING = /^\s*when\s+(?:is|are)\s+(?:the|my|our|your|their|this|these)\s+(?:[\p{L}'’-]+\s+){0,3}([\p{L}'’-]+)\s*\??\s*$/iu;

/** Whether a question asks when a thing is: by its day before its time of day. */
export function asksDayOfThing(question: string): boolean {
  const last = WHEN_IS_THING.exec(question)?.[1].toLowerCase();
  return last !== undefined && !STATES.test(last) && !/ed$/.test(last);
}

/**
 * A deadline set for the reader ("Please reply by 30 April", "Return the form by Friday 3 May"): it dates their deed,
 * not the thing a "When is…?" asks of, unless the question names the deed.
 */
const DEADLINE = new RegExp(String.raw`^\s*(?:please\s+)?(\p{L}+)\b[^.!?]*?\bby\s+(?:the\s+)?(?:\d|${WEEKDAY_NAMES}|${MONTH_NAMES})`, 'iu');

/** A sentence opening on a subject, not on the deed the reader is asked to do ("The party is…", "We will…"). */
const OPENS_ON_SUBJECT = /^(?:the|a|an|this|that|these|our|your|their|its|it|we|you|they|i|he|she)$/i;

/**
 * The test of whether a sentence sets the reader a deadline for a deed the question does not name. Built once per
 * question, as amountStatedTest.
 */
export function deadlineOfOtherTest(question: string): (sentence: string) => boolean {
  const asked = new Set(contentTerms(question).map((t) => t.stem));
  return (sentence) => {
    const verb = DEADLINE.exec(sentence)?.[1];
    return verb !== undefined && !OPENS_ON_SUBJECT.test(verb) && !contentTerms(verb).some((t) => asked.has(t.stem));
  };
}

/** Whether a sentence dates a day: names a month or a weekday, or writes a date in figures. */
export function datesDay(sentence: string): boolean {
  return namesMonth(sentence) || weekdayBeyond(sentence, '') || NUMERIC_DATE.test(sentence);
}

/** Whether a sentence gives a time of day: "Departs 07:55", "from 3pm". */
export function givesClock(sentence: string): boolean {
  return CLOCK.test(sentence);
}

/**
 * Codes that hold digits: "NYC-01", "SKU-4563", "RO-20221108" (capitals, a hyphen, digits), and long runs of capitals
 * and digits ("1C4RJFBG2NC123456", a VIN). They name a thing, not how many of it: not "2TB" or "10000RPM", a quantity
 * and its unit.
 */
const IDENTIFIER = /\b\p{Lu}{2,}[\p{Lu}\d]*(?:-[\p{Lu}\d]+)*-[\p{Lu}\d]*\d[\p{Lu}\d]*\b|\b(?!\d+\p{Lu}+\b)(?=[\p{Lu}\d]{8,}\b)(?=\d*\p{Lu}\d*\p{Lu})(?=\p{Lu}*\d\p{Lu}*\d)[\p{Lu}\d]+\b/gu;

/** Like newNumbers, for a question asking how many or how much: a date, a time or a code is not a quantity. */
function newQuantities(sentence: string, question: string): boolean {
  return newNumbers(sentence.replace(DATE_OR_TIME, ' ').replace(IDENTIFIER, ' '), question);
}

/** Capitalised in English, yet names of no person or place: "The treasurer reported … in August" names nobody. */
const CALENDAR_NAMES = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * Whether the word at `at` opens the label of the next of a form's lines joined into one ("Invoice date: 30 April 2024;
 * Due date: 30 May 2024"): after "; ", and a few words before a colon. In prose ("…in 1999; London was their home")
 * the word after a semicolon may be a name.
 */
function opensFormLine(sentence: string, at: number): boolean {
  return sentence.slice(Math.max(0, at - 2), at) === '; ' && /^[^;:.!?]{1,40}:/.test(sentence.slice(at));
}

/**
 * Whether a question asks what comes next ("When will the meter be read next?", "How much is the next payment?") and
 * the sentence tells only of what is past: "…your last reading was 412 cubic metres on 12 March" dates no reading to
 * come. A sentence saying what is ahead too ("next", "due", "will") may say both.
 */
export function onlyPastForNext(question: string, sentence: string): boolean {
  return NEXT_ASKED.test(question) && !PAST_SAID.test(question) && PAST_SAID.test(sentence) && !AHEAD_SAID.test(sentence);
}
const NEXT_ASKED = /\b(?:next|upcoming)\b(?!\s+to\b)/i;
const PAST_SAID = /\b(?:last|previous|previously|most\s+recent)\b/i;
const AHEAD_SAID = /\b(?:next|upcoming|future|due|will|shall|coming)\b/i;

/**
 * Whether a question asks whose name by "'s" ("What is the doctor's name?", "What's my dog's name?"), and the sentence
 * names no one the question does not: "Take your usual medicines unless your doctor has told you otherwise." says "doctor"
 * and no name.
 */
export function ownersNameUnsaid(question: string, sentence: string): boolean {
  return OWNERS_NAME_Q.test(question) && !newNames(sentence, question);
}
/** The word "name" of such a question, which a sentence naming someone holds: "Your consultant is Dr Miriam Osei." */
export function nameWordsHeld(sentence: string, question: string): string[] {
  return OWNERS_NAME_Q.test(question) && newNames(sentence, question) ? ['name'] : [];
}
const OWNERS_NAME_Q = /[\p{L}-]['’]s\s+(?:(?:first|full|last|second|middle|maiden)\s+|sur)?name\b/iu;

/**
 * Whether the sentence names someone the question does not, by capitalised words that are neither its first word nor
 * a month or a weekday. Not the letters of a code ("INV-2024-0193", "SKU-4563"), nor the label of a form's line.
 */
function newNames(sentence: string, question: string): boolean {
  const asked = new Set((question.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()));
  for (const m of sentence.matchAll(/(?<=[^\s(“"‘'-]*\s+)[(“"‘']?(\p{Lu}[\p{L}\p{M}'’.-]*)(?![\p{L}\p{M}\p{N}'’.-])/gu)) {
    if (opensFormLine(sentence, m.index)) continue;
    // A programme's line opens on its word after the time: "08:30 Registration and coffee" names nobody.
    if (AFTER_LEADING_TIME.test(sentence.slice(0, m.index))) continue;
    const word = m[1].replace(/[’'.-]+$/, '').replace(/[’']s$/i, '').toLowerCase(); // "Landlord's" is "landlord"
    if (CALENDAR_NAMES.test(word)) continue;
    // A small word opens a sentence, or a line of a form, where it is capitalised ("…advice\nIf available, …"), and
    // names nothing: "IT" written in capitals may name a desk.
    if (STOP_WORDS.has(word) && m[1] !== m[1].toUpperCase()) continue;
    if (word.length > 1 && !asked.has(word) && !asked.has(word.replace(/s$/, ''))) return true;
  }
  return false;
}

const AFTER_LEADING_TIME = /^\s*\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*[-–—]?\s*$/i;

/** Month names that are words too ("The tenant may end the lease", "to march", "a mar"): months only capitalised. */
const MONTH_OR_WORD = /^(?:may|march|mar|jan|sep|sept|oct|nov|dec|aug)$/;

/** Whether the sentence names a month: any of its names, or one that is also a word ("May", "March") capitalised. */
export function namesMonth(sentence: string): boolean {
  return (sentence.match(MONTHS) ?? []).some((m) => !MONTH_OR_WORD.test(m) || /^\p{Lu}/u.test(m));
}

const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthIndex = (name: string) => MONTH_INDEX.indexOf(name.slice(0, 3).toLowerCase());
/**
 * Two months a span runs between: "May to September", "5 September 2029 to 21 December 2029", "Jun–Aug", "between
 * April and September".
 */
const MONTH_SPAN = new RegExp(
  String.raw`\b(?:between\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(${MONTH_NAMES})\b\.?(?:\s+\d{4})?\s+and|(${MONTH_NAMES})\b\.?(?:\s+\d{4})?\s*(?:to|until|till|through|–|-))\s*(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(${MONTH_NAMES})\b`,
  'gi',
);

/** A date in figures: "2027-01-30" (its month second), "30/01/2027" or "01/30/2027" (either may be the month). */
const ISO_MONTH = /\b\d{4}-(\d{1,2})-\d{1,2}\b/g;
const FIGURES_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}\b/g;

/** MONTH_SPAN, tested once. */
const DATES_SPAN = new RegExp(MONTH_SPAN.source, 'i');

/** A day of a month, as dates are written: "20 June", "20th of June", "June 20" (not "June 2031"). */
const DAY_OF_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAMES})\b|\b(${MONTH_NAMES})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![:\d])`, 'gi');
/** A run of days of a month: "1 to 30 June", "14–18 July", "from 3 until 9 May". */
const DAY_SPAN = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s*(?:to|-|–|until|till)\s*\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAMES}\b`, 'i');

/** The days of months a text names, each as "month-day" ("5-20" for 20 June). */
function daysNamed(text: string): string[] {
  const out: string[] = [];
  for (const [, day, month, monthFirst, dayAfter] of text.matchAll(DAY_OF_MONTH)) {
    const name = (month ?? monthFirst)!;
    // "may" and "march" in lower case are as often a verb.
    if (MONTH_OR_WORD.test(name) && !/^\p{Lu}/u.test(name)) continue;
    out.push(`${monthIndex(name)}-${Number(day ?? dayAfter)}`);
  }
  // …and those written in figures ("2027-03-12", "12/03/2027"), as a log's date column writes them.
  for (const { month, day } of datesInFigures(text)) out.push(`${month - 1}-${day}`);
  return out;
}

/**
 * Whether the question asks of one day of a month that a text dating other days of that month never names: "Who is
 * volunteering on 20 June?" of a rota with rows for 3, 6 and 10 June. A run of days ("1 to 30 June") may hold it.
 */
export function otherDaysOnly(question: string, text: string): boolean {
  const asked = daysNamed(question);
  if (asked.length !== 1 || DAY_SPAN.test(text)) return false;
  const dated = new Set(daysNamed(text));
  const month = asked[0]!.split('-')[0];
  return !dated.has(asked[0]!) && [...dated].some((d) => d.split('-')[0] === month);
}

/**
 * A thing marked by a capital letter or a number, as a place or a grade is: "Zone K", "Stage 3", "Room 12", "plan B"
 * (by a number, its name capitalised: not a count, "scored 3 goals"); with its run or list of marks ("Stages 1 to 4",
 * "Zones J and K"), which may hold any mark between. A form's label marked by a letter is one too ("Valuation band: C"). Not a page: a document's text seldom writes its own page numbers.
 */
const MARKED = /\b(?![Pp]ages?\b)(\p{L}{3,})(?::(?=\s+[A-Z]\b))?\s+(\d{1,3}|[A-Z])(?![\p{L}\p{N}]|[.,:]\d)(\s*(?:to|-|–|and|or|,|\/|&)\s*(?:\d{1,3}|[A-Z])\b)?/gu;

/** Each thing a text marks, by its word's stem, with its marks, and whether it writes a run of them. */
function marksNamed(text: string): Map<string, { marks: Set<string>; run: boolean }> {
  const out = new Map<string, { marks: Set<string>; run: boolean }>();
  for (const [, word, mark, run] of text.matchAll(MARKED)) {
    // (A count is none: "scored 3 goals"; nor is a function word's: "Can I", "if I".)
    if (/^\d/.test(mark!) && !/^\p{Lu}/u.test(word!)) continue;
    const key = contentTerms(word!)[0]?.stem;
    if (!key) continue;
    const seen = out.get(key) ?? { marks: new Set<string>(), run: false };
    seen.marks.add(mark!.toUpperCase());
    seen.run ||= run !== undefined;
    out.set(key, seen);
  }
  return out;
}

/** The one marked thing a question names, if it names one. */
function oneMarkAsked(question: string) {
  const asked = [...marksNamed(question)];
  return asked.length === 1 ? asked[0]! : undefined;
}

/**
 * Whether the question asks of one marked thing ("Who teaches Stage 4?") that a text marking others of its kind ("Stage
 * 3", "Stage 5") never names, nor a run of which might hold it: as otherDaysOnly does for the days of a month.
 */
export function otherMarksOnly(question: string, text: string): boolean {
  const asked = oneMarkAsked(question);
  if (!asked) return false;
  const [key, { marks }] = asked;
  const named = marksNamed(text).get(key);
  return named !== undefined && !named.run && ![...marks].some((mark) => named.marks.has(mark));
}

/**
 * Whether the question asks of a thing by a measure no document gives ("her 50 metres badge", `missing` holding "50")
 * and the text gives that measure's unit only with other figures ("10 metres", "25 metres"), never a span of them that
 * might hold it ("6 to 12 years"): what it asks of is not there.
 */
export function otherMeasuresOnly(question: string, text: string, missing: ReadonlySet<string>): boolean {
  for (const [, figure, unit] of question.matchAll(FIGURED_WORD)) {
    if (!missing.has(figure!)) continue;
    const asked = contentTerms(unit!)[0]?.stem;
    if (!asked) continue;
    const given = [...text.matchAll(FIGURED_WORD)].filter(([, , u]) => contentTerms(u!)[0]?.stem === asked);
    const spanned = [...text.matchAll(FIGURED_SPAN)].some(([, , u]) => contentTerms(u!)[0]?.stem === asked);
    if (given.length > 0 && !spanned) return true;
  }
  return false;
}
/** A figure and the word after it: "50 metres", "2 litre". */
const FIGURED_WORD = /\b(\d{1,5})\s?(\p{L}{2,})\b/gu;
/** …and a span of figures before one: "6 to 12 years", "1-3 kg". */
const FIGURED_SPAN = /\b(\d{1,5}\s*(?:to|-|–)\s*\d{1,5})\s?(\p{L}{2,})\b/gu;

/**
 * The test of whether a sentence names the one thing marked by a letter the question asks of ("Group C" of "Who leads
 * Group C?"), a letter being no word the matching reads: "Group: Group C; Leader: Baloo", not the rows of Groups A and
 * D. Undefined for a question marking none, more than one, or one by a number, which is a word ("Super Bowl 50").
 */
export function markedThingTest(question: string): ((sentence: string) => boolean) | undefined {
  const asked = oneMarkAsked(question);
  if (!asked || ![...asked[1].marks].every((mark) => /^[A-Z]$/.test(mark))) return undefined;
  const [key, { marks }] = asked;
  return (sentence) => {
    const named = marksNamed(sentence).get(key);
    return named !== undefined && [...marks].some((mark) => named.marks.has(mark));
  };
}

/**
 * The months a text names (0 for January), those a span runs through included ("open May to September" names July),
 * and those its dates in figures may give. A month that is also a word only capitalised, as namesMonth reads it.
 */
export function monthsNamed(text: string): Set<number> {
  const months = new Set((text.match(MONTHS) ?? []).filter((m) => !MONTH_OR_WORD.test(m) || /^\p{Lu}/u.test(m)).map(monthIndex));
  for (const [, month] of text.matchAll(ISO_MONTH)) months.add(Number(month) - 1);
  for (const [, a, b] of text.matchAll(FIGURES_DATE)) for (const n of [Number(a), Number(b)]) if (n >= 1 && n <= 12) months.add(n - 1);
  for (const [, between, from = between, to] of text.matchAll(MONTH_SPAN)) {
    for (let m = monthIndex(from!), n = 0; m !== monthIndex(to!) && n < 12; m = (m + 1) % 12, n++) months.add(m);
  }
  return months;
}

/**
 * The month a question asks of, as a sentence giving a span of months holds it, saying whether the month falls in it:
 * "Can I have a bonfire on the allotment in July?" of "Bonfires are allowed only between 1 November and 28 February".
 */
export function monthWordsHeld(sentence: string, question: string): string[] {
  const asked = (question.match(MONTHS) ?? []).filter((m) => !MONTH_OR_WORD.test(m.toLowerCase()) || /^\p{Lu}/u.test(m));
  return asked.length > 0 && spansMonths(sentence) ? asked : [];
}

/** Whether a sentence gives a span of months: "from November to March", "between 1 April and 30 September". */
export function spansMonths(sentence: string): boolean {
  return sentence.search(MONTH_SPAN) >= 0;
}

/** "Which day…", "What day of the week…", "On what days…": a weekday or a date answers. */
const WHICH_DAY_Q = /\b(?:which|what)\s+days?\b(?!\s+(?:trip|pass|ticket|rate|care|centre|center|nursery|school|visitor))/i;
const WEEKDAY = new RegExp(String.raw`\b(?:${WEEKDAY_NAMES})s?\b`, 'gi');

/** Whether the sentence names a day of the week the question does not. */
function weekdayBeyond(sentence: string, question: string): boolean {
  const asked = new Set((question.match(WEEKDAY) ?? []).map((d) => d.toLowerCase().replace(/s$/, '')));
  return (sentence.match(WEEKDAY) ?? []).some((d) => !asked.has(d.toLowerCase().replace(/s$/, '')));
}

/**
 * A day that comes round, as pay days and collections are given: "on the last working day of the month", "every
 * Tuesday", "the first Monday of each month", "Closed on Mondays".
 */
const RECURRING_DAY = new RegExp(
  String.raw`\b(?:first|second|third|fourth|last|\d{1,2}(?:st|nd|rd|th))\s+(?:working\s+|business\s+|week)?(?:day|${WEEKDAY_NAMES})\s+of\s+(?:the|each|every)\s+(?:month|week|year|quarter)\b|\bevery\s+(?:other\s+)?(?:${WEEKDAY_NAMES}|weekday|morning|evening)\b|\b${WEEKDAY_NAMES}s\b`,
  'i',
);

/** 1 when the sentence dates something (a year, a month, a date, an era), less for a weak sign of when, else 0. */
/** An age or an age's bound: "turning 7", "turning seven", "aged 6", "under 16", "over 50s", "5 years old". */
const AGE = /\b(?:turning|turns|turned|aged|age|under|over)[\s-]+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)s?\b|\b\d+\s*(?:years?|yrs?)\s+old\b/gi;

function holdsWhen(said: string, question: string): number {
  // An amount of money says no date: "Bicycles worth more than £750…" holds no year, nor "The trip costs £14.50" a day,
  // nor a payslip's "Amount: 2450.00".
  // Nor a telephone number written in groups a time: "Walker: Chris Doyle, 07700 900 563" does not say when he comes.
  const sentence = said.replace(SIGNED_AMOUNT, ' ').replace(MONEY_FIELD, ' ').replace(DIALLED_IN_TEXT, (m) => (/\s/.test(m) && !/[./]/.test(m) && dialsEnough(m) ? ' ' : m));
  // A year, not a group of a larger figure ("1,900 square metres", "€2.500") nor part of a code ("X2000", "SF-1008",
  // "Serial no: 7742-0981-AB": four figures from 3000 or under 1000 are no year; nor the group after such figures:
  // "HM-3390-1172", while "1990-1995" is two years; nor a group of a number written in groups: "PX 7741 2290 5GB",
  // "01423 555 771").
  if (/(?<![\w,.]|[A-Za-z]-|(?<!\d)(?![12]\d{3}-)\d{3,}-|\d\s)(?:[12]\d{3}|\d{3})s?(?![,.]?\d)(?!\s\d{3})\b|\b\d{1,2}(?:st|nd|rd|th)\b/.test(sentence) || namesMonth(sentence)) return 1;
  if (HAS_DATE_OR_TIME.test(sentence)) return 1; // "11/14", "8:45 am"
  // A French or German question's answer names its month in that language; an English one's "Mars" is a planet.
  if (FR_DE_TIME_Q.test(question) && FR_DE_MONTHS.test(sentence)) return 1;
  if (CJK_DATE.test(sentence)) return 1;
  if (/\b(?:century|centuries|decade|bc|bce|ad|ago|dynasty|reign)\b/i.test(sentence)) return 1;
  if (RECURRING_DAY.test(sentence) && !RECURRING_DAY.test(question)) return 1;
  // An age is no time: "Maya is turning 7!" does not say when her party is, nor "Junior (under 16): £4.00" when.
  if (newNumbers(sentence.replace(AGE, ' '), question)) return 0.75;
  const asked = new Set(words(question, TIME_WORDS));
  return words(sentence, TIME_WORDS).some((w) => !asked.has(w)) ? 0.5 : 0;
}

/**
 * 1 when the sentence holds something of the kind the question wants and the question does not already say,
 * 0 when it holds nothing of that kind; 0.5 when only a weak sign of it ("later", "in the war" for "when").
 * Always 1 for a question without a cue.
 */
export function holdsExpected(sentence: string, question: string, kind: AnswerKind): number {
  switch (kind) {
    case 'any':
      // "What colour is my bag?" is answered by a colour: "We have found a black rucksack…", not "…your lost bag.".
      if (COLOUR_Q.test(question)) return COLOUR.test(sentence) ? 1 : 0.25;
      // "What is the serial number?" by one: "(serial number 56012-88431)", not "Please have your serial number ready".
      if (CODE_NUMBER_Q.test(question)) return /\d/.test(sentence) ? 1 : 0.25;
      return 1;
    case 'number': {
      // "How long is the reef?", "How long did the siege last?": a length or a span of time answers; another count
      // ("over 2,900 individual reefs") only half.
      if (HOW_LONG_Q.test(question) && spanBeyondQuestion(sentence, question)) return 1;
      // "How often" is answered by how often ("Empty the dust bin after every cleaning run."), with or without a
      // figure; a figure alone ("Step 1: …") answers it no better than any other sentence.
      if (HOW_OFTEN_Q.test(question)) return FREQUENCY.test(sentence) && !FREQUENCY.test(question) ? 1 : newQuantities(sentence, question) ? 0.5 : 0;
      // "How fast is the 5G?": a speed answers ("download speed on 5G is 150Mbps"); another figure ("30GB … at 5G
      // speeds") only half.
      if (HOW_FAST_Q.test(question)) return SPEED(sentence) ? 1 : newQuantities(sentence, question) ? 0.5 : 0;
      // "How tall is the wardrobe?" by a length ("Height: 182 cm"), "How heavy is it?" by a weight: not by "2-door".
      if (HOW_TALL_Q.test(question)) return BY.test(sentence) || LENGTH(sentence) ? 1 : newQuantities(sentence, question) ? 0.25 : 0;
      if (HOW_HEAVY_Q.test(question)) return WEIGHT(sentence) ? 1 : newQuantities(sentence, question) ? 0.25 : 0;
      if (PERCENT_RATE_Q.test(question)) return PERCENT.test(sentence) ? 1 : newQuantities(sentence, question) ? 0.25 : 0;
      if (TEMPERATURE_Q.test(question)) return DEGREES_SIGN.test(sentence) || DEGREES_WORD.test(sentence) ? 1 : newQuantities(sentence, question) ? 0.25 : 0;
      // "How many tablets can I take in a day?" asks a count by the day: "…up to three times a day", "No more than 6
      // tablets in 24 hours", not "Do not take for more than 10 days".
      const counted = countRateOf(question);
      if (counted && newQuantities(sentence, question)) return counted.test(sentence) ? 1 : 0.5;
      if (newQuantities(sentence, question)) return HOW_LONG_Q.test(question) ? 0.5 : 1;
      // "How much is parking?": "Parking is free" gives its price, in no figure.
      if (COSTS_NOTHING.test(sentence) && asksMoney(question)) return 1;
      const asked = new Set(words(question, VAGUE_QUANTITIES));
      return words(sentence, VAGUE_QUANTITIES).some((w) => !asked.has(w)) ? 0.3 : 0;
    }
    case 'time':
      // "What time does the flight leave?" asks for a clock time: a day ("Day 7 (Friday 18 October): Train to Osaka.")
      // half answers it, and "Dinner reservation at 19:30." does.
      if (CLOCK_Q.test(question)) return CLOCK.test(sentence) ? 1 : Math.min(0.5, holdsWhen(sentence, question));
      // "When does school start in September?" asks a day of the month it names: "School starts at 8:45am" gives a time
      // of any day, "Starts: Thursday 2 September 2027" the day.
      if (namesMonth(question) && CLOCK.test(sentence) && !namesMonth(sentence) && !NUMERIC_DATE.test(sentence)) return Math.min(0.5, holdsWhen(sentence, question));
      // "Which day do the bins go out?" asks a day of the week: "…on Wednesday night" names it as a date would.
      if (WHICH_DAY_Q.test(question) && weekdayBeyond(sentence, question)) return 1;
      // …and a span of dates names none of its days: "What day is Lucy's piano lesson?" of an invoice's "Date: 7 Sep to
      // 14 Dec" beside "Lesson: 30 minutes, Tuesdays 4:30pm".
      if (WHICH_DAY_Q.test(question) && (DATES_SPAN.test(sentence) || DAY_SPAN.test(sentence))) return Math.min(0.5, holdsWhen(sentence, question));
      // "When should I use the inhaler?" is answered by the need it is used on: "Two puffs when needed".
      if (WHEN_TO_USE_Q.test(question) && AS_NEEDED.test(sentence)) return 1;
      // "How early can I renew?" asks how long before: "…up to 12 weeks before it expires", not the date it expires.
      if (HOW_EARLY_Q.test(question)) return LEAD_TIME.test(sentence) ? 1 : Math.min(0.5, holdsWhen(sentence, question));
      return holdsWhen(sentence, question);
    case 'person':
      // "Who do I call if the boiler breaks?", "Who do I email to help?": a number to ring or an address to write to
      // answers as a name does.
      if (WHO_TO_CONTACT.test(question) && (MAIL_ADDRESS.test(sentence) || TELEPHONE_NUMBER.test(sentence))) return 1;
      // "Who needs to be at home?", "Who can attend?": a rule's person is said by who they are ("someone aged 18 or
      // over", "an adult", "parents"), as a name says who did a thing.
      if (WHO_MAY.test(question) && SOMEONE.test(sentence)) return 1;
      if (!newNames(sentence, question)) return 0.25;
      // …and a name half answers it where nothing says to get in touch with them, as a role's label or a verb of
      // contact does: "please contact Mrs Dean in the school office", not "a case of head lice in Class 3".
      return WHO_TO_CONTACT.test(question) && !GETS_IN_TOUCH.test(sentence) && !ROLE_LABEL.test(sentence) ? 0.5 : 1;
    case 'place':
      // "Where do I find the batch code?" of a manual or a notice: "on the label under the base", "by the main
      // office", named by common nouns, answers it as a town's name answers where a battle was.
      return newNames(sentence, question) || (WHERE_DO_I.test(question) && SPOT.test(sentence)) ? 1 : 0.25;
    case 'reason':
      if (words(sentence, REASON_WORDS).length || (FR_DE_REASON_Q.test(question) && FR_DE_REASON_WORDS.test(sentence))) return 1;
      return CJK_REASON_Q.test(question) && CJK_REASON_WORDS.test(sentence) ? 1 : 0.4;
  }
}

/** "When should I use the inhaler?", "When do I take it?": when a thing is used, which a dose may say by its need. */
const WHEN_TO_USE_Q = /^\s*when\s+(?:should|do|can|must|would)\s+(?:i|we|you|they|he|she)\s+(?:use|take|give|apply|have)\b/i;
/** "when needed", "as required", "if necessary". */
const AS_NEEDED = /\b(?:when|as|if)\s+(?:needed|required|necessary)\b/i;

/**
 * "Where do I find…", "Where can we leave…", "Where should I put…", "Where is the key?", "Where are my towels?", "Where
 * are his EpiPens?", "Where are study periods?": a spot asked of one's own surroundings.
 */
const WHERE_DO_I_WORDS = /\bwhere\s+(?:(?:do|can|could|should|must|would|may)\s+(?:i|we|you)|(?:is|are|['’]s)\s+(?:the|my|our|your|his|her|their)|are\s+\p{Ll}+\s+\p{Ll}+s\s*\?)/iu;
/** …and "Where are Leo's EpiPens?", whose owner is named. */
const WHERE_ARE_SOMEONES = /\b[Ww]here\s+(?:is|are)\s+\p{Lu}\p{Ll}+['’]s\s/u;
const WHERE_DO_I = { test: (question: string) => WHERE_DO_I_WORDS.test(question) || WHERE_ARE_SOMEONES.test(question) };

/** Whether a question asks where something of one's own surroundings is, or where to go: "Where is the fete?" */
export function asksSpot(question: string): boolean {
  return WHERE_DO_I.test(question);
}

/** "Where is the key?", "Where are my towels kept?": the thing asked where it is; its head, before any "of". */
const WHERE_IS_THING = /\bwhere(?:['’]s|\s+is|\s+are)\s+(?:the|my|our|your)\s+([\p{L}\s-]+?)(?:\s+of\b[^?]*)?(?:\s+(?:kept|stored|located|found|situated|based))?\s*\??\s*$/iu;
const PLACING = '(?:kept\\s+|stored\\s+|located\\s+|found\\s+|left\\s+)?(?:on|under|underneath|in|inside|at|by|behind|beside|near|next\\s+to|outside|above|below)\\b';

/**
 * The test of whether a sentence says where the thing a "Where is the X?" question asks about is, with X as its
 * subject: "The key is in the grey key safe…", "your temporary password is in the sealed envelope". "Please leave the
 * key in the key safe" says where it goes at the end of a stay, and "sign in with your username and password" where it
 * is used. Undefined for any other question. Built once per question: it is run on every candidate sentence.
 */
export function placingTest(question: string): ((sentence: string) => boolean) | undefined {
  const head = WHERE_IS_THING.exec(question)?.[1]?.trim().split(/\s+/).at(-1)?.replace(/[^\p{L}-]/gu, '');
  if (!head) return undefined;
  const placed = new RegExp(`\\b${head}s?\\s+(?:is|are)\\s+${PLACING}`, 'iu');
  return (sentence) => placed.test(sentence);
}

/**
 * "How much is the rent?", "How much are the tickets?", "How much is anytime membership?", "How much does the trip
 * cost?": the thing priced; its head last.
 */
const HOW_MUCH_IS_THING = /\bhow\s+much\s+(?:(?:is|are|was|were)\s+(?:(?:the|my|our|your)\s+)?([\p{L}\s-]+?)|(?:does|do|did|will)\s+(?:the|my|our|your|a|an)\s+([\p{L}\s-]+?)\s+cost)\s*\??\s*$/iu;
/** "What is the excess?", "What's my deposit?", "What is Grace's salary?": a thing that is an amount of money, asked by its name. */
const WHAT_IS_MONEY_THING =
  /^\s*what(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:the|my|our|your|\p{Lu}\p{L}+['’]s?)\s+(?:[\p{L}-]+\s+){0,2}(excess|deposit|fee|fees|rent|premium|fine|penalty|charge|charges|price|cost|fare|fares|salary|bill)\s*\??\s*$/iu;
const AMOUNT = String.raw`(?:[$€£¥₹]\s?\d|\d[\d,.]*\s?(?:dollars|euros|pounds)\b)`;
/** What follows the thing priced and qualifies it: "for the design work", "on the flat". */
const QUALIFIER = /\s(?:for|of|on|at|in|to|with|from)\s/i;
const STATED_AMOUNT = String.raw`(?:is|are|was|were|costs?|will\s+be)\s+(?:\p{L}+\s+){0,2}${AMOUNT}`;

/**
 * The test of whether a sentence states the amount of the thing "How much is the X?" (or "What is the excess?") asks
 * about, X its subject: "The rent is £1,375 per calendar month…", not "…a deposit of £1,586, equal to five weeks'
 * rent", which names the rent to price something else. Undefined for any other question. Built once per question, as
 * placingTest.
 */
export function amountStatedTest(question: string): ((sentence: string) => boolean) | undefined {
  const m = HOW_MUCH_IS_THING.exec(question);
  // Singular or plural, as the sentence has it: "How much did the tickets cost?" of "Each ticket costs £32.50".
  // (The thing, not what qualifies it: "deposit" of "How much is the deposit for the design work?".)
  const thing = (m?.[1] ?? m?.[2] ?? WHAT_IS_MONEY_THING.exec(question)?.[1])?.split(QUALIFIER)[0];
  // (What a person is paid is their pay: "Pay is £16.50 an hour" for "How much is the nanny paid per hour?".)
  const head = thing !== undefined && /\bpaid\b/i.test(thing) ? 'pay' : thing?.trim().split(/\s+/).at(-1)?.replace(/[^\p{L}-]/gu, '').replace(/(?<=\p{L}{3})s$/u, '');
  if (!head) return undefined;
  // …or names it with its amount, which may be a share of the whole: "…with an excess of £1,200", "A security deposit
  // of £250 is held…", "A deposit of 40% is due on signing".
  const stated = new RegExp(`\\b${head}s?\\s+${STATED_AMOUNT}|\\b(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}${head}s?\\s+of\\s+(?:${AMOUNT}|\\d[\\d.]*\\s?%)`, 'iu');
  return (sentence) => stated.test(sentence);
}

/** "How much mince do I need?", "How much flour should I add?": the thing measured, before the verb. */
const HOW_MUCH_OF = /\bhow\s+much\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:do|does|should|must|will|can)\s+(?:i|we|you|it)\s+(?:need|use|add|buy|get|put)\b/iu;
/** An amount measured: "500g", "2 tins of", "300 ml", "1½ cups". */
const MEASURE = String.raw`\d[\d.,½¼¾/]*\s?(?:g|kg|mg|ml|l|litres?|liters?|tbsp|tsp|tablespoons?|teaspoons?|cups?|tins?|cans?|packs?|bags?|pinch|handfuls?|oz|lb)\b(?:\s+of)?`;

/**
 * The test of whether a sentence measures the thing "How much mince do I need?" asks of, its measure right before it:
 * a recipe's "500g beef mince", not "…use 2 tins of lentils instead of the mince", which measures something else.
 * Undefined for any other question. Built once per question, as amountStatedTest.
 */
export function measuredThingTest(question: string): ((sentence: string) => boolean) | undefined {
  const head = HOW_MUCH_OF.exec(question)?.[1]?.trim().split(/\s+/).at(-1)?.replace(/(?<=\p{L}{3})s$/u, '');
  if (!head) return undefined;
  const measured = new RegExp(String.raw`${MEASURE}\s+(?:[\p{L}-]+\s+){0,2}${head}(?:s|es)?\b`, 'iu');
  return (sentence) => measured.test(sentence);
}

/** The words of what "How many X…?" counts, up to its verb: "households" of "How many households have paid?". */
const HOW_MANY_THING = /\bhow\s+many\s+((?:(?!(?:do|does|did|is|are|was|were|have|has|had|will|would|can|could|should|must|there)\b)[\p{L}-]+\s*){1,3})/iu;
/** A figure, in digits or words, not an amount of money ("£10 per household" counts no households). */
const COUNT = String.raw`(?<![\p{Sc}\d.,])(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|dozen|dozens)`;

/** PEOPLE_COUNT_Q's answer: a figure, or a range of two ("2 to 5"), before who the people are. */
const PEOPLE_COUNTED = new RegExp(
  String.raw`${COUNT}(?:\s*(?:-|–|to|or|and)\s*${COUNT})?\+?\s+(?:\p{L}+\s+)?(?:people|persons|players|guests|adults|children|kids|members|staff|employees|students|pupils|passengers|visitors|attendees|participants|delegates|diners|occupants)\b`,
  'iu',
);

/**
 * The test of whether a sentence gives a count of the thing "How many X…?" asks about (any word of X, up to three),
 * the figure before it and at most two words between: "Subscriptions from 61 households have been received" for "How
 * many households have paid?", not "£10 per household". Undefined for any other question. Built once per question, as
 * amountStatedTest.
 */
export function countStatedTest(question: string): ((sentence: string) => boolean) | undefined {
  // Any of the words, as the verb may follow without an auxiliary ("How many people came?") and the head be unknown.
  const heads = HOW_MANY_THING.exec(question)?.[1].trim().split(/\s+/).filter((w) => !/^(?:of|the|a|an|for|in|on|to|per)$/i.test(w)).map((w) => w.replace(/(?<=\p{L}{3})(?:es|s)$/u, ''));
  if (!heads?.length) return undefined;
  // A pattern's sizes follow the first figure in brackets: "2 (2, 3) balls of Meadow Aran".
  const counted = new RegExp(`${COUNT}(?:\\s*\\([\\d\\s,.;–-]{1,20}\\))?\\s+(?:(?!(?:per|a|an|each|every|of|in)\\b)[\\p{L}-]+\\s+){0,2}(?:${heads.join('|')})(?:s|es)?\\b`, 'iu');
  return (sentence) => counted.test(sentence);
}

/** "What did the engineer recommend?", "What has the council decided?": the doer, then the verb asked of it. */
const WHAT_DID = /^\s*what\s+(?:did|does|do|has|have|had|will|would|should)\s+(?:the\s+|my\s+|our\s+|your\s+|their\s+|his\s+|her\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s+(\p{L}{3,})\s*\??\s*$/iu;
/** Verbs that ask for no deed of their own ("What did she do?", "What does it mean?"): see LIGHT_VERBS. */
const NO_DEED = /^(?:do|does|did|done|mean|means|meant|say|says|said|have|has|had|be|is|are|look|like|cost|costs|need|needs|want|wants)$/i;

/**
 * The test of whether a sentence says the deed a "What did X do?" question names, by its verb: "There is no carbon
 * monoxide alarm in the kitchen: we strongly recommend fitting one." for "What did the engineer recommend?", where the
 * line "Engineer: Gary Holt" names only the doer (it is no label answering it). Undefined for any other question.
 * Built once per question, as amountStatedTest. (As a bonus to the sentences saying the verb, it took two right first
 * sentences of SQuAD half A and gave none: those are mostly found by the verb already.)
 */
export function deedStatedTest(question: string): ((sentence: string) => boolean) | undefined {
  const asked = deedStem(question, WHAT_DID.exec(question)?.[1]);
  if (!asked) return undefined;
  return (sentence) => contentTerms(sentence).some((t) => t.stem === asked);
}

/**
 * A modal before the condition's verb ("if we can't come", "if the table doesn't fit", "if an item will not fit"), a
 * verb of wanting before it ("if you need to cancel"), and a passive's auxiliary ("if my bin wasn't collected").
 */
const MODAL = String.raw`(?:(?:(?:do|does|did|will|would|could|can)\s+not|don['’]t|doesn['’]t|didn['’]t|wouldn['’]t|couldn['’]t|cannot|can['’]t|can|will|won['’]t)\s+)?`;
const WANTING = String.raw`(?:(need|needs|want|wants|have|has|wish|decide)\s+to\s+)?`;
const AUXILIARY = String.raw`(?:(?:am|is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|has\s+been|have\s+been|hasn['’]t\s+been|haven['’]t\s+been|get|gets|got)\s+(?:not\s+)?)?`;
/**
 * "What if we arrive late?", "What happens if I lose my key?", "What should I do if I don't get paid?", "What do I do
 * with the router if I leave?": the verb.
 */
const WHAT_IF = new RegExp(
  String.raw`^\s*(?:and\s+|so\s+)?what\s+(?:(?:happens|will\s+happen|would\s+happen|(?:should|do|can)\s+(?:i|we)\s+do(?:\s+(?:with|about)\s+(?:the|my|our|your|this|that)\s+\p{L}+)?)\s+)?if\s+(?:i|we|you|they|my\s+\p{L}+|our\s+\p{L}+|the\s+\p{L}+)\s+` + MODAL + WANTING + AUXILIARY + String.raw`(\p{L}+)`,
  'iu',
);
/** A person named as the condition's subject, before its verb: "What happens if Lucy misses a lesson?". */
const NAMED_SUBJECT = /(?<=\bif\s+)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?=\s+\p{Ll})/u;
/** The "What if…?" question's parts, a named subject read as "they". */
/** Two subjects, one of them the asker: "What if my landlord and I disagree?" supposes "we" disagree. */
const AND_I = /\b(?:my|our|the)\s+\p{L}+\s+and\s+I\b/u;
const whatIf = (question: string) => WHAT_IF.exec(question.replace(NAMED_SUBJECT, 'they').replace(AND_I, 'we'));
const IF_YOU = new RegExp(String.raw`^\s*if\s+(?:you|your\s+\p{L}+|we|it|they|(?:the|an?|any)\s+\p{L}+)\s+` + MODAL + WANTING + AUXILIARY + String.raw`(\p{L}+)`, 'iu');

/**
 * The test of whether a sentence opens on the condition a "What if…?" question asks about, by its verb: "If you arrive
 * after 9pm, please let us know…" for "What if we arrive late?", not "Arrival: Friday 9 April", which gives the date.
 * Undefined for any other question. Built once per question.
 */
export function conditionTest(question: string): ((sentence: string) => boolean) | undefined {
  const supposed = whatIf(question);
  const verb = supposed?.[2];
  const asked = verb && verbStem(verb);
  // "What do I do if I get a new car?" of "If you change your car, update the registration…": a new one is a change.
  const renewed = supposed !== null && GETS_NEW.test(question.slice(supposed.index));
  if (!asked && !renewed) return undefined;
  // "What if I need to move out during repairs?" of "If you need somewhere else to stay…": the wanting said alike.
  const wanted = supposed![1] && terms(supposed![1])[0]?.stem;
  // "What happens if we disagree?" of "If you cannot agree, either of you can ask us to decide…": "dis-" said by "not".
  const undone = NOT_VERB.exec(verb ?? '')?.[1];
  const unsaid = undone && terms(undone)[0]?.stem;
  // "What if I can't pay my council tax?" of "Struggling to pay? Contact us…": not being able to, in other words.
  const unable = CANNOT.test(supposed![0]);
  // "What if I can't make my appointment?" of "If you cannot attend, call…": not making it is not attending.
  const attending = unable && MAKE_IT.test(question);
  return (sentence) => {
    const condition = IF_YOU.exec(sentence);
    const said = condition && verbStem(condition[2]!);
    if (wanted && condition && !condition[1] && said === wanted) return true;
    if (unable && [...sentence.matchAll(STRUGGLES_TO)].some((m) => terms(m[1]!)[0]?.stem === asked)) return true;
    if (attending && said && ATTENDING.has(said) && NEGATION.test(condition![0])) return true;
    if (renewed && said === CHANGE) return true;
    // "What if I need to change my appointment?" of "If you need to rearrange, call us…": moving a time kept is one deed.
    if (said && asked && RESCHEDULING.has(said) && RESCHEDULING.has(asked)) return true;
    return said === asked || (unsaid !== undefined && said === unsaid && NEGATION.test(condition![0]));
  };
}
/** A verb's stem as its base word's: "paid" is "pay" ("If the charge is not paid…" for "What if I don't pay?"). */
const verbStem = (verb: string) => {
  const t = terms(verb)[0];
  return t && baseStem(t.stem, t.word);
};
/** Making it to a time kept, not making a thing: "can't make my appointment", "can't make it" (not "make a booking"). */
const MAKE_IT = /\b(?:can['’]t|cannot|unable\s+to)\s+make\s+(?:it|my|our|the|your|his|her|their|this|that)\b/i;
/** Getting a new thing, which a notice says as changing it: "if I get a new car", "if we buy a new phone". */
const GETS_NEW = /\b(?:get|gets|got|buy|buys|bought)\s+(?:a\s+|an\s+)?new\b/i;
const CHANGE = terms('change')[0]!.stem;
/** The verbs a booking says moving it by. */
const RESCHEDULING = new Set(terms('change rearrange reschedule rebook move postpone').map((t) => t.stem));
/** The verbs a notice says attending by: "If you cannot attend", "…come", "…keep your appointment". */
const ATTENDING = new Set(terms('attend come make keep').map((t) => t.stem));
/** A condition of not being able to do the deed, as the question ends on it: "…if I can't pay". */
const CANNOT = /\b(?:cannot|can['’]t|unable\s+to)\s+\p{L}+$/iu;
/** Not being able to do a thing, as a notice says it: "Struggling to pay?", "If you have difficulty paying…". */
const STRUGGLES_TO = /\b(?:struggling|struggle|struggles|unable|difficulty|difficulties|trouble|problems?)\s+(?:to\s+|in\s+|with\s+)?(\p{L}+)/giu;

/** The stem of the deed a "What if…?" question supposes ("cancel" of "What happens if I cancel the dentist?"), if any. */
export function conditionDeed(question: string): string | undefined {
  const verb = whatIf(question)?.[2];
  return verb && !LIGHT_VERBS.has(verb.toLowerCase()) && !NO_DEED.test(verb) ? terms(verb)[0]?.stem : undefined;
}

/**
 * The stem of the thing a "What if…?" question supposes the deed done to, right after its verb: "broadband" of "What
 * happens if I cancel broadband early?", "class" of "…if I cancel a class late?"; none of "What if we arrive late?"
 * (how, not what) nor of "…if the table doesn't fit through the door?" (where, not what).
 */
export function conditionObject(question: string): string | undefined {
  const supposed = whatIf(question);
  if (!supposed) return undefined;
  const object = /^\s+(?:(?:the|a|an|my|our|your|their|his|her|this|that|any)\s+)?(\p{L}+)/u.exec(question.slice(supposed.index + supposed[0].length))?.[1];
  if (!object || HOW_OR_WHEN_WORDS.test(object)) return undefined;
  const [term] = terms(object);
  return term && term.word === object.toLowerCase() ? term.stem : undefined;
}
/** Words saying how or when a deed is done, not what to: "late", "early", "again", "today". */
const HOW_OR_WHEN_WORDS = /^(?:late|later|early|earlier|again|twice|once|soon|today|tomorrow|tonight|now|there|here|back|home|away|out|off|up|down|in|on)$/i;

/** Verbs whose "dis-" says "not": "disagree" is "not agree". */
const NOT_VERB = /^dis(agree|like|approve|obey)(?:s|d|ed)?$/i;
const NEGATION = /\b(?:not|cannot)\b|n['’]t\b/i;

/**
 * A spot given by a preposition of place and a common noun: "under the base", "beside the kitchen door", "at reception",
 * "in the grey key safe", "at the bag drop tent".
 */
const SPOT =
  /\b(?:on|under|underneath|beneath|behind|beside|inside|in|at|by|above|below|near|opposite|next\s+to|outside|from|(?:to\s+the\s+)?(?:left|right)\s+of)\s+(?:the\s+|a\s+|an\s+|your\s+|our\s+|its\s+|their\s+)?(?:\p{L}+\s+){0,2}(?:label|base|back|front|side|top|bottom|door|desk|office|reception|wall|shelf|cupboard|room|hall|entrance|box|lid|panel|floor|corridor|counter|cabinet|drawer|rack|shed|garage|car\s+park|basement|yard|kitchen|app|website|portal|screen|menu|settings|page|safe|sink|fridge|freezer|table|bed|bedroom|bathroom|porch|garden|gate|window|stairs|loft|attic|cellar|bin|hook|tray|tent|marquee|booth|kiosk|stall|pavilion|lobby|foyer|cloakroom|locker|area|bag|pocket|case|pouch|handbag|rucksack|backpack|library|centre|center|studio|canteen|classroom|playground)s?\b/iu;

/**
 * The words that only say what kind of answer is wanted ("many" in "how many", "year" in "what year"): the answer
 * holds a number or a date, not these words, so they are not matched against sentences.
 */
export function answerFormWords(question: string): Set<string> {
  const out = new Set<string>();
  // "How long does it take to prepare?": the answer gives a time ("Preparation time 20 minutes"), not a "take".
  // Not where a person takes something ("How long can I take it for?"): then "take" is what is asked about, and the
  // answer says it ("Do not take for more than 3 days").
  if (/\bhow\s+(?:long|much\s+time|many\s+(?:minutes|hours|days|weeks|months|years))\b/i.test(question)) {
    for (const m of question.matchAll(/\b(?:(i|you|we|they|he|she)\s+)?(take|takes|took|taken|taking)\b/gi)) if (!m[1]) out.add(m[2].toLowerCase());
    // "How long is the probation period?": a length of time answers ("Probation: the first six months"); "period" says
    // that one is asked, as "how long" does.
    for (const m of question.matchAll(/\b(period|periods)\b/gi)) out.add(m[1].toLowerCase());
  }
  // "How early should I arrive?", "How soon will I hear?", "How quickly will an engineer come?": a time answers ("15 minutes before your shift starts",
  // "within 10 working days"), which says "early" or "soon" no more than a date says "when".
  const early = /\bhow\s+(early|soon|quickly)\b/i.exec(question);
  if (early) out.add(early[1]!.toLowerCase());
  // "What colour is my bag?": a colour answers ("a black rucksack"), which never says "colour".
  const colour = COLOUR_Q.exec(question);
  if (colour) out.add(colour[1]!.toLowerCase());
  // "What temperature do I bake it at?": a reading answers ("Heat the oven to 180°C"), not the word.
  const temperature = /\b(?:what|which)\s+(temperature)\b/i.exec(question);
  if (temperature) out.add(temperature[1]!.toLowerCase());
  // "What does clause 4.2 say?", "What does the policy state?": the clause says it, it does not say "say".
  for (const word of clauseWords(question)) out.add(word);
  const says = /\bwhat\s+(?:does|do|did)\b[^?]*\b(say|state)\s*\?*\s*$/i.exec(question);
  if (says) out.add(says[1]!.toLowerCase());
  // "What is being done about the bins?", "What can be done?", "What's happening with the garden?": the answer says
  // what is done ("The council has agreed to add a second collection"), hardly ever "done" or "happening".
  const done = /\bwhat(?:['’]s|\s+(?:is|are|was|were|will|would|can|could|should|has|have|had))\s+(?:(?:being|been|be)\s+)?(done|happening)\b/i.exec(question);
  if (done) out.add(done[1]!.toLowerCase());
  // "What time is the coach back?", "When is the last train home?": the way back is a journey like any other ("A coach
  // will leave Hollow Barn for Cheltenham at 12.15am"), which seldom says "back".
  const back = /\b(?:coach|coaches|bus|buses|train|trains|ferry|ferries|flight|flights|boat|shuttle|taxi|minibus)\s+(back|home)\b/i.exec(question);
  if (back) out.add(back[1]!.toLowerCase());
  // "What comes in the box?", "What came with the room?": the answer lists what is in it ("Your router, a power
  // adapter…"), and "comes" is no word of it; "…until a skewer comes out clean" answers nothing.
  const comes = /\bwhat\s+(?:else\s+)?(comes|come|came)\s+(?:in|with|inside)\b/i.exec(question);
  if (comes) out.add(comes[1]!.toLowerCase());
  // "What happens if I don't pay?", "What will happen when the lease ends?": the answer says what follows ("you lose
  // the right to pay by instalments"), hardly ever "happens".
  const follows = /\bwhat\s+(?:will\s+|would\s+|could\s+|might\s+)?(happens|happen|happened)\s+(?:if|when|after|to)\b/i.exec(question);
  if (follows) out.add(follows[1]!.toLowerCase());
  // "What hours does the permit cover?", "What days does the ticket cover?": the hours answer ("Monday to Saturday, 8am
  // to 6.30pm"), which hardly ever say "cover".
  const covered = /\bwhat\s+(?:hours|days|times|dates|months|areas|zones)\s+(?:does|do|did|will|would)\b[^?]*\b(cover|covers)\b/i.exec(question);
  if (covered) out.add(covered[1]!.toLowerCase());
  // "When should I use the inhaler?": a dose says when it is used ("Two puffs when needed"), seldom "use".
  const used = /^\s*when\s+(?:should|do|can|must|would)\s+(?:i|we|you|they|he|she)\s+(use|apply)\b/i.exec(question);
  if (used) out.add(used[1]!.toLowerCase());
  // "How many tablets can I take in a day?": the count by the day answers ("three times a day"), and its "day" says only
  // the period, which "for more than 10 days" does not give.
  const period = COUNT_RATE_Q.exec(question)?.[1];
  if (period) out.add(period.toLowerCase());
  // "How much is the new kitchen altogether?": the total answers ("Total | £10,530"), which never says "altogether".
  const whole = /\bhow\s+much\b[^?]*\b(altogether|overall)\b/i.exec(question);
  if (whole) out.add(whole[1]!.toLowerCase());
  // "The machine says E40, what's wrong?": the fault answers ("Door not closed"), which hardly ever says "wrong".
  const wrong = /\bwhat(?:['’]s|\s+is|\s+was)\s+(wrong)\b/i.exec(question);
  if (wrong) out.add(wrong[1]!.toLowerCase());
  // "How much is my bill this month?": the bill's total answers, which says no month; "this month" says only "now"
  // (not "£41 a month", a price to come). Not a year, which a bill's total may be for ("Total charge for the year").
  const current = /\b(?:bill|invoice|statement)\b[^?]*\bthis\s+(month|week|quarter)\b/i.exec(question);
  if (current) out.add(current[1]!.toLowerCase());
  // "When should I see the GP?": an appointment with the GP answers ("Please book an appointment with your GP practice
  // in 6 weeks"), which seldom says "see".
  const seen = /^\s*when\s+(?:should|do|does|can|must|will|shall)\s+(?:i|we|you|he|she|they)\s+(see)\b/i.exec(question);
  if (seen) out.add(seen[1]!.toLowerCase());
  // "When is the rent due?", "When are the forms due back?": a date answers ("payable … on the 1st day of each month",
  // "Please return them by Friday"), and "due" says only that a deadline is asked.
  const due = /^\s*when\s+(?:is|are|was|were|will)\b[^?]*\b(due)\b/i.exec(question);
  if (due) out.add(due[1]!.toLowerCase());
  // …and so does "the deadline" or "the closing date" of "When is the deadline for comments?": "please do so by 28
  // June 2027" gives it.
  const deadline = /^\s*when(?:['’]s|\s+(?:is|are|was|were|will\s+be))\s+(?:the|my|our|your)\s+(deadlines?|closing\s+date)\b/i.exec(question);
  if (deadline) for (const word of deadline[1]!.toLowerCase().split(/\s+/)) out.add(word);
  // "Is breakfast included?", "Are towels included in the price?": what the booking or the price covers says so
  // ("Rate: Bed and breakfast", "Towels can be hired for £1.50"), hardly ever "included".
  const included = /^\s*(?:is|are)\s+(?!there\b)[^?]{1,40}?\s+(included)\b/i.exec(question);
  if (included) out.add(included[1]!.toLowerCase());
  // "How do I make a claim?", "Can I make a booking?": the noun says the deed ("How to claim", "Book online"), and
  // "make" only that it is done.
  const made = /\b(make|makes|making|made)\s+(?:a|an|my|our|the)\s+(?:claim|complaint|booking|payment|appointment|reservation|donation|request|enquiry|inquiry|referral|change)s?\b/i.exec(question);
  if (made) out.add(made[1]!.toLowerCase());
  // "What is Leo's email address?" asks the "Email" column, not the postal "Address" beside it.
  const mail = /\be-?mail\s+(address|addresses)\b/i.exec(question);
  if (mail) out.add(mail[1]!.toLowerCase());
  // "What are the main risks?", "What are the key benefits?": the list under "Risks" answers, and never says "main".
  const main = /\bwhat\s+(?:are|were)\s+(?:the\s+|your\s+|their\s+|its\s+)?(main|key|major|biggest|top|primary|principal)\b/i.exec(question);
  if (main) out.add(main[1]!.toLowerCase());
  // Not "how heavy", "how tall", "how deep", "how wide": a weight or a length says those (figureWordsHeld).
  for (const m of question.matchAll(/\bhow\s+(many|much|long|old|far|large|big|high|fast|often)\b/gi)) out.add(m[1].toLowerCase());
  for (const m of question.matchAll(/\b(?:what|which)\s+(year|years|date|dates|day|days|month|decade|century|time|number|percentage|percent|amount|kind|type|sort|name)\b/gi)) {
    out.add(m[1].toLowerCase());
  }
  // "What level of cover do I have?" is answered by "Cover: Comprehensive", which says the level and not "level".
  for (const m of question.matchAll(/\b(?:what|which)\s+(level|tier|grade|class)\s+of\b/gi)) out.add(m[1].toLowerCase());
  // "Quand a eu lieu le vote ?", "Wann fand die Wahl statt?": "take place" says that an event is asked about, not
  // which; the sentence that dates the vote rarely repeats it.
  for (const m of question.matchAll(/\b(?:a|ont|avait|avaient|aura|auront|va|vont)\s+(eu\s+)?(lieu)\b/gi)) for (const w of m.slice(1)) if (w) out.add(w.trim().toLowerCase());
  for (const m of question.matchAll(/\b(stattgefunden|stattfinden|stattfand|findet|fand|statt)\b/gi)) if (/\bstatt/i.test(question)) out.add(m[1].toLowerCase());
  // "Why is it OK that the office is smaller?", "Is it okay to bring a guest?": "OK" asks whether a thing is allowed
  // or acceptable, which the answer says with "acceptable", "may" or "allowed", hardly ever "OK"; and written in
  // capitals it counted as a name the documents never write, so the answer was refused. Not a button ("press OK").
  for (const m of question.matchAll(/\b(?:is|are|was|were|be|it['’]s|that['’]s)\s+(?:it\s+|this\s+|that\s+|everything\s+)?(ok|okay)\b/gi)) out.add(m[1].toLowerCase());
  // "What does NBT stand for?", "What does 'kaizen' mean?": the answer spells the name out; it need not say "stand".
  // Only outside the name asked about: in "What does 'short selling' mean?", "short" is the question's own word.
  const meaning = MEANING_Q.exec(question);
  const name = meaning?.slice(1).find(Boolean);
  if (meaning && name) for (const w of meaning[0].replace(name, ' ').match(/\b(?:stands?|mean|means|meaning|short)\b/gi) ?? []) out.add(w.toLowerCase());
  return out;
}

/** "What is X?", "What are X?": the question asks what X is, and X is a short name or phrase. */
const MAX_DEFINED_WORDS = 4;
const DEFINITION_Q = /^\s*what\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?([\p{L}\p{N}][\p{L}\p{N}'’ -]{0,38}[\p{L}\p{N}])\s*\??\s*$/iu;
/** "What does tidyphotos do?", "What does the Relay app do?": what a thing does, said by it doing it. */
const DOES_Q = /^\s*what\s+(?:does|do)\s+(?!(?:i|we|you|they)\s)(?:an?\s+|the\s+)?([\p{L}\p{N}][\p{L}\p{N}'’ -]{0,38}[\p{L}\p{N}])\s+do\s*\??\s*$/iu;
/** "What is cetirizine used for?", "What are the red tabs for?": what a thing is for, said as what it does or is. */
const USED_FOR_Q = /^\s*what\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?([\p{L}\p{N}][\p{L}\p{N}'’ -]{0,38}?[\p{L}\p{N}])\s+(?:(used|meant|needed)\s+)?for\s*\??\s*$/iu;
/** The defined name's pattern, shared by the questions below. */
const NAME = `["'“‘]?([\\p{L}\\p{N}][\\p{L}\\p{N}.&'’ -]{0,38}[\\p{L}\\p{N}.])["'”’]?`;
/** "What does NBT stand for?", "What does X mean?", "What is X short for?", "What is the meaning of X?" */
const MEANING_Q = new RegExp(
  `^\\s*what\\s+(?:(?:does|do|did)\\s+${NAME}\\s+(?:stands?\\s+for|mean)|(?:is|was)\\s+${NAME}\\s+short\\s+for|(?:is|was)\\s+the\\s+meaning\\s+of\\s+${NAME})\\s*\\??\\s*$`,
  'iu',
);

/** Whether the question asks what a name means or stands for ("What does TAM stand for?"), not what the thing is. */
export function asksMeaning(question: string): boolean {
  return MEANING_Q.test(question);
}

/** Whether the question asks what a thing is for ("What is cetirizine used for?"). */
export function asksPurpose(question: string): boolean {
  return USED_FOR_Q.test(question);
}

/**
 * The verb of a question asking what a thing is for ("used" of "What is cetirizine used for?"), which says little of
 * which sentence answers: "It relieves the symptoms of hay fever" does, and "…do not drive or use machines" does not.
 */
export function purposeVerb(question: string): string | undefined {
  return USED_FOR_Q.exec(question)?.[2]?.toLowerCase();
}

/**
 * "What show are we seeing?", "Which hotel are we staying at?", "What car am I getting?", "Which programme should I use
 * for wool?": the question asks which of a kind of thing; its verb says what the asker does with it, which a booking's
 * "Show: The Lion King" or a manual's row "Programme: Wool" does not say. (Only of the asker, "we", "I" or "you": "What
 * team did Brady play for?" asks of what someone did. Not of a time: "What time should I arrive?" asks when the deed
 * is done, which a sentence says with its verb.)
 */
const WHICH_ONE_Q = /^\s*(?:what|which)\s+(?!(?:time|day|date|year|month|hour|age|size)\b)\p{L}[\p{L}-]*\s+(?:are|am|is|were|was|will|do|did|shall|should|can|could|must|would)\s+(?:we|i|you)\s+(?:be\s+)?(\p{L}+)\s*(?:\p{L}+\s*){0,3}\?*\s*$/iu;

/** The verb of a question asking which one the asker has or does ("seeing" of "What show are we seeing?"). */
export function whichOneVerb(question: string): string | undefined {
  return WHICH_ONE_Q.exec(question)?.[1]?.toLowerCase();
}

/**
 * "Can I make the banana bread vegan?", "Can I make it gluten-free?", "Can we make the sauce ahead?": the question asks
 * of a way to have the dish, not of making it; "Makes one loaf" says "make" and answers nothing of it.
 */
const MADE_INTO_Q = /\bmake\s+(?:it|them|this|that|these|the|my|our|your|a|an)\b[^?]*?\s(?:vegan|vegetarian|(?:gluten|dairy|nut|egg|sugar|lactose|wheat|meat)[\s-]free|ahead|in\s+advance)\b/i;

/** The verb "make" of a question asking how to have a thing some way ("Can I make it vegan?"), which names no deed. */
export function madeIntoVerb(question: string): string | undefined {
  return MADE_INTO_Q.exec(question) ? 'make' : undefined;
}

/**
 * "What do I need to bring to pick up the car?", "What should we pack for the camp?", "What documents must I take?": a
 * list asked for, by the deed that fills it ("bring") and the kind of thing listed ("documents"), where given. The rest
 * says what the list is for: the car, the camp.
 */
const LIST_DEED_Q = /^\s*what\s+(?:(\p{L}+)\s+)?(?:do|does|should|must|will|shall)\s+(?:i|we|you|they|he|she|(?:my|our|your)\s+\p{L}+)\s+(?:(?:need|have)\s+to\s+)?(need|bring|take|pack|wear)\b/iu;

/**
 * The word for buying of "What did I buy at the garden centre?", which a receipt's or an order's row holds, naming an
 * item and its price ("Item: Compost 50L; Qty: 3; Price: £17.97"). Empty for any other question or line.
 */
export function boughtWordsHeld(fields: readonly { label: string; value: string }[], question: string): string[] {
  const asked = BOUGHT_Q.exec(question)?.[1];
  if (!asked || !fields.some((f) => ITEM_LABEL.test(f.label.trim())) || !fields.some((f) => saysMoney(f.value) || SUM_FIELD.test(`${f.label}: ${f.value}`))) return [];
  return [asked];
}
const BOUGHT_Q = /\b(buy|bought|buying|purchase|purchased|order|ordered)\b/i;
const ITEM_LABEL = /^(?:items?|products?|descriptions?|articles?|goods)$/i;

/**
 * The word for an appointment a question asks of ("When is the dentist appointment?", "Who is my booking with?"), which
 * a sentence saying what is booked for a time holds in none of its words: "…your check-up and scale and polish are
 * booked for Wednesday 3 March at 4.10pm with Dr Green." Empty for any other question or sentence.
 */
export function bookedWordsHeld(sentence: string, question: string): string[] {
  const asked = APPOINTMENT_Q.exec(question)?.[1];
  return asked && BOOKED_AT_TIME.test(sentence) ? [asked] : [];
}
const APPOINTMENT_Q = /\b(appointments?|bookings?|reservations?)\b/i;
const BOOKED_AT_TIME = /\b(?:booked|reserved|scheduled)\s+(?:in\s+)?(?:for|on|at)\s+(?:\p{Lu}|\d)/u;

/**
 * The deed of "What does my child need to take on the trip?" ("take"), which a sentence saying what is needed holds:
 * "Children need a packed lunch in a disposable bag, a drink and a waterproof coat." Empty for any other question.
 */
export function listDeedWordsHeld(sentence: string, question: string): string[] {
  const deed = LIST_DEED_Q.exec(question)?.[2];
  return deed && deed.toLowerCase() !== 'wear' && NEEDED.test(sentence) ? [deed] : [];
}
/**
 * A sentence saying what is needed or to be brought: "Children need…", "You will need…", "Please bring…"; not "if you
 * need to see the doctor".
 */
const NEEDED = /\b(?:(?:need|needs)(?!\s+to\b)|(?:should|must|please)\s+(?:bring|take|pack)|remember\s+to\s+(?:bring|take|pack))\b/i;

/**
 * The deed and the kind of thing of a list asked for (LIST_DEED_Q), as their stems; asksList and askedList
 * (procedure.ts) tell whether a list is asked and the verb asking it ("need"), not the deed after it.
 */
export function listDeedAndKind(question: string): string[] | undefined {
  const m = LIST_DEED_Q.exec(question);
  return m ? contentTerms(`${m[1] ?? ''} ${m[2]}`).map((t) => t.stem) : undefined;
}

/** Whether the question asks what a thing does ("What does tidyphotos do?"), which its defining sentence says. */
export function asksWhatItDoes(question: string): boolean {
  return DOES_Q.test(question);
}

/** "Who is the landlord?", "Who was the treasurer?": the question asks who holds a role (1–4 words). */
const ROLE_Q = /^\s*who(?:\s+(?:is|are|was|were)|['’]s)\s+(?:the|our|my|your|their)\s+([\p{L}][\p{L}'’ -]{0,38}[\p{L}])\s*\??\s*$/iu;
/** Words that open a sentence's phrase of time or place ("In December", "At Christmas", "Under Clause Four"). */
const PHRASE_OPENERS = 'In|On|At|By|For|From|With|Under|After|Before|During|Since|Until|Each|Every|The|This|That|If|When|While';
/** A person's name as written: two or more capitalised words ("Margaret Ellis", "Dr Priya Nair"), not after one of those. */
const PERSON_NAME = `(?<!(?:${PHRASE_OPENERS})\\s+)(?!(?:${PHRASE_OPENERS})\\s)\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)+`;
/** The end of a word: no letter, and no possessive ("the landlord's son" is not the landlord). */
const WORD_END = `(?![\\p{L}'’])`;

/**
 * For "Who is the landlord?", a test of the sentences that say who it is: "…between Margaret Ellis (the "Landlord")
 * and…", "Margaret Ellis, the landlord, …", "the landlord, Margaret Ellis", "The landlord is Margaret Ellis." Every
 * sentence of a lease uses "the Landlord"; most say what the landlord must do, not who it is. The role is matched in
 * the singular or the plural ("Who are the tenants?" of "(the Tenant)").
 */
function roleTest(question: string): ((sentence: string) => boolean) | undefined {
  const words = ROLE_Q.exec(question)?.[1].trim().split(/\s+/);
  if (!words || words.length > MAX_DEFINED_WORDS) return undefined;
  // Matched in any case letter by letter: a case-insensitive pattern would take any letter for a capital (\p{Lu}).
  const anyCase = (word: string) => [...word].map((ch) => (/\p{L}/u.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch)).join('');
  const last = words.length - 1;
  const singular = words.map((w, i) => (i === last ? w.replace(/s$/i, '') : w));
  const role = `(?:${anyCase('the')}\\s+)?["“]?${singular.map(anyCase).join('\\s+')}(?:${anyCase('s')})?["”]?${WORD_END}`;
  const names = new RegExp(
    [
      `${PERSON_NAME}\\s*\\(\\s*${role}\\s*\\)`,
      `${PERSON_NAME},\\s+${role}`,
      `(?<![\\p{L}])${role},\\s+${PERSON_NAME}`,
      `(?<![\\p{L}])${role}\\s+(?:is|was|are|were)\\s+${PERSON_NAME}`,
    ].join('|'),
    'u',
  );
  return (sentence) => names.test(sentence);
}

/**
 * For "What is AutoGen?", a test of the sentences that say what it is, naming it first ("AutoGen is an open-source
 * framework…", "The Treaty of Rome, signed in 1957, was…"), rather than ones that only use the name ("Using AutoGen,
 * developers can…", "These clades … were found"); for "Who is the landlord?", of those naming who holds the role
 * (roleTest); undefined for other questions.
 */
export function definitionTest(question: string): ((sentence: string) => boolean) | undefined {
  const role = roleTest(question);
  if (role) return role;
  const meaning = MEANING_Q.exec(question);
  const does = DOES_Q.exec(question)?.[1];
  const defined = (meaning ? meaning.slice(1).find(Boolean) : (DEFINITION_Q.exec(question)?.[1] ?? does))?.trim();
  const words = defined?.split(/\s+/) ?? [];
  if (!defined || words.length > MAX_DEFINED_WORDS) return undefined;
  const name = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  // "What does X mean?" is answered by what X means, not by what X was or did ("NBT was sent compressed…").
  // "What does X do?" by X doing it: "tidyphotos sorts a folder of photos…", not "Run tidyphotos ~/inbox".
  const verbs = meaning
    ? 'refers\\s+to|means|stands\\s+for|(?:is|was)\\s+short\\s+for|(?:is|was)\\s+an?\\s+(?:acronym|abbreviation)'
    : does
      ? 'is|are|(?!(?:was|has|does)\\b)\\p{Ll}{2,}(?<!s)s'
      : 'is|are|was|were|refers\\s+to|means|stands\\s+for';
  const defines = new RegExp(`(?:^|[,;:]\\s+)(?:(?:the|an?)\\s+)?${name}(?:\\s*\\([^)]{0,60}\\))?(?:\\s*,[^,]{0,80},)?\\s+(?:${verbs})\\b`, 'iu');
  // An acronym is also said by the name it spells out: "…known as Named Binary Tag (NBT), which…".
  const acronym = words.length === 1 && /^\p{Lu}{2,6}s?$/u.test(defined) ? terms(defined)[0]?.stem : undefined;
  return (sentence) => defines.test(sentence) || (acronym !== undefined && namesWithAcronyms(sentence).some((e) => e.acronym === acronym));
}

/**
 * The word for what a how-to question asks to do: "replace" in "How do I (properly) replace the filter?"; a verb in
 * "-ly" before its object stays the verb ("How do I apply for leave?").
 */
const ASKED_ACTION = /^\s*how\s+(?:(?:do|can|could|should|would|must|shall)\s+(?:i|we|you|one)|to)\s+(?:\p{L}+ly\s+(?!(?:for|to|with|on|in|at|of|from|up|out|the|a|an|my|your|our|their|it|this|that)\b))?(\p{L}[\p{L}'-]*)|\bsteps\s+(?:to|for)\s+(\p{L}[\p{L}'-]*)/iu;

/**
 * The stem of the thing "What do I do with the flour?" (or "…need to do about the discount?") asks what to do with
 * ("flour"): an instruction naming it answers
 * ("Toss the beef in the flour…"), the ingredient's line ("2 tbsp plain flour") does not. Undefined for any other
 * question.
 */
export function handledThing(question: string): string | undefined {
  const thing = /^\s*what\s+(?:do|should|can|must)\s+(?:i|we|you)\s+(?:(?:need|have)\s+to\s+)?do\s+(?:with|about)\s+(.+?)\s*\??\s*$/iu.exec(question)?.[1];
  return thing ? contentTerms(thing).at(-1)?.stem : undefined;
}

export function askedAction(question: string): string | undefined {
  const m = ASKED_ACTION.exec(question);
  return m ? (m[1] ?? m[2]).toLowerCase() : undefined;
}
