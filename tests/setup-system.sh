#!/usr/bin/env bash
# Installs what the tests need outside PyPI: Debian's chromium for the browser tests, and
# Lighthouse + axe-core (tests/lighthouse/package-lock.json) for the accessibility checks.
# Idempotent; needs root (CI runs as root). Never lets a tool download its own browser.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if ((${#missing[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
export PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1
npm ci --prefix tests/lighthouse --no-audit --no-fund --loglevel=error
