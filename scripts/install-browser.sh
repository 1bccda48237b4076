#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests is installed: Debian's package, never a browser
# downloaded by a test tool. Uses sudo when not run as root. Set CHROMIUM_PATH to use another.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then echo "Chromium: $CHROMIUM_PATH"; exit 0; fi
if command -v chromium >/dev/null 2>&1; then echo "Chromium: $(command -v chromium)"; exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The end-to-end tests need Chromium. Install it with your package manager and set CHROMIUM_PATH to the binary," >&2
  echo "or run the other tests alone with: SKIP_BROWSER_TESTS=1 npm test" >&2
  exit 1
fi
as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo"
$as_root apt-get update
$as_root apt-get install -y chromium
echo "Chromium: $(command -v chromium)"
