#!/usr/bin/env node
// The CLI is compiled by `npm run build` (run by `prepare` on install); this shim only loads it.
import('../dist/cli/main.js').then(
  (cli) =>
    cli.main(process.argv.slice(2)).then((code) => {
      process.exitCode = code;
    }),
  (error) => {
    console.error(`certpath: could not load the CLI (${error.message}). Run \`npm run build\` first.`);
    process.exitCode = 1;
  },
);
