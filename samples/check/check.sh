#!/usr/bin/env bash
# Checks the samples outside the repository: npm install, type check (zero errors), formatting,
# then boots shop-api's module graph without a database (see boot-shop-api.cjs).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for sample in shop-api webhook-relay; do
  echo "== $sample"
  cp -r "$here/../$sample" "$work/$sample"
  cd "$work/$sample"
  npm install --no-audit --no-fund --loglevel=error
  npx tsc --noEmit -p tsconfig.json
  echo "type check: 0 errors"
  npx prettier --check "src/**/*.ts"
done
echo "== shop-api boot"
cd "$work/shop-api"
npx tsc -p tsconfig.json --outDir build --incremental false --declaration false --sourceMap false
# Copied next to node_modules so that it resolves the sample's own packages.
cp "$here/boot-shop-api.cjs" .
node --no-warnings boot-shop-api.cjs build
