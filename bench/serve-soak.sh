#!/usr/bin/env bash
# Memory of a long-running `protoviz-cli serve` under abuse: clients reconnect in a loop, one flooding
# HTTP/2 PINGs over h2c, one flooding small WebSocket frames into the chat room, while the resident set
# size (VmRSS) of serve is sampled every few seconds. Prints every sample and the maximum. serve runs as
# in a class: --events all (read and discarded) with its default event budget, unless told otherwise.
# Everything listens on 127.0.0.1.
#
# Usage: bench/serve-soak.sh [DURATION_SECONDS] [-- extra serve options, e.g. --event-budget 0]
# Needs python3 (the flooding clients use its standard library only) and a build with protoviz-cli.

set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cli=${PROTOVIZ_CLI:-$(cd "$script_dir/.." && pwd)/build/app/cli/protoviz-cli}
duration=${1:-300}
shift || true
[[ ${1:-} == -- ]] && shift
interval=${SOAK_INTERVAL:-5}

if [[ ! -x $cli ]]; then
    echo "protoviz-cli not found at $cli (set PROTOVIZ_CLI)" >&2
    exit 2
fi

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# serve prints every event, tens of MB a second under the flood: keep the other lines (the port, the
# budget's announcement) and discard the events once read, instead of filling the disk. (An hour
# written to a file filled it; serve then stops printing and says so on stderr.)
"$cli" serve --port 0 --no-tls --duration $((duration + 30)) "$@" \
    > >(grep --line-buffered -v -E '^ *[0-9]+\.[0-9]+ ms ' >"$work/serve.out") \
    2>"$work/serve.err" &
serve_pid=$!
pids+=("$serve_pid")
port=
for _ in $(seq 100); do
    port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.out" | head -n 1)
    [[ -n $port ]] && break
    sleep 0.1
done
if [[ -z $port ]]; then
    echo "serve did not start:" >&2
    cat "$work/serve.err" >&2
    exit 1
fi

# The flooding clients: each connection sends its burst, reads what comes back, closes, and reconnects.
cat >"$work/flood.py" <<'PY'
import base64, os, socket, struct, sys, time

kind, port, until = sys.argv[1], int(sys.argv[2]), time.time() + float(sys.argv[3])
sent = 0

def drain(sock):
    sock.setblocking(False)
    try:
        while sock.recv(65536):
            pass
    except (BlockingIOError, ConnectionError):
        pass
    sock.setblocking(True)

def pings(sock):
    global sent
    sock.sendall(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + bytes.fromhex("000000040000000000"))
    for burst in range(20):
        sock.sendall(b"".join(bytes.fromhex("000008060000000000") + struct.pack(">Q", sent + i)
                              for i in range(100)))
        sent += 100
        time.sleep(0.002)
        drain(sock)

def frames(sock):
    global sent
    key = base64.b64encode(os.urandom(16))
    sock.sendall(b"GET /chat HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 b"Sec-WebSocket-Key: " + key + b"\r\nSec-WebSocket-Version: 13\r\n\r\n")
    time.sleep(0.01)
    drain(sock)
    mask = os.urandom(4)
    for burst in range(20):
        batch = []
        for i in range(100):
            payload = b"soak %d" % (sent + i)
            masked = bytes(b ^ mask[j % 4] for j, b in enumerate(payload))
            batch.append(bytes([0x81, 0x80 | len(payload)]) + mask + masked)
        sock.sendall(b"".join(batch))
        sent += 100
        time.sleep(0.002)
        drain(sock)
    sock.sendall(bytes([0x88, 0x82]) + mask + bytes(b ^ mask[j] for j, b in enumerate(struct.pack(">H", 1000))))

while time.time() < until:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            (pings if kind == "ping" else frames)(sock)
    except OSError:
        time.sleep(0.05)
print(f"{kind}: {sent} sent")
PY

python3 "$work/flood.py" ping "$port" "$duration" >"$work/ping.out" 2>&1 &
pids+=("$!")
python3 "$work/flood.py" ws "$port" "$duration" >"$work/ws.out" 2>&1 &
pids+=("$!")

echo "serve pid $serve_pid on port $port, flooding for ${duration}s, sampling VmRSS every ${interval}s"
max=0
start=$SECONDS
while ((SECONDS - start < duration)); do
    sleep "$interval"
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$serve_pid/status" 2>/dev/null || true)
    if [[ -z $rss ]]; then
        echo "serve exited early:" >&2
        tail -n 20 "$work/serve.err" >&2
        exit 1
    fi
    ((rss > max)) && max=$rss
    printf '%5ds  VmRSS %7d KiB\n' $((SECONDS - start)) "$rss"
done
wait "${pids[1]}" "${pids[2]}" 2>/dev/null || true
cat "$work/ping.out" "$work/ws.out"
grep -m 1 'Event budget' "$work/serve.out" || echo "(serve never reached its event budget)"
printf 'max VmRSS %d KiB (%.1f MiB) over %ds\n' "$max" "$(echo "$max / 1024" | bc -l)" "$duration"
