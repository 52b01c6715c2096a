#!/usr/bin/env bash
# Puts GHL's official OpenAPI specs where the tests read them, for a clone that lacks ../shared/highlevel-api
# (CI): the public GoHighLevel/highlevel-api-docs repository at the commit the pack is checked against.
#   scripts/fetch-ghl-specs.sh [dest]   dest defaults to <repo>/../shared/highlevel-api; kept if already there
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:-$root/../shared/highlevel-api}"
repo="${GHL_API_DOCS_REPO:-https://github.com/GoHighLevel/highlevel-api-docs.git}"
commit="${GHL_API_DOCS_COMMIT:-0af86a4}"

if [ -d "$dest/apps" ]; then
	echo "fetch-ghl-specs: specs already in $dest"
	exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone --quiet --filter=blob:none --no-checkout "$repo" "$work/docs"
git -C "$work/docs" checkout --quiet "$commit"
mkdir -p "$dest"
cp -R "$work/docs/apps" "$work/docs/common" "$work/docs/docs" "$dest/"
[ -f "$work/docs/LICENSE" ] && cp "$work/docs/LICENSE" "$dest/"
# The snapshot the pack is built against leaves out the v3 drafts.
rm -rf "$dest/apps/v3"
echo "fetch-ghl-specs: $(ls "$dest/apps" | wc -l) API specs from $repo at $commit in $dest"
