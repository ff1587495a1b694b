#!/usr/bin/env bash
# Where the time of one tools/call goes, per server: JFR execution samples under the same wrk load as run.sh, split
# into the servlet's own work (every sample whose stack passes through the server's servlet or, for the SDK, its
# Reactor pipeline) and the rest (the container: Grizzly, HTTP parsing, Payara's web container). Run after run.sh,
# which builds the WARs and creates the benchmark's database:
#   bench/profile.sh        tools/call echo on ours, sdk-imm and bare   (about 3 minutes)
#   bench/profile.sh bump   tools/call bump on ours and bare's JDBC floor, with the share of every layer of the
#                           database path (JTA, JPA, the driver, JSON-B, CDI interceptors)   (about 2 minutes)
set -euo pipefail
SCENARIO=${1:-echo}
[[ $SCENARIO =~ ^(echo|bump)$ ]] || { echo "usage: bench/profile.sh [echo|bump]" >&2; exit 2; }
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
OUT=$BENCH_DIR/target/profile
PORT=${BENCH_PORT:-18181}
PAYARA_JAR=$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar
mkdir -p "$OUT"
# ours.war names the benchmark's database in its @DataSourceDefinition: without it ours does not deploy, answers 404,
# and the profile would show only the container.
# BENCH_DATABASE=mariadb: the same on MariaDB (as run.sh: -Dbench.db on every JVM).
DATABASE=${BENCH_DATABASE:-postgresql}
if [[ $DATABASE == mariadb ]]; then
  mysql -h 127.0.0.1 -u root -N -B -e 'select 1 from MCP_HANDLE limit 1' jeemcp_bench >/dev/null 2>&1
else
  psql -h 127.0.0.1 -U postgres -d jeemcp_bench -qAt -c 'select 1 from mcp_handle limit 1' >/dev/null 2>&1
fi || { echo "no jeemcp_bench database with the library's tables on $DATABASE: run BENCH_DATABASE=$DATABASE bench/run.sh --smoke first" >&2; exit 1; }
cat >"$OUT/preboot.asadmin" <<'ASADMIN'
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
ASADMIN

# counters <url>: 32 new counter ids from the server's own new_counter, one per line.
counters() {
  for _ in $(seq 32); do
    curl -sf "$1" -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' \
      -H 'MCP-Protocol-Version: 2025-11-25' \
      -d '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"new_counter","arguments":{}}}' \
      | jq -er '.result.structuredContent.result'
  done
}

