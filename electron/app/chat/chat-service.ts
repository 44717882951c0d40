// Asking: the question (a follow-up rewritten by the chat model into a self-contained one, or resolved against the
// conversation by rule) → hybrid search over `base` + the session → the best passages, widened to whole sentences and
// without running headers → an answerer that streams tokens and citations. "Summarize X" (or the Summarize action on a
// document) reads document X instead of the top passages. The conversation is saved in the session file as it
// completes; a batch question (`answerOnce`) is answered the same way and saved nowhere.
import { randomUUID } from 'node:crypto';
import { DocentError } from '../../../shared/api';
import { BASE_SID } from '../../../shared/ids';
import type { ChatEvent, ChatMessage, Citation, ErrorInfo } from '../../../shared/model';
import type { Embedder } from '../embeddings/embedder';
import type { EventHub } from '../events';
import { documentGone, sessionEndingError, type SessionStore } from '../sessions/session-store';
import type { ChunkHit, VectorStore } from '../vectors/vector-store';
import { UNSURE_NOTE, type Answerer, type AnswerRequest, type AnswerSource, type AnswerStage, type AnswerTurn } from './answer-types';
import { rewriteQuery } from './query-rewriter';
import { resolveQuestion } from './follow-up';
import type { TextGenerator } from './text-generator';
import { buildSearchText, numberSources, rerankHits } from './retrieval';
import { measureNouns, wholePriceAsked } from './question-cues';
import { shortFormsAsked } from './abbreviated-words';
import { phrasalMeanings } from './phrasal-verbs';
import { acronymFormsAsked, wordFormsAsked } from './word-forms';
import { weatherColumnWords } from './extreme-rows';
import { timeFormsAsked } from './clock-times';
import { kindsAsked } from './general-words';
import { deedLabelsAsked } from './record-fields';
import { authorshipAsked, namesDocument } from './bylines';
import { rerankWith, type Reranker } from './rerank/reranker';
import { inDocumentContext, runningLinesSteps } from './passage-context';
import { SELF_CONTAINED_PAGES } from '../documents/location';
import { summaryTarget, type SummaryDocument } from './summary-intent';
import { documentSourcesInSlices, evenSample } from './document-sources';
import { runInSlices } from '../slices';
import type { StoredPages } from '../ingest/stored-pages';
import { locate } from '../documents/location';
import { OpenAiEndpointError, endpointFailureMessage } from '../embeddings/openai-embedder';
import { causeOf, userMessage } from '../user-message';
import { LlmError } from '../llm/llm-error';
import { markdownInline, markdownWithoutHtml } from './markdown-text';
import { citationLabelEnglish } from '../../../shared/location';

export interface ChatDeps {
  sessions: SessionStore;
  embedder: () => Embedder;
  store: () => VectorStore;
  answerer: () => Answerer;
  /** The chat model behind the answerer (local or endpoint), for rewriting follow-ups; none for the extractive one. */
  generator?: () => TextGenerator | undefined;
  events: EventHub;
  /** The stored page texts of a document (session or base), to pin a quoted sentence to its exact page and span. */
  pagesOf?: (sid: string, fileId: string) => Promise<StoredPages | undefined>;
  /** The base library's ready documents, which a "summarize X" request may name beside the session's own. */
  baseDocuments?: () => Promise<SummaryDocument[]>;
  /** The cross-encoder chosen in the settings (rerank.model); undefined when reranking is off. */
  reranker?: () => Reranker | undefined;
}

/** Passages fetched from the store, and how many of them (after merging) the answerer sees. */
const CANDIDATES = 30;
const SOURCES = 6;
/** Documents whose opening an authorship question reads, beside the passages found, and how much of it. */
const OPENINGS = 3;
const OPENING_CHARS = 1500;
const HISTORY_TURNS = 6;
/** Passages of a document given to an answerer that cannot read a whole document for a summary. */
const SUMMARY_SAMPLE = 12;
/** Documents whose running headers and footers are remembered (they never change: a fileId names its content). */
const RUNNING_LINES_CACHE = 64;

interface Running {
  sid: string;
  controller: AbortController;
  done: Promise<ChatMessage>;
}

