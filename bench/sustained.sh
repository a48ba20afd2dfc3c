#!/usr/bin/env bash
# Sustained stream (issue 18): the busy capture written over and over into one client, each kind
# in a fresh JVM with the JVM's default heap and collector and the client's default options.
# Prints each run's line and a table: cold (first COLD events) and steady events/s, CPU per event,
# drops, share of the bare-socket ceilings and ratio to asterisk-java, all from this one run.
# Two ceilings: `socket` scans the bytes one at a time (the ceiling issue 18's 60% goal was set
# against), `socket-lf` uses the codec's own word-at-a-time LF search (the stricter one).
# `amiable-live` is `amiable` with the live model (LivePbx) attached: the line after the table gives
# the model's cost as users pay it, amiable-live minus amiable in steady CPU per event, and the
# ratio of their steady rates, from this one run (void when either run dropped events).
#
#   bench/sustained.sh                    2,000,000 events, cold = first 300,000 (a few minutes)
#   EVENTS=600000 bench/sustained.sh      the short form
#   KINDS="amiable amiable-live" EVENTS=600000 bench/sustained.sh    only the model's cost
#
# Environment: EVENTS, COLD, KINDS (default: socket socket-lf amiable amiable-live asterisk-java), JAVA, BENCH_NO_BUILD=1, BENCH_OUT=DIR (default bench/latest),
# JVM_OPTS (extra JVM options for every run, e.g. -XX:+UseParallelGC to compare collectors).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
JAR="$ROOT/amiable-bench/target/benchmarks.jar"
OUT="${BENCH_OUT:-$ROOT/bench/latest}"
EVENTS="${EVENTS:-2000000}"
COLD="${COLD:-300000}"
JAVA="${JAVA:-java}"
KINDS="${KINDS:-socket socket-lf amiable amiable-live asterisk-java}"
mkdir -p "$OUT"
if [ -z "${BENCH_NO_BUILD:-}" ] || [ ! -f "$JAR" ]; then
  "$ROOT/bench/build.sh"
fi
RAW="$OUT/sustained.txt"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jdk: $("$JAVA" -version 2>&1 | head -1)  jvm options: ${JVM_OPTS:-(none: default heap and collector)}"
  echo "events: $EVENTS  cold: first $COLD  kinds: $KINDS"
} | tee "$RAW"
for kind in $KINDS; do
  # shellcheck disable=SC2086
  "$JAVA" ${JVM_OPTS:-} -cp "$JAR" dev.amiable.bench.SustainedStreamMain "$kind" "$EVENTS" "$COLD" 2>&1 \
    | tee -a "$RAW"
done
# the table: one row per kind; shares of the socket ceiling and ratios to asterisk-java, same run
awk '
  /^sustained / { k=$2; cold[k]=$7; coldcpu[k]=$9; steady[k]=$12; steadycpu[k]=$14; drop[k]=$17; order[++n]=k
                  invalid[k]=index($0, "NOT VALID") > 0 }
  END {
    print ""
    print "| client | cold ev/s | steady ev/s | CPU ns/event (cold / steady) | dropped | share of socket / socket-lf (steady) | vs asterisk-java (steady) |"
    print "|---|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= n; i++) {
      k = order[i]
      share = steady["socket"] > 0 ? sprintf("%.0f%%", 100 * steady[k] / steady["socket"]) : "-"
      share = share " / " (steady["socket-lf"] > 0 ? sprintf("%.0f%%", 100 * steady[k] / steady["socket-lf"]) : "-")
      vs = steady["asterisk-java"] > 0 ? sprintf("%.1fx", steady[k] / steady["asterisk-java"]) : "-"
      printf "| %s | %d | %d | %d / %d | %d | %s | %s |\n", k, cold[k], steady[k], coldcpu[k], steadycpu[k], drop[k], share, vs
    }
    if (("amiable" in steady) && ("amiable-live" in steady)) {
      print ""
      if (drop["amiable"] > 0 || drop["amiable-live"] > 0 || invalid["amiable-live"]) {
        print "live model cost: not valid in this run (events dropped, or the model went stale)"
      } else {
        printf "live model cost (amiable-live minus amiable, steady): %+d ns-cpu/event (%d vs %d); rate %.2fx of amiable (%d vs %d ev/s); cold: %+d ns-cpu/event\n", \
          steadycpu["amiable-live"] - steadycpu["amiable"], steadycpu["amiable-live"], steadycpu["amiable"], \
          steady["amiable-live"] / steady["amiable"], steady["amiable-live"], steady["amiable"], \
          coldcpu["amiable-live"] - coldcpu["amiable"]
      }
    }
  }' "$RAW" | tee -a "$RAW"
