#!/usr/bin/env bash
# Runs the native TypeScript 7 compiler over the corpus with checking, resolution and emit off,
# and reads the "Parse time" its --extendedDiagnostics prints (file reading included, as tsc does it).
#   tsgo-parse.sh ROOT LIST OUT_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$1" && pwd)"
list="$2"
out="$3"
mkdir -p "$out"
node -e '
const fs = require("fs"), path = require("path");
const [root, list, out] = process.argv.slice(1);
const files = fs.readFileSync(list, "utf8").split("\n").filter(Boolean).map((f) => path.relative(out, path.join(root, f)));
const compilerOptions = { noEmit: true, noCheck: true, noResolve: true, noLib: true, types: [], target: "esnext", module: "esnext" };
fs.writeFileSync(path.join(out, "tsconfig.json"), JSON.stringify({ compilerOptions, files }, null, 1));
' "$root" "$list" "$out"
tsc="$here/node_modules/.bin/tsc"
version="$("$tsc" --version | awk '{print $2}')"
parse_seconds() {
  "$tsc" -p "$out/tsconfig.json" --extendedDiagnostics "$@" | awk '/^Parse time:/ { sub("s", "", $3); print $3 }'
}
# The first run warms the file cache; the second is the one reported.
parse_seconds > /dev/null
multi="$(parse_seconds)"
single="$(parse_seconds --singleThreaded)"
bytes="$(node -e 'const fs=require("fs"),path=require("path");let n=0;for(const f of fs.readFileSync(process.argv[2],"utf8").split("\n").filter(Boolean))n+=fs.statSync(path.join(process.argv[1],f)).size;console.log(n)' "$root" "$list")"
cat <<JSON
{
  "typescript": "$version",
  "bytes": $bytes,
  "measurements": [
    { "mode": "all cores", "parseSeconds": $multi },
    { "mode": "--singleThreaded", "parseSeconds": $single }
  ]
}
JSON
