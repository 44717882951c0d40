// "How much does the Plus plan cost?" asked of an FAQ that gives no price: the sentence naming the Plus plan (its
// storage) shares the question's words, and the "not found" model, which weighs words, quotes it plainly as the answer.
// What a price question asks is an amount, so a lead that writes nothing a price could be is said to be unsure: the
// closest the documents come, not the price. It is not refused, nor replaced by a sentence that does write a price: a
// price written in a way this does not know ("89,-", a menu's bare "3.2") would be refused, and another thing's price
// ("Floodlights cost £4 per hour" for the coaching's cost) would be stated as the answer. Only a question asking nothing
// but a price counts ("Is there a fee for late returns?" may be answered "Late returns are refused", "What is the rate
// of VAT?" by a percentage, "How much is the allowance?" by a number of days), and anything that could be a price counts
// as one. English questions only. Pure: no I/O.
//
// A lead that writes a price may give another thing's: "A spare battery for the Metro 500 costs €549" asked "How much
// does the Metro 500 cost?" of a manual that never prices the bike. Where the question names what it prices and the
// sentence says what costs so ("X costs …", "X is €…"), and the two share no word, the lead is said to be unsure too.
import { contentTerms } from './function-words';

/**
 * "How much does X cost?", "What does X cost per month?", "What is the price of X?", "What is the thermostat's price?",
 * "How much do I pay for X?"
 */
const PRICE_Q =
  /\bhow much (?:does|do|did|will|would|should|can|could|might)\b.*\b(?:cost|pay)\b|\bwhat (?:does|do|did|will|would|might)\b.*\bcost\b|\bwhat(?:'s|’s| is| are| was| were| will be) (?:the |its |their |(?:(?:the|a|an|this|that) )?[\p{L}\p{N}-]+(?: [\p{L}\p{N}-]+)?['’]s )?(?:price|prices|cost|costs)\b|\bhow (?:expensive|pricey|cheap)\b/iu;

/** A figure with a currency: any currency sign (\p{Sc}), an ISO code, or the currency's name or short form. */
const AMOUNT = new RegExp(
  [
    String.raw`\p{Sc}\s?\d`,
    String.raw`\d\s?\p{Sc}`,
    String.raw`\b(?:USD|EUR|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|INR|CNY|RMB|HKD|SGD|ZAR|BRL|MXN|KRW|TRY|RUB|AED|SAR|ILS|THB|MYR|IDR|PHP|NGN|KES|EGP)\s?\d`,
    String.raw`\d\s?(?:USD|EUR|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|INR|CNY|RMB|HKD|SGD|ZAR|BRL|MXN|KRW|TRY|RUB|AED|SAR|ILS|THB|MYR|IDR|PHP|NGN|KES|EGP)\b`,
    String.raw`\b(?:Rs|Rp|R|kr|Kč|zł)\.?\s?\d`,
    String.raw`\d\s?(?:kr|kn|zł|Kč|Ft|lei|p)(?![\p{L}\d])`,
    String.raw`\d\s?(?:dollars?|euros?|pounds?|cents?|pence|yen|yuan|renminbi|francs?|rupees?|kron(?:a|or|e|er)|zlot(?:y|ys|ych)|złot(?:y|ych)|roubles?|rubles?|lira|liras|lire|reais|real|rand|pesos?|dirhams?|riyals?|shekels?|baht|ringgit|forints?|korun(?:a|y)?|won)\b`,
  ].join('|'),
  'iu',
);
/**
 * A figure after a word a price is given by: "costs 40 a year", "Rent is 950", "cost twenty pounds", or below a
 * table's column so named ("| Plan | Price (USD) |" over "| Plus | 12 |").
 */
const PRICED_FIGURE =
  /\b(?:price[sd]?|pricing|costs?|costing|fees?|charge[sd]?|rates?|tariffs?|pay|pays|paid|payable|spen[dt]|spends|bought|sold|worth|budget(?:ed)?|invest(?:ed|ment)?|raised|amount|total|subtotal|premium|rent|deposit|fares?|subscription|tuition)\b[^.\d]{0,60}(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|nothing)\b)/i;
/** A figure for a period or a unit: "12.99 a month", "40/year", "9 per seat". */
const PER_PERIOD = /\d(?:[.,]\d+)?\s*(?:\/|per|a|an|each)\s*(?:month|mo|year|yr|annum|week|day|night|hour|hr|user|seat|person|head|licen[cs]e)\b/i;
/** A figure with two decimals, as prices are written: "12.99", "4,50". */
const CENTS = /(?<![\d.,])\d{1,6}[.,]\d{2}(?![\d.,]*\d)/;
/** No price to pay: "free", "at no extra cost", "included in the price", "waived", "covered by the warranty". */
const NO_PRICE =
  /\b(?:free|gratis|complimentary|no (?:[\p{L}-]+ ){0,2}(?:charge|cost|fee)s?|at no (?:extra |additional )?cost|costs? nothing|on request|on application|(?:ask|contact) (?:us|our \w+(?: team)?) for (?:a )?(?:quote|price|pricing)|(?:is|are) included|included (?:in|with|at)|waived|covered by (?:the |your |our )?(?:warranty|guarantee|insurance|plan|policy))\b/iu;

