#!/usr/bin/env bash
# The package a user installs, checked as a user gets it: `npm pack` the tarball (the prepack build runs), fail if
# it lacks dist/, install it into throwaway projects under a temp dir, one per ESLint version (9.15.0, the floor;
# the newest 9.x; the newest 10.x), and run tests/consumer/*.test.ts there (plain JS, TypeScript with tsc strict,
# CommonJS), then the language-server and shared-config end-to-end tests against the installed tarball.
# Installs share the user's npm cache and prefer it (--prefer-offline); each ESLint version is installed once.
# KEEP_CONSUMER=1 keeps the temp dir for inspection.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WORK=$(mktemp -d "${TMPDIR:-/tmp}/azure-ai-security-consumer.XXXXXX")
if [ "${KEEP_CONSUMER:-}" = 1 ]; then echo "consumer projects kept in $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

NPM_INSTALL=(npm install --no-audit --no-fund --prefer-offline --loglevel=error)
# What the TypeScript project installs besides ESLint: the compiler, and jiti for ESLint to load eslint.config.ts.
TS_TOOLS=(typescript@6.0.3 jiti@2.7.0)
VERSIONS=(9.15.0 9 10)

echo "-- npm pack"
TARBALL="$WORK/$(npm pack --pack-destination "$WORK" --silent | tail -n 1)"
LISTING=$(tar -tzf "$TARBALL")
for required in package/dist/index.js package/dist/index.cjs package/dist/index.d.ts package/dist/index.d.cts \
  package/dist/options.d.ts package/LICENSE package/README.md package/package.json; do
  if ! grep -qx "$required" <<<"$LISTING"; then
    echo "the tarball lacks $required: the prepack build did not run or files/ is wrong" >&2
    exit 1
  fi
done
if grep -Eq '^package/(src|tests|bench|examples)/' <<<"$LISTING"; then
  echo "the tarball ships sources or tests:" >&2
  grep -E '^package/(src|tests|bench|examples)/' <<<"$LISTING" | head >&2
  exit 1
fi
echo "$(wc -l <<<"$LISTING") files, $(du -k "$TARBALL" | cut -f1) kB: $(basename "$TARBALL")"

for version in "${VERSIONS[@]}"; do
  dir="$WORK/eslint-$version"
  mkdir -p "$dir"
  printf '{ "name": "consumer-eslint-%s", "private": true, "type": "module" }\n' "$version" >"$dir/package.json"
  start=$SECONDS
  extra=()
  # ESLint 10 also checks that the preset keeps off files of another language (@eslint/json).
  if [ "$version" = 10 ]; then extra=(@eslint/json@2.1.1); fi
  (cd "$dir" && "${NPM_INSTALL[@]}" "eslint@$version" "$TARBALL" "${TS_TOOLS[@]}" "${extra[@]}")
  echo "-- installed eslint@$version ($(node -p "require('$dir/node_modules/eslint/package.json').version")) in $((SECONDS - start)) s"
done

export CONSUMER_WORK="$WORK"
export CONSUMER_VERSIONS="${VERSIONS[*]}"
# The end-to-end tests load the installed package instead of the repository's build.
export AZURE_AI_SECURITY_PLUGIN_DIR="$WORK/eslint-10/node_modules/eslint-plugin-azure-ai-security"
npx vitest run --config tests/consumer/vitest.config.ts
