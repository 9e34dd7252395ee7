#!/usr/bin/env bash
# The e2e suite needs Debian's Chromium and CJK fonts (Playwright cannot
# download its own browser here). Install them when missing and we are root.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# (grep without -q: an early exit would SIGPIPE fc-list and fail the pipeline under pipefail)
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Missing: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "Installing ${need[*]} …"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
