#!/usr/bin/env bash
# Throughput of `nestor mongo digest` on a large generated log: MB/s by wall clock and by CPU time, and peak memory.
# Usage: bench/mongo/run.sh [SIZE_MB] — the log is generated once (generate-log.py) under $TMPDIR and reused.
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

measure() {
  local label="$1" file="$2"
  local bytes
  bytes=$(stat -c %s "$file")
  /usr/bin/time -f "%e %U %S %M" -o "$data/time.txt" dotnet "$dll" mongo digest --format json "$file" >"$data/out.json"
  read -r wall user sys rss <"$data/time.txt"
  python3 - "$label" "$bytes" "$size" "$wall" "$user" "$sys" "$rss" "$data/out.json" <<'PY'
import json, sys
label, size_bytes, size_mb, wall, user, sys_, rss, out = sys.argv[1:]
digest = json.load(open(out))
mb = int(size_mb)
cpu = float(user) + float(sys_)
print(f"| {label} | {int(size_bytes) / 1048576:,.0f} MB | {digest['totals']['lines']:,} | {digest['totals']['operations']:,} | "
      f"{digest['totals']['shapes']:,} | {float(wall):.1f} s | {mb / float(wall):,.0f} MB/s | {cpu:.1f} s | {mb / cpu:,.0f} MB/s | {int(rss) / 1024:,.0f} MB |")
PY
}

echo "| input | size | lines | slow operations | shapes | wall | MB/s (wall) | CPU (user+sys) | MB/s (CPU) | peak RSS |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
measure "JSON 4.4+ log" "$log"
measure "JSON log, gzip -1" "$log.gz"
measure "70% JSON + 30% legacy text" "$legacy"
