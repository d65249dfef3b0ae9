#!/usr/bin/env bash
# Runs `nestor mongo digest --format json` over every file of the public MongoDB corpus and checks, against an
# independent count (count.py), that every line is either read or skipped with a reason and that the slow operations
# per namespace agree. The corpus lives beside the repository; without it the check is skipped, not failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="../shared/corpus/mongodb"
if [ ! -d "$corpus" ]; then
  echo "mongo-corpus-check: skipped: $corpus is absent"
  exit 0
fi

dll="src/Nestor.Cli/bin/Release/net10.0/nestor.dll"
if [ ! -f "$dll" ]; then
  dotnet build src/Nestor.Cli -c Release -v quiet -nologo >/dev/null
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
status=0
while IFS= read -r -d '' file; do
  name="$(basename "$file")"
  code=0
  dotnet "$dll" mongo digest --format json "$file" >"$out/$name.json" 2>"$out/$name.err" || code=$?
  if [ "$code" -ne 0 ]; then
    echo "FAIL $name: nestor exited $code: $(head -c 300 "$out/$name.err")"
    status=1
    continue
  fi
  python3 tools/mongo-corpus-check/count.py "$file" "$out/$name.json" || status=1
done < <(find "$corpus" -type f \( -name '*.log' -o -name '*.gz' -o -name '*.json' \) -print0 | sort -z)

if [ "$status" -eq 0 ]; then
  echo "mongo-corpus-check: every corpus file agrees with the independent count"
fi
exit "$status"
