#!/usr/bin/env bash
# Where the time of one tools/call goes, per server: JFR execution samples under the same wrk load as run.sh, split
# into the servlet's own work (every sample whose stack passes through the server's servlet or, for the SDK, its
# Reactor pipeline) and the rest (the container: Grizzly, HTTP parsing, Payara's web container). Run after run.sh,
# which builds the WARs:  bench/profile.sh            (about 3 minutes)
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
OUT=$BENCH_DIR/target/profile
PORT=${BENCH_PORT:-18181}
PAYARA_JAR=$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar
mkdir -p "$OUT"
cat >"$OUT/preboot.asadmin" <<'ASADMIN'
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
ASADMIN

profile() {
  local label=$1 war=$2 own=$3
  shift 3
  rm -rf "$OUT/root-$label"
  # Record 20 s, after 10 s of warm-up load. Deep stacks: Grizzly and Payara put 60+ frames under a servlet.
  java -Xms1g -Xmx1g "$@" -XX:FlightRecorderOptions:stackdepth=512 \
    -XX:StartFlightRecording:filename="$OUT/$label.jfr",settings=profile,delay=40s,duration=20s \
    -jar "$PAYARA_JAR" --nohazelcast --port "$PORT" --rootDir "$OUT/root-$label" \
    --prebootcommandfile "$OUT/preboot.asadmin" --deploy "$war" >"$OUT/payara-$label.log" 2>&1 &
  local pid=$!
  until grep -aq ' ready in ' "$OUT/payara-$label.log"; do sleep 0.5; done
  local boot=$SECONDS
  local url=http://127.0.0.1:$PORT/$(basename "$war" .war)/mcp
  # Warm up until the recording starts (40 s after JVM start), then load it for the 20 s it records.
  wrk -t1 -c16 -d$((40 - (SECONDS - boot) + 22))s -s "$BENCH_DIR/wrk/mcp.lua" "$url" -- echo 2025-11-25 >"$OUT/wrk-$label.txt" 2>&1 || true
  until [[ -s $OUT/$label.jfr ]] && jfr summary "$OUT/$label.jfr" >/dev/null 2>&1; do sleep 1; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$OUT/root-$label"
  jfr print --events jdk.ExecutionSample --stack-depth 512 "$OUT/$label.jfr" >"$OUT/$label-samples.txt"
  python3 - "$OUT/$label-samples.txt" "$label" "$own" <<'PY'
import re, sys
path, label, own = sys.argv[1], sys.argv[2], re.compile(sys.argv[3])
text = open(path).read()
events = text.split('jdk.ExecutionSample')[1:]
buckets = {}
def kind(frames):
    joined = '\n'.join(frames)
    if own.search(joined):
        # inside the server's own code: what it spends there
        top = frames[0] if frames else ''
        for name, pattern in (('JSON (Parsson/Yasson/Jackson)', r'org\.eclipse\.(parsson|yasson)|com\.fasterxml\.jackson'),
                              ('CDI (Weld)', r'org\.jboss\.weld'), ('Reactor', r'reactor\.core'),
                              ('server code', r'dev\.jeemcp|io\.modelcontextprotocol')):
            if re.search(pattern, top):
                return 'servlet: ' + name
        return 'servlet: JDK and container calls made by it'
    return 'container (Grizzly, HTTP, Payara web) and other threads'
for event in events:
    frames = re.findall(r'^\s+([\w$.<>/]+)\(', event, re.M)
    k = kind(frames)
    buckets[k] = buckets.get(k, 0) + 1
total = sum(buckets.values())
print(f'{label}: {total} execution samples')
for k, n in sorted(buckets.items(), key=lambda kv: -kv[1]):
    print(f'  {100.0 * n / total:5.1f}%  {k}')
PY
  grep -a 'Requests/sec' "$OUT/wrk-$label.txt" | sed "s/^/  $label wrk: /"
}

profile ours "$BENCH_DIR/ours-war/target/ours.war" 'McpServlet'
profile sdk-imm "$BENCH_DIR/sdk-war/target/sdk.war" 'io\.modelcontextprotocol' -Dbench.sdk.immediateExecution=true
profile bare "$BENCH_DIR/bare-war/target/bare.war" 'BareMcpServlet'