/** Whether a question asks what something costs, and nothing else. */
export function asksPrice(question: string): boolean {
  return PRICE_Q.test(question);
}

/** Whether a text writes anything a price could be: an amount, a priced figure, or that nothing is to be paid. */
export function saysPrice(text: string): boolean {
  return AMOUNT.test(text) || PRICED_FIGURE.test(text) || PER_PERIOD.test(text) || CENTS.test(text) || NO_PRICE.test(text);
}

/** What a price question prices: "the Metro 500" of "How much does the Metro 500 cost?", "the bike" of "What is the price of the bike?". */
const PRICED_IN_QUESTION = [
  /\bhow much (?:does|do|did|will|would|might) (.+?) (?:cost|sell for|go for)\b/i,
  /\bwhat (?:does|do|did|will|would|might) (.+?) cost\b/i,
  /\b(?:price|cost)s? (?:of|for) (.+?)(?:[?.!,;]|$)/i,
  /\bhow (?:much|expensive|pricey|cheap) (?:is|are|was|were) (.+?)(?:[?.!,;]|$)/i,
];
/**
 * What a sentence prices, up to the verb: "A spare battery" of "A spare battery for the Metro 500 costs €549"; or up to
 * the word for its price: "The practical test" of "The practical test fee (£62) is not included".
 */
const PRICED_IN_SENTENCE =
  /^(.{1,60}?)\s+(?:costs?|will cost|sells? for|retails? (?:at|for)|(?:is|are) (?:priced at|charged at|available for)|(?:is|are) (?=\p{Sc}|\d)|(?:fee|price|cost|charge)s?\s*\((?=\p{Sc}|\d))/iu;
/** Words that say what an amount is rather than what is priced. */
const PRICE_WORDS = /^(?:price|cost|fee|charge|rate|amount|total|sum|fare|tariff|pay|payment)s?$/i;

const thingStems = (phrase: string) => new Set(contentTerms(phrase).filter((t) => !PRICE_WORDS.test(t.word)).map((t) => t.stem));

/** The stems of what a price question prices, without the words for a price: "theory test" of "How much is the theory test?". */
export function pricedThing(question: string): Set<string> | undefined {
  const asked = pricedPhrase(question);
  return asked ? thingStems(asked) : undefined;
}
const pricedPhrase = (question: string) => PRICED_IN_QUESTION.map((re) => re.exec(question)?.[1]).find(Boolean);

/**
 * Whether `sentence` prices another thing than the question asks the price of: its subject, up to its first
 * preposition ("A spare battery" of "A spare battery for the Metro 500 costs…"), shares no word with what the
 * question prices. False where either names nothing ("It costs €12", "How much does it cost?") or the sentence is not
 * so written (a table's row, "€12 a month for Plus"). Or another of its kind (pricesAnotherOfItsKind).
 */
export function pricesAnother(question: string, sentence: string): boolean {
  const pair = pricedPair(question, sentence);
  return pair !== undefined && (![...pair.named].some((stem) => pair.priced.has(stem)) || anotherOfItsKind(pair));
}

/**
 * Whether `sentence` prices another thing of the kind the question prices, each said with a word the other lacks: "The
 * practical test fee (£62)" for "How much is the theory test?" (not "Adult annual membership costs £185" for "How
 * much is the annual membership?").
 */
export function pricesAnotherOfItsKind(question: string, sentence: string): boolean {
  const pair = pricedPair(question, sentence);
  return pair !== undefined && anotherOfItsKind(pair);
}

function anotherOfItsKind({ priced, named }: { priced: Set<string>; named: Set<string> }): boolean {
  return [...priced].at(-1) === [...named].at(-1) && [...priced].some((stem) => !named.has(stem)) && [...named].some((stem) => !priced.has(stem));
}

/** What the question prices and what the sentence prices, as stems; undefined where either names nothing. */
function pricedPair(question: string, sentence: string): { priced: Set<string>; named: Set<string> } | undefined {
  const asked = pricedPhrase(question);
  const subject = PRICED_IN_SENTENCE.exec(sentence.trim())?.[1];
  if (!asked || !subject || /[:|;]/.test(subject)) return undefined;
  const head = subject.split(/\s+(?:for|of|on|with|at|in|from|to|per|by)\s+/i)[0];
  const [priced, named] = [thingStems(asked), thingStems(head)];
  return priced.size > 0 && named.size > 0 ? { priced, named } : undefined;
}
