#!/usr/bin/env bash
# The native build (Native AOT, what `dotnet pack -p:Native=true -r RID` ships) against the plain build: every command
# on the bundled samples, a generated NestJS project, bad input and, when given, the public MongoDB corpus, run by
# both; stdout, stderr, exit codes and written files must be byte for byte the same. A native build keeps only the
# code it can see being used, so a type reached by reflection alone would be missing there and nowhere else.
# Usage: tools/native-check/run.sh [MONGO_CORPUS_DIR]   (NESTOR_NATIVE=FILE: check that native build instead of publishing one)
# Needs a C toolchain for the native link: clang, or gcc (then CppCompilerAndLinker=gcc is passed).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"
corpus="${1:-}"

rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
linker=()
if ! command -v clang >/dev/null; then
  if command -v gcc >/dev/null; then
    linker=(-p:CppCompilerAndLinker=gcc)
  else
    echo "native-check: a native build needs clang or gcc, and neither is on PATH" >&2
    exit 1
  fi
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -n "${NESTOR_NATIVE:-}" ]; then
  native=("$NESTOR_NATIVE") # a native build made beforehand, to check again without relinking
else
  echo "native-check: publishing the native build for $rid"
  dotnet publish src/Nestor.Cli -c Release -r "$rid" -p:PublishAot=true "${linker[@]}" -o "$work/native" -v quiet -nologo >"$work/publish.log" 2>&1 || {
    cat "$work/publish.log" >&2
    exit 1
  }
  native=("$work/native/nestor")
fi
dotnet build src/Nestor.Cli -c Release -v quiet -nologo >/dev/null
plain=(dotnet "$repo/src/Nestor.Cli/bin/Release/net10.0/nestor.dll")

dotnet build bench/model -c Release -v quiet -nologo -o "$work/model" >/dev/null
dotnet "$work/model/Nestor.ModelBench.dll" --write "$work/generated" 40 >/dev/null
# Bytes that are neither TypeScript nor a log, the same on every run.
python3 -c 'import random, sys; r = random.Random(7); sys.stdout.buffer.write(bytes(r.getrandbits(8) for _ in range(20000)))' >"$work/noise.ts"
cp "$work/noise.ts" "$work/noise.log"

checks=0
failures=0
# same NAME ARGS... — runs the command with each build, in the same folder, and compares exit code, stdout, stderr and
# the files written: {out} in ARGS is that folder, holding a fresh copy of $copy (a project to change) if set. With
# $timed set, elapsed times in the output are masked (they are the one thing meant to differ).
copy=""
timed=""
same() {
  local name="$1"
  shift
  local run="$work/run/$name" build
  for build in plain native; do
    mkdir -p "$run/files"
    if [ -n "$copy" ]; then cp -r "$copy/." "$run/files"; fi
    local args=("${@//\{out\}/$run/files}")
    local exe
    if [ "$build" = plain ]; then exe=("${plain[@]}"); else exe=("${native[@]}"); fi
    local code=0
    (cd "$work" && NO_COLOR=1 "${exe[@]}" "${args[@]}" >"$run/stdout" 2>"$run/stderr" </dev/null) || code=$?
    echo "$code" >"$run/exit"
    if [ -n "$timed" ]; then
      sed -i -E 's/"milliseconds": [0-9]+/"milliseconds": N/; s/, [0-9]+ ms$/, N ms/' "$run/stdout"
    fi
    mkdir -p "$work/$build"
    mv "$run" "$work/$build/$name"
  done
  checks=$((checks + 1))
  if ! diff -r "$work/plain/$name" "$work/native/$name" >"$work/diff.txt"; then
    failures=$((failures + 1))
    echo "DIFFERENT $name: $*"
    head -n 20 "$work/diff.txt"
  fi
}

for sample in "$repo"/samples/*/; do
  [ -f "$sample/package.json" ] || continue
  s="$(basename "$sample")"
  for format in text json sarif markdown; do
    same "review-$s-$format" review "$sample" --format "$format"
  done
  same "graph-$s" graph "$sample" --format json
  same "rules-$s" rules "$sample"
  timed=1 same "parse-$s" parse "$sample" --format json
  same "advise-$s" mongo advise "$sample"
  same "baseline-$s" review "$sample" --baseline "{out}/baseline.json"
  copy="$sample" same "fix-$s" review "{out}" --fix --format json
done
same "rules-list" rules --list
same "rules-docs" rules --explain no-floating-promise
copy="$work/generated" same "init-generated" init "{out}"
same "review-generated" review "$work/generated" --format json
same "graph-generated" graph "$work/generated" --format json
timed=1 same "parse-noise" parse "$work/noise.ts"
same "digest-noise" mongo digest "$work/noise.log"
# A live listing through the driver: the loopback wire-protocol server of the tests, for both builds.
dotnet build tools/wire-server -c Release -v quiet -nologo -o "$work/wire-server" >/dev/null
mkfifo "$work/wire-server.in"
dotnet "$work/wire-server/Nestor.WireServer.dll" 300 <"$work/wire-server.in" >"$work/wire-server.port" &
exec 3>"$work/wire-server.in" # the server stops when this closes, at exit at the latest
for _ in $(seq 1 100); do [ -s "$work/wire-server.port" ] && break; sleep 0.1; done
port="$(head -n 1 "$work/wire-server.port")"
[ -n "$port" ] || { echo "native-check: the wire-protocol server did not start" >&2; exit 1; }
same "advise-live-uri" mongo advise --log "$work/noise.log" --uri "mongodb://127.0.0.1:$port/shop" --format json
same "advise-live-uri-text" mongo advise --uri "mongodb://127.0.0.1:$port/shop"
exec 3>&-
# Both builds failing alike would compare equal: the listing must have been read.
grep -q 'status_1' "$work/plain/advise-live-uri-text/stdout" || {
  echo "native-check: mongo advise --uri read no index from the wire-protocol server:" >&2
  cat "$work/plain/advise-live-uri-text/stdout" "$work/plain/advise-live-uri-text/stderr" >&2
  exit 1
}
same "advise-unreachable-uri" mongo advise --log "$work/noise.log" --uri "mongodb://127.0.0.1:9/shop?serverSelectionTimeoutMS=300"
same "advise-bad-uri" mongo advise --log "$work/noise.log" --uri "not a uri"
same "unknown-command" frobnicate

if [ -n "$corpus" ] && [ -d "$corpus" ]; then
  while IFS= read -r -d '' file; do
    same "digest-$(basename "$file")" mongo digest --format json "$file"
  done < <(find "$corpus" -type f \( -name '*.log' -o -name '*.gz' -o -name '*.json' \) -print0 | sort -z)
  logs=()
  while IFS= read -r -d '' file; do logs+=(--log "$file"); done < <(find "$corpus" -type f \( -name '*.log' -o -name '*.gz' \) -print0 | sort -z)
  same "advise-corpus-logs" mongo advise "${logs[@]}" --format json
  for kind in explain profile; do
    inputs=()
    while IFS= read -r -d '' file; do inputs+=("--$kind" "$file"); done < <(find "$corpus" -type f -path "*/$kind*/*" -name '*.json' -print0 | sort -z)
    same "advise-corpus-$kind" mongo advise "${inputs[@]}" --format json
  done
  while IFS= read -r -d '' file; do
    same "advise-indexes-$(basename "$file")" mongo advise --log "$work/noise.log" --indexes "test.bar=$file" --format json
  done < <(find "$corpus" -type f -path '*/indexstats/*' -name '*.json' -print0 | sort -z)
fi

echo "native-check: $checks commands run by both builds, $failures with a different result"
[ "$failures" -eq 0 ]
