// Group commit: a writer that has just written and is asked to write again waits a moment for more to join, so a
// stream of small writes (a folder of 5,000 notes, each saved on its own) becomes a few large ones. Each write has a
// fixed cost (a LanceDB commit reads the table's fragments and writes a version; a session append is an fsync), and
// written one by one those fixed costs were most of what a small file cost.
//
// A write that follows a quiet spell goes at once: one dropped file is not kept waiting for company that will not come.
// Nor does a write whose writers said nothing more is on its way (the last file of a job, a file dropped alone).

export interface GroupCommitOptions {
  /** The longest a write waits for company, counted from when its first item started waiting. */
  maxWaitMs: number;
  /** Writes that follow the previous one within this gap are part of a stream, and wait. */
  streamGapMs: number;
  /** True once enough is waiting to be worth writing without waiting longer. */
  enough: () => boolean;
  /** False when the writers know nothing more is coming (default: more may come). */
  expectMore?: () => boolean;
}

export class GroupCommit {
  private lastWriteEnded = -Infinity;
  private wake: (() => void) | undefined;
  private closed = false;

  constructor(private readonly options: GroupCommitOptions) {}

  /** Called by the writer before it takes what is waiting; `firstWaitingSince` is a `performance.now()` time. */
  async gather(firstWaitingSince: number): Promise<void> {
    const { maxWaitMs, streamGapMs, enough } = this.options;
    const now = performance.now();
    if (this.closed || enough() || !this.moreMayCome() || now - this.lastWriteEnded > streamGapMs) return;
    const left = maxWaitMs - (now - firstWaitingSince);
    if (left <= 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, left);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
    this.wake = undefined;
  }

  /** Called when something was added: a writer that is gathering stops waiting once enough is waiting, or all is. */
  added(): void {
    if (this.wake && (this.options.enough() || !this.moreMayCome())) this.wake();
  }

  private moreMayCome(): boolean {
    return this.options.expectMore?.() ?? true;
  }

  /** Called when a write has ended (landed or failed): the next one within `streamGapMs` is part of a stream. */
  wrote(): void {
    this.lastWriteEnded = performance.now();
  }

  /** No more waiting (the writer is closing): a gathering write goes now. */
  close(): void {
    this.closed = true;
    this.wake?.();
  }
}
