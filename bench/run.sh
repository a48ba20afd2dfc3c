#!/usr/bin/env bash
# Runs every Amiable benchmark against asterisk-java 3.41.0 and prints the comparison table.
#
#   bench/run.sh                 full run (about 25 minutes on 2 cores)
#   bench/smoke.sh               the same, a few short iterations (CI: well under 2 minutes + build)
#
# Environment:
#   BENCH_NO_BUILD=1   use the existing amiable-bench/target/benchmarks.jar
#   BENCH_OUT=DIR      where results go (default bench/results/<timestamp>)
#   JMH_ARGS="..."     extra JMH options, e.g. "-f 1 -wi 3 -i 3"
#   JVM_APPEND="..."   JVM options for the forks, replacing the benchmarks' own (-Xms1g -Xmx1g);
#                      e.g. the opt-in vector scan on JDK 25:
#                      JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java \
#                      JVM_APPEND="-Xms1g -Xmx1g --add-modules=jdk.incubator.vector" bench/run.sh
#   BENCH_FILTER=RE    which JMH benchmarks (default: the comparison set, not bench.diag)
#   HARNESS=0          skip the harness mains (latency, slow consumer, retained memory, cold start)
#   CPU_PROFILE=0      skip JMH's perfnorm profiler (CPU time per operation from perf's task-clock);
#                      it is used only when `perf stat` works on this machine
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
JAR="$ROOT/amiable-bench/target/benchmarks.jar"
OUT="${BENCH_OUT:-$ROOT/bench/results/$(date -u +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
if [ -z "${BENCH_NO_BUILD:-}" ] || [ ! -f "$JAR" ]; then
  "$ROOT/bench/build.sh"
fi
JAVA="${JAVA:-java}"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  echo "jdk: $("$JAVA" -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "jmh args: ${JMH_ARGS:-(annotations: 2 forks, 5x2s warm-up, 5x2s measurement)}"
  echo "fork jvm args: ${JVM_APPEND:-(annotations: -Xms1g -Xmx1g)}"
} | tee "$OUT/machine.txt"

PROF=(-prof gc)
if [ "${CPU_PROFILE:-1}" != "0" ] && perf stat -e task-clock -x, -o /dev/null -- true >/dev/null 2>&1; then
  PROF+=(-prof "perfnorm:events=task-clock")
  echo "cpu profile: perf task-clock per operation" | tee -a "$OUT/machine.txt"
fi
APPEND=()
if [ -n "${JVM_APPEND:-}" ]; then
  APPEND=(-jvmArgsAppend "$JVM_APPEND")
fi
# shellcheck disable=SC2086
"$JAVA" -jar "$JAR" "${PROF[@]}" -rf csv -rff "$OUT/jmh.csv" ${JMH_ARGS:-} ${APPEND[@]+"${APPEND[@]}"} "${BENCH_FILTER:-^dev\.amiable\.bench\.[A-Z]}" \
  2>&1 | tee "$OUT/jmh.txt"

: > "$OUT/harness.txt"
if [ "${HARNESS:-1}" != "0" ]; then
  H="-Dbench.results=$OUT/harness.txt -Xms1g -Xmx1g -cp $JAR"
  # shellcheck disable=SC2086
  "$JAVA" $H dev.amiable.bench.LatencyMain ${LATENCY_ARGS:-10000 30 5} 2>&1 | tee "$OUT/latency.txt"
  # shellcheck disable=SC2086
  "$JAVA" $H dev.amiable.bench.SlowConsumerMain ${SLOW_ARGS:-10000 15 10000} 2>&1 | tee "$OUT/slow-consumer.txt"
  # shellcheck disable=SC2086
  "$JAVA" $H dev.amiable.bench.RetainedMemoryMain ${RETAIN_ARGS:-20 10} 2>&1 | tee "$OUT/retained.txt"
  # shellcheck disable=SC2086
  "$JAVA" -Dbench.results="$OUT/harness.txt" -cp "$JAR" dev.amiable.bench.ColdStart ${COLD_ARGS:-5} 2>&1 \
    | tee "$OUT/cold-start.txt"
fi

echo
echo "## Amiable vs asterisk-java 3.41.0 ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'))"
echo
"$JAVA" -cp "$JAR" dev.amiable.bench.Report "$OUT/jmh.csv" "$OUT/harness.txt" | tee "$OUT/table.md"
echo
echo "results in $OUT"
