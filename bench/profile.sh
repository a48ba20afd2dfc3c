#!/usr/bin/env bash
# Profiles the Amiable side of the main benchmarks with JFR (JMH's -prof jfr) and prints the top
# frames per thread with bench/jfr-top.sh: where the time goes, for docs/PERFORMANCE.md.
#
#   bench/profile.sh            decode, end-to-end, list, ping (about 3 minutes)
#   BENCH_NO_BUILD=1 bench/profile.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/amiable-bench/target/benchmarks.jar"
OUT="${BENCH_OUT:-$ROOT/bench/results/profile-$(date -u +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
if [ -z "${BENCH_NO_BUILD:-}" ] || [ ! -f "$JAR" ]; then
  "$ROOT/bench/build.sh"
fi
run() { # name, JMH regex, thread filters...
  local name="$1" re="$2"; shift 2
  java -jar "$JAR" "$re" -f 1 -wi 3 -i 5 -w 2s -r 2s -prof "jfr:dir=$OUT/$name" > "$OUT/$name.jmh.txt" 2>&1
  local f; f="$(find "$OUT/$name" -name '*.jfr' | head -1)"
  for t in "$@"; do
    echo "### $name, thread '${t:-all}'"
    "$ROOT/bench/jfr-top.sh" "$f" 15 "$t"
    echo
  done
}
{
  run decode 'dev.amiable.bench.DecodeBench.amiable$' ''
  run e2e 'dev.amiable.bench.EndToEndBench.amiable$' reader dispatch
  run list 'dev.amiable.bench.ListBench.amiable$' reader responses
  run ping 'dev.amiable.bench.ActionBench.amiable_pipelined_t8$' reader responses jmh-worker
} | tee "$OUT/profile.txt"
