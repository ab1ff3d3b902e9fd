/**
 * What the bot last heard from Slack's Web API, for `/healthz`: a 429 still in force, or attempts
 * failing (timeouts, dropped connections, 5xx) since some time. Neither fails the health check:
 * a restart would not make Slack answer sooner.
 */
export class WebApiStatus {
  private limitedUntil = 0;
  private failingSince: number | undefined;
  private failures = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Slack answered 429: it takes no more such calls until `untilMs`. */
  rateLimited(untilMs: number): void {
    this.limitedUntil = Math.max(this.limitedUntil, untilMs);
  }

  /** An attempt got no usable answer. */
  failed(): void {
    this.failingSince ??= this.now();
    this.failures += 1;
  }

  /** Slack answered (whatever it said). */
  answered(): void {
    this.failingSince = undefined;
    this.failures = 0;
  }

  /** `ok`, `rate-limited until <ISO time>`, or `failing since <ISO time> (<n> attempts)`. */
  describe(): string {
    if (this.limitedUntil > this.now())
      return `rate-limited until ${new Date(this.limitedUntil).toISOString()}`;
    if (this.failingSince !== undefined) {
      const attempts = `${this.failures} attempt${this.failures === 1 ? '' : 's'}`;
      return `failing since ${new Date(this.failingSince).toISOString()} (${attempts})`;
    }
    return 'ok';
  }
}
