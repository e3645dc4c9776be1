#!/usr/bin/env bash
# HTTP/3 requests per second of ProtoViz's HTTP/3 server against ngtcp2's gtlsserver, measured in one run on
# the same machine with the same load client, parameters, certificate and object bytes. Prints each run,
# the medians and the ratio ProtoViz / ngtcp2. Debian's h2load has no HTTP/3, so the load comes from
# protoviz_bench_h3load (core's Http3Client, recording nothing).
#
# Equal conditions: both servers run one thread (Http3Server is one Qt event loop; gtlsserver is one libev
# loop), both are pinned to the same CPU and the load client to another when the machine has two or more,
# both present the certificate protoviz_bench_h3server generated, both offer the same TLS 1.3 ciphers and
# groups (AES-128-GCM and X25519 first), and runs alternate which server goes first. ProtoViz's server
# records nothing (no observer). Everything listens on 127.0.0.1.
#
# Usage: bench/h3-ratio.sh [options]   (see --help). Needs gtlsserver and gtlsclient (Debian ngtcp2-server,
# ngtcp2-client) and a build with protoviz_bench_h3server, protoviz_bench_h3load and
# protoviz_bench_writeworkload.

set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench/ratio-common.sh
source "$script_dir/ratio-common.sh"
build_dir=$(cd "$script_dir/.." && pwd)/build-bench
runs=3
duration=10
warmup=2
connections=4
streams=10
# Connections for the whole run, as a browser keeps one per origin; --requests-per-connection N adds a
# handshake every N requests.
per_connection=0
objects=100
object_size=4096
object_path=/tiles/0
pin=1

usage() {
    cat <<EOF
Usage: $0 [options]
  --build DIR                  build folder with bench/protoviz_bench_h3server, protoviz_bench_h3load and
                               protoviz_bench_writeworkload (default: $build_dir)
  --runs N                     measured runs per server; the median is reported (default $runs)
  --duration S                 seconds measured per run (default $duration)
  --warmup S                   seconds of unmeasured load before each run (default $warmup)
  --connections N              concurrent QUIC connections (default $connections)
  --streams N                  requests in flight per connection (default $streams)
  --requests-per-connection N  requests a connection carries before a new one replaces it; 0 keeps each
                               connection for the whole run (default $per_connection)
  --objects N                  objects of the workload (default $objects)
  --object-size B              bytes per object (default $object_size)
  --path P                     the path requested (default $object_path)
  --no-pin                     do not pin the servers and the load client to separate CPUs
EOF
}

while (($# > 0)); do
    case $1 in
    --build) build_dir=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --streams) streams=$2; shift 2 ;;
    --requests-per-connection) per_connection=$2; shift 2 ;;
    --objects) objects=$2; shift 2 ;;
    --object-size) object_size=$2; shift 2 ;;
    --path) object_path=$2; shift 2 ;;
    --no-pin) pin=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "Unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done
for number in "$runs" "$duration" "$warmup" "$connections" "$streams" "$per_connection" "$objects" "$object_size"; do
    [[ $number =~ ^[0-9]+$ ]] || { echo "Not a whole number: $number" >&2; exit 2; }
done
((runs >= 1 && duration >= 1 && connections >= 1 && streams >= 1)) || { echo "Counts must be at least 1" >&2; exit 2; }

server=$build_dir/bench/protoviz_bench_h3server
load=$build_dir/bench/protoviz_bench_h3load
writer=$build_dir/bench/protoviz_bench_writeworkload
for program in "$server" "$load" "$writer"; do
    [[ -x $program ]] || { echo "Missing $program: build it first (see docs/benchmarks.md)." >&2; exit 2; }
done
gtlsserver=$(command -v gtlsserver || echo /usr/sbin/gtlsserver)
gtlsclient=$(command -v gtlsclient || echo /usr/bin/gtlsclient)
for tool in "$gtlsserver" "$gtlsclient"; do
    [[ -x $tool ]] || { echo "Missing $tool: apt-get install ngtcp2-server ngtcp2-client" >&2; exit 2; }
done

pin_cpus

start_scratch h3

"$writer" --objects "$objects" --object-size "$object_size" "$work/docroot" >/dev/null
expected=$work/docroot${object_path}
[[ -f $expected ]] || { echo "The workload has no $object_path." >&2; exit 2; }
expected_size=$(stat -c %s "$expected")

echo "Starting ProtoViz's HTTP/3 server (protoviz_bench_h3server, one thread, recording nothing) ..."
"${server_cpu[@]}" "$server" --port 0 --cert-dir "$work/certs" --objects "$objects" --object-size "$object_size" \
    >"$work/protoviz.out" 2>"$work/protoviz.err" &
