// One Lambda container's life in a fresh, plain Node process (no tsx loader in the way): import the
// built handler (dist/lambda.js), answer a first signed slash command (configuration, guide, index,
// database pool and migrations, auth.test: the cold start), then a second one (warm). The two events
// come signed from the parent (scale-bench.ts) in CERTPATH_BENCH_EVENTS; the times go back over IPC.
// With `--bolt-only`, it only imports @slack/bolt: the floor of any cold start on Bolt.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const started = performance.now();
if (process.argv.includes('--bolt-only')) {
  await import('@slack/bolt');
  process.send({ importMs: performance.now() - started });
  process.exit(0);
}
const built = process.env.CERTPATH_BENCH_BUILT ?? join(process.cwd(), 'dist');
const { handler } = await import(pathToFileURL(join(built, 'lambda.js')).href);
const imported = performance.now();
const [firstEvent, secondEvent] = JSON.parse(process.env.CERTPATH_BENCH_EVENTS ?? '[]');
const first = await handler(firstEvent);
const answered = performance.now();
const second = await handler(secondEvent);
const warm = performance.now();
const ok = [first, second].every(
  (response) => response.statusCode === 200 && response.body?.includes('"blocks"'),
);
process.send({
  ok,
  importMs: imported - started,
  firstAnswerMs: answered - imported,
  coldStartMs: answered - started,
  warmAnswerMs: warm - answered,
});
process.exit(0);
