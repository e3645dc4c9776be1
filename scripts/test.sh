#!/usr/bin/env bash
# Installs what ProtoViz and its tests need, builds it (warnings are errors), checks formatting and that
# the engine never touches Qt Gui/Widgets, then runs the whole test suite: once in the normal build, once
# for the engine under AddressSanitizer and UndefinedBehaviorSanitizer, and the fuzzers for a while.
# Usage: scripts/test.sh [extra ctest arguments]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

protoviz_install_packages "${PROTOVIZ_BUILD_PACKAGES[@]}" "${PROTOVIZ_RUN_PACKAGES[@]}" "${PROTOVIZ_TEST_PACKAGES[@]}"
protoviz_install_node_peers
protoviz_check_peers

cd "$PROTOVIZ_ROOT"
echo "== Formatting (clang-format)"
"$PROTOVIZ_ROOT/scripts/check-format.sh"

echo "== The engine stays headless"
"$PROTOVIZ_ROOT/scripts/check-core-headless.sh"

echo "== Build (warnings are errors)"
protoviz_build "$PROTOVIZ_ROOT/build" -DPROTOVIZ_WERROR=ON

echo "== Translations (every string in every .ts file, every language complete)"
"$PROTOVIZ_ROOT/scripts/check-translations.sh" "$PROTOVIZ_ROOT/build"

echo "== Engine without the GUI, with AddressSanitizer and UndefinedBehaviorSanitizer"
# -O1 with line tables only, as sanitizer builds usually are: reports keep their file and line, and the
# tree compiles in a fraction of the time full debug information takes (the CI has 30 minutes on 2 cores).
protoviz_build "$PROTOVIZ_ROOT/build-sanitize" -DPROTOVIZ_WERROR=ON -DPROTOVIZ_BUILD_APP=OFF \
    -DPROTOVIZ_BUILD_BENCH=OFF -DPROTOVIZ_SANITIZE=address,undefined "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG"

echo "== Tests"
export QT_QPA_PLATFORM=offscreen
# One test per core at a time: most of a test's time is spent waiting on emulated round trips, and every
# test binds port 0 on loopback, so they share the machine without disturbing each other. The sanitizer
# run below stays one at a time: instrumented code is CPU-bound, and its timings are not what it checks.
ctest --test-dir "$PROTOVIZ_ROOT/build" --output-on-failure --timeout 300 --parallel "$(nproc)" "$@"

echo "== Engine tests under the sanitizers"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$PROTOVIZ_ROOT/build-sanitize" --output-on-failure --timeout 600 "$@"

echo "== Fuzzers (each decoder of untrusted bytes, briefly, from its corpus)"
"$PROTOVIZ_ROOT/fuzz/run.sh" "${PROTOVIZ_FUZZ_SECONDS:-8}"

echo "All tests passed."
