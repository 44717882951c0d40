// What happens between the vector store's hits and the answerer: a search text that understands follow-ups,
// near-duplicates dropped, neighbouring chunks joined into one passage, and the passages numbered as sources.
// Pure functions over ChunkHit[]; no I/O.
//
// Passage text invariant (from the chunker): a hit's text is its page's text from `start` to `end` when it stays on one
// page, and `page`'s text from `start` + "\n\n" + … + `pageEnd`'s text up to `end` when it crosses pages. Merging keeps
// the invariant, so a character offset in a passage can always be mapped back to a page and an offset (spanWithin).
import type { ChunkHit } from '../vectors/vector-store';
import type { AnswerSource, AnswerTurn } from './answer-types';
import { contentStems } from '../embeddings/lexical-terms';
import { acronymsSpelledOut, writtenAcronyms } from './acronyms';
import { askedDates, wordsOfDatesIn } from './calendar-ranges';
import { resolveQuestion } from './follow-up';
import { splitSentences } from './sentences';
import { titleStems } from './document-titles';
import { baseStem } from './word-forms';
import { BASE_SID } from '../../../shared/ids';

// ---------- follow-up questions ----------

/**
 * The text to search with. A follow-up ("When did it open?", "and when did he die?") borrows the key words of the
 * previous question and the names in its answer, so retrieval sees what "it" means; a self-contained question is
 * searched as asked. See follow-up.ts.
 */
export function buildSearchText(question: string, history: readonly AnswerTurn[] = []): string {
  return resolveQuestion(question, history).searchText;
}

// ---------- reranking ----------

/**
 * Reorders a first-stage candidate list (ask the store for ~30) by how well each chunk's best sentence matches the
 * question, with question terms weighted by their rarity among the candidates, plus a prior for the store's own rank.
 * A chunk mixes several paragraphs; the one that answers usually holds a sentence dense in the question's rare terms,
 * which whole-chunk BM25 and vector scores blur. Measured on bench/retrieval-bench.ts: +8 points hit@1 over the
 * fused ranking alone (SQuAD dev half A). Scores are rewritten to the reranked score (higher is better).
 */
/** Share of a term's weight earned when it sits in the next or previous sentence rather than this one. */
const NEIGHBOUR_WEIGHT = 0.3;
/** Weight of the whole chunk's coverage of the question, beside its best sentence's. */
const CHUNK_WEIGHT = 0.25;
/**
 * Share of a term's weight earned by a sentence that lacks it when what names the sentence's document holds it (its
 * file name, its first line where a hit holds it; titleStems). "How heavy is the Metro 500?" is answered by the spec
 * sheet's row "Weight | 22.8 kg", which never says "Metro 500": the sheet's title does, and its in-the-box line
 * "Metro 500 e-bike" pushed the specifications out of the passages read.
 */
const TITLE_WEIGHT = 1;

/**
 * Taken from a base-library chunk's score where the session's own files are among the candidates: a question asked in
 * a session is about its documents first. "When do I start?" of an offer letter was answered from Docent's guide ("When
 * you quit and start Docent again…"), and "How do I cancel my membership?" of a coworking FAQ with "You can cancel any
 * file while it is being added". A question about Docent itself still finds the guide, which alone says its words.
 */
const BASE_LIBRARY_PENALTY = 0.15;

export function rerankHits(question: string, hits: readonly ChunkHit[], options: { rankPrior?: number } = {}): ChunkHit[] {
  const rankPrior = options.rankPrior ?? 0.3;
  const qStems = [...new Set(contentStems(question))];
  if (qStems.length === 0 || hits.length < 2) return [...hits];
  // A sentence spelling out an acronym the question writes holds it: "the annual general meeting" for "the AGM?". Not
  // two letters: "Camp Mercury" spells "CM" by chance, and so do many names in a large library.
  const acronyms = new Set([...writtenAcronyms(question)].filter((a) => a.length >= 3));
  // …and one writing a date the question names in figures holds the question's words for it: "2027-02-06" of "Who do we
  // play on 6 February?".
  const dates = askedDates(question);
  const sentenceStems = hits.map((h) =>
    splitSentences(h.text).map((s) => new Set([...contentStems(s.text), ...acronymsSpelledOut(s.text, acronyms), ...contentStems(wordsOfDatesIn(dates, s.text).join(' '))])),
  );
  const chunkStems = sentenceStems.map((sentences) => new Set(sentences.flatMap((s) => [...s])));
  // Read as the question is here, lexically: the answerer reads "bike" as "bicycle", the search as written.
  const titles = titleStems(hits, contentStems);
  const titled = (hit: ChunkHit, stem: string) => {
    const title = titles.get(hit.fileId)!;
    return title.has(stem) || title.has(baseStem(stem));
  };
  const weight = new Map(
    qStems.map((stem) => {
      const df = chunkStems.filter((c) => c.has(stem)).length;
      return [stem, Math.log(1 + (hits.length + 1) / (df + 0.5))];
    }),
  );
  const total = qStems.reduce((sum, stem) => sum + weight.get(stem)!, 0);
  const ownFiles = hits.some((h) => h.sid !== BASE_SID);
  return hits
    .map((hit, rank) => {
      let best = 0;
      const sentences = sentenceStems[rank];
      for (let i = 0; i < sentences.length; i++) {
        // A sentence and, at half weight, what its neighbour adds: answers often sit one sentence from the terms.
        let matched = 0;
        for (const stem of qStems) {
          if (sentences[i].has(stem)) matched += weight.get(stem)!;
          else if (titled(hit, stem)) matched += TITLE_WEIGHT * weight.get(stem)!;
          else if ((sentences[i - 1]?.has(stem) || sentences[i + 1]?.has(stem))) matched += NEIGHBOUR_WEIGHT * weight.get(stem)!;
        }
        if (matched > best) best = matched;
      }
      let anywhere = 0;
      for (const stem of qStems) if (chunkStems[rank].has(stem)) anywhere += weight.get(stem)!;
      const library = hit.sid === BASE_SID && ownFiles ? BASE_LIBRARY_PENALTY : 0;
      return { hit: { ...hit, score: best / total + CHUNK_WEIGHT * (anywhere / total) + rankPrior / (1 + 0.3 * rank) - library }, rank };
    })
    .sort((a, b) => b.hit.score - a.hit.score || a.rank - b.rank)
    .map((x) => x.hit);
}

