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
# The learned triage's weights: the fingerprint of what decides them (the tune items, every module the
# training runs, the packages it loads) must be the one they were generated from, and the files as
# generated (seconds; `npx tsx scripts/train-triage.ts --check --full` retrains and compares, ~10 min).
npx tsx scripts/train-triage.ts --check >/dev/null
echo "src/agent/triage-weights.ts is up to date"
