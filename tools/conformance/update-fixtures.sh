#!/usr/bin/env bash
# Regenerates tests/Nestor.Syntax.Tests/Fixtures/**/<case>.expected.json with the TypeScript
# parser pinned in package-lock.json. Review the diff: it is the new truth the golden tests hold.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
pinned="$(node -p "require('./package-lock.json').packages['node_modules/typescript'].version")"
installed="$(node -p "try { require('./node_modules/typescript/package.json').version } catch { '' }")"
if [ "$pinned" != "$installed" ]; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
node oracle.mjs fixtures ../../tests/Nestor.Syntax.Tests/Fixtures
