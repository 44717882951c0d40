// A question may ask for a contract's or a policy's clause by its number: "What does clause 4.2 say?". The clause
// says "4.2 The Landlord will arrange…", never "clause 4.2", so the word that names it is not a word to find: counted,
// it is missing from every document and the question is refused.

/** A question naming a clause by its number: "clause 4.2", "section 5", "paragraph 2.1", "item 3", "§ 7". */
const NAMES_CLAUSE = /\b(clauses?|sections?|sec|paragraphs?|paras?|articles?|art|items?|rules?|parts?|conditions?|steps?|schedules?|chapters?)\.?\s*\d/giu;

/** The words of `question` that name a clause by its number ("clause" of "What does clause 4.2 say?"). */
export function clauseWords(question: string): string[] {
  return [...question.matchAll(NAMES_CLAUSE)].map((m) => m[1]!.toLowerCase());
}

/**
 * A clause's number opening a sentence: "1.3 ", "12. ", "2.1.3 ", before a capitalised word ("The", "If", "Smoking").
 * Not a decimal before a unit ("2.5 GHz", "1.5 kg") nor a count ("3 eggs"): those have no dot, or no word in lower
 * case after a capital.
 */
const CLAUSE_NUMBER = /^\s*\d{1,3}\.(?:\d{1,3}\.?)*\s+(?=\p{Lu}\p{Ll})/u;

/**
 * `sentence` without the number of the clause it opens: where a clause stands in its contract says nothing of what the
 * clause holds, so "1.3 The rent will not be increased during the fixed term." gives no figure to "When is rent due?",
 * nor "3.4 The Tenants must not sublet" to "How many keys…?".
 */
export function withoutClauseNumber(sentence: string): string {
  return sentence.replace(CLAUSE_NUMBER, '');
}
