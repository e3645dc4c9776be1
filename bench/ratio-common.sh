# shellcheck shell=bash disable=SC2034  # sets variables for the script that sources it
# Shared by the server-against-server benchmarks (h2load-ratio.sh, h3-ratio.sh): CPU pinning, a scratch
# folder whose processes are stopped on exit, and the scheduler's figures. Source it; it defines
# functions and, with start_scratch, the variables work and pids.

# pin_cpus: the servers share CPU 1 and the load client gets CPU 0, so neither steals the other's core.
# Sets server_cpu and client_cpu (command prefixes, empty without taskset or a second CPU) and clears pin
# when pinning is not possible.
pin_cpus() {
    server_cpu=()
    client_cpu=()
    if ((pin)) && command -v taskset >/dev/null && (($(nproc) >= 2)); then
        server_cpu=(taskset -c 1)
        client_cpu=(taskset -c 0)
    else
        pin=0
    fi
}

# start_scratch NAME: a scratch folder in $work; every pid added to pids is stopped, and the folder
# removed, when the script exits for any reason.
start_scratch() {
    work=$(mktemp -d "${TMPDIR:-/tmp}/protoviz-$1-XXXXXX")
    pids=()
    trap stop_scratch EXIT
    trap 'exit 130' INT TERM
}

stop_scratch() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}

# CPU time a process's threads have run so far and the time they were runnable but waited for a CPU,
# in nanoseconds: "RUN WAIT" (the scheduler's own account, finer than the clock ticks of /proc/<pid>/stat).
cpu_ns() {
    local run=0 wait=0 task run_ns wait_ns rest
    for task in /proc/"$1"/task/*/schedstat; do
        read -r run_ns wait_ns rest <"$task"
        run=$((run + run_ns))
        wait=$((wait + wait_ns))
    done
    echo "$run $wait"
}

# Microseconds in which some runnable task on the machine waited for a CPU (Linux pressure stall
# information), or nothing when the kernel does not provide it. Unlike how busy a server was, this tells
# other processes' competition apart from a server that waits on its own (for I/O or timers).
cpu_pressure_us() {
    [[ -r /proc/pressure/cpu ]] || return 0
    sed -n 's/^some .*total=\([0-9]*\).*/\1/p' /proc/pressure/cpu
}

median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
