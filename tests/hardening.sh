#!/usr/bin/env bash
# Hardening runs (issue 7). Usage: bash tests/hardening.sh MODE... (fuzz, sanitize, tidy, all)
#   fuzz      builds the libFuzzer targets (preset "fuzz", clang) and runs each for
#             FUZZ_SECONDS (default 20) seeded from tests/data/** and tests/fuzz/seeds, with a
#             dictionary where there is one; fails on any crash, sanitizer report, hang
#             (-timeout) or memory blow-up (-rss_limit_mb). A finding is left in
#             build/fuzz/findings/<target>/ to become a regression test.
#   sanitize  builds everything with ASan + UBSan, warnings as errors (preset "asan"), and runs
#             the whole CTest suite offscreen inside a private D-Bus session with an unlocked
#             gnome-keyring.
#   tidy      runs clang-tidy (the committed .clang-tidy) on every source file of app/, ui/ and
#             tests/ through a compile database (build/asan's after "sanitize", else
#             build/tidy's); fails on any warning.
# Each mode prints how long it took.
# HARDENING_JOBS (default 2): build jobs, and clang-tidy processes at a time.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
jobs=${HARDENING_JOBS:-2} # two shared cores on the CI machine
sanitized=0 # set once "sanitize" has built build/asan in this run

# One target: seeds its corpus, runs it for $seconds, leaves its log in $work/<name>.log and,
# on a finding, the input in build/fuzz/findings/<name>/. Returns non-zero on a finding.
fuzz_one() {
  local exe=$1 seconds=$2 work=$3 target name platform corpus dict
  target=$(basename "$exe")
  name=${target#fuzz_}
  corpus=$work/corpus/$name
  mkdir -p "$corpus" "build/fuzz/findings/$name"
  dict=()
  case "$name" in
    talkover_*|burki_*|kakiyo_*|koreai_*|smartlead_*)
      platform=${name%%_*}
      cp tests/data/providers/"$platform"/* "$corpus"/
      dict=(-dict="$here/tests/fuzz/dict/$platform.dict")
      ;;
    error_body)
      for platform in talkover burki kakiyo koreai smartlead; do
        for f in tests/data/providers/"$platform"/*; do cp "$f" "$corpus/${platform}_$(basename "$f")"; done
      done
      dict=(-dict="$here/tests/fuzz/dict/errors.dict")
      ;;
    *)
      cp tests/fuzz/seeds/"$name"/* "$corpus"/
      [ -f "tests/fuzz/dict/$name.dict" ] && dict=(-dict="$here/tests/fuzz/dict/$name.dict")
      ;;
  esac
  # Regression inputs found earlier are seeds too: they must stay fixed.
  if [ -d "tests/data/regressions/$name" ]; then cp tests/data/regressions/"$name"/* "$corpus"/; fi
  (cd "build/fuzz/findings/$name" &&
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$here/$exe" -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=0 "${dict[@]}" \
      "$here/$corpus" >"$here/$work/$name.log" 2>&1)
}

fuzz() {
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$jobs" --target fuzzers
  local seconds=${FUZZ_SECONDS:-20} failed=() exe name
  local work=build/fuzz/run
  rm -rf "$work"
  mkdir -p "$work/status"
  # One target per core at a time: each fuzzer is a single process.
  local running=0
  for exe in build/fuzz/tests/fuzz/fuzz_*; do
    [ -f "$exe" ] && [ -x "$exe" ] || continue
    name=$(basename "$exe"); name=${name#fuzz_}
    ( if fuzz_one "$exe" "$seconds" "$work"; then echo ok; else echo finding; fi >"$work/status/$name" ) &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
  done
  wait
  for exe in build/fuzz/tests/fuzz/fuzz_*; do
    [ -f "$exe" ] && [ -x "$exe" ] || continue
    name=$(basename "$exe"); name=${name#fuzz_}
    echo "== fuzz_$name (${seconds}s)"
    if [ "$(cat "$work/status/$name" 2>/dev/null)" = ok ]; then
      tail -n 1 "$work/$name.log" | sed 's/^/    /'
    else
      failed+=("fuzz_$name")
      echo "FINDING in fuzz_$name:"; tail -n 40 "$work/$name.log" | sed 's/^/    /'
      ls "build/fuzz/findings/$name" | sed 's/^/    input: /'
    fi
  done
  if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: findings in ${failed[*]}"; return 1
  fi
  echo "fuzz: no findings"
}

sanitize() {
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$jobs"
  bash tests/with-keyring.sh ctest --preset asan -j 2
  sanitized=1
}

tidy() {
  # The sources include generated files (moc output, ui_*.h). After "sanitize" in the same run,
  # build/asan has them all and a compile database: clang-tidy reads that one. Alone, it
  # configures build/tidy and builds only the _autogen targets there; CMake 3.25 orders each
  # after its target's dependencies, so that compiles the app's libraries once (no test).
  local dir=build/tidy
  if [ "$sanitized" = 1 ]; then
    dir=build/asan
  else
    cmake --preset tidy >/dev/null
    local autogen
    mapfile -t autogen < <(ninja -C build/tidy -t targets all |
      grep -oE '^[A-Za-z0-9_.+-]+_autogen: phony' | sed 's/: phony$//' | sort -u)
    if ! cmake --build --preset tidy -j "$jobs" --target "${autogen[@]}" >build/tidy/autogen.log 2>&1; then
      grep -E -B2 -A8 'error|FAILED' build/tidy/autogen.log | sed -n '1,80p'
      echo "tidy: the generated sources could not be built (log in build/tidy/autogen.log)"
      return 1
    fi
  fi
  local files
  mapfile -t files < <(git ls-files 'app/*.cpp' 'ui/*.cpp' 'tests/*.cpp')
  if [ ${#files[@]} -eq 0 ]; then
    echo "tidy: no source files found (is this a git checkout?)"
    return 1
  fi
  local log=$dir/clang-tidy.log
  # xargs exits 123 when a clang-tidy run reported findings (read from the log below); above
  # that, clang-tidy could not run or crashed, and a log without findings would read as clean.
  local status=0
  printf '%s\n' "${files[@]}" | xargs -P "$jobs" -n 1 clang-tidy -p "$dir" --quiet \
    --warnings-as-errors='*' >"$log" 2>&1 || status=$?
  if [ "$status" -gt 123 ]; then
    tail -n 20 "$log"
    echo "tidy: clang-tidy did not run to the end (xargs status $status, log in $log)"
    return 1
  fi
  if grep -E '(warning|error):' "$log" | grep -v 'warnings generated' >/dev/null; then
    # sed, not head: head would close the pipe early and pipefail would end the script here.
    grep -E -A3 '(warning|error):' "$log" | sed -n '1,200p'
    echo "tidy: $(grep -cE '(warning|error):' "$log") findings (all in $log)"
    return 1
  fi
  echo "tidy: clean (${#files[@]} files)"
}

[ $# -gt 0 ] || { echo "usage: bash tests/hardening.sh fuzz|sanitize|tidy|all ..." >&2; exit 2; }
for mode in "$@"; do
  started=$SECONDS
  case "$mode" in
    fuzz) fuzz ;;
    sanitize) sanitize ;;
    tidy) tidy ;;
    all) sanitize && fuzz && tidy ;;
    *) echo "usage: bash tests/hardening.sh fuzz|sanitize|tidy|all ..." >&2; exit 2 ;;
  esac
  echo "hardening: $mode took $((SECONDS - started)) s"
done
