/** An async iterator fed from outside: what graphql-ws reads a subscription's events from. */
export class ChangeQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private failed: ((error: unknown) => void) | null = null;
  private error: unknown = null;
  private closed = false;
  private room: (() => void) | null = null;

  constructor(private readonly onClose: () => void) {}

  get isClosed(): boolean {
    return this.closed;
  }

  /** Resolves once at most `count` items wait to be read (or the queue is closed): a producer's backpressure. */
  until(count: number): Promise<void> {
    if (this.closed || this.items.length <= count) return Promise.resolve();
    return new Promise((resolve) => {
      this.room = () => {
        if (this.closed || this.items.length <= count) {
          this.room = null;
          resolve();
        }
      };
    });
  }

  push(items: readonly T[]): void {
    if (this.closed) return;
    for (const item of items) {
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = this.failed = null;
        resolve({ value: item, done: false });
      } else this.items.push(item);
    }
  }

  fail(error: unknown): void {
    if (this.closed) return;
    this.error = error;
    if (this.failed) this.failed(error);
    this.close();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) {
      const value = this.items.shift()!;
      this.room?.();
      return Promise.resolve({ value, done: false });
    }
    if (this.error) return Promise.reject(this.error);
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failed = reject;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.items.length = 0;
    this.room?.();
    this.onClose();
    const resolve = this.waiting;
    this.waiting = this.failed = null;
    if (resolve && !this.error) resolve({ value: undefined, done: true });
  }
}
