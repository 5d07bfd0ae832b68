#!/usr/bin/env bash
# `npm test`: every test, from unit to browser, against a fresh production build, and the third-party
# validators (Redocly, the Nu HTML Checker, Frictionless) over what that build publishes.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
cd "$(dirname "$0")/.."

# Chromium, CJK fonts, Java (for the Nu HTML Checker) and nginx: installed as root, else named.
bash scripts/system-deps.sh
npm run db:setup
# Route types (PageProps) come from next typegen; tsc checks the whole tree before anything slow runs.
npx next typegen >/dev/null
npx tsc --noEmit -p .
npx vitest run
npm run build
# Browser and HTTP tests and the validators (playwright.config.ts project "validators"), on one server.
npx playwright test
