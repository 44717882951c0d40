// Asking: the question (with recent turns folded in) → hybrid search over `base` + the session → the best passages →
// an answerer that streams tokens and citations. The conversation is saved in the session file as it completes.
import { randomUUID } from 'node:crypto';
import { DocentError } from '../../../shared/api';
import { BASE_SID } from '../../../shared/ids';
import type { ChatEvent, ChatMessage, Citation, ErrorInfo } from '../../../shared/model';
import type { Embedder } from '../embeddings/embedder';
import type { EventHub } from '../events';
import type { SessionStore } from '../sessions/session-store';
import type { ChunkHit, VectorStore } from '../vectors/vector-store';
import type { Answerer, AnswerSource } from './answer-types';
import { buildSearchText, numberSources, rerankHits } from './retrieval';
import { rerankWith, type Reranker } from './rerank/reranker';
import type { StoredPages } from '../ingest/stored-pages';
import { describeLocation } from '../documents/location';
import type { DocumentKind } from '../documents/types';
import { OpenAiEndpointError, endpointFailureMessage } from '../embeddings/openai-embedder';
import { causeOf, userMessage } from '../user-message';

export interface ChatDeps {
  sessions: SessionStore;
  embedder: () => Embedder;
  store: () => VectorStore;
  answerer: () => Answerer;
  events: EventHub;
  /** The stored page texts of a document (session or base), to pin a quoted sentence to its exact page and span. */
  pagesOf?: (sid: string, fileId: string) => Promise<StoredPages | undefined>;
  /** The cross-encoder chosen in the settings (rerank.model); undefined when reranking is off. */
  reranker?: () => Reranker | undefined;
}

/** Passages fetched from the store, and how many of them (after merging) the answerer sees. */
const CANDIDATES = 30;
const SOURCES = 6;
const HISTORY_TURNS = 6;

interface Running {
  sid: string;
  controller: AbortController;
  done: Promise<ChatMessage>;
}

export class ChatService {
  private readonly running = new Map<string, Running>();

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

  /** The passages an answer to `question` would be built from. */
  async retrieve(sid: string, question: string, history: { role: 'user' | 'assistant'; text: string }[], signal?: AbortSignal): Promise<AnswerSource[]> {
    const searchText = buildSearchText(question, history);
    const hits = await this.candidates(sid, searchText, this.candidateCount());
    // Candidates reranked, near-duplicates dropped, neighbouring chunks merged, then numbered in that order.
    return numberSources(await this.rank(question, searchText, hits, signal), SOURCES);
  }

  /** Starts an answer and returns at once; tokens, citations and the saved message arrive as events. */
  async ask(sid: string, question: string): Promise<{ requestId: string; done: Promise<ChatMessage> }> {
    const session = await this.deps.sessions.get(sid);
    if (session.state !== 'active') throw new DocentError('conflict', 'this session is being ended');
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
    const done = this.answer(sid, requestId, question, history, controller.signal);
    this.running.set(requestId, { sid, controller, done });
    void done.finally(() => this.running.delete(requestId));
    return { requestId, done };
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

  private async answer(
    sid: string,
    requestId: string,
    question: string,
    history: { role: 'user' | 'assistant'; text: string }[],
    signal: AbortSignal,
  ): Promise<ChatMessage> {
    let text = '';
    let citations: Citation[] = [];
    let notFound = false;
    const answerer = this.deps.answerer();
    const message = (status: ChatMessage['status'], error?: ChatMessage['error']): ChatMessage => ({
      id: randomUUID(),
      role: 'assistant',
      text,
      citations,
      createdAt: new Date().toISOString(),
      status,
      answerer: answerer.id,
      ...(notFound ? { notFound } : {}),
      ...(error ? { error } : {}),
    });
    let result: ChatMessage;
    try {
      const sources = await this.retrieve(sid, question, history, signal);
      for await (const event of answerer.answer({ question, history, sources, signal })) {
        if (event.type === 'token') {
          text += event.text;
          this.emit({ type: 'token', requestId, sid, text: event.text });
        } else if (event.type === 'not-found') {
          notFound = true;
        } else {
          // Several citations often quote one document: its page texts are read once per answer.
          const pages = new Map<string, Promise<StoredPages | undefined>>();
          citations = await Promise.all(event.citations.map((c) => this.pinToPage(toCitation(c), pages)));
          this.emit({ type: 'citations', requestId, sid, citations });
        }
      }
      result = message(signal.aborted ? 'cancelled' : 'complete');
    } catch (error) {
      if (signal.aborted) {
        result = message('cancelled');
      } else {
        const info = answerFailure(error);
        result = message(text ? 'partial' : 'error', info);
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
   * a slide, sheet or chapter also gets its location in words.
   */
  private async pinToPage(citation: Citation, cache: Map<string, Promise<StoredPages | undefined>>): Promise<Citation> {
    const pagesOf = this.deps.pagesOf;
    if (!pagesOf) return citation;
    const key = `${citation.sid}/${citation.fileId}`;
    if (!cache.has(key)) cache.set(key, pagesOf(citation.sid, citation.fileId).catch(() => undefined));
    const stored = await cache.get(key);
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
    // Slides, sheets and chapters are named in words; plain pages keep their page number alone.
    const location = describeLocation({ kind: stored.kind as DocumentKind, pages: stored.pages }, pinned.page, pinned.start, pinned.end, pinned.pageEnd);
    const labelled = stored.pages.some((p) => p.label || p.rows?.length);
    return labelled && location ? { ...pinned, location } : pinned;
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
  return userMessage('answer-failed', message, {}, cause);
}

/** The chat as Markdown with its sources, for export. */
export function chatToMarkdown(title: string, chat: ChatMessage[]): string {
  const lines = [`# ${title || 'Docent chat'}`, ''];
  for (const m of chat) {
    if (m.role === 'user') {
      lines.push(`## ${m.text.replace(/\n/g, ' ')}`, '');
      continue;
    }
    lines.push(m.text + (m.status !== 'complete' ? ` _(${m.status})_` : ''), '');
    if (m.citations.length) {
      lines.push('**Sources**', '');
      for (const c of m.citations) {
        const pages = c.pageEnd > c.page ? `pp. ${c.page}–${c.pageEnd}` : `p. ${c.page}`;
        lines.push(`- [${c.n}] ${c.fileName}, ${pages}: “${c.text.replace(/\s+/g, ' ').trim().slice(0, 300)}”`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}
