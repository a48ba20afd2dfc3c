#!/usr/bin/env bash
# Top frames of a JFR recording's execution samples: self time (top frame) and, with -t, total
# (any frame in the stack). Usage: bench/jfr-top.sh FILE.jfr [N] [thread-name-filter]
set -euo pipefail
F="$1"; N="${2:-25}"; T="${3:-}"
jfr print --events jdk.ExecutionSample --stack-depth 64 "$F" > /tmp/jfr-top.$$.txt
python3 - "$N" "$T" /tmp/jfr-top.$$.txt <<'PY'
import sys, re, collections
n = int(sys.argv[1]); tfilter = sys.argv[2]; path = sys.argv[3]
self_c = collections.Counter(); total_c = collections.Counter(); samples = 0
for block in open(path).read().split("jdk.ExecutionSample")[1:]:
    m = re.search(r'sampledThread = "([^"]*)"', block)
    if tfilter and (not m or tfilter not in m.group(1)):
        continue
    frames = re.findall(r'^\s+([\w$.<>/]+\([^)]*\))\s+line:', block, re.M)
    if not frames:
        continue
    samples += 1
    self_c[frames[0]] += 1
    for f in set(frames):
        total_c[f] += 1
print(f"{samples} samples" + (f" on threads matching '{tfilter}'" if tfilter else ""))
print("self%   frame")
for f, c in self_c.most_common(n):
    print(f"{100*c/samples:5.1f}  {f}")
print("\ntotal%  frame (on stack)")
for f, c in total_c.most_common(n):
    print(f"{100*c/samples:5.1f}  {f}")
PY
rm -f /tmp/jfr-top.$$.txt