protoviz_pid=$!
pids+=("$protoviz_pid")
for _ in $(seq 300); do
    grep -q '^HTTP/3 on ' "$work/protoviz.out" 2>/dev/null && break
    kill -0 "$protoviz_pid" 2>/dev/null || { cat "$work/protoviz.err" >&2; exit 1; }
    sleep 0.1
done
protoviz_port=$(sed -n 's|^HTTP/3 on 127\.0\.0\.1:\([0-9]*\)$|\1|p' "$work/protoviz.out")
[[ -n $protoviz_port ]] || { echo "protoviz_bench_h3server did not say where it listens." >&2; exit 1; }

# gtlsserver takes a port on the command line; another process may hold the one picked, so it is tried
# on a few random ports until it stays up.
echo "Starting ngtcp2's gtlsserver (one thread) with the same certificate ..."
for _ in 1 2 3 4 5; do
    ngtcp2_port=$((20000 + RANDOM % 40000))
    "${server_cpu[@]}" "$gtlsserver" -q -d "$work/docroot" 127.0.0.1 "$ngtcp2_port" \
        "$work/certs/key.pem" "$work/certs/cert.pem" >"$work/ngtcp2.out" 2>&1 &
    ngtcp2_pid=$!
    sleep 0.3
    if kill -0 "$ngtcp2_pid" 2>/dev/null; then
        pids+=("$ngtcp2_pid")
        break
    fi
    wait "$ngtcp2_pid" 2>/dev/null || true
    ngtcp2_pid=
done
[[ -n $ngtcp2_pid ]] || { echo "gtlsserver did not start:" >&2; cat "$work/ngtcp2.out" >&2; exit 1; }

declare -A ports=([protoviz]=$protoviz_port [ngtcp2]=$ngtcp2_port)
declare -A server_pids=([protoviz]=$protoviz_pid [ngtcp2]=$ngtcp2_pid)

# Both servers must serve the same bytes at the measured path: fetched with ngtcp2's own client, so that
# this check does not depend on the load client.
for name in protoviz ngtcp2; do
    mkdir -p "$work/fetched-$name"
    url="https://localhost:${ports[$name]}$object_path"
    if ! timeout 20 "$gtlsclient" -q --exit-on-all-streams-close --download "$work/fetched-$name" \
        127.0.0.1 "${ports[$name]}" "$url" >"$work/fetch-$name.log" 2>&1; then
        echo "gtlsclient could not fetch $url from $name:" >&2
        cat "$work/fetch-$name.log" >&2
        exit 1
    fi
    cmp -s "$work/fetched-$name/$(basename "$object_path")" "$expected" ||
        { echo "$name serves different bytes at $object_path" >&2; exit 1; }
done

# run_load NAME: one load run against the server NAME (the warmup included; the server's CPU is taken over
# the whole run, and the load client's figures over its measured window). Fails unless every request
# succeeded. Sets rate (requests per second), client_busy (per cent of a core), cpu_per_request (server
# CPU microseconds per request), busy (server, per cent of a core), waited (server runnable but not
# running, per cent of the run) and pressure (some task waited for a CPU, per cent of the run).
run_load() {
    local name=$1
    local log=$work/load-$name.log pid=${server_pids[$name]}
    local run_before wait_before run_after wait_after pressure_before pressure_after started ended
    read -r run_before wait_before < <(cpu_ns "$pid")
    pressure_before=$(cpu_pressure_us)
    started=$EPOCHREALTIME
    if ! "${client_cpu[@]}" "$load" --port "${ports[$name]}" --ca "$work/certs/ca.pem" --path "$object_path" \
        --connections "$connections" --streams "$streams" --requests-per-connection "$per_connection" \
        --warmup "$warmup" --duration "$duration" --expect-size "$expected_size" >"$log" 2>&1; then
        echo "The load against $name failed:" >&2
        cat "$log" >&2
        exit 1
    fi
    ended=$EPOCHREALTIME
    pressure_after=$(cpu_pressure_us)
    read -r run_after wait_after < <(cpu_ns "$pid")
    rate=$(sed -n 's|^requests/s: \([0-9.]*\)$|\1|p' "$log")
    client_busy=$(sed -n 's|^client CPU: \([0-9]*\) % of a core.*|\1|p' "$log")
    local total
    total=$(sed -n 's|^requests: \([0-9]*\) succeeded.*|\1|p' "$log")
    # The server's CPU over the whole run is divided by the requests of the whole run: the measured
    # window's rate times the run's length is the estimate (the warmup runs at the same rate).
    read -r cpu_per_request busy waited < <(awk -v ns=$((run_after - run_before)) -v rate="$rate" \
        -v wait_ns=$((wait_after - wait_before)) -v started="$started" -v ended="$ended" \
        'BEGIN { t = ended - started; cpu = ns / 1e9; printf "%.2f %.0f %.0f\n", cpu * 1e6 / (rate * t), 100 * cpu / t, wait_ns / 1e7 / t }')
    pressure=
    if [[ -n $pressure_before && -n $pressure_after ]]; then
        pressure=$(awk -v us=$((pressure_after - pressure_before)) -v started="$started" -v ended="$ended" \
            'BEGIN { printf "%.0f\n", us / 1e4 / (ended - started) }')
    fi
    [[ -n $rate && -n $total && $total -gt 0 ]] || { echo "No figures from the load against $name:" >&2; cat "$log" >&2; exit 1; }
}

