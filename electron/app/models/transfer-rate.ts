// Bytes, rate and time left for a download, as the window and the CLI show them. The rate is measured over the last
// few seconds (not since the start), so it follows a connection that speeds up or stalls.
export interface TransferSnapshot {
  bytesDone: number;
  bytesTotal: number;
  /** Bytes per second over the recent window; 0 until two samples exist. */
  bytesPerSecond: number;
  /** Seconds left at the current rate; undefined while the rate is unknown. */
  secondsLeft?: number;
}

export class TransferRate {
  private readonly samples: Array<{ at: number; bytes: number }> = [];

  constructor(
    private bytesDone: number,
    private bytesTotal: number,
    private readonly windowMs = 5000,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.samples.push({ at: this.now(), bytes: bytesDone });
  }

  /** Adds bytes written (negative when a part was discarded). */
  add(bytes: number): void {
    this.bytesDone = Math.max(0, this.bytesDone + bytes);
    const at = this.now();
    this.samples.push({ at, bytes: this.bytesDone });
    while (this.samples.length > 2 && at - this.samples[1].at > this.windowMs) this.samples.shift();
  }

  /** The total grows when a server announces the size of a file the catalog did not know. */
  setTotal(bytesTotal: number): void {
    this.bytesTotal = bytesTotal;
  }

  snapshot(): TransferSnapshot {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    const seconds = (last.at - first.at) / 1000;
    const bytesPerSecond = seconds > 0.05 ? Math.max(0, (last.bytes - first.bytes) / seconds) : 0;
    const left = Math.max(0, this.bytesTotal - this.bytesDone);
    return {
      bytesDone: this.bytesDone,
      bytesTotal: this.bytesTotal,
      bytesPerSecond: Math.round(bytesPerSecond),
      secondsLeft: bytesPerSecond > 0 ? Math.ceil(left / bytesPerSecond) : undefined,
    };
  }
}