// ---------- near-duplicates ----------

/** Word 3-shingles of a text's content words (hashed to numbers to keep the sets small). */
function shingles(text: string): Set<string> {
  const words = contentStems(text);
  const out = new Set<string>();
  if (words.length < 3) {
    if (words.length) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + 3 <= words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function overlapRatios(a: Set<string>, b: Set<string>): { jaccard: number; containment: number } {
  if (a.size === 0 || b.size === 0) return { jaccard: 0, containment: 0 };
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return { jaccard: shared / (a.size + b.size - shared), containment: shared / Math.min(a.size, b.size) };
}

/** Characters two same-file hits share, when their spans are comparable (same start page and same end page). */
function spanOverlap(a: ChunkHit, b: ChunkHit): number {
  if (a.sid !== b.sid || a.fileId !== b.fileId || a.page !== b.page || a.pageEnd !== b.pageEnd || a.page !== a.pageEnd) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Drops near-duplicates, keeping the better-ranked one: the same record twice, a same-file hit mostly inside another,
 * or near-identical text anywhere (the same document in the base library and the session, or in two formats).
 * Ordinary chunk overlap (a few sentences) is not duplication; mergeNeighbours joins those.
 */
export function dedupeHits(hits: readonly ChunkHit[], options: { jaccard?: number; containment?: number } = {}): ChunkHit[] {
  const maxJaccard = options.jaccard ?? 0.8;
  const maxContainment = options.containment ?? 0.9;
  const kept: Array<{ hit: ChunkHit; sh: Set<string> }> = [];
  for (const hit of hits) {
    const sh = shingles(hit.text);
    const duplicate = kept.some(({ hit: k, sh: ksh }) => {
      if (k.sid === hit.sid && k.fileId === hit.fileId && k.chunk === hit.chunk) return true;
      const shared = spanOverlap(k, hit);
      if (shared > 0 && shared >= 0.8 * Math.min(k.end - k.start, hit.end - hit.start)) return true;
      const { jaccard, containment } = overlapRatios(ksh, sh);
      return jaccard >= maxJaccard || (k.fileId === hit.fileId && containment >= maxContainment);
    });
    if (!duplicate) kept.push({ hit, sh });
  }
  return kept.map((k) => k.hit);
}

// ---------- joining neighbours ----------

/** Largest gap (in characters, same page) bridged when joining chunks: whitespace the chunker trimmed. */
const MAX_BRIDGED_GAP = 8;

/**
 * Offset in a.text where b.text starts, when b continues a in the same file; undefined when it cannot be known
 * (b starts on another page than a ends, or the texts disagree about their shared part).
 */
function continuationOffset(a: ChunkHit, b: ChunkHit): number | undefined {
  let offset: number;
  if (b.page === a.page && (a.pageEnd === a.page || b.start >= a.start)) offset = b.start - a.start;
  else if (b.page === a.pageEnd && a.pageEnd > a.page) offset = a.text.length - a.end + b.start;
  else return undefined;
  if (offset < 0) return undefined;
  if (offset > a.text.length) {
    // A small gap on the same page: bridge it with whitespace of the same length so offsets stay exact.
    const sameLine = a.pageEnd === b.page && offset - a.text.length <= MAX_BRIDGED_GAP;
    return sameLine ? offset : undefined;
  }
  const shared = a.text.length - offset;
  if (a.text.slice(offset) !== b.text.slice(0, shared)) return undefined;
  return offset;
}

/**
 * What stands for the whitespace the chunker trimmed between two chunks, as long as it was: a paragraph's break where it
 * was two characters or more (the chunker cuts at paragraphs first), else a line's. Spaces would run a spreadsheet's
 * record on into the next ("Notes: sign up at registration  Day: Day 1…") and two paragraphs into one.
 */
function whitespaceOf(length: number): string {
  return length >= 2 ? '\n\n' + ' '.repeat(length - 2) : '\n';
}

function join(a: ChunkHit, b: ChunkHit, offset: number): ChunkHit {
  const aEndsLater = offset + b.text.length <= a.text.length;
  if (aEndsLater) return { ...a, score: Math.max(a.score, b.score) };
  const text = offset > a.text.length ? a.text + whitespaceOf(offset - a.text.length) + b.text : a.text.slice(0, offset) + b.text;
  return { ...a, text, pageEnd: b.pageEnd, end: b.end, score: Math.max(a.score, b.score) };
}

/**
 * Joins hits that are neighbours in the same file (chunk n and n+1, or overlapping spans) into one passage with the
 * combined span, pages and text, so the answerer sees a whole passage once instead of two halves. The passage takes
 * the place of its best-ranked part; `maxChars` keeps passages from growing without bound.
 */
export function mergeNeighbours(hits: readonly ChunkHit[], options: { maxChars?: number } = {}): ChunkHit[] {
  const maxChars = options.maxChars ?? 4000;
  const rank = new Map<ChunkHit, number>(hits.map((h, i) => [h, i]));
  const groups = new Map<string, ChunkHit[]>();
  for (const h of hits) {
    const key = `${h.sid}\u0000${h.fileId}`;
    groups.set(key, [...(groups.get(key) ?? []), h]);
  }
  const passages: Array<{ hit: ChunkHit; rank: number }> = [];
  for (const group of groups.values()) {
    group.sort((x, y) => x.chunk - y.chunk || x.page - y.page || x.start - y.start);
    let current = group[0];
    let best = rank.get(current)!;
    for (const next of group.slice(1)) {
      const adjacent = next.chunk <= current.chunk + 1 || next.page < current.pageEnd || (next.page === current.pageEnd && next.start <= current.end);
      const offset = adjacent ? continuationOffset(current, next) : undefined;
      if (offset !== undefined && offset + next.text.length <= maxChars) {
        // The passage keeps the number of its last chunk so that chunk n+2 still counts as its neighbour.
        current = { ...join(current, next, offset), chunk: Math.max(current.chunk, next.chunk) };
        best = Math.min(best, rank.get(next)!);
      } else {
        passages.push({ hit: current, rank: best });
        current = next;
        best = rank.get(next)!;
      }
    }
    passages.push({ hit: current, rank: best });
  }
  return passages.sort((x, y) => x.rank - y.rank).map((p) => p.hit);
}

// ---------- sources ----------

/** Numbers the first `max` hits as the sources the answerer may cite: n = 1..N in rank order. */
export function toSources(hits: readonly ChunkHit[], max = 6): AnswerSource[] {
  return hits.slice(0, Math.max(0, max)).map((h, i) => ({
    n: i + 1,
    sid: h.sid,
    fileId: h.fileId,
    fileName: h.fileName,
    page: h.page,
    pageEnd: h.pageEnd,
    start: h.start,
    end: h.end,
    text: h.text,
  }));
}

/** Ranked hits (best first) to sources: drop near-duplicates, join neighbours, number the best `max`. */
export function numberSources(ranked: readonly ChunkHit[], max = 6): AnswerSource[] {
  return toSources(mergeNeighbours(dedupeHits(ranked)), max);
}

/**
 * The whole path from the store's candidates (best first; ask for ~30) to numbered sources without a cross-encoder:
 * rerank by the question, drop near-duplicates, join neighbours, number the best `max`.
 */
export function prepareSources(question: string, hits: readonly ChunkHit[], max = 6): AnswerSource[] {
  return numberSources(rerankHits(question, hits), max);
}

/**
 * Maps a character range [from, to) of a passage's text back to pages and page offsets, by the passage text
 * invariant above. When a boundary falls in a middle page of a passage spanning three or more pages (whose
 * length the passage does not record), that boundary stays at the passage's own.
 */
export function spanWithin(
  passage: Pick<AnswerSource, 'page' | 'pageEnd' | 'start' | 'end' | 'text'>,
  from: number,
  to: number,
): { page: number; start: number; pageEnd: number; end: number } {
  const locate = (offset: number, isEnd: boolean): { page: number; at: number } | undefined => {
    if (passage.pageEnd === passage.page) return { page: passage.page, at: passage.start + offset };
    const lastPageStart = passage.text.length - passage.end;
    if (offset >= lastPageStart) return { page: passage.pageEnd, at: offset - lastPageStart };
    if (passage.pageEnd === passage.page + 1 && offset <= lastPageStart - 2) return { page: passage.page, at: passage.start + offset };
    // In the blank line between pages: snap to the nearer side.
    if (passage.pageEnd === passage.page + 1) return isEnd ? { page: passage.page, at: passage.start + lastPageStart - 2 } : { page: passage.pageEnd, at: 0 };
    return undefined;
  };
  const a = locate(from, false);
  const b = locate(to, true);
  return {
    page: a?.page ?? passage.page,
    start: a?.at ?? passage.start,
    pageEnd: b?.page ?? passage.pageEnd,
    end: b?.at ?? passage.end,
  };
}