/** An answer as it is being written: what has streamed so far, and what it cites. */
interface Draft {
  text: string;
  citations: Citation[];
  notFound: boolean;
  /** The answer quotes the closest passage, which may not answer the question (AnswerEvent `unsure`). */
  unsure: boolean;
  answerer: string;
}

/** A batch answer (`docent ask --queries`): the same answer as `ask` gives, saved nowhere. */
export interface OneAnswer {
  text: string;
  citations: Citation[];
  status: ChatMessage['status'];
  notFound: boolean;
  unsure: boolean;
  answerer: string;
  error?: ChatMessage['error'];
}

/** Page texts read once per answer, shared by every step that needs them. */
type PagesCache = Map<string, Promise<StoredPages | undefined>>;

export class ChatService {
  private readonly running = new Map<string, Running>();
  private readonly runningLines = new Map<string, Promise<Set<string>>>();

  constructor(private readonly deps: ChatDeps) {}

  /**
   * Searches `base` + the session: hybrid candidates from the store, reranked by their best-matching sentence and then
   * by the cross-encoder when one is chosen. Shared by the CLI's `search` and the benchmark, so the figures measure
   * what users get.
   */
  async search(sid: string, text: string, k: number, signal?: AbortSignal): Promise<ChunkHit[]> {
    const hits = await this.candidates(sid, text, Math.max(k, this.candidateCount()));
    return (await this.rank(text, text, hits, signal)).slice(0, k);
  }

  /** Enough candidates for the cross-encoder's depth, which may be set deeper than the usual candidate list. */
  private candidateCount(): number {
    return Math.max(CANDIDATES, this.deps.reranker?.()?.depth ?? 0);
  }

  /**
   * Candidates in answer order: by their best sentence for the question (cheap, in process), then the best `depth` of
   * those by the cross-encoder (in the model thread) reading the self-contained search text. A reranker that fails
   * leaves the first order and says so; the answer still comes.
   */
  private async rank(question: string, searchText: string, hits: ChunkHit[], signal?: AbortSignal): Promise<ChunkHit[]> {
    const ranked = rerankHits(question, hits);
    const reranker = this.deps.reranker?.();
    if (!reranker) return ranked;
    try {
      return await rerankWith(reranker, searchText, ranked, signal);
    } catch (error) {
      if (signal?.aborted) throw error;
      this.deps.events.notice(
        'warning',
        userMessage('rerank-failed', `The reranking model "${reranker.id}" failed on a question; its passages were used in search order.`, { model: reranker.id }, causeOf(error)),
      );
      return ranked;
    }
  }

  private async candidates(sid: string, text: string, k: number): Promise<ChunkHit[]> {
    const [vector] = await this.deps.embedder().embed([text], { kind: 'query' });
    return this.deps.store().query({ vector, text, sids: [BASE_SID, sid], k });
  }

  /**
   * The text to search with. A follow-up is rewritten into a self-contained question by the chat model when one
   * answers (returned as `standalone` too, for the answerer to read); the rule-based search text, which borrows the
   * conversation's words, is the fallback (no model, or an unusable rewrite). A question that stands on its own is
   * searched as asked, with no model call.
   */
  async searchFor(question: string, history: AnswerTurn[], options: { signal?: AbortSignal; onStage?: (stage: AnswerStage) => void } = {}): Promise<{ text: string; standalone?: string }> {
    const resolved = resolveQuestion(question, history);
    const generator = this.deps.generator?.();
    if (!generator || !resolved.isFollowUp) return { text: resolved.searchText };
    const rewritten = await rewriteQuery(generator, question, history, options);
    return rewritten ? { text: rewritten, standalone: rewritten } : { text: resolved.searchText };
  }

  /** The search text alone (see searchFor). */
  async searchText(question: string, history: AnswerTurn[]): Promise<string> {
    return (await this.searchFor(question, history)).text;
  }

