#!/usr/bin/env bash
# Discovery of the deploy-time benchmark's 500 tools, without Payara: Weld SE boots the 50 beans of deploy500/tools
# with the library's extension, in a fresh JVM per run, several times per JVM. Prints, per run, the library's own
# "MCP discovery" time and CPU time of the cold boot (a deployment's) and of the warm ones (the same work once the JVM
# has loaded and compiled it), then the medians. A change to discovery is measured here in a minute; the deploy-time
# test of run.sh (BENCH_DEPLOY=only) measures it on Payara, booting alongside everything else.
#   bench/discovery.sh [runs] [boots per JVM]     (default 10 runs of 4 boots; needs `mvn install` of the library)
set -euo pipefail
RUNS=${1:-10}
BOOTS=${2:-4}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
OUT=$BENCH_DIR/target/discovery
TOOLS=$BENCH_DIR/deploy500/tools/target/classes
mkdir -p "$OUT"
[[ -d $TOOLS/dev/jeemcp/bench/deploy500 ]] || mvn -B -q -Dstyle.color=never -f "$BENCH_DIR/pom.xml" -pl deploy500/tools -am package -DskipTests
# The library's classes as built, and Weld SE with what it needs: mcp-cdi's test class path.
mvn -B -q -Dstyle.color=never -f "$ROOT/mcp-cdi/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
CLASSPATH=$OUT/classes:$ROOT/mcp-cdi/target/classes:$(cat "$OUT/classpath.txt"):$TOOLS
javac -d "$OUT/classes" -cp "$CLASSPATH" "$BENCH_DIR/deploy500/DiscoveryHarness.java"
for run in $(seq "$RUNS"); do
  java -cp "$CLASSPATH" DiscoveryHarness "$TOOLS" "$BOOTS"
done | tee "$OUT/discovery.txt" | sed -E 's/^discovery ([0-9]+) .* in ([0-9]+) ms \(([0-9]+) ms CPU\).*/boot \1: \2 ms (\3 ms CPU)/'
python3 - "$OUT/discovery.txt" <<'PY'
import re, statistics, sys
rows = [re.match(r'discovery (\d+) MCP discovery: (\d+) tools.* in (\d+) ms \((\d+) ms CPU\)', line) for line in open(sys.argv[1])]
rows = [m for m in rows if m]
if not rows or any(m.group(2) != '500' for m in rows):
    sys.exit('expected 500 tools in every boot')
def line(label, picked):
    wall = [int(m.group(3)) for m in picked]; cpu = [int(m.group(4)) for m in picked]
    print(f'{label}: median {statistics.median(wall):.0f} ms ({min(wall)}-{max(wall)}), CPU {statistics.median(cpu):.0f} ms ({min(cpu)}-{max(cpu)}), {len(picked)} boots')
line('cold (first boot of a JVM)', [m for m in rows if m.group(1) == '1'])
warm = [m for m in rows if int(m.group(1)) >= 3]
if warm:
    line('warm (third boot on)', warm)
PY
