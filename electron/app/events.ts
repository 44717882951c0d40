// The core's typed event stream: ingest progress, answer tokens, background status. Front ends subscribe to it.
import type { EventName, EventPayloads } from '../../shared/api';
import type { UserMessage } from './user-message';

export type NoticeLevel = 'info' | 'warning' | 'error';

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

  /** A notice for the person at the window: info goes away by itself, warnings and errors stay until dismissed. */
  notice(level: NoticeLevel, message: UserMessage): void {
    this.emit('status', { type: 'notice', level, ...message });
  }
}
