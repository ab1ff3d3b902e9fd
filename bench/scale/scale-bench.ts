/**
 * `npm run bench -- --scale [--quick]`: the slash command through a loopback load balancer to one bot
 * process vs two sharing one PostgreSQL, and the AWS Lambda handler's cold start (import + first
 * answer) against importing Bolt alone. Writes its section of bench/RESULTS.md (between markers).
 */
import { performance } from 'node:perf_hooks';
import { readEvalSet } from '../../src/cli/eval/eval-set.js';
import { LoadBalancer } from '../../tests/support/load-balancer.js';
import { snapshotBuild } from '../built-snapshot.js';
import { describeMachine, watchLoad } from '../machine.js';
import { QUESTIONS } from '../matching/matching-suite.js';
import { startFakeWebApi } from '../slack/fake-web-api.js';
import { type RealBot, startRealBot } from '../slack/real-bot.js';
import { APOLOGY } from '../slack/slack-parts.js';
import { slashCommandRequest } from '../slack/slack-requests.js';
import { answerCheck } from '../slack/slash-suite.js';
import { startBenchPostgres } from './bench-postgres.js';
import { measureColdStarts } from './cold-start.js';
import { compareInstances } from './instances-load.js';
import { writeScaleSection } from './scale-report.js';

const log = (line: string) => process.stderr.write(`· ${line}\n`);

export async function runScaleBench(argv: readonly string[]): Promise<number> {
  const quick = argv.includes('--quick');
  const started = performance.now();
  const load = watchLoad();
  const build = snapshotBuild();
  const postgres = await startBenchPostgres();
  const api = await startFakeWebApi();
  const bots: RealBot[] = [];
  try {
    const env = {
      CERTPATH_STORE: 'postgres',
      DATABASE_URL: await postgres.database('instances'),
      LOG_LEVEL: 'warn',
    };
    for (const _ of [0, 1]) bots.push(await startRealBot(api.url, { env }));
    const one = new LoadBalancer([`${bots[0]!.baseUrl}/slack/events`]);
    const two = new LoadBalancer(bots.map((bot) => `${bot.baseUrl}/slack/events`));
    const targets = [
      { name: 'one instance', url: await one.start(), balancer: one },
      { name: 'two instances, one PostgreSQL', url: await two.start(), balancer: two },
    ];
    const questions = readEvalSet(QUESTIONS).map((item) => item.q);
    const sign = () => {
      const now = Math.floor(Date.now() / 1000);
      return questions.map((q) => slashCommandRequest(q, 'http://127.0.0.1:9/response/never', now));
    };
    const instances = await compareInstances(targets, sign, answerCheck(APOLOGY), { quick, log });
    for (const target of targets) await target.balancer.stop();
    for (const bot of bots.splice(0)) await bot.stop();

    const coldStarts = await measureColdStarts(
      { SLACK_API_URL: api.url, DATABASE_URL: await postgres.database('lambda') },
      { runs: quick ? 2 : 6, log },
    );
    const machine = describeMachine();
    const section = writeScaleSection(
      {
        machine,
        quick,
        seconds: (performance.now() - started) / 1000,
        load: load.max(),
        instances,
        coldStarts,
      },
      { write: !quick },
    );
    process.stdout.write(`${section}\n`);
    return 0;
  } finally {
    for (const bot of bots) await bot.stop();
    await api.close();
    await postgres.stop();
    build.remove();
    load.stop();
  }
}
