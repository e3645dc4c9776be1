#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer and UndefinedBehaviorSanitizer) if needed, replays
# the saved regressions, then fuzzes each target for a while starting from its seed corpus. Fails if any
# input crashes, times out, runs out of memory or breaks a checked invariant.
#
# Usage: fuzz/run.sh [seconds per target, default 20] [target...]
# Environment: PROTOVIZ_FUZZ_BUILD  build directory (default: build-fuzz at the top of the repository)
#              PROTOVIZ_FUZZ_ARTIFACTS  where failing inputs are kept (default: <build>/fuzz-artifacts)
set -euo pipefail

fuzz_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$fuzz_dir/.." && pwd)"
seconds="${1:-20}"
shift $(($# > 0 ? 1 : 0))
build="${PROTOVIZ_FUZZ_BUILD:-$root/build-fuzz}"
artifacts="${PROTOVIZ_FUZZ_ARTIFACTS:-$build/fuzz-artifacts}"

if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [seconds per target] [target...]" >&2
    exit 2
fi

targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
    targets=(fuzz_http1parser fuzz_http2framing fuzz_hpack fuzz_tlshandshake fuzz_recording fuzz_websocketframes
        fuzz_utf8validator fuzz_websockethandshake fuzz_permessagedeflate fuzz_grpcframing fuzz_grpcschema
        fuzz_grpcmetadata fuzz_lessonreader fuzz_grpcweb fuzz_eavesdropper fuzz_quicpackets fuzz_http3frames)
fi

echo "== Building the fuzzers in $build"
# Line tables only: a crash's stack keeps its file and line, without the cost of full debug information.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG" \
    -DPROTOVIZ_WERROR=ON -DPROTOVIZ_BUILD_FUZZERS=ON -DPROTOVIZ_BUILD_APP=OFF -DPROTOVIZ_BUILD_TESTS=OFF \
    -DPROTOVIZ_BUILD_BENCH=OFF -DPROTOVIZ_SANITIZE=address,undefined >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=()
for target in "${targets[@]}"; do
    binary="$build/fuzz/$target"
    mkdir -p "$artifacts/$target"
    options=(-timeout=5 -rss_limit_mb=2048 -artifact_prefix="$artifacts/$target/")
    if [ -f "$fuzz_dir/$target.dict" ]; then
        options+=(-dict="$fuzz_dir/$target.dict")
    fi

    regressions=("$fuzz_dir/regressions/$target"/*)
    if [ -e "${regressions[0]}" ]; then
        echo "== $target: replaying ${#regressions[@]} saved regression(s)"
        if ! "$binary" "${options[@]}" "${regressions[@]}" >"$work/$target.replay.log" 2>&1; then
            tail -n 40 "$work/$target.replay.log"
            failed+=("$target (regressions)")
            continue
        fi
    fi

    echo "== $target: fuzzing for $seconds s"
    # A copy of the seeds: libFuzzer adds what it finds to the corpus directory it is given.
    cp -r "$fuzz_dir/corpus/$target" "$work/$target.corpus"
    if "$binary" "${options[@]}" -max_total_time="$seconds" -print_final_stats=1 "$work/$target.corpus" \
        >"$work/$target.log" 2>&1; then
        grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$work/$target.log" || true
    else
        tail -n 60 "$work/$target.log"
        echo "$target failed; the input is kept in $artifacts/$target/"
        failed+=("$target")
    fi
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "Fuzzing failed: ${failed[*]}" >&2
    exit 1
fi
echo "Fuzzing passed: ${targets[*]} (${seconds} s each)."
