// What the composition root hands to every front end (Electron IPC, the browser host, the CLI, tests):
// one handler per DocentApi channel, the event stream, and a clean shutdown.
import type { DocentHandlers, EventName, EventPayloads } from '../../shared/api';

export interface DocentCore {
  /** The data dir everything lives in (sessions/, vectors/, models/, settings.json, uploads/). */
  readonly dataDir: string;
  /** One handler per channel; payloads arrive already parsed by the channel's zod schema. */
  readonly handlers: DocentHandlers;
  onEvent<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Waits for work in flight to stop (ingest jobs cancelled, answers aborted), then closes the stores. */
  close(): Promise<void>;
}
