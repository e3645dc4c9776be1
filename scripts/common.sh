#!/usr/bin/env bash
# Shared by run.sh and test.sh: installs the Debian packages ProtoViz needs (only the missing ones,
# so a second run does nothing) and builds it. Sourced, not run.

set -euo pipefail

PROTOVIZ_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PROTOVIZ_ROOT

# What building the engine, the CLI and the GUI takes.
PROTOVIZ_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6opengl6-dev
    libssl-dev libnghttp2-dev protobuf-compiler libprotobuf-dev zlib1g-dev
    libngtcp2-dev libngtcp2-crypto-gnutls-dev libnghttp3-dev libgnutls28-dev
)

# What running the GUI on a desktop takes beyond the libraries above: a CJK font draws the Chinese
# translation (DejaVu has no Han characters).
PROTOVIZ_RUN_PACKAGES=(qt6-qpa-plugins fonts-dejavu-core fonts-wqy-microhei)

# The real peers and tools the test suite talks to.
PROTOVIZ_TEST_PACKAGES=(
    curl openssl nghttp2-client nghttp2-server ngtcp2-client ngtcp2-server tshark
    python3 python3-h2 python3-websockets python3-grpcio python3-protobuf
    chromium nodejs
    clang libclang-rt-14-dev clang-format
    xvfb xauth imagemagick
)

protoviz_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "ProtoViz needs to install packages, which takes root: run this as root or install sudo." >&2
        exit 1
    fi
}

# protoviz_install_packages <package>...: installs those not installed yet.
protoviz_install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    protoviz_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # tshark asks whether non-root users may capture; the answer does not matter to the tests.
    echo "wireshark-common wireshark-common/install-setuid boolean false" | protoviz_as_root debconf-set-selections
    protoviz_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# protoviz_build <build dir> <cmake options>...: configures (once) and builds.
protoviz_build() {
    local dir="$1"
    shift
    cmake -S "$PROTOVIZ_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}

# protoviz_install_node_peers: the Node peers (ws, @grpc/grpc-js) from the npm registry, exactly as the
# lockfile pins them. Node's own package brings npm; Debian's separate npm package is only needed where
# it did not.
protoviz_install_node_peers() {
    if ! command -v npm >/dev/null 2>&1; then
        protoviz_install_packages npm
    fi
    (cd "$PROTOVIZ_ROOT/tests/interop/node" && npm ci --no-audit --no-fund --loglevel=error)
}

# protoviz_check_peers: fails, naming what is missing, if a peer the tests talk to is not there, so that
# a test never passes by skipping.
protoviz_check_peers() {
    local missing=()
    local program
    for program in curl openssl nghttp nghttpd h2load tshark python3 chromium node protoc clang++; do
        command -v "$program" >/dev/null 2>&1 || missing+=("$program")
    done
    /usr/bin/python3 -c 'import h2, websockets, grpc, google.protobuf' 2>/dev/null || missing+=("python modules")
    [ -d "$PROTOVIZ_ROOT/tests/interop/node/node_modules/ws" ] || missing+=("node_modules")
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Missing test peers: ${missing[*]}" >&2
        exit 1
    fi
}