  /** The passages an answer to `question` would be built from (searched with `searchText`, by default the rule-based one). */
  async retrieve(
    sid: string,
    question: string,
    history: AnswerTurn[],
    signal?: AbortSignal,
    pages: PagesCache = new Map(),
    searchText = buildSearchText(question, history),
  ): Promise<AnswerSource[]> {
    // "How heavy is it?" is looked up with "weight" too, which names the row that answers (measureNouns); the
    // cross-encoder reads the question as asked. Only this question's measure: a "how heavy" earlier in the chat, which
    // the search text of a follow-up borrows, is not asked again. "The doctor" is looked up as "Dr" too.
    // So is "Will I get my money back?" as "refund" (phrasalMeanings).
    // And "pay" as "payable", "photos" as "photography" (wordFormsAsked), "CV" as "CVs" (acronymFormsAsked), "1pm" as
    // "13:00" (timeFormsAsked), "dog" as "pet" (kindsAsked), "wear" as "dress" (deedLabelsAsked), "How much is the
    // hotel?" as "total" (wholePriceAsked), "the coldest night" as "temperature" (weatherColumnWords).
    const lookup = [searchText, ...measureNouns(question), ...shortFormsAsked(question), ...phrasalMeanings(question), ...wordFormsAsked(question), ...acronymFormsAsked(question), ...timeFormsAsked(question), ...kindsAsked(question), ...deedLabelsAsked(question), ...wholePriceAsked(question), ...weatherColumnWords(question)].join(' ');
    const hits = await this.candidates(sid, lookup, this.candidateCount());
    // Candidates reranked, near-duplicates dropped, neighbouring chunks merged, then numbered in that order; each
    // passage then widened to whole sentences, with its document's running headers and footers blanked.
    const sources = numberSources(await this.rank(lookup, searchText, hits, signal), SOURCES);
    // "Who wrote this paper?" is answered under the title, which shares no word with the question: read it too.
    const about = authorshipAsked(question);
    if (about !== undefined) sources.push(...(await this.openings(sid, about, sources, pages)));
    return Promise.all(sources.map((source) => this.inContext(source, pages)));
  }

  /**
   * The opening of the documents an authorship question may ask about, where no source holds it already: those whose
   * name holds a word of what it asks about ("the Medium post"), then those the sources come from; the first few.
   */
  private async openings(sid: string, about: string, sources: readonly AnswerSource[], pages: PagesCache): Promise<AnswerSource[]> {
    const named = (await this.summarizable(sid)).filter((d) => namesDocument(about, `${d.name} ${d.title ?? ''}`));
    const files = [...named.map(({ sid, fileId, name }) => ({ sid, fileId, fileName: name })), ...sources];
    const picked = [...new Map(files.map((f) => [`${f.sid}/${f.fileId}`, f])).values()].slice(0, OPENINGS);
    const out: AnswerSource[] = [];
    for (const { sid: owner, fileId, fileName } of picked) {
      if (sources.some((s) => s.sid === owner && s.fileId === fileId && s.page === 1 && s.start === 0)) continue;
      const first = (await this.pages(owner, fileId, pages))?.pages.find((p) => p.page === 1);
      if (!first?.text.trim()) continue;
      // Cut at a line's end, so the opening holds no half line.
      const lineEnd = first.text.lastIndexOf('\n', OPENING_CHARS);
      const end = first.text.length <= OPENING_CHARS ? first.text.length : lineEnd > 0 ? lineEnd : OPENING_CHARS;
      out.push({ n: sources.length + out.length + 1, sid: owner, fileId, fileName, page: 1, pageEnd: 1, start: 0, end, text: first.text.slice(0, end) });
    }
    return out;
  }

  /** A passage widened to whole sentences, with its document's running headers and footers blanked. */
  private async inContext(source: AnswerSource, pages: PagesCache): Promise<AnswerSource> {
    const stored = await this.pages(source.sid, source.fileId, pages);
    if (!stored) return source;
    const widened = inDocumentContext(source, stored.pages, await this.runningLinesOf(source.sid, source.fileId, stored), SELF_CONTAINED_PAGES.has(stored.kind));
    // The headings above its section, and its section's own where the passage starts past it.
    const section = stored.pages.find((p) => p.page === source.page)?.section;
    const headings = [...(section?.path ?? []), ...(section?.heading && widened.start > 0 ? [section.heading] : [])];
    return headings.length ? { ...widened, headings } : widened;
  }

  /** Found once per document, a page at a time between turns of the event loop (a long book would stall it). */
  private runningLinesOf(sid: string, fileId: string, stored: StoredPages): Promise<Set<string>> {
    const key = `${sid}/${fileId}`;
    let lines = this.runningLines.get(key);
    if (!lines) {
      lines = runInSlices(runningLinesSteps(stored.pages, stored.kind));
      if (this.runningLines.size >= RUNNING_LINES_CACHE) this.runningLines.delete(this.runningLines.keys().next().value!);
      this.runningLines.set(key, lines);
    }
    return lines;
  }

