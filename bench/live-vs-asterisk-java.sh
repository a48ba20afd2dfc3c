#!/usr/bin/env bash
# The live model (amiable-live) against asterisk-java 3.41.0's Live API (issue 17), each figure
# from both sides in this one run, every benchmark in a fresh JVM: folding the busy period (JMH),
# resyncing a 10,000-channel PBX from FakeAsterisk (JMH), CPU and allocation per event of the
# folding thread, heap per tracked call, and the actions each sends after a reconnect. Writes
# BENCH_OUT/live-vs-asterisk-java.txt (default bench/latest): the raw lines and a table with the
# ratio asterisk-java / Amiable.
#
#   bench/live-vs-asterisk-java.sh            about 6 minutes on 2 cores
#   SHORT=1 bench/live-vs-asterisk-java.sh    short form: 1 s iterations, fewer passes (about 3 min)
#
# Environment: SHORT=1, JAVA, BENCH_NO_BUILD=1, BENCH_OUT=DIR.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
JAR="$ROOT/amiable-bench/target/benchmarks.jar"
OUT="${BENCH_OUT:-$ROOT/bench/latest}"
JAVA="${JAVA:-java}"
mkdir -p "$OUT"
if [ -z "${BENCH_NO_BUILD:-}" ] || [ ! -f "$JAR" ]; then
  "$ROOT/bench/build.sh"
fi
if [ -n "${SHORT:-}" ]; then
  JMH=(-wi 1 -i 1 -w 1 -r 1); PASSES=5; NEWCHANNELS=10; AJ_CALLS=500
else
  JMH=(); PASSES=30; NEWCHANNELS=40; AJ_CALLS=2000
fi
RAW="$OUT/live-vs-asterisk-java.txt"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jdk: $("$JAVA" -version 2>&1 | head -1)  jmh: ${JMH[*]:-(annotations)}  passes: $PASSES  asterisk-java calls: $AJ_CALLS"
} | tee "$RAW"

# JMH, one fork per benchmark: the fold and resync benchmarks of both sides, with the GC profiler
"$JAVA" -jar "$JAR" -prof gc -rf csv -rff "$TMP/jmh.csv" ${JMH[@]+"${JMH[@]}"} -jvmArgs "-Xms1g -Xmx1g" \
  'LiveModelBench\.fold|LiveResyncBench' > "$TMP/jmh.txt" 2>&1 || { cat "$TMP/jmh.txt"; exit 1; }
sed -n '/^Benchmark /,$p' "$TMP/jmh.txt" | tee -a "$RAW"

# the harness mains, each in its own JVM (SLF4J's no-provider notice and Amiable's reconnect log
# lines filtered out)
run() { "$JAVA" -Xms1g -Xmx1g -cp "$JAR" "$@" 2>&1 | grep -v '^SLF4J\|^INFO: \|internal\.conn\.Connection' | tee -a "$RAW"; }
run dev.amiable.bench.LiveCpuMain "$PASSES" others
run dev.amiable.bench.livecmp.AjLiveCpuMain "$PASSES" "$NEWCHANNELS"
run dev.amiable.bench.livecmp.AjLiveCpuMain 1 "$NEWCHANNELS" getvar-error | grep Newchannel
# heap per call: Amiable over 10,000 calls (a few MB: the GC readings' noise matters less), asterisk-java
# over fewer (each Newchannel costs it 50 ms; fed from 32 threads; tens of MB)
run dev.amiable.bench.LiveMemoryMain 10000
run dev.amiable.bench.livecmp.AjLiveMemoryMain "$AJ_CALLS" 32
run dev.amiable.bench.livecmp.AjLiveReconnectMain

