import { parseArgs } from 'node:util';
import type { CliIo } from './io.js';
import { loadGuidesOrReport } from './load-guides.js';
import { buildReport } from './report-build.js';
import { reportCsv, reportJson, reportText } from './report-format.js';
import { openCliStore } from './report-store.js';
import { UsageError } from './usage.js';

const DAY_MS = 86_400_000;

/** `certpath report [--since 30d] [--json|--csv] [--content DIR]`: what people asked and missed, and what they rated. */
export async function runReport(
  args: string[],
  io: CliIo,
  now: () => Date = () => new Date(),
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      since: { type: 'string', default: '30d' },
      json: { type: 'boolean', default: false },
      csv: { type: 'boolean', default: false },
      content: { type: 'string' },
    },
  });
  if (positionals.length > 0) throw new UsageError(`report takes no arguments (got '${positionals[0]}')`);
  if (values.json && values.csv) throw new UsageError('report takes --json or --csv, not both');
  const days = parseDays(values.since);
  const guides = loadGuidesOrReport(values.content, io);
  if (!guides) return 1;
  const store = await openCliStore(io);
  if (!store) return 1;
  try {
    const since = new Date(now().getTime() - days * DAY_MS).toISOString();
    const report = await buildReport(store, guides, since);
    io.out(values.json ? reportJson(report) : values.csv ? reportCsv(report) : reportText(report, days));
    return 0;
  } finally {
    await store.close();
  }
}

/** `30d`, `12h`… or a bare number of days. */
function parseDays(since: string): number {
  const match = /^(\d+(?:\.\d+)?)([dh]?)$/.exec(since.trim());
  if (!match || Number(match[1]) <= 0)
    throw new UsageError(`--since must look like 30d or 12h (got '${since}')`);
  return match[2] === 'h' ? Number(match[1]) / 24 : Number(match[1]);
}
