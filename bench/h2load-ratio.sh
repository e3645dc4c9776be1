#!/usr/bin/env bash
# HTTP/2 requests per second of ProtoViz's server against nghttpd, measured with h2load in one run on
# the same machine, with the same h2load parameters and the same object bytes, over h2c (cleartext,
# prior knowledge) and over TLS. Prints each run, the medians and the ratio ProtoViz / nghttpd.
#
# Equal conditions: both servers run one thread (protoviz-cli serve is one event loop; nghttpd is started
# with -n 1, its default), both are pinned to the same CPU and h2load (one thread) to another when the
# machine has two or more, both use the same certificate and key, and runs alternate which server goes
# first. ProtoViz runs with --events none, so it records no events; a second ProtoViz server with --events
# errors records every event (printing none), which gives the cost of events in the same runs. Everything
# listens on 127.0.0.1.
#
# Usage: bench/h2load-ratio.sh [options]   (see --help). Needs h2load (nghttp2-client), nghttpd
# (nghttp2-server) and curl, and a build with protoviz-cli and protoviz_bench_writeworkload.

set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench/ratio-common.sh
source "$script_dir/ratio-common.sh"
build_dir=$(cd "$script_dir/.." && pwd)/build-bench
runs=3
requests=100000
clients=10
streams=10
warmup=10000
objects=100
object_size=4096
object_path=/tiles/0
pin=1

usage() {
    cat <<EOF
Usage: $0 [options]
  --build DIR        build folder with app/cli/protoviz-cli and bench/protoviz_bench_writeworkload
                     (default: $build_dir)
  --runs N           measured runs per server and transport; the median is reported (default $runs)
  --requests N       h2load -n: requests per run (default $requests)
  --clients N        h2load -c: concurrent connections (default $clients)
  --streams N        h2load -m: concurrent streams per connection (default $streams)
  --warmup N         requests of one unmeasured h2load run per server and transport (default $warmup)
  --objects N        objects of the workload (default $objects)
  --object-size B    bytes per object (default $object_size)
  --path P           the path h2load requests (default $object_path)
  --no-pin           do not pin the servers and h2load to separate CPUs
EOF
}

while (($# > 0)); do
    case $1 in
    --build) build_dir=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --streams) streams=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --objects) objects=$2; shift 2 ;;
    --object-size) object_size=$2; shift 2 ;;
    --path) object_path=$2; shift 2 ;;
    --no-pin) pin=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "Unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done
for number in "$runs" "$requests" "$clients" "$streams" "$warmup" "$objects" "$object_size"; do
    [[ $number =~ ^[0-9]+$ ]] || { echo "Not a whole number: $number" >&2; exit 2; }
done
((runs >= 1 && requests >= 1 && clients >= 1 && streams >= 1)) || { echo "Counts must be at least 1" >&2; exit 2; }

cli=$build_dir/app/cli/protoviz-cli
writer=$build_dir/bench/protoviz_bench_writeworkload
for program in "$cli" "$writer"; do
    [[ -x $program ]] || { echo "Missing $program: build it first (see docs/benchmarks.md)." >&2; exit 2; }
done
for tool in h2load nghttpd curl; do
    command -v "$tool" >/dev/null || { echo "Missing $tool: apt-get install nghttp2-client nghttp2-server curl" >&2; exit 2; }
done

pin_cpus

start_scratch h2load

# A port nothing listens on; the server started on it is then checked to be ours and alive.
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 40000))
        if ! (: <"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
}

# wait_until_serving URL CURL-OPTIONS...: up to 30 s for the server to answer.
wait_until_serving() {
    local url=$1
    shift

    for _ in $(seq 300); do
        if curl -s -o /dev/null --max-time 2 "$@" "$url"; then
            return 0
        fi
        sleep 0.1
    done
    return 1
}

"$writer" --objects "$objects" --object-size "$object_size" "$work/docroot" >/dev/null
expected=$work/docroot${object_path}
[[ -f $expected ]] || { echo "The workload has no $object_path." >&2; exit 2; }

