#!/usr/bin/env bash
# Quick smoke run of every benchmark (one fork, one short iteration each): checks that the
# harness works, not how fast anything is. For CI.
set -euo pipefail
export JMH_ARGS="${JMH_ARGS:--f 1 -wi 1 -i 1 -w 500ms -r 500ms -foe true}"
export LATENCY_ARGS="${LATENCY_ARGS:-2000 1 1}"
export SLOW_ARGS="${SLOW_ARGS:-10000 2 2000}"
export COLD_ARGS="${COLD_ARGS:-1}"
export RETAIN_ARGS="${RETAIN_ARGS:-20 2}"
# CPU per operation (perf) is for full runs: a smoke run must not depend on the machine's perf
export CPU_PROFILE="${CPU_PROFILE:-0}"
export BENCH_OUT="${BENCH_OUT:-$(cd "$(dirname "$0")/.." && pwd)/bench/results/smoke}"
exec "$(dirname "$0")/run.sh" "$@"
