import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One test file per core. Vitest's default leaves one core idle, which on a two-core CI machine ran every
    // file in turn; the quality gate, split into four files (tests/cli/eval/quality-gate*.test.ts), was most
    // of that run.
    maxWorkers: availableParallelism(),
    // One real PostgreSQL server for the whole run (the store's contract tests run against it).
    globalSetup: ['tests/support/postgres-global-setup.ts'],
    // In CI, also write the results as JSON, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.ci/vitest-results.json' }]]
      : ['default'],
  },
});
