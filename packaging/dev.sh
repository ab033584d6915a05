#!/usr/bin/env bash
# Campaign Desk developer entry point: installs what is missing (Debian 12), builds, and then
#   run   launches `campaign-desk --sandbox`
#   test  runs the whole test suite (CTest) with a real, unlocked keyring; exits non-zero on failure
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-}
case "$mode" in
  run|test) ;;
  *) echo "usage: bash packaging/dev.sh run|test" >&2; exit 2 ;;
esac

packages=(g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-qpa-plugins
  dbus dbus-x11 gnome-keyring)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)
if [ "$mode" = run ]; then
  cmake --preset release >/dev/null
  cmake --build --preset release -j "$jobs" --target campaign-desk
  exec build/release/app/campaign-desk --sandbox
fi

cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
# The keychain tests talk to a real Secret Service: a private session bus with an unlocked
# gnome-keyring. Widget tests run on the offscreen platform (set per test in CMake).
export NO_AT_BRIDGE=1
exec dbus-run-session -- bash -c '
  printf campaign-desk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  ctest --preset ci -j 2'
