/** Percentile summary of one series of latencies, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of an ascending series (`p` in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** p50, p99, max and mean of a series of latencies. */
export function summarize(samples: readonly number[]): LatencySummary {
  const list = [...samples].sort((a, b) => a - b);
  const total = list.reduce((sum, value) => sum + value, 0);
  return {
    count: list.length,
    p50: percentile(list, 50),
    p99: percentile(list, 99),
    max: list.at(-1) ?? Number.NaN,
    mean: list.length ? total / list.length : Number.NaN,
  };
}

/** The median of a few repeated measurements: one noisy round does not decide a ratio. */
export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** `a / b`, or NaN when either side is missing or b is zero. */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : Number.NaN;
}
