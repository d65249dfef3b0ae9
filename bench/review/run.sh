#!/usr/bin/env bash
# Review speed: `nestor review` (every rule, the default) next to ESLint with typescript-eslint
# (type-aware: no-explicit-any, no-floating-promises, no-misused-promises, no-console) over the
# same files, timed in the same run, rounds alternating between the tools. Nestor is timed in three builds: the plain
# Release build (`dotnet nestor.dll`), the precompiled (ReadyToRun) build that `dotnet pack -p:Precompiled=true` ships
# and the native (Native AOT) build that `dotnet pack -p:Native=true` ships; their reports must be identical.
#   bash bench/review/run.sh [FEATURES] [REAL_PROJECT_DIR...]
# FEATURES (default 200, which is 2,004 files) sizes the NestJS project that bench/model generates;
# each REAL_PROJECT_DIR is a project already on disk, reviewed as it is (outside this repository,
# whose .gitignore would hide it). ROUNDS (default 3) sets the timed rounds per project. Results
# land in bench/out/review/; the table is printed at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
features="${1:-200}"
shift $(( $# > 0 ? 1 : 0 ))
rounds="${ROUNDS:-3}"
out="$repo/bench/out/review"
mkdir -p "$out"

[ -d "$here/node_modules/typescript-eslint" ] || (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
dotnet build "$repo/src/Nestor.Cli" -c Release --nologo -v quiet -o "$out/nestor" >&2
# The form the tool package ships in (`dotnet pack -p:Precompiled=true`): ReadyToRun, for this machine's runtime.
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
dotnet publish "$repo/src/Nestor.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true --nologo -v quiet -o "$out/nestor-precompiled" >&2
# The native build (`dotnet pack -p:Native=true -r RID`): needs clang, or gcc.
linker=()
command -v clang >/dev/null || linker=(-p:CppCompilerAndLinker=gcc)
dotnet publish "$repo/src/Nestor.Cli" -c Release -r "$rid" -p:PublishAot=true "${linker[@]}" --nologo -v quiet -o "$out/nestor-native" >&2
dotnet build "$repo/bench/model" -c Release --nologo -v quiet -o "$out/model" >&2
nestor="$out/nestor/nestor.dll"
precompiled="$out/nestor-precompiled/nestor"
native="$out/nestor-native/nestor"
eslint="$here/node_modules/eslint/bin/eslint.js"

# Outside the repository: its .gitignore hides bench/out/ from both tools.
generated="${TMPDIR:-/tmp}/nestor-bench-review/generated-$features"
dotnet "$out/model/Nestor.ModelBench.dll" --write "$generated" "$features"
projects=("$generated")
for dir in "$@"; do
  [ -d "$dir" ] || { echo "run.sh: $dir is not a folder" >&2; exit 2; }
  projects+=("$(cd "$dir" && pwd)")
done

# Runs a command under /usr/bin/time, keeping its exit code: wall, user, sys seconds and peak KB.
timed() {
  local times="$1" code=0
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$times" "$@" > /dev/null || code=$?
  echo "$code"
}

echo "tool	project	round	exit	wall	user	sys	maxrss_kb" > "$out/times.tsv"
: > "$out/checks.jsonl"
for dir in "${projects[@]}"; do
  name="$(basename "$dir")"
  work="$out/runs/$name"
  rm -rf "$work"
  mkdir -p "$work"
  # The config imports typescript-eslint by name, so it needs the packages beside it.
  ln -s "$here/node_modules" "$work/node_modules"

  # The files Nestor reviews, and only those, go to ESLint.
  dotnet "$nestor" parse "$dir" --format json > "$work/parse.json" || [ $? -eq 1 ]
  node "$here/files.mjs" "$work/parse.json" "$dir" > "$work/files.txt"
  mapfile -t files < "$work/files.txt"
  [ ${#files[@]} -gt 0 ] || { echo "run.sh: no source files in $dir" >&2; exit 2; }
  echo "$name: ${#files[@]} files" >&2

  # One untimed run finds the files that no tsconfig.json includes; they get the project service's
  # default project, so that every file is linted with type information.
  node "$here/config.mjs" "$dir" > "$work/eslint.config.mjs"
  (cd "$dir" && node "$eslint" -c "$work/eslint.config.mjs" --format json -o "$work/eslint-check.json" "${files[@]}") || [ $? -eq 1 ]
  node "$here/config.mjs" "$dir" "$work/eslint-check.json" > "$work/eslint.config.next.mjs"
  mv "$work/eslint.config.next.mjs" "$work/eslint.config.mjs"

  for round in $(seq 1 "$rounds"); do
    code=$(timed "$work/nestor.time" dotnet "$nestor" review "$dir" --format json --output "$work/nestor.json")
    [ "$code" -le 1 ] || { echo "run.sh: nestor review exited $code on $dir" >&2; exit 1; }
    echo "nestor	$name	$round	$code	$(tail -n 1 "$work/nestor.time")" | tr ' ' '\t' >> "$out/times.tsv"
    code=$(timed "$work/precompiled.time" "$precompiled" review "$dir" --format json --output "$work/precompiled.json")
    [ "$code" -le 1 ] || { echo "run.sh: precompiled nestor review exited $code on $dir" >&2; exit 1; }
    cmp -s "$work/nestor.json" "$work/precompiled.json" || { echo "run.sh: the two builds of nestor disagree on $dir" >&2; exit 1; }
    echo "nestor-precompiled	$name	$round	$code	$(tail -n 1 "$work/precompiled.time")" | tr ' ' '\t' >> "$out/times.tsv"
    code=$(timed "$work/native.time" "$native" review "$dir" --format json --output "$work/native.json")
    [ "$code" -le 1 ] || { echo "run.sh: native nestor review exited $code on $dir" >&2; exit 1; }
    cmp -s "$work/nestor.json" "$work/native.json" || { echo "run.sh: the plain and native builds of nestor disagree on $dir" >&2; exit 1; }
    echo "nestor-native	$name	$round	$code	$(tail -n 1 "$work/native.time")" | tr ' ' '\t' >> "$out/times.tsv"
    code=$(cd "$dir" && timed "$work/eslint.time" node "$eslint" -c "$work/eslint.config.mjs" --format json -o "$work/eslint.json" "${files[@]}")
    [ "$code" -le 1 ] || { echo "run.sh: eslint exited $code on $dir" >&2; exit 1; }
    echo "eslint	$name	$round	$code	$(tail -n 1 "$work/eslint.time")" | tr ' ' '\t' >> "$out/times.tsv"
    echo "$name round $round: nestor $(tail -n 1 "$work/nestor.time"), precompiled $(tail -n 1 "$work/precompiled.time"), native $(tail -n 1 "$work/native.time"), eslint $(tail -n 1 "$work/eslint.time") (wall user sys KB)" >&2
  done

  node "$here/check.mjs" "$name" "$work" >> "$out/checks.jsonl"
done

{
  echo "Machine: $(nproc) cores; $(uptime | sed 's/^ *//')"
  node "$here/table.mjs" "$out/times.tsv" "$out/checks.jsonl"
} | tee "$out/table.md"
