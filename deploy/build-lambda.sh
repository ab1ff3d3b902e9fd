#!/bin/sh
# Assembles deploy/.lambda-build/ for `sam deploy --template-file deploy/template.yaml`:
# the compiled bot, the guide, and production dependencies only. Run from the repository root.
set -eu
npm run build --silent
out=deploy/.lambda-build
rm -rf "$out"
mkdir -p "$out"
cp -R dist content package.json package-lock.json "$out"/
# --ignore-scripts: no `prepare` (the build, done above) and no native SQLite build (Lambda uses PostgreSQL).
(cd "$out" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund)
echo "Lambda bundle ready in $out"
