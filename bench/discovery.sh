#!/usr/bin/env bash
# Discovery of the deploy-time benchmark's 500 tools, without Payara or a database: Weld SE boots the 50 beans of
# deploy500/tools with the library's extension (deploy500/DiscoveryHarness.java), several times in each fresh JVM, the
# tool classes loaded anew for every boot. Prints the library's own "MCP discovery" time and CPU time of every boot,
# then the medians of the cold boots (the first of each JVM: a deployment's) and of the later ones by boot number.
#   bench/discovery.sh [runs] [boots per JVM]     (default 10 runs of 4 boots; needs `mvn install` of the library)
set -euo pipefail
RUNS=${1:-10}
BOOTS=${2:-4}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
OUT=$BENCH_DIR/target/discovery
TOOLS=$BENCH_DIR/deploy500/tools/target/classes
mkdir -p "$OUT"
# Built every time: tool classes left from an older library would measure that library's annotations.
mvn -B -q -Dstyle.color=never -f "$BENCH_DIR/pom.xml" -pl deploy500/tools -am package -DskipTests
# The library's classes as built, and Weld SE with what it needs: mcp-cdi's test class path. Not the tool classes:
# the harness loads them itself, once per boot.
mvn -B -q -Dstyle.color=never -f "$ROOT/mcp-cdi/pom.xml" dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$OUT/classpath.txt"
HARNESS_PATH=$OUT/classes:$ROOT/mcp-cdi/target/classes:$(cat "$OUT/classpath.txt")
javac -d "$OUT/classes" -cp "$HARNESS_PATH" "$BENCH_DIR/deploy500/DiscoveryHarness.java"
for run in $(seq "$RUNS"); do
  java -cp "$HARNESS_PATH" DiscoveryHarness "$TOOLS" "$BOOTS"
done | tee "$OUT/discovery.txt" | sed -E 's/^discovery ([0-9]+) .* in ([0-9]+) ms \(([0-9]+) ms CPU\).*/boot \1: \2 ms (\3 ms CPU)/'
python3 - "$OUT/discovery.txt" "$RUNS" "$BOOTS" <<'PY'
import re, statistics, sys
path, runs, boots = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = [re.match(r'discovery (\d+) MCP discovery: (\d+) tools.* in (\d+) ms \((\d+) ms CPU\)', line) for line in open(path)]
rows = [m for m in rows if m]
if len(rows) != runs * boots or any(m.group(2) != '500' for m in rows):
    sys.exit(f'expected {runs * boots} boots that each found 500 tools; see {path}')
for boot in range(1, boots + 1):
    picked = [m for m in rows if int(m.group(1)) == boot]
    wall = [int(m.group(3)) for m in picked]; cpu = [int(m.group(4)) for m in picked]
    label = 'cold' if boot == 1 else 'warm'
    print(f'boot {boot} ({label}): median {statistics.median(wall):.0f} ms ({min(wall)}-{max(wall)}), '
          f'CPU {statistics.median(cpu):.0f} ms ({min(cpu)}-{max(cpu)}), {len(picked)} JVMs')
PY
