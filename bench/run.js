// Entry point for `npm run bench`: the benchmarks are TypeScript (type-checked with the rest of the
// project), so this shim registers tsx and hands over. `node --import tsx bench/main.ts` does the same.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
