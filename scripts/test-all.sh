#!/usr/bin/env bash
# `npm test`: every test, from unit to browser, against a fresh production build.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
cd "$(dirname "$0")/.."

npm run db:setup
# Route types (PageProps) come from next typegen; tsc checks the whole tree before anything slow runs.
npx next typegen >/dev/null
npx tsc --noEmit -p .
npx vitest run
npm run build
npx playwright test