profile() {
  local label=$1 war=$2 own=$3
  shift 3
  rm -rf "$OUT/root-$label"
  # Record 20 s, after 10 s of warm-up load. Deep stacks: Grizzly and Payara put 60+ frames under a servlet.
  java -Xms1g -Xmx1g -Dbench.db="$DATABASE" "$@" -XX:FlightRecorderOptions:stackdepth=512 \
    -XX:StartFlightRecording:filename="$OUT/$label.jfr",settings=profile,delay=40s,duration=20s \
    -jar "$PAYARA_JAR" --nohazelcast --port "$PORT" --rootDir "$OUT/root-$label" \
    --prebootcommandfile "$OUT/preboot.asadmin" --deploy "$war" >"$OUT/payara-$label.log" 2>&1 &
  local pid=$!
  until grep -aq ' ready in ' "$OUT/payara-$label.log"; do sleep 0.5; done
  local boot=$SECONDS
  local url=http://127.0.0.1:$PORT/$(basename "$war" .war)/mcp
  local ids=()
  if [[ $SCENARIO == bump ]]; then
    mapfile -t ids < <(counters "$url")
    ((${#ids[@]} == 32)) || { echo "$label: new_counter did not answer 32 counter ids" >&2; kill "$pid"; exit 1; }
  fi
  # Warm up until the recording starts (40 s after JVM start), then load it for the 20 s it records.
  wrk -t1 -c16 -d$((40 - (SECONDS - boot) + 22))s -s "$BENCH_DIR/wrk/mcp.lua" "$url" -- "$SCENARIO" 2025-11-25 "${ids[@]}" \
    >"$OUT/wrk-$SCENARIO-$label.txt" 2>&1 || true
  # A profile of error answers measures something else: fail on any.
  grep -aq 'non2xx=0 rpc_errors=0 tool_errors=0' "$OUT/wrk-$SCENARIO-$label.txt" \
    || { echo "$label: wrk saw error answers (see $OUT/wrk-$SCENARIO-$label.txt)" >&2; kill "$pid"; exit 1; }
  until [[ -s $OUT/$label.jfr ]] && jfr summary "$OUT/$label.jfr" >/dev/null 2>&1; do sleep 1; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$OUT/root-$label"
  jfr print --events jdk.ExecutionSample --stack-depth 512 "$OUT/$label.jfr" >"$OUT/$SCENARIO-$label-samples.txt"
  python3 - "$OUT/$SCENARIO-$label-samples.txt" "$label" "$own" "$SCENARIO" <<'PY'
import re, sys
path, label, own, scenario = sys.argv[1], sys.argv[2], re.compile(sys.argv[3]), sys.argv[4]
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
stacks = [re.findall(r'^\s+([\w$.<>/]+)\(', event, re.M) for event in events]
for frames in stacks:
    k = kind(frames)
    buckets[k] = buckets.get(k, 0) + 1
total = sum(buckets.values())
print(f'{label}: {total} execution samples')
for k, n in sorted(buckets.items(), key=lambda kv: -kv[1]):
    print(f'  {100.0 * n / total:5.1f}%  {k}')
if scenario == 'bump':
    # The database path: the share of all samples whose stack passes through each layer (a sample can count in
    # several: the driver under JPA under JTA), and of what the layers' own frames cost at the top of the stack.
    layers = (('tool or floor call', r'CounterTools\.bump|BareCounters'),
              ('transaction begin/commit (JTA, Payara)', r'TransactionManager|JavaEETransaction|TransactionalInterceptor|UserTransaction|commit\b'),
              ('JPA (EclipseLink)', r'org\.eclipse\.persistence'),
              ('JDBC driver (pgjdbc)', r'org\.postgresql'),
              ('connection pool (Payara)', r'com\.sun\.enterprise\.resource|com\.sun\.gjc'),
              ('JSON-B (Yasson)', r'org\.eclipse\.yasson'),
              ('CDI interceptors and proxies (Weld)', r'org\.jboss\.weld'),
              ('socket I/O', r'sun\.nio\.ch|java\.net\.Socket|SocketInputStream|SocketOutputStream'))
    print('  inclusive share of all samples, by layer:')
    for name, pattern in layers:
        p = re.compile(pattern)
        n = sum(1 for frames in stacks if any(p.search(f) for f in frames))
        print(f'    {100.0 * n / total:5.1f}%  {name}')
    tops = {}
    for frames in stacks:
        if frames and own.search('\n'.join(frames)):
            tops[frames[0]] = tops.get(frames[0], 0) + 1
    print('  hottest methods at the top of the servlet\'s stacks:')
    for f, n in sorted(tops.items(), key=lambda kv: -kv[1])[:25]:
        print(f'    {100.0 * n / total:5.1f}%  {f}')
PY
  grep -a 'Requests/sec' "$OUT/wrk-$SCENARIO-$label.txt" | sed "s/^/  $label wrk: /"
}

# wrk's calls are anonymous, and anonymous callers keep no state unless the application lets them share a tenant.
profile ours "$BENCH_DIR/ours-war/target/ours.war" 'McpServlet' -Dmcp.anonymousTenant=true
[[ $SCENARIO == echo ]] && profile sdk-imm "$BENCH_DIR/sdk-war/target/sdk.war" 'io\.modelcontextprotocol' -Dbench.sdk.immediateExecution=true
profile bare "$BENCH_DIR/bare-war/target/bare.war" 'BareMcpServlet'
