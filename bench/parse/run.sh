#!/usr/bin/env bash
# Parser benchmark: Nestor (single thread and all cores, with allocations), TypeScript 6's
# createSourceFile in Node, and the native TypeScript 7 compiler, over the conformance corpus.
# Results land in bench/out/parse/; the table is printed at the end.
#   bash bench/parse/run.sh [ITERATIONS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
iterations="${1:-3}"
corpus="$repo/tools/conformance"
out="$repo/bench/out/parse"
mkdir -p "$out"

npm_ci() { (cd "$1" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error); }
[ -d "$corpus/node_modules/typescript" ] || npm_ci "$corpus"
[ -d "$here/node_modules/typescript" ] || npm_ci "$here"

node "$corpus/oracle.mjs" list > "$out/corpus.txt"
echo "corpus: $(wc -l < "$out/corpus.txt") files" >&2

dotnet build "$repo/bench/Nestor.Bench" -c Release --nologo -v quiet -o "$out/bin" >&2
dotnet "$out/bin/nestor-bench.dll" --root "$corpus" --list "$out/corpus.txt" --iterations "$iterations" --json "$out/nestor.json"
node "$here/ts-parse.mjs" "$corpus" "$out/corpus.txt" "$iterations" > "$out/typescript.json"
bash "$here/tsgo-parse.sh" "$corpus" "$out/corpus.txt" "$out/tsgo" > "$out/tsgo.json"
node "$here/table.mjs" "$out/nestor.json" "$out/typescript.json" "$out/tsgo.json" | tee "$out/table.md"
