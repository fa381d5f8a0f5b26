#!/bin/sh
# CI drift check: regenerate schema.graphql and genql/ from the code and fail when the
# committed files differ (someone changed the schema without running `npm run schema genql`).
set -eu
cd "$(dirname "$0")/.."
npx tsx scripts/print-schema.ts >/dev/null
node scripts/genql.mjs >/dev/null
if ! git diff --exit-code --stat -- schema.graphql genql; then
  echo "schema.graphql or genql/ is out of date: run 'npm run schema && npm run genql' and commit the result" >&2
  exit 1
fi
untracked=$(git ls-files --others --exclude-standard -- genql)
if [ -n "$untracked" ]; then
  echo "genql/ has files that are not committed:" >&2
  echo "$untracked" >&2
  exit 1
fi
echo "schema.graphql and genql/ are up to date"
# The learned triage's weights: retrained from the tune split, they must match the committed file.
npx tsx scripts/train-triage.ts --check >/dev/null
echo "src/agent/triage-weights.ts is up to date"
