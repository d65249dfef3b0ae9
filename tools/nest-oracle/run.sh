#!/usr/bin/env bash
# Installs the pinned packages, tests the message parser, and checks that Nest's verdicts
# still match expected/*.json (exit 1 and a diff if any would change).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
node --test parse-error.test.mjs
node run.mjs --check
