// Follow-up questions ("and when did he die?") resolved against the conversation without a model: the question keeps
// its own words, and borrows from the previous question and answer the words that say who "he" or what "it" is.
// The answerer weighs the borrowed words lightly and does not quote again what answered an earlier question (nor,
// when the question asks for more, anything an earlier answer quoted).
// (A local model may rewrite the question instead; this is the offline resolution, and the fallback.)
// Pure functions: no I/O.
import type { AnswerTurn } from './answer-types';
import { contentStems, terms } from '../embeddings/lexical-terms';
import { contentTerms } from './function-words';

const ANAPHORA = /\b(?:it|its|it's|they|them|their|theirs|this|that|these|those|he|him|his|she|her|hers|there|then|such|same|one|ones|former|latter)\b/i;
// …and their German and French "and" and "but": the window speaks five languages.
const CONTINUATION = /^\s*(?:and|also|but|so|or|what about|how about|why|why not|how come|and why|what else|more|else|any other|und|aber|et|mais)\b/i;
/** Citation markers of an earlier answer, which split it into the sentences it quoted. */
const MARKERS = /\s*(?:\[\d+\]\s*)+/;
/** A question that asks for more than was answered ("Who else came?", "Tell me more"): an earlier quote is no answer. */
const ASKS_FOR_MORE = /\b(?:more|else|other|others|another|further|additional)\b/i;
/** Words of a request rather than of its subject ("Tell me about the trees"): never borrowed. */
const REQUEST_WORDS = new Set(['tell', 'show', 'explain', 'describe', 'give', 'list', 'know', 'want', 'please', 'need', 'like', 'find', 'say', 'says', 'said', 'mean', 'means']);
/** Words borrowed at most, from the previous question and answer together. */
const MAX_BORROWED = 8;

export interface ResolvedQuestion {
  /** The question as asked, trimmed. */
  question: string;
  /** What to search with: the question, plus the borrowed words for a follow-up. */
  searchText: string;
  /** True when the question leans on the conversation (a pronoun, "and…", or almost no words of its own). */
  isFollowUp: boolean;
  /**
   * True when it asks for more about what was answered (a pronoun, "and…", "what else", or no word of its subject):
   * earlier quotes are then not quoted again (see `barredQuotes`). A short question with a subject of its own ("When is the
   * next meeting?") borrows words as a follow-up but may get a sentence quoted before: the one that answered the
   * previous question badly may answer this one.
   */
  avoidsRepeats: boolean;
  /**
   * True when it says it asks for more than was answered ("What else?", "Who else?"): no part of an earlier quote
   * answers it.
   */
  asksForMore: boolean;
  /** The question before this one, for a follow-up (what "her" may have just been named as: "Who is his manager?"). */
  previousQuestion?: string;
  /** Surface words borrowed from the conversation (empty for a self-contained question). */
  borrowed: string[];
  /** What earlier answers quoted, as `quoteKey`s. */
  earlierQuotes: Set<string>;
  /**
   * What a follow-up must not quote again: every earlier quote when it asks for more, else the first of each earlier
   * answer (what answered its question). A later quote of one may answer this question, but only when it says more of
   * it than any sentence not quoted before (answer-sentences.ts).
   */
  barredQuotes: Set<string>;
}

/** A quoted sentence compared across answers: lower case, words only. */
export function quoteKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Names in an answer: capitalised words that do not start a sentence ("Kublai Khan founded…" → Kublai, Khan). */
function namesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![.!?]\s|^)\b\p{Lu}[\p{L}\p{M}'-]+/gu)) out.push(m[0]);
  // The sentence's first word counts when the next word is capitalised too (a two-word name).
  const lead = /^\s*(\p{Lu}[\p{L}\p{M}'-]+)\s+\p{Lu}/u.exec(text);
  if (lead) out.unshift(lead[1]);
  return out;
}

export function resolveQuestion(question: string, history: readonly AnswerTurn[] = []): ResolvedQuestion {
  const q = question.trim();
  // Every sentence earlier answers quoted, and the first of each: what answered its question.
  const earlierQuotes = new Set<string>();
  const earlierLeads = new Set<string>();
  for (const turn of history) {
    if (turn.role !== 'assistant') continue;
    let lead = true;
    for (const piece of turn.text.split(MARKERS)) {
      const key = quoteKey(piece);
      if (key.split(' ').length < 3) continue; // "Yes [1]": too short to be a quote of its own
      earlierQuotes.add(key);
      if (lead) earlierLeads.add(key);
      lead = false;
    }
  }
  const resolved: ResolvedQuestion = { question: q, searchText: q, isFollowUp: false, avoidsRepeats: false, asksForMore: false, borrowed: [], earlierQuotes, barredQuotes: earlierQuotes };
  const lastUser = [...history].reverse().findIndex((t) => t.role === 'user' && t.text.trim() && t.text.trim() !== q);
  if (lastUser < 0) return resolved;
  const previous = history[history.length - 1 - lastUser];
  resolved.previousQuestion = previous.text;
  const own = contentStems(q);
  const leans = ANAPHORA.test(q) || CONTINUATION.test(q);
  // The answer that followed the previous question (if any) names what "he" or "it" turned out to be.
  const answer = history.slice(history.length - lastUser).find((t) => t.role === 'assistant')?.text ?? '';
  // A short question naming someone or something the exchange before did not ("When is Maya's party?" after "Where is
  // the job based?") starts another subject: borrowing "job" and "Kirkby" had it refused.
  const said = new Set(contentStems(`${previous.text} ${answer}`));
  const newName = namesIn(q).some((name) => contentStems(name).some((stem) => !said.has(stem)));
  resolved.isFollowUp = leans || (own.length <= 2 && !newName);
  if (!resolved.isFollowUp) return resolved;
  // Question words of every language the window speaks are not a subject ("Warum?", "Combien ?").
  const subject = contentTerms(q).filter((t) => !REQUEST_WORDS.has(t.word));
  resolved.asksForMore = ASKS_FOR_MORE.test(q);
  // Without a word of its subject ("Why?", "Where is it?"), it asks what the earlier quotes did not say.
  const asksForMore = subject.length === 0 || resolved.asksForMore;
  resolved.avoidsRepeats = leans || asksForMore;
  // "And when is the return flight?" after "From which airport?" was answered with the outward flight and then the
  // return flight: the return flight was not that question's answer, and is this one's. Only asked for more ("What else?",
  // "Why?") is no sentence quoted before quoted again.
  if (!asksForMore) resolved.barredQuotes = earlierLeads;

  const have = new Set(own);
  const borrowed: string[] = [];
  const borrow = (word: string) => {
    const stemmed = contentStems(word)[0];
    if (!stemmed || have.has(stemmed) || word.length < 3 || borrowed.length >= MAX_BORROWED || REQUEST_WORDS.has(word.toLowerCase())) return;
    have.add(stemmed);
    // The surface word, not the stem: BM25 and the embedders stem in their own way.
    borrowed.push(word);
  };
  for (const t of terms(previous.text)) {
    if (!t.stop) borrow(previous.text.slice(t.offset, t.offset + t.word.length));
  }
  for (const name of namesIn(answer.replace(MARKERS, ' '))) borrow(name);
  resolved.borrowed = borrowed;
  resolved.searchText = borrowed.length ? `${q} ${borrowed.join(' ')}` : q;
  return resolved;
}
