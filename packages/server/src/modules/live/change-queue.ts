/** An async iterator fed from outside: what graphql-ws reads a subscription's events from. */
export class ChangeQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private failed: ((error: unknown) => void) | null = null;
  private error: unknown = null;
  private closed = false;

  constructor(private readonly onClose: () => void) {}

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
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift()!, done: false });
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
    this.onClose();
    const resolve = this.waiting;
    this.waiting = this.failed = null;
    if (resolve && !this.error) resolve({ value: undefined, done: true });
  }
}
