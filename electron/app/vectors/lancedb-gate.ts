// Who may touch one LanceDB table when. Writes (upserts, deletes, index maintenance) run one at a time, so an index
// rebuild or an optimize never races another write. Reads run freely beside writes (Lance reads a fixed version),
// except during an exclusive step: pruning old versions deletes files that an in-flight read may still be reading.
export class TableGate {
  private tail: Promise<unknown> = Promise.resolve();
  private readers = 0;
  private readersDrained: (() => void) | undefined;
  private exclusiveDone: Promise<void> | undefined;

  /** Runs `work` after every write queued before it. A failed write does not block the ones after it. */
  write<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }

  async read<T>(work: () => Promise<T>): Promise<T> {
    while (this.exclusiveDone) await this.exclusiveDone;
    this.readers++;
    try {
      return await work();
    } finally {
      this.readers--;
      if (this.readers === 0) this.readersDrained?.();
    }
  }

  /** Call from inside `write`: waits for reads in flight, holds new ones back until `work` ends. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    let release!: () => void;
    this.exclusiveDone = new Promise<void>((resolve) => (release = resolve));
    try {
      while (this.readers > 0) await new Promise<void>((resolve) => (this.readersDrained = resolve));
      this.readersDrained = undefined;
      return await work();
    } finally {
      this.exclusiveDone = undefined;
      release();
    }
  }

  /** Resolves once every write queued so far has settled. */
  async idle(): Promise<void> {
    await this.tail;
  }
}
