#!/usr/bin/env bash
# Installs what the tests need outside PyPI: Debian's chromium for the browser tests.
# Idempotent; needs root (CI runs as root). Never lets a tool download its own browser.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
