#!/usr/bin/env bash
# Runs a command (the test suite) the way the keychain tests need it: inside a private D-Bus
# session with an unlocked gnome-keyring of its own. A fresh keyring folder for every run: an
# existing login keyring with another password would stay locked. Only the daemon sees it.
# Usage: bash tests/with-keyring.sh COMMAND [ARG...]
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: bash tests/with-keyring.sh COMMAND [ARG...]" >&2; exit 2; }
export NO_AT_BRIDGE=1
exec dbus-run-session -- bash -c '
  keyrings=$(mktemp -d)
  printf campaign-desk-test | XDG_DATA_HOME="$keyrings" gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec "$@"' with-keyring "$@"
