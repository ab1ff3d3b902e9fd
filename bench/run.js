// Entry point for `npm run bench`: the benchmarks are TypeScript (type-checked with the rest of the
// project), so this shim registers tsx and hands over. `node --import tsx bench/main.ts` does the same.
import { register } from 'tsx/esm/api';

register();
if (process.argv.includes('--scale')) {
  // `npm run bench -- --scale`: several instances and the Lambda cold start (bench/scale/).
  const { runScaleBench } = await import('./scale/scale-bench.ts');
  process.exitCode = await runScaleBench(process.argv.slice(2));
} else {
  await import('./main.ts');
}