# the table (JMH's allocation of the fold is left out: it counts the per-invocation set-up, which for
# asterisk-java includes a resync; the folding thread's own allocation is the row from the mains)
# JMH scores from the CSV (times in µs or ms whatever JMH's unit), mains from their lines
awk -F, '
  FNR == 1 { file++ }
  file == 1 && FNR > 1 {
    gsub(/"/, ""); name = $1; sub(/^dev\.amiable\.bench\.(livecmp\.)?/, "", name)
    if ($8 == "single") next   # the model publishes once per batch; the per-event variant is for comparison
    score[name] = $5; unit[name] = $7
  }
  file == 2 && /^[0-9]+ events per pass/ { t = $0; sub(/^.* median /, "", t); split(t, w, " "); amcpu = w[1]; t = $0; sub(/ B allocated.*$/, "", t); n = split(t, w, " "); amb = w[n] }
  file == 2 && !ajcpu && /^asterisk-java Live: [0-9]+ events per pass/ { split($0, w, " "); ajcpu = w[19]; ajb = w[24] }
  file == 2 && /Newchannel .*empty value/ { newempty = $0; sub(/^.*: median /, "", newempty) }
  file == 2 && /Newchannel .*with error/ { newerror = $0; sub(/^.*: median /, "", newerror) }
  file == 2 && /^[0-9]+ calls, .* bytes per call/ { split($0, w, " "); amheap = w[8]; amcalls = w[1] }
  file == 2 && /^asterisk-java Live: [0-9]+ calls/ { split($0, w, " "); ajheap = w[8]; ajcalls = w[3] }
  file == 2 && /asterisk-java Live, actions after reconnect/ { ajre = $0; sub(/^[^{]*/, "", ajre) }
  file == 2 && /Amiable LivePbx, actions after reconnect/ { amre = $0; sub(/^[^{]*/, "", amre) }
  function us(n) { u = unit[n]; s = score[n]; return u ~ /^ns/ ? s / 1000 : u ~ /^ms/ ? s * 1000 : u ~ /^s\// ? s * 1e6 : s }
  function row(what, a, b, fmt) { printf "| %s | " fmt " | " fmt " | %.1fx |\n", what, a, b, (a > 0 ? b / a : 0) }
  END {
    print ""
    print "| figure | Amiable | asterisk-java | asterisk-java / Amiable |"
    print "|---|---:|---:|---:|"
    row("fold, whole busy period (11,880 events), µs per event", us("LiveModelBench.foldBusyPeriodPerEvent"), us("AjLiveModelBench.foldBusyPeriodPerEvent"), "%.2f")
    row("fold, the 11,428 events other than Newchannel, channels present, µs per event", us("LiveModelBench.foldOtherEventsPerEvent"), us("AjLiveModelBench.foldOtherEventsPerEvent"), "%.2f")
    row("  the same, CPU ns per event of the folding thread (median pass)", amcpu, ajcpu, "%.0f")
    row("  the same, B allocated per event by the folding thread", amb, ajb, "%.0f")
    row("resync of 10,000 channels, 5,000 calls, 200 queue members, ms", us("LiveResyncBench.resync") / 1000, us("AjLiveResyncBench.resync") / 1000, "%.0f")
    row("  the same, MB allocated per resync (JMH, whole JVM: FakeAsterisk too)", score["LiveResyncBench.resync:gc.alloc.rate.norm"] / 1e6, score["AjLiveResyncBench.resync:gc.alloc.rate.norm"] / 1e6, "%.0f")
    row("heap per tracked call (3 channels, bridged; Amiable over " amcalls " calls, asterisk-java " ajcalls "), B", amheap, ajheap, "%.0f")
    print "| a Newchannel, Getvar answered with an empty value | no action, no wait | " newempty " | |"
    print "| a Newchannel, Getvar answered with an error | no action, no wait | " newerror " | |"
    print "| list actions after a reconnect | " amre " | " ajre " | |"
    print "| snapshot of the whole model | `LivePbx.snapshot()`, see LiveModelBench.snapshot | no equivalent | |"
  }' "$TMP/jmh.csv" "$RAW" | tee -a "$RAW"
