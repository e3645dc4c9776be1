#!/usr/bin/env bash
# Installs what ProtoViz needs, builds it and starts the GUI on its built-in loopback servers.
# Usage: scripts/run.sh [arguments for protoviz]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

protoviz_install_packages "${PROTOVIZ_BUILD_PACKAGES[@]}" "${PROTOVIZ_RUN_PACKAGES[@]}"
protoviz_build "$PROTOVIZ_ROOT/build" -DPROTOVIZ_BUILD_TESTS=OFF -DPROTOVIZ_BUILD_BENCH=OFF

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found (DISPLAY is not set). Start ProtoViz from a desktop session, or run it under a" >&2
    echo "virtual display: xvfb-run -s '-screen 0 1600x1000x24' $PROTOVIZ_ROOT/build/app/gui/protoviz" >&2
    exit 1
fi
exec "$PROTOVIZ_ROOT/build/app/gui/protoviz" "$@"