# start_protoviz NAME EVENTS CERT-DIR: starts protoviz-cli serve --events EVENTS on free ports and sets
# started_h2c_port, started_tls_port and started_pid (globals; the process id also stays in pids).
start_protoviz() {
    local name=$1 events=$2 cert_dir=$3
    "${server_cpu[@]}" "$cli" serve --events "$events" --port 0 --tls-port 0 --cert-dir "$cert_dir" \
        --objects "$objects" --object-size "$object_size" >"$work/$name.out" 2>"$work/$name.err" &
    started_pid=$!
    pids+=("$started_pid")
    for _ in $(seq 300); do
        # The last line printed at start-up: every address is known by then.
        grep -q 'Press Ctrl+C' "$work/$name.out" 2>/dev/null && break
        kill -0 "$started_pid" 2>/dev/null || { cat "$work/$name.err" >&2; exit 1; }
        sleep 0.1
    done
    # The first https:// line is TLS over TCP; a second one names HTTP/3 on the UDP port of that number.
    started_h2c_port=$(sed -n 's|^ *http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/$name.out" | head -n 1)
    started_tls_port=$(sed -n 's|^ *https://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/$name.out" | head -n 1)
    [[ -n $started_h2c_port && -n $started_tls_port ]] || {
        echo "protoviz-cli serve ($name) did not say where it listens:" >&2
        cat "$work/$name.out" "$work/$name.err" >&2
        exit 1
    }
}

echo "Starting protoviz-cli serve (one thread) with --events none, and with --events errors (recording) ..."
start_protoviz protoviz none "$work/certs"
protoviz_h2c_port=$started_h2c_port
protoviz_tls_port=$started_tls_port
protoviz_pid=$started_pid
# The recording server prints only errors (none occur), so what it costs is recording every event into
# its timeline (the default event budget bounds the memory), not writing them out.
start_protoviz recording errors "$work/certs-recording"
recording_h2c_port=$started_h2c_port
recording_tls_port=$started_tls_port
recording_pid=$started_pid

# start_nghttpd NAME ARGS-BEFORE-PORT... -- ARGS-AFTER-PORT...: starts nghttpd on a free port and sets
# started_port and started_pid (globals, so that the process id also stays in pids for the cleanup).
start_nghttpd() {
    local name=$1
    shift
    local before=() after=() seen_separator=0 argument
    for argument in "$@"; do
        if [[ $argument == -- ]]; then
            seen_separator=1
        elif ((seen_separator)); then
            after+=("$argument")
        else
            before+=("$argument")
        fi
    done
    local port pid
    for _ in 1 2 3 4 5; do
        port=$(free_port)
        "${server_cpu[@]}" nghttpd -n 1 -a 127.0.0.1 -d "$work/docroot" "${before[@]}" "$port" "${after[@]}" \
            >"$work/$name.out" 2>&1 &
        pid=$!
        sleep 0.3
        # Another process may have taken the port meanwhile: nghttpd then exits, and we try another.
        if kill -0 "$pid" 2>/dev/null; then
            pids+=("$pid")
            started_port=$port
            started_pid=$pid
            return 0
        fi
        wait "$pid" 2>/dev/null || true
    done
    echo "nghttpd ($name) did not start:" >&2
    cat "$work/$name.out" >&2
    return 1
}

echo "Starting nghttpd (-n 1: one worker thread) for h2c and for TLS ..."
start_nghttpd nghttpd-h2c --no-tls --
nghttpd_h2c_port=$started_port
nghttpd_h2c_pid=$started_pid
start_nghttpd nghttpd-tls -- "$work/certs/key.pem" "$work/certs/cert.pem"
nghttpd_tls_port=$started_port
nghttpd_tls_pid=$started_pid

# Every server must serve the same bytes at the measured path, over both transports.
ca=$work/certs/ca.pem
declare -A urls=(
    [protoviz-h2c]="http://127.0.0.1:$protoviz_h2c_port$object_path"
    [protoviz-tls]="https://127.0.0.1:$protoviz_tls_port$object_path"
    [nghttpd-h2c]="http://127.0.0.1:$nghttpd_h2c_port$object_path"
    [nghttpd-tls]="https://127.0.0.1:$nghttpd_tls_port$object_path"
    [recording-h2c]="http://127.0.0.1:$recording_h2c_port$object_path"
    [recording-tls]="https://127.0.0.1:$recording_tls_port$object_path"
)
for name in protoviz-h2c protoviz-tls nghttpd-h2c nghttpd-tls recording-h2c recording-tls; do
    if [[ $name == *-h2c ]]; then
        options=(--http2-prior-knowledge)
    else
        options=(--http2 --cacert "$ca")
        [[ $name == recording-* ]] && options=(--http2 --cacert "$work/certs-recording/ca.pem")
    fi
    wait_until_serving "${urls[$name]}" "${options[@]}" || { echo "$name does not answer at ${urls[$name]}" >&2; exit 1; }
    curl -s --fail "${options[@]}" -o "$work/$name.body" "${urls[$name]}"
    cmp -s "$work/$name.body" "$expected" || { echo "$name serves different bytes at $object_path" >&2; exit 1; }
done

declare -A server_pids=(
    [protoviz-h2c]=$protoviz_pid
    [protoviz-tls]=$protoviz_pid
    [recording-h2c]=$recording_pid
    [recording-tls]=$recording_pid
    [nghttpd-h2c]=$nghttpd_h2c_pid
    [nghttpd-tls]=$nghttpd_tls_pid
)

# Both servers get the same TLS 1.3 cipher and key exchange: otherwise each picks its own preference
# (nghttpd prefers AES-256-GCM and offers no X25519), and the comparison would measure that choice.
tls_options=(--tls13-ciphers=TLS_AES_128_GCM_SHA256 --groups=P-256)

# run_h2load NAME REQUESTS: one h2load run against the server NAME. Checks that every request succeeded
# with a 2xx, then sets rate (requests per second), cpu_per_request (server CPU microseconds per
# request), busy (server CPU time over the run's duration, in per cent of one core), waited (time the
# server was runnable but not running, in per cent of the run) and pressure (time in which any task on
# the machine waited for a CPU, in per cent of the run; empty without pressure stall information).
run_h2load() {
    local name=$1 count=$2
    local log=$work/h2load-$name.log pid=${server_pids[$name]}
    local run_before wait_before run_after wait_after pressure_before pressure_after started ended
    read -r run_before wait_before < <(cpu_ns "$pid")
    pressure_before=$(cpu_pressure_us)
    started=$EPOCHREALTIME
    if ! "${client_cpu[@]}" h2load -n "$count" -c "$clients" -m "$streams" -t 1 "${tls_options[@]}" \
        "${urls[$name]}" >"$log" 2>&1; then
        echo "h2load against $name failed:" >&2
        cat "$log" >&2
        exit 1
    fi
    ended=$EPOCHREALTIME
    pressure_after=$(cpu_pressure_us)
    read -r run_after wait_after < <(cpu_ns "$pid")
    if ! grep -q "^requests: $count total, $count started, $count done, $count succeeded, 0 failed, 0 errored, 0 timeout" "$log" ||
        ! grep -q "^status codes: $count 2xx" "$log"; then
        echo "Not every request against $name succeeded:" >&2
        cat "$log" >&2
        exit 1
    fi
    rate=$(sed -n 's/^finished in [^,]*, \([0-9.]*\) req\/s.*/\1/p' "$log")
    read -r cpu_per_request busy waited < <(awk -v ns=$((run_after - run_before)) -v n="$count" -v rate="$rate" \
        -v wait_ns=$((wait_after - wait_before)) -v started="$started" -v ended="$ended" \
        'BEGIN { cpu = ns / 1e9; printf "%.2f %.0f %.0f\n", cpu * 1e6 / n, 100 * cpu * rate / n, wait_ns / 1e7 / (ended - started) }')
    pressure=
    if [[ -n $pressure_before && -n $pressure_after ]]; then
        pressure=$(awk -v us=$((pressure_after - pressure_before)) -v started="$started" -v ended="$ended" \
            'BEGIN { printf "%.0f\n", us / 1e4 / (ended - started) }')
    fi
}

load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)
echo "Warming up ($warmup requests per server and transport) ..."
if ((warmup > 0)); then
    for name in protoviz-h2c nghttpd-h2c recording-h2c protoviz-tls nghttpd-tls recording-tls; do
        run_h2load "$name" "$warmup"
    done
fi

declare -A rates=() cpus=() busies=()
least_busy=100
most_waited=0
most_pressure=0
for run in $(seq "$runs"); do
    echo "Run $run of $runs ..."
    for transport in h2c tls; do
        # Alternate which server goes first, so that neither always meets a warmer or cooler machine.
        if ((run % 2)); then order=(protoviz nghttpd recording); else order=(recording nghttpd protoviz); fi
        for server in "${order[@]}"; do
            name=$server-$transport
            run_h2load "$name" "$requests"
            rates[$name]+="$rate "
            cpus[$name]+="$cpu_per_request "
            busies[$name]+="$busy "
            ((busy < least_busy)) && least_busy=$busy
            ((waited > most_waited)) && most_waited=$waited
            [[ -n $pressure ]] && ((pressure > most_pressure)) && most_pressure=$pressure
            printf '  %-14s %10.0f req/s   server CPU %7.2f us/request (busy %3s %% of a core, waited for a CPU %3s %%; CPU pressure %3s %%)\n' \
                "$name" "$rate" "$cpu_per_request" "$busy" "$waited" "${pressure:--}"
        done
    done
done
tls_summary() {
    grep -E '^(TLS Protocol|Cipher|Server Temp Key|Application protocol):' "$work/h2load-$1.log" | paste -sd ' ' || true
}

echo
echo "h2load -n $requests -c $clients -m $streams -t 1 on $object_path ($object_size-byte object), median of $runs run(s), after a warmup of $warmup requests"
echo "Servers: protoviz-cli serve --events none (one thread); nghttpd -n 1 (one thread);"
echo "         recording: protoviz-cli serve --events errors (one thread, records every event)$( ((pin)) && echo "; servers on CPU 1, h2load on CPU 0")"
echo "TLS: ProtoViz: $(tls_summary protoviz-tls)"
echo "     nghttpd:  $(tls_summary nghttpd-tls)"
echo
printf '%-9s %14s %14s %9s   %17s %17s\n' transport "ProtoViz req/s" "nghttpd req/s" ratio "ProtoViz CPU/req" "nghttpd CPU/req"
for transport in h2c tls; do
    # Word splitting of the accumulated "value value value " lists is intended here.
    # shellcheck disable=SC2086
    {
        protoviz_rate=$(median ${rates[protoviz-$transport]})
        nghttpd_rate=$(median ${rates[nghttpd-$transport]})
        protoviz_cpu=$(median ${cpus[protoviz-$transport]})
        nghttpd_cpu=$(median ${cpus[nghttpd-$transport]})
    }
    ratio=$(awk -v a="$protoviz_rate" -v b="$nghttpd_rate" 'BEGIN { printf "%.2f", a / b }')
    printf '%-9s %14.0f %14.0f %9s   %14.2f us %14.2f us\n' "$transport" "$protoviz_rate" "$nghttpd_rate" "$ratio" \
        "$protoviz_cpu" "$nghttpd_cpu"
done
echo
echo "The cost of events: the same ProtoViz server recording every event (--events errors) in the same runs"
printf '%-9s %14s %15s %9s %12s   %17s %17s\n' transport "ProtoViz req/s" "recording req/s" ratio "vs nghttpd" \
    "ProtoViz CPU/req" "recording CPU/req"
for transport in h2c tls; do
    # shellcheck disable=SC2086
    {
        protoviz_rate=$(median ${rates[protoviz-$transport]})
        recording_rate=$(median ${rates[recording-$transport]})
        nghttpd_rate=$(median ${rates[nghttpd-$transport]})
        protoviz_cpu=$(median ${cpus[protoviz-$transport]})
        recording_cpu=$(median ${cpus[recording-$transport]})
    }
    ratio=$(awk -v a="$recording_rate" -v b="$protoviz_rate" 'BEGIN { printf "%.2f", a / b }')
    versus=$(awk -v a="$recording_rate" -v b="$nghttpd_rate" 'BEGIN { printf "%.2f", a / b }')
    printf '%-9s %14.0f %15.0f %9s %12s   %14.2f us %14.2f us\n' "$transport" "$protoviz_rate" "$recording_rate" \
        "$ratio" "$versus" "$protoviz_cpu" "$recording_cpu"
done
echo
echo "ratio = ProtoViz req/s / nghttpd req/s (medians). CPU/req: the server's CPU time per request (all its threads);"
echo "a server busy well below 100 % of its core was held back by h2load, by other processes or by waiting on its own."
echo "waited for a CPU: the server was runnable but another process had its core; CPU pressure: some task on the"
echo "machine (server, h2load or another) waited for a CPU. Both are shares of the run's wall time."
# Other processes competing for the CPUs show as pressure (or, without pressure stall information, as the
# server waiting for its core); a server that is not busy without either waits on its own. On an idle
# machine the pressure stays at 1 to 3 % of a run (h2load and kernel threads), with single runs up to 8 %.
contended=$((most_waited >= 5 || most_pressure >= 10))
if [[ -z $(cpu_pressure_us) ]] && ((least_busy < 80)); then
    contended=1
fi
if ((contended)); then
    echo "WARNING: other processes competed for the CPUs (in some run a server waited for a CPU $most_waited % and"
    echo "the CPU pressure reached $most_pressure % of the run): the machine was not idle (see the load average)."
    echo "Requests per second are then unreliable; CPU per request less so."
elif ((least_busy < 80)); then
    echo "Note: a server was busy only $least_busy % of its core in some run although nothing competed for the CPUs:"
    echo "it waited on its own (I/O, timers) or h2load was the limit. Its requests per second are its own."
fi
echo "Load average (1, 5, 15 min) before: $load_before; after: $(cut -d ' ' -f 1-3 /proc/loadavg) ($(nproc) CPUs)."
