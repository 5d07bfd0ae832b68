#!/usr/bin/env bash
# What the tests need from the system, outside npm: Debian's Chromium (Playwright's browser),
# CJK fonts (Chinese in screenshots and share images), Java (the Nu HTML Checker, vnu.jar),
# nginx (the reverse-proxy test), and LibreOffice Calc without its GUI and Debian's pandas with
# openpyxl (the .xlsx downloads are opened with both, as officials' and analysts' tools would).
# Shared by .ci/run and `npm test`: installs what is missing with apt when run as root, otherwise
# stops at once naming the command to run.
set -euo pipefail

missing=()
if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ ! -x "$CHROMIUM_PATH" ]; then
    echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable: point it at Chromium, or unset it to use /usr/bin/chromium." >&2
    exit 1
  fi
elif [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
# grep without -q: it would stop reading early, and with pipefail fc-list's SIGPIPE counts as a failure.
if ! fc-list : family 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null; then missing+=(fonts-noto-cjk); fi
if ! command -v java >/dev/null; then missing+=(default-jre-headless); fi
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then missing+=(nginx); fi

# Installed without recommended packages: LibreOffice recommends a desktop's worth of them.
lean=()
if ! command -v soffice >/dev/null; then lean+=(libreoffice-calc-nogui); fi
if ! /usr/bin/python3 -c "import pandas, openpyxl" 2>/dev/null; then lean+=(python3-pandas python3-openpyxl); fi

[ ${#missing[@]} -eq 0 ] && [ ${#lean[@]} -eq 0 ] && exit 0

command="apt-get update"
[ ${#missing[@]} -gt 0 ] && command+=" && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}"
[ ${#lean[@]} -gt 0 ] && command+=" && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${lean[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "Missing system packages: ${missing[*]} ${lean[*]}. Install them (as root, on Debian or Ubuntu) with:" >&2
  echo "  $command" >&2
  exit 1
fi

echo "Installing system packages: ${missing[*]} ${lean[*]}"
# Packages such as nginx start a system service when installed; the tests start their own, so
# keep apt from starting any (policy-rc.d answering 101 = "not allowed"), unless one is set already.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  trap 'rm -f "$policy"' EXIT
fi
apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; fi
if [ ${#lean[@]} -gt 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null; fi
