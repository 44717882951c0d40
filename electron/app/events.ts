// The core's typed event stream: ingest progress, answer tokens, background status. Front ends subscribe to it.
import type { EventName, EventPayloads } from '../../shared/api';
import type { NoticeEvent } from '../../shared/model';
import type { UserMessage } from './user-message';

export type NoticeLevel = 'info' | 'warning' | 'error';

/** Problems kept for a window that connects later. */
const KEPT_PROBLEMS = 20;

type Listener<E extends EventName> = (payload: EventPayloads[E]) => void;

export class EventHub {
  private readonly listeners: { [E in EventName]: Set<Listener<E>> } = {
    ingest: new Set(),
    chat: new Set(),
    status: new Set(),
    models: new Set(),
  };

  on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    const set = this.listeners[event] as Set<Listener<E>>;
    set.add(listener);
    return () => set.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const listener of this.listeners[event] as Set<Listener<E>>) {
      try {
        listener(payload);
      } catch {
        // A broken listener (a closed window, a dropped SSE client) must not stop the work that emits.
      }
    }
  }

  private noticeCount = 0;
  private readonly problems: NoticeEvent[] = [];

  /**
   * A notice for the person at the window: info goes away by itself, warnings and errors stay until dismissed. The
   * latest problems are kept too, so a window that was not listening yet (start-up's notices) still learns of them.
   */
  notice(level: NoticeLevel, message: UserMessage): void {
    const event: NoticeEvent = { type: 'notice', id: `${process.pid}-${++this.noticeCount}`, level, ...message };
    if (level !== 'info') {
      this.problems.push(event);
      if (this.problems.length > KEPT_PROBLEMS) this.problems.shift();
    }
    this.emit('status', event);
  }

  /** The latest warnings and errors, oldest first. */
  recentProblems(): NoticeEvent[] {
    return [...this.problems];
  }
}