  private pages(sid: string, fileId: string, cache: PagesCache): Promise<StoredPages | undefined> {
    const pagesOf = this.deps.pagesOf;
    if (!pagesOf) return Promise.resolve(undefined);
    const key = `${sid}/${fileId}`;
    if (!cache.has(key)) cache.set(key, pagesOf(sid, fileId).catch(() => undefined));
    return cache.get(key)!;
  }

  /** The session's and the base library's ready documents, which a summary request may name. */
  private async summarizable(sid: string): Promise<SummaryDocument[]> {
    const session = await this.deps.sessions.get(sid);
    const own = session.documents.filter((d) => d.status === 'ready').map(({ fileId, name, title }) => ({ sid, fileId, name, title }));
    const base = this.deps.baseDocuments ? await this.deps.baseDocuments().catch(() => []) : [];
    return [...own, ...base];
  }

  /**
   * What the answerer reads: for "Summarize X" naming a document (or the document the Summarize action names), that
   * document's passages in order; otherwise the best passages for the question (a follow-up searched in its
   * self-contained form, which the answerer also gets).
   */
  private async request(
    answerer: Answerer,
    sid: string,
    question: string,
    history: AnswerTurn[],
    signal: AbortSignal,
    pages: PagesCache,
    options: { document?: SummaryDocument; onStage?: (stage: AnswerStage) => void } = {},
  ): Promise<AnswerRequest> {
    const doc = options.document ?? summaryTarget(question, await this.summarizable(sid), sid);
    const stored = doc && (await this.pages(doc.sid, doc.fileId, pages));
    if (doc && stored) {
      // The whole book is cut into passages here, in the main process that holds its pages, in slices (see slices.ts).
      const running = await this.runningLinesOf(doc.sid, doc.fileId, stored);
      const whole = await documentSourcesInSlices(doc, stored, running, { signal });
      const sources = answerer.readsWholeDocuments ? whole : evenSample(whole, SUMMARY_SAMPLE);
      return { question, history, sources, signal, summary: { sid: doc.sid, fileId: doc.fileId, fileName: doc.name } };
    }
    const search = await this.searchFor(question, history, { signal, onStage: options.onStage });
    const sources = await this.retrieve(sid, question, history, signal, pages, search.text);
    return { question, history, sources, signal, ...(search.standalone ? { standalone: search.standalone } : {}) };
  }

  /** Starts an answer and returns at once; tokens, citations and the saved message arrive as events. */
  async ask(sid: string, question: string): Promise<{ requestId: string; done: Promise<ChatMessage> }> {
    return this.start(sid, question);
  }

  /**
   * The Summarize action on a document: a summary of the whole document streamed into the chat like an answer (map
   * over its passages, then reduce, for a model; key sentences in order for the offline answerer).
   */
  async summarize(sid: string, fileId: string): Promise<{ requestId: string; done: Promise<ChatMessage> }> {
    const doc = (await this.summarizable(sid)).find((d) => d.fileId === fileId && d.sid === sid);
    if (!doc) throw documentGone(fileId);
    return this.start(sid, `Summarize “${doc.name}”`, doc);
  }

  private async start(sid: string, question: string, document?: SummaryDocument): Promise<{ requestId: string; done: Promise<ChatMessage> }> {
    const session = await this.deps.sessions.get(sid);
    if (session.state !== 'active') throw sessionEndingError(session);
    const requestId = randomUUID();
    const controller = new AbortController();
    const history = session.chat.slice(-HISTORY_TURNS).map(({ role, text }) => ({ role, text }));
    const userMessage: ChatMessage = {
      id: randomUUID(),
      role: 'user',
      text: question,
      citations: [],
      createdAt: new Date().toISOString(),
      status: 'complete',
    };
    await this.deps.sessions.update(sid, (s) => {
      s.chat.push(userMessage);
    });
    this.emit({ type: 'started', requestId, sid, question: userMessage });
    const done = this.answer(sid, requestId, question, history, controller.signal, document);
    this.running.set(requestId, { sid, controller, done });
    void done.finally(() => this.running.delete(requestId));
    return { requestId, done };
  }

