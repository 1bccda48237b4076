#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests is installed: Debian's package, never a browser
# downloaded by a test tool. Uses sudo when not run as root. Set CHROMIUM_PATH to use another.
# Another apt job (unattended-upgrades, a second terminal) holds apt's locks for a while: apt-get
# waits up to APT_LOCK_WAIT seconds for the dpkg lock (DPkg::Lock::Timeout), and "apt-get update",
# whose lists lock some apt versions do not wait for, is tried again for as long.
set -euo pipefail
APT_LOCK_WAIT="${APT_LOCK_WAIT:-120}"
RETRY_SECONDS=10
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then echo "Chromium: $CHROMIUM_PATH"; exit 0; fi
if command -v chromium >/dev/null 2>&1; then echo "Chromium: $(command -v chromium)"; exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The end-to-end tests need Chromium. Install it with your package manager and set CHROMIUM_PATH to the binary," >&2
  echo "or run the other tests alone with: SKIP_BROWSER_TESTS=1 npm test" >&2
  exit 1
fi
as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo"

apt_get() {
  $as_root apt-get -o "DPkg::Lock::Timeout=$APT_LOCK_WAIT" "$@"
}

# Retries only while the failure is a held lock; any other failure stops at once.
update_lists() {
  local waited=0 output
  while true; do
    if output="$(apt_get update 2>&1)"; then
      printf '%s\n' "$output"
      return 0
    fi
    case "$output" in
      *"Could not get lock"* | *"Unable to lock"*) ;;
      *) printf '%s\n' "$output" >&2; return 1 ;;
    esac
    if [ "$waited" -ge "$APT_LOCK_WAIT" ]; then
      printf '%s\n' "$output" >&2
      echo "Another apt job still holds apt's lock after ${APT_LOCK_WAIT} s; try again when it has finished." >&2
      return 1
    fi
    echo "Another apt job holds apt's lock; waiting (${waited} of ${APT_LOCK_WAIT} s)..." >&2
    sleep "$RETRY_SECONDS"
    waited=$((waited + RETRY_SECONDS))
  done
}

update_lists
apt_get install -y chromium
echo "Chromium: $(command -v chromium)"
