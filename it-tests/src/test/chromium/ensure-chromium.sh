#!/usr/bin/env bash
# The console test drives a real browser: Debian's headless Chromium and its WebDriver. Install both when missing;
# the test starts its own chromedriver on a loopback port.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "chromium is missing: run 'sudo apt-get install -y chromium chromium-driver'" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 \
  || { apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver >/dev/null; }
