#!/usr/bin/env bash
# Soak run (reliability, see docs/RELIABILITY.md): call-centre traffic at a fixed rate from
# FakeAsterisk to one Amiable client, checking every event's SequenceNumber (no gap, no
# duplicate), no drop, heap after GC and thread count flat from warm-up to end.
#
# Usage: bench/soak.sh [seconds=600] [calls-per-second=500]
# Extra Maven flags (e.g. -o for offline) can be given in MVN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-600}"
rate="${2:-500}"
flags="${MVN_FLAGS:-}"
mvn -B -q $flags install -DskipTests -pl amiable-codegen,amiable-core,amiable-testkit
mvn -B $flags -pl amiable-it test -Dtest=SoakTest -Dsoak.seconds="$secs" -Dsoak.rate="$rate" \
    -Dsurefire.failIfNoSpecifiedTests=false | grep -E '^\[soak\]|Tests run:|FAIL|BUILD'
