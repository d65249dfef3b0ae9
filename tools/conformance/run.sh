#!/usr/bin/env bash
# Conformance of Nestor's parser against TypeScript's: installs the pinned corpus (npm ci), runs
# the oracle over it, then the comparer, which fails only when results are worse than expected.json.
#   bash tools/conformance/run.sh [comparer arguments, e.g. --update-expected or --examples 20]
# CONFIGURATION=Release builds the comparer optimised; the default, Debug, reuses a solution build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
configuration="${CONFIGURATION:-Debug}"

# npm ci wipes and reinstalls; skip it when node_modules was installed from this very lock file.
lock_hash="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
stamp="$here/node_modules/.installed-from-lock"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" > "$stamp"
fi

node "$here/oracle.mjs" corpus --out "$here/.cache"
dotnet build "$repo/tools/Nestor.Conformance" -c "$configuration" --nologo -v quiet
dotnet "$repo/tools/Nestor.Conformance/bin/$configuration/net10.0/nestor-conformance.dll" --root "$here" --report "$here/.cache/report.txt" "$@"
