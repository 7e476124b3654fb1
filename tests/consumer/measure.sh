#!/usr/bin/env bash
# Install weight of the plugin for a user: node_modules size and package count of
#   js: a plain-JS project with eslint@10 and the plugin;
#   ts: a TypeScript project with eslint@10, typescript-eslint@8, typescript@6.0.3 and the plugin;
# for each tarball given (default: `npm pack` of this checkout), plus how many copies of TypeScript and of
# @typescript-eslint/types each gets. Usage: tests/consumer/measure.sh [before.tgz] [after.tgz]
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d "${TMPDIR:-/tmp}/azure-ai-security-weight.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
TARBALLS=("$@")
if [ ${#TARBALLS[@]} -eq 0 ]; then TARBALLS=("$WORK/$(npm pack --pack-destination "$WORK" --silent | tail -n 1)"); fi

count() { find "$1/node_modules" -name package.json -path "*/node_modules/$2/package.json" | wc -l; }
printf '%-44s %-4s %7s %9s %11s %16s\n' tarball proj MB packages typescript '@typescript-eslint/types'
for tarball in "${TARBALLS[@]}"; do
  for project in js ts; do
    dir="$WORK/$(basename "$tarball" .tgz)-$project"
    mkdir -p "$dir"
    echo '{ "name": "weight", "private": true, "type": "module" }' >"$dir/package.json"
    deps=(eslint@10 "$(realpath "$tarball")")
    if [ "$project" = ts ]; then deps+=(typescript-eslint@8 typescript@6.0.3); fi
    (cd "$dir" && npm install --no-audit --no-fund --prefer-offline --loglevel=error "${deps[@]}" >/dev/null)
    packages=$(cd "$dir" && npm ls --all --parseable 2>/dev/null | sort -u | tail -n +2 | wc -l)
    printf '%-44s %-4s %7s %9s %11s %16s\n' "$(basename "$tarball")" "$project" "$(du -sm "$dir/node_modules" | cut -f1)" \
      "$packages" "$(count "$dir" typescript)" "$(count "$dir" @typescript-eslint/types)"
  done
done
