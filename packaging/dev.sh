#!/usr/bin/env bash
# Campaign Desk developer entry point: installs what is missing (Debian 12), builds, and then
#   run   launches `campaign-desk --sandbox`
#   test  runs the whole test suite (CTest), built with ASan+UBSan, with a real, unlocked
#         keyring; runs every fuzz target for a bounded time and clang-tidy on the whole tree
#         (tests/hardening.sh); builds the app in Release and checks the package: validates
#         the desktop file and the
#         AppStream metainfo, builds the .deb (CPack), installs it with apt-get and runs the
#         installed app (--version, an offscreen --sandbox --smoke-test); exits non-zero on
#         any failure
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
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-qpa-plugins libqt6svg6
  dbus dbus-x11 gnome-keyring
  desktop-file-utils appstream dpkg-dev file
  clang clang-tidy libclang-rt-14-dev llvm)

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

# What the run checks (tests/hardening.sh): "sanitize" builds the whole tree with ASan+UBSan
# (LSan on), warnings as errors, and runs the whole suite there; "fuzz" runs each libFuzzer
# target for 10 s (two at a time); "tidy" runs clang-tidy on the whole tree.
# CAMPAIGNDESK_HARDENING="none" (or a list without "sanitize") runs the suite in the Release
# build instead: the quicker loop while working.
hardening=${CAMPAIGNDESK_HARDENING:-sanitize fuzz tidy}
stage_started=$SECONDS
stage() { # stage NAME: how long the stage that just ended took
  echo "== $1: $((SECONDS - stage_started)) s"
  stage_started=$SECONDS
}
if [[ " $hardening " == *" sanitize "* ]]; then
  # The suite runs under ASan below: the package is built without the tests (Release,
  # warnings as errors).
  build=build/package
  cmake --preset package >/dev/null
  cmake --build --preset package -j "$jobs"
  stage "release build (the package, no tests)"
else
  build=build/ci
  cmake --preset ci >/dev/null
  cmake --build --preset ci -j "$jobs"
  stage "release build"
  # The keychain tests talk to a real Secret Service (tests/with-keyring.sh). Widget tests run
  # on the offscreen platform (set per test in CMake).
  bash tests/with-keyring.sh ctest --preset ci -j 2
  stage "test suite (Release)"
fi
if [ "$hardening" != none ]; then
  # shellcheck disable=SC2086 # a list of modes
  FUZZ_SECONDS=${FUZZ_SECONDS:-10} bash tests/hardening.sh $hardening
  stage "hardening ($hardening)"
fi

# The package: what a user installs must validate, install and start.
id=io.github.campaigndesk.CampaignDesk
passed=0
failed=0
check() { # check NAME COMMAND...: runs it, prints its output on failure
  local name=$1 out
  shift
  if out=$("$@" 2>&1); then
    passed=$((passed + 1)); echo "ok: $name${out:+ ($(tail -n 1 <<<"$out"))}"
  else
    failed=$((failed + 1)); echo "FAILED: $name"; echo "$out" | sed 's/^/    /'
  fi
}
# desktop-file-validate exits 0 on some errors ("icon name with an extension"): read its output.
desktop_valid() {
  local out
  out=$(desktop-file-validate "$1" 2>&1) || { echo "$out"; return 1; }
  if grep -qi 'error' <<<"$out"; then echo "$out"; return 1; fi
  [ -z "$out" ] || echo "$out"
}
installed_version() {
  local v
  v=$(/usr/bin/campaign-desk --version)
  echo "$v"
  [ "$v" = "campaign-desk $(dpkg-deb -f "$deb" Version)" ]
}
smoke_test() {
  QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/campaign-desk --sandbox --smoke-test
}

check "desktop-file-validate" desktop_valid packaging/$id.desktop
screenshots_present() { # every screenshot the metainfo names is in packaging/screenshots
  local f missing=0
  for f in $(sed -n 's#.*<image>.*/\([^/<]*\)</image>.*#\1#p' "$build/packaging/$id.metainfo.xml"); do
    [ -f "packaging/screenshots/$f" ] || { echo "missing: packaging/screenshots/$f"; missing=1; }
  done
  return $missing
}
check "metainfo screenshots in packaging/screenshots" screenshots_present
check "appstreamcli validate --no-net" appstreamcli validate --no-net $build/packaging/$id.metainfo.xml
rm -f "$build"/campaign-desk_*.deb "$build"/campaign-desk-*.tar.gz
check "cpack (DEB, TGZ)" bash -c "cd $build && cpack"
deb=$(ls "$build"/campaign-desk_*.deb 2>/dev/null | head -n 1 || true)
if [ -n "$deb" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  check "apt-get install ./$deb" env DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q \
    --reinstall --no-install-recommends "./$deb"
  check "installed files" bash -c "dpkg -L campaign-desk | grep -qx /usr/share/applications/$id.desktop \
    && dpkg -L campaign-desk | grep -qx /usr/share/metainfo/$id.metainfo.xml \
    && dpkg -L campaign-desk | grep -qx /usr/share/icons/hicolor/256x256/apps/$id.png"
  check "installed desktop file" desktop_valid /usr/share/applications/$id.desktop
  check "campaign-desk --version" installed_version
  check "campaign-desk --sandbox --smoke-test (offscreen)" smoke_test
else
  failed=$((failed + 1)); echo "FAILED: no .deb was built"
fi
echo "packaging: $passed passed, $failed failed"
stage "packaging"
[ "$failed" -eq 0 ]
