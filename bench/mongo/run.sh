#!/usr/bin/env bash
# Throughput of `nestor mongo digest` on a large generated log: MB/s by wall clock and by CPU time, and peak memory; and,
# in the same run, the throughput of two peers doing the least a digest must do (parse every line, keep the slow queries,
# group them by namespace): Python's json module (peer.py) and jq. Nestor's speed is then given as a ratio to each.
# Usage: bench/mongo/run.sh [SIZE_MB] — the logs are generated once (generate-log.py) under $TMPDIR and reused.
# NESTOR_NATIVE=FILE also times that native build (Native AOT: what `dotnet pack -p:Native=true` ships), e.g. one made by
# `dotnet publish src/Nestor.Cli -c Release -r linux-x64 -p:Native=true -o DIR` (add -p:CppCompilerAndLinker=gcc without clang).
set -euo pipefail
cd "$(dirname "$0")/../.."
size="${1:-256}"
data="${TMPDIR:-/tmp}/nestor-mongo-bench"
mkdir -p "$data"
log="$data/json-$size.log"
legacy="$data/mixed-$size.log"
[ -f "$log" ] || python3 bench/mongo/generate-log.py "$log" "$size"
[ -f "$legacy" ] || python3 bench/mongo/generate-log.py "$legacy" "$size" --legacy-share 0.3 --seed 2
[ -f "$log.gz" ] || gzip -1 -k "$log"

dotnet build src/Nestor.Cli -c Release -v quiet -nologo >/dev/null
dll="src/Nestor.Cli/bin/Release/net10.0/nestor.dll"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# run LABEL FILE COMMAND... — times the command, keeps its output in $data/out.json and one result line in $data/results.txt
run() {
  local label="$1" file="$2"
  shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$data/time.txt" "$@" >"$data/out.json"
  echo "$label|$(stat -c %s "$file")|$(tail -n 1 "$data/time.txt")|$(python3 bench/mongo/summary.py "$data/out.json")" >>"$data/results.txt"
}

: >"$data/results.txt"
run "JSON 4.4+ log" "$log" dotnet "$dll" mongo digest --format json "$log"
cp "$data/out.json" "$data/nestor.json"
run "JSON 4.4+ log, one core" "$log" env DOTNET_PROCESSOR_COUNT=1 dotnet "$dll" mongo digest --format json "$log"
if [ -n "${NESTOR_NATIVE:-}" ]; then
  run "JSON 4.4+ log, native build" "$log" "$NESTOR_NATIVE" mongo digest --format json "$log"
  cmp -s "$data/out.json" "$data/nestor.json" || { echo "the native build's digest differs from the plain build's" >&2; exit 1; }
  run "JSON 4.4+ log, native build, one core" "$log" env DOTNET_PROCESSOR_COUNT=1 "$NESTOR_NATIVE" mongo digest --format json "$log"
fi
run "JSON log, gzip -1" "$log" dotnet "$dll" mongo digest --format json "$log.gz"
run "70 % JSON + 30 % legacy text" "$legacy" dotnet "$dll" mongo digest --format json "$legacy"
run "peer: Python json module" "$log" python3 bench/mongo/peer.py "$log"
cp "$data/out.json" "$data/python.json"
run "peer: jq 'reduce inputs'" "$log" jq -c -n 'reduce (inputs | select(.id == 51803)) as $line ({}; .[$line.attr.ns] += 1) | {peer: .}' "$log"
cp "$data/out.json" "$data/jq.json"

python3 bench/mongo/table.py "$data/results.txt" "$data/nestor.json" "$data/python.json" "$data/jq.json"
