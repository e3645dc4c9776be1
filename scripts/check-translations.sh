#!/usr/bin/env bash
# Fails if a user-visible string of the sources is missing from translations/*.ts (lupdate would change
# them) or if a message of any language but English (the sources' own) is not translated. Usage: scripts/check-translations.sh <build directory>
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:?usage: $0 <build directory>}"
saved="$(mktemp -d)"
trap 'cp "$saved"/*.ts "$root/translations/"; rm -rf "$saved"' EXIT
cp "$root"/translations/*.ts "$saved/"
cmake --build "$build" --target protoviz_app_lupdate >/dev/null
status=0
for ts in "$root"/translations/*.ts; do
    if ! cmp -s "$ts" "$saved/$(basename "$ts")"; then
        echo "$(basename "$ts") is out of date with the sources: run the protoviz_app_lupdate target and translate." >&2
        diff -u "$saved/$(basename "$ts")" "$ts" | head -40 >&2 || true
        status=1
    fi
done
for ts in "$root"/translations/protoviz_*.ts; do
    [ "$(basename "$ts")" = protoviz_en.ts ] && continue
    unfinished="$(grep -c 'type="unfinished"' "$ts" || true)"
    if [ "$unfinished" -ne 0 ]; then
        echo "$(basename "$ts") has $unfinished untranslated message(s)." >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "Translations are complete and up to date."
exit "$status"
