// Long computations that must run in the main process (they read what only it holds, and are too short-lived to be
// worth a worker's start-up and a copy of a whole book), cut into slices: the computation is written once, as a
// generator that yields between its steps (a page, a passage); `runAll` runs it at once where blocking does not matter
// (inside a worker), `runInSlices` gives the event loop a turn whenever a slice has run for a few milliseconds, so IPC,
// the window's events and a Stop are never held up by a 350-page book.

/** A computation in steps: it yields (nothing) between steps and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Time a slice may run before the event loop gets a turn: well under the 100 ms the main thread may ever stall. */
export const SLICE_MS = 15;

/** Runs every step at once. */
export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** Longest run between two turns of the event loop (default SLICE_MS; 0 yields after every step). */
  sliceMs?: number;
  /** Checked at every turn: an aborted computation stops there and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Runs the steps in slices of at most about `sliceMs`, giving the event loop a turn (setImmediate) between slices. */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let sliceStart = performance.now();
  for (;;) {
    options.signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
