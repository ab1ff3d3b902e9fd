/**
 * Counts the deliveries being handled, so that shutdown can let replies finish, and tests can
 * wait until the bot has done everything the deliveries they sent made it do.
 */
export class InFlight {
  private running = 0;
  private finished = 0;
  private waiters: { done: () => boolean; wake: () => void }[] = [];

  /** Runs `work`, counted until it settles. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      this.finished += 1;
      // Nobody waits outside shutdown and tests: the common case allocates nothing.
      if (this.waiters.length > 0) this.wakeReady();
    }
  }

  private wakeReady(): void {
    const ready = this.waiters.filter((waiter) => waiter.done());
    this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) waiter.wake();
  }

  /** How many deliveries are being handled now. */
  get underWay(): number {
    return this.running;
  }

  /** How many deliveries have been handled to the end so far. */
  get settled(): number {
    return this.finished;
  }

  /** Resolves when nothing is being handled (at once when that is already so). */
  idle(): Promise<void> {
    return this.until(() => this.running === 0);
  }

  /** Resolves once `count` deliveries in all have been handled to the end. */
  settledAtLeast(count: number): Promise<void> {
    return this.until(() => this.finished >= count);
  }

  private until(done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((wake) => this.waiters.push({ done, wake }));
  }
}
