#!/usr/bin/env bash
# Fails if any C++ file differs from what clang-format (with the repository's .clang-format) makes of it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mapfile -t files < <(git ls-files '*.h' '*.cpp')
if [ "${#files[@]}" -eq 0 ]; then
    exit 0
fi
clang-format --dry-run -Werror "${files[@]}"
echo "${#files[@]} files are formatted."
