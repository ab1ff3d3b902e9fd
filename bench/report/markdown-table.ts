/** A Markdown table; cells are escaped for pipes. Readable as is in a terminal. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A number with sensible precision for a table: 0.042, 1.23, 45.6, 1234. */
export function num(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const size = Math.abs(value);
  if (size >= 1000) return Math.round(value).toLocaleString('en-US');
  if (size >= 100) return value.toFixed(0);
  if (size >= 10) return value.toFixed(1);
  if (size >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

/** A ratio as `0.42×`. */
export function times(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`;
}

/** The figures of one load-tested server, as table cells: req/s, p50 ms, p99 ms, errors, requests. */
export const LOAD_COLUMNS = ['req/s', 'p50 ms', 'p99 ms', 'errors', 'requests'] as const;
export function loadCells(load: {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}): string[] {
  return [
    num(load.requestsPerSecond),
    num(load.p50),
    num(load.p99),
    String(load.errors),
    String(load.requests),
  ];
}