load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)
declare -A rates=() cpus=() busies=() clients=()
most_waited=0
most_pressure=0
for run in $(seq "$runs"); do
    echo "Run $run of $runs ..."
    # Alternate which server goes first, so that neither always meets a warmer or cooler machine.
    if ((run % 2)); then order=(protoviz ngtcp2); else order=(ngtcp2 protoviz); fi
    for name in "${order[@]}"; do
        run_load "$name"
        rates[$name]+="$rate "
        cpus[$name]+="$cpu_per_request "
        busies[$name]+="$busy "
        clients[$name]+="$client_busy "
        ((waited > most_waited)) && most_waited=$waited
        [[ -n $pressure ]] && ((pressure > most_pressure)) && most_pressure=$pressure
        printf '  %-9s %9.0f req/s   server CPU %7.2f us/request (busy %3s %% of a core, waited for a CPU %3s %%; CPU pressure %3s %%); load client busy %3s %%\n' \
            "$name" "$rate" "$cpu_per_request" "$busy" "$waited" "${pressure:--}" "$client_busy"
    done
done

echo
connection_note="connections last the whole run"
((per_connection > 0)) && connection_note="a new connection every $per_connection requests"
echo "protoviz_bench_h3load --connections $connections --streams $streams ($connection_note) on $object_path"
echo "($expected_size-byte object), $warmup s warmup + $duration s measured, median of $runs run(s)"
echo "Servers: protoviz_bench_h3server (core's Http3Server, one thread, no events); gtlsserver -q (ngtcp2 $(dpkg-query -W -f='${Version}' ngtcp2-server 2>/dev/null || echo '?'))$( ((pin)) && echo "; servers on CPU 1, load client on CPU 0")"
echo
printf '%14s %12s %7s   %17s %15s   %15s %15s\n' "ProtoViz req/s" "ngtcp2 req/s" ratio "ProtoViz CPU/req" "ngtcp2 CPU/req" "client busy PV" "client busy ng"
# Word splitting of the accumulated "value value value " lists is intended here.
# shellcheck disable=SC2086
{
    protoviz_rate=$(median ${rates[protoviz]})
    ngtcp2_rate=$(median ${rates[ngtcp2]})
    protoviz_cpu=$(median ${cpus[protoviz]})
    ngtcp2_cpu=$(median ${cpus[ngtcp2]})
    protoviz_client=$(median ${clients[protoviz]})
    ngtcp2_client=$(median ${clients[ngtcp2]})
    protoviz_busy=$(median ${busies[protoviz]})
    ngtcp2_busy=$(median ${busies[ngtcp2]})
}
ratio=$(awk -v a="$protoviz_rate" -v b="$ngtcp2_rate" 'BEGIN { printf "%.2f", a / b }')
printf '%14.0f %12.0f %7s   %14.2f us %12.2f us   %13s %% %13s %%\n' "$protoviz_rate" "$ngtcp2_rate" "$ratio" \
    "$protoviz_cpu" "$ngtcp2_cpu" "$protoviz_client" "$ngtcp2_client"
echo
echo "ratio = ProtoViz req/s / ngtcp2 req/s (medians). CPU/req: the server's CPU time per request over the run;"
echo "servers busy (median): ProtoViz $protoviz_busy %, ngtcp2 $ngtcp2_busy % of a core. A server well below 100 % was held"
echo "back by the load client (see its busy share), by other processes, or by waiting on its own."
if ((most_waited >= 5 || most_pressure >= 10)); then
    echo "WARNING: other processes competed for the CPUs (in some run a server waited for a CPU $most_waited % and"
    echo "the CPU pressure reached $most_pressure % of the run): requests per second are unreliable; CPU per request less so."
fi
echo "Load average (1, 5, 15 min) before: $load_before; after: $(cut -d ' ' -f 1-3 /proc/loadavg) ($(nproc) CPUs)."
