#!/usr/bin/env bash
# Checks `nestor graph` against Nest's own boot verdicts (see compare.mjs).
# NESTOR may name a nestor command to use; otherwise the CLI is built once into a temporary folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
if [[ -z "${NESTOR:-}" ]]; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
  dotnet build "$repo/src/Nestor.Cli/Nestor.Cli.csproj" -c Release -o "$out" --nologo -v quiet >&2
  NESTOR="dotnet $out/nestor.dll"
fi
node "$here/compare.mjs" --nestor "$NESTOR" "$@"