  /**
   * Answers one question on its own, as `ask` would with no conversation before it, and saves nothing: the session's
   * chat is left as it was. For batch questions (`docent ask --queries`) and the answers benchmark.
   */
  async answerOnce(sid: string, question: string, signal: AbortSignal = new AbortController().signal): Promise<OneAnswer> {
    const session = await this.deps.sessions.get(sid);
    if (session.state !== 'active') throw sessionEndingError(session);
    const draft: Draft = { text: '', citations: [], notFound: false, unsure: false, answerer: this.deps.answerer().id };
    try {
      await this.compose(sid, question, [], signal, draft);
      const status = signal.aborted ? 'cancelled' : 'complete';
      return { text: draft.text, citations: draft.citations, status, notFound: draft.notFound, unsure: draft.unsure, answerer: draft.answerer };
    } catch (error) {
      if (signal.aborted) return { text: draft.text, citations: draft.citations, status: 'cancelled', notFound: draft.notFound, unsure: draft.unsure, answerer: draft.answerer };
      const info = answerFailure(error);
      return { text: draft.text, citations: draft.citations, status: draft.text ? 'partial' : 'error', notFound: draft.notFound, unsure: draft.unsure, answerer: draft.answerer, error: info };
    }
  }

  cancel(requestId: string): boolean {
    const run = this.running.get(requestId);
    run?.controller.abort();
    return Boolean(run);
  }

  async stopSession(sid: string): Promise<void> {
    const runs = [...this.running.values()].filter((r) => r.sid === sid);
    for (const run of runs) run.controller.abort();
    await Promise.allSettled(runs.map((r) => r.done));
  }

  async stopAll(): Promise<void> {
    const runs = [...this.running.values()];
    for (const run of runs) run.controller.abort();
    await Promise.allSettled(runs.map((r) => r.done));
  }

  /** Retrieves, streams the answer into `draft` and pins its citations; throws when the answerer fails part-way. */
  private async compose(
    sid: string,
    question: string,
    history: AnswerTurn[],
    signal: AbortSignal,
    draft: Draft,
    on: {
      token?: (text: string) => void;
      notFound?: () => void;
      unsure?: () => void;
      citations?: (citations: Citation[]) => void;
      progress?: (stage: AnswerStage, done?: number, total?: number) => void;
    } = {},
    document?: SummaryDocument,
  ): Promise<void> {
    // Several steps read one document's page texts (whole sentences, running headers, pinning citations): once each.
    const pages: PagesCache = new Map();
    const answerer = this.deps.answerer();
    draft.answerer = answerer.id;
    const request = await this.request(answerer, sid, question, history, signal, pages, { document, onStage: on.progress });
    if (signal.aborted) return;
    for await (const event of answerer.answer(request)) {
      if (event.type === 'token') {
        draft.text += event.text;
        on.token?.(event.text);
      } else if (event.type === 'progress') {
        on.progress?.(event.stage, event.done, event.total);
      } else if (event.type === 'not-found') {
        // "Not found" says more than "unsure": never both.
        draft.notFound = true;
        draft.unsure = false;
        on.notFound?.();
      } else if (event.type === 'unsure') {
        if (draft.notFound) continue;
        draft.unsure = true;
        on.unsure?.();
      } else {
        draft.citations = await Promise.all(event.citations.map((c) => this.pinToPage(toCitation(c), pages)));
        on.citations?.(draft.citations);
      }
    }
  }

