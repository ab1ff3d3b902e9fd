interface Pending<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Promises keyed by id, settled by a later message or failed by a timeout. */
export class PendingReplies<T> {
  private readonly pending = new Map<string, Pending<T>>();

  /** Waits for `settle(id, …)`; fails with `onTimeout()` after `timeoutMs`. */
  wait(id: string, timeoutMs: number, onTimeout: () => Error): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(onTimeout());
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
    });
  }

  /** Resolves the wait for `id`; false when nobody waits for it (late or unknown). */
  settle(id: string, value: T): boolean {
    const entry = this.pending.get(id);
    if (!entry) return false;
    clearTimeout(entry.timer);
    this.pending.delete(id);
    entry.resolve(value);
    return true;
  }

  /** Resolves every wait with `value`. */
  settleAll(value: T): void {
    for (const id of [...this.pending.keys()]) this.settle(id, value);
  }

  /** Fails every wait with `error`. */
  rejectAll(error: Error): void {
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      this.pending.delete(id);
      entry.reject(error);
    }
  }
}
