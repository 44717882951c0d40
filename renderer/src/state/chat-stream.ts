// The answer being streamed, folded from ChatEvents. Pure so the ordering rules are testable.
import type { AnswerStage, ChatEvent, ChatMessage, Citation } from '../../../shared/model';

export interface StreamingAnswer {
  /** Null between pressing Send and the first event (events may arrive before `chat.ask` resolves). */
  requestId: string | null;
  sid: string;
  text: string;
  citations: Citation[];
  stopping: boolean;
  /** The answer says the documents do not hold what was asked: the window words that itself. */
  notFound?: boolean;
  /** The answer quotes the closest passage, which may not answer the question: the window says so above it. */
  unsure?: boolean;
  /** A local model's work before its first token (waiting, loading, reading the sources); cleared by the first token. */
  progress?: { stage: AnswerStage; done?: number; total?: number };
}

export interface ChatState {
  messages: ChatMessage[];
  streaming: StreamingAnswer | null;
}

function belongs(streaming: StreamingAnswer | null, event: ChatEvent): streaming is StreamingAnswer {
  if (!streaming || streaming.sid !== event.sid) return false;
  return streaming.requestId === null || streaming.requestId === event.requestId;
}

function upsert(messages: ChatMessage[], message: ChatMessage): ChatMessage[] {
  return messages.some((m) => m.id === message.id) ? messages.map((m) => (m.id === message.id ? message : m)) : [...messages, message];
}

/**
 * The chat of a session view read from main, joined with the chat the window already shows for that session. A view
 * answers a call (removing a document, say) and may have been read before an answer that has since streamed in was
 * saved: taken alone, it would wipe that answer off the screen. A session's chat only grows, so nothing the window
 * holds is dropped; what the window lacks is added, the view's order first.
 */
export function joinChats(shown: readonly ChatMessage[], fromMain: readonly ChatMessage[]): ChatMessage[] {
  const inView = new Set(fromMain.map((m) => m.id));
  const later = shown.filter((m) => !inView.has(m.id));
  return later.length === 0 ? [...fromMain] : [...fromMain, ...later];
}

/** Applies one event to the open session's chat; events for another session or request are ignored. */
export function applyChatEvent(state: ChatState, event: ChatEvent): ChatState {
  const { streaming } = state;
  if (!belongs(streaming, event)) return state;
  const bound = { ...streaming, requestId: event.requestId };
  switch (event.type) {
    case 'started':
      return { messages: upsert(state.messages, event.question), streaming: bound };
    case 'token':
      return { ...state, streaming: { ...bound, text: bound.text + event.text, progress: undefined } };
    case 'progress':
      return { ...state, streaming: { ...bound, progress: { stage: event.stage, done: event.done, total: event.total } } };
    case 'citations':
      return { ...state, streaming: { ...bound, citations: event.citations } };
    case 'not-found':
      return { ...state, streaming: { ...bound, notFound: true, progress: undefined } };
    case 'unsure':
      return { ...state, streaming: { ...bound, unsure: true } };
    case 'done':
      return { messages: upsert(state.messages, event.message), streaming: null };
    case 'error': {
      const message: ChatMessage = event.message ?? {
        id: `error-${event.requestId}`,
        role: 'assistant',
        text: bound.text,
        citations: bound.citations,
        createdAt: new Date().toISOString(),
        status: event.error.code === 'cancelled' ? 'cancelled' : bound.text ? 'partial' : 'error',
        error: event.error,
      };
      return { messages: upsert(state.messages, message), streaming: null };
    }
  }
}