  private async answer(
    sid: string,
    requestId: string,
    question: string,
    history: AnswerTurn[],
    signal: AbortSignal,
    document?: SummaryDocument,
  ): Promise<ChatMessage> {
    const draft: Draft = { text: '', citations: [], notFound: false, unsure: false, answerer: this.deps.answerer().id };
    const message = (status: ChatMessage['status'], error?: ChatMessage['error']): ChatMessage => ({
      id: randomUUID(),
      role: 'assistant',
      text: draft.text,
      citations: draft.citations,
      createdAt: new Date().toISOString(),
      status,
      answerer: draft.answerer,
      ...(draft.notFound ? { notFound: true } : {}),
      ...(draft.unsure ? { unsure: true } : {}),
      ...(error ? { error } : {}),
    });
    let result: ChatMessage;
    try {
      await this.compose(
        sid,
        question,
        history,
        signal,
        draft,
        {
          token: (text) => this.emit({ type: 'token', requestId, sid, text }),
          notFound: () => this.emit({ type: 'not-found', requestId, sid }),
          unsure: () => this.emit({ type: 'unsure', requestId, sid }),
          citations: (citations) => this.emit({ type: 'citations', requestId, sid, citations }),
          progress: (stage, done, total) => this.emit({ type: 'progress', requestId, sid, stage, done, total }),
        },
        document,
      );
      result = message(signal.aborted ? 'cancelled' : 'complete');
    } catch (error) {
      if (signal.aborted) {
        result = message('cancelled');
      } else {
        const info = answerFailure(error);
        result = message(draft.text ? 'partial' : 'error', info);
        this.emit({ type: 'error', requestId, sid, error: info, message: result });
      }
    }
    try {
      await this.deps.sessions.update(sid, (s) => {
        s.chat.push(result);
      });
    } catch {
      // The session was ended while the answer streamed: nothing to keep.
    }
    this.emit({ type: 'done', requestId, sid, message: result });
    return result;
  }

  /**
   * A citation that quotes part of a passage (an extractive answer quotes one sentence) is pinned to the page that
   * holds that text and to its exact span there, so the chip names one page and the highlight covers just the quote;
   * every citation gets its location (documents/location.ts).
   */
  private async pinToPage(citation: Citation, cache: PagesCache): Promise<Citation> {
    const stored = await this.pages(citation.sid, citation.fileId, cache);
    if (!stored) return citation;
    let pinned = citation;
    const quote = citation.text.trim();
    if (quote.length >= 12) {
      for (const p of stored.pages) {
        if (p.page < citation.page || p.page > citation.pageEnd) continue;
        const at = p.text.indexOf(quote);
        if (at >= 0) {
          pinned = { ...citation, page: p.page, pageEnd: p.page, start: at, end: at + quote.length };
          break;
        }
      }
    }
    // Where the quote is, in the units of its kind of document: page (and printed label), slide, sheet rows, chapter, lines.
    const location = locate(stored, pinned.page, pinned.start, pinned.end, pinned.pageEnd);
    return location ? { ...pinned, location } : pinned;
  }

  private emit(event: ChatEvent): void {
    this.deps.events.emit('chat', event);
  }
}

function toCitation(source: AnswerSource): Citation {
  const { n, sid, fileId, fileName, page, pageEnd, start, end, text } = source;
  return { n, sid, fileId, fileName, page, pageEnd, start, end, text };
}

/**
 * Why an answer stopped, as the message the window words: an endpoint's failure keeps its reason (`endpoint-failed`),
 * anything else is `answer-failed` with the cause in `detail`. The English text is the CLI's.
 */
function answerFailure(error: unknown): ErrorInfo {
  const cause = causeOf(error);
  const message = `The answer stopped: ${cause.replace(/\.+$/, '')}. What arrived is kept; ask again to retry.`;
  if (error instanceof OpenAiEndpointError) return { ...endpointFailureMessage(error), message };
  // A local model's failure keeps its own code and figures (the file that cannot run, the memory it needed…).
  if (error instanceof LlmError) return userMessage(error.code, message, error.params, cause);
  return userMessage('answer-failed', message, {}, cause);
}

/** The chat as Markdown with its sources, for export. */
export function chatToMarkdown(title: string, chat: ChatMessage[]): string {
  // Titles, questions, file names and quotes are the user's or a document's text: literal, one line each.
  const lines = [`# ${markdownInline(title) || 'Docent chat'}`, ''];
  for (const m of chat) {
    if (m.role === 'user') {
      lines.push(`## ${markdownInline(m.text)}`, '');
      continue;
    }
    // The note the window shows above a quote that may not answer, so the file does not read it as the answer.
    if (m.unsure && !m.notFound) lines.push(`_${UNSURE_NOTE}_`, '');
    lines.push(markdownWithoutHtml(m.text) + (m.status !== 'complete' ? ` _(${m.status})_` : ''), '');
    if (m.citations.length) {
      lines.push('**Sources**', '');
      for (const c of m.citations) {
        lines.push(`- [${c.n}] ${markdownInline(citationLabelEnglish(c))}: “${markdownInline(c.text.replace(/\s+/g, ' ').trim().slice(0, 300))}”`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}
