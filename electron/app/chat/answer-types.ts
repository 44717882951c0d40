// The streaming answer contract shared by every answerer (local model, OpenAI-compatible endpoint, offline extractive).
import type { AnswerStage } from '../../../shared/model';

export type { AnswerStage };

/** One retrieved passage offered to an answerer, numbered as the user will see it: `[n]`. */
export interface AnswerSource {
  /** 1-based number shown as `[n]` in the answer text. */
  n: number;
  sid: string;
  fileId: string;
  fileName: string;
  /** 1-based first page of the passage (1 for formats without pages). */
  page: number;
  /** 1-based last page of the passage; equals `page` when it does not cross a page break. */
  pageEnd: number;
  /** Character span as in the vector store's ChunkRecord: start offset in `page`'s text, exclusive end in `pageEnd`'s. */
  start: number;
  end: number;
  text: string;
  /**
   * The headings above the section the passage starts in, outermost first (a recipe's name over its "Method"), and the
   * section's own where the passage starts past it: what names the section, which the passage never says.
   */
  headings?: string[];
}

export interface AnswerTurn {
  role: 'user' | 'assistant';
  text: string;
}

export interface AnswerRequest {
  question: string;
  /** Earlier turns of the conversation, oldest first, so follow-up questions make sense. */
  history: AnswerTurn[];
  /** A follow-up question rewritten by the chat model into a self-contained one ("When did Marie Curie die?"). */
  standalone?: string;
  sources: AnswerSource[];
  /** Aborting ends the stream quietly: no error for a user cancel. */
  signal?: AbortSignal;
  /**
   * Set when the question asks for a summary of one document ("Summarize X", see summary-intent.ts): `sources` are
   * then that document's passages in document order, nothing from another file (every passage for an answerer that
   * `readsWholeDocuments`, an even sample across the document for one that does not).
   */
  summary?: { sid: string; fileId: string; fileName: string };
}


/**
 * The note above an `unsure` answer, in the core's English (the CLI, the chat export); the window says it in its own
 * language ('chat.unsure').
 */
export const UNSURE_NOTE = 'This may not answer your question: it is the closest your documents come.';

export type AnswerEvent =
  | { type: 'token'; text: string }
  /** Before the first token: the window says the model is loading or reading the sources (done/total prompt tokens). */
  | { type: 'progress'; stage: AnswerStage; done?: number; total?: number }
  /**
   * The answer says the sources do not hold what was asked (no claim from them is made). Emitted at most once, before
   * the fixed "not found" sentence's tokens and `citations`; the stored message gets `notFound: true`. Answerers decide
   * it structurally, never by matching a phrase.
   */
  | { type: 'not-found' }
  /**
   * The answer quotes the closest the sources come, which may well not answer the question: the window says so above
   * it. Emitted at most once, before the first token; the stored message gets `unsure: true`. Decided structurally, as
   * `not-found` is.
   */
  | { type: 'unsure' }
  /**
   * Emitted once, after the last token (also after a cancel or a mid-stream failure, for the partial text):
   * only the sources actually cited, with the numbers used in the text, in ascending order of n.
   */
  | { type: 'citations'; citations: AnswerSource[] };

export interface Answerer {
  readonly id: string;
  /**
   * True when it can take every passage of a long document for a summary (the extractive answerer picks key sentences;
   * a local model maps and reduces); otherwise a summary request brings it an even sample of the document's passages.
   */
  readonly readsWholeDocuments?: boolean;
  /**
   * Streams the answer. If the backend fails part-way, the tokens already yielded stand and the iterator then throws
   * an error whose message says what happened, so the caller can keep the partial answer and mark it.
   */
  answer(request: AnswerRequest): AsyncIterable<AnswerEvent>;
}
