#!/usr/bin/env bash
# The whole benchmark in one command: jeemcp vs the MCP Java SDK vs a bare JSON-P servlet, on the same Payara Micro.
#
#   bench/run.sh                                   # full run, about 12 minutes
#   BENCH_DURATION=3s BENCH_WARMUP=2s BENCH_CLIENTS=5000 BENCH_DEPLOY_RUNS=1 bench/run.sh   # smoke run, about 4 minutes
#
# Settings (environment):
#   BENCH_DURATION     measured wrk time per row                                  (default 20s)
#   BENCH_WARMUP       unmeasured wrk time per scenario when a server has booted  (default 10s)
#   BENCH_CONNECTIONS  wrk connections (one wrk thread)                            (default 16)
#   BENCH_CLIENTS      distinct clients in the per-client memory test              (default 100000)
#   BENCH_DEPLOY_RUNS  boots per WAR in the deploy-time test, alternating          (default 3)
#   BENCH_PORT         HTTP port of Payara Micro, bound to 127.0.0.1               (default 18181)
#   BENCH_HEAP         -Xms and -Xmx of Payara Micro                               (default 1g)
#   BENCH_RATE_LIMITS  1: also measure ours with rate limits counted per instance and in the database;
#                      only: those rows and the plain ours rows, nothing else (about 3 minutes with the smoke
#                      settings)                                                   (default 0)
#   BENCH_TRACING      1: also measure ours with OpenTelemetry on (every request a recorded, sampled span and
#                      its metrics; exported nowhere, so the row is the library's own cost); only: that row and
#                      the plain ours rows (combine with BENCH_RATE_LIMITS=only)   (default 0)
#
# Everything it writes is under bench/target: the WARs, Payara root folders (removed when each server stops), and
# bench/target/results (every wrk output, every verification response, the Payara logs, jcmd outputs, results.tsv
# and summary.txt).
# All traffic goes to 127.0.0.1. Payara is stopped on exit.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
CLIENTS=${BENCH_CLIENTS:-100000}
DEPLOY_RUNS=${BENCH_DEPLOY_RUNS:-3}
PORT=${BENCH_PORT:-18181}
HEAP=${BENCH_HEAP:-1g}
RATE_LIMITS=${BENCH_RATE_LIMITS:-0}
[[ $RATE_LIMITS =~ ^(0|1|only)$ ]] || { echo "BENCH_RATE_LIMITS must be 0, 1 or only" >&2; exit 2; }
TRACING=${BENCH_TRACING:-0}
[[ $TRACING =~ ^(0|1|only)$ ]] || { echo "BENCH_TRACING must be 0, 1 or only" >&2; exit 2; }
# "only" in either: just the ours rows and the extra rows asked for; no memory, SDK, bare or deploy-time test.
ONLY=$([[ $RATE_LIMITS == only || $TRACING == only ]] && echo only || echo all)
DB_NAME=jeemcp_bench # the database ours.war's @DataSourceDefinition names
DB_HOST=127.0.0.1
DB_PORT=5432
DB_USER=postgres
PAYARA_VERSION=6.2025.10
PAYARA_JAR=$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar
LEGACY=2025-11-25
MODERN=2026-07-28
REWARM=2s               # re-warm of a scenario right before its measured run
PER_CLIENT_LIMIT=16     # bytes per client: less than any object a server could keep per client

WORK=$BENCH_DIR/target/run
OUT=$BENCH_DIR/target/results
TSV=$OUT/results.tsv
START_SECONDS=$SECONDS

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# --- tools -----------------------------------------------------------------------------------------------------

need_packages=()
command -v wrk >/dev/null || need_packages+=(wrk)
command -v jq >/dev/null || need_packages+=(jq)
command -v psql >/dev/null || need_packages+=(postgresql-client)
if ((${#need_packages[@]})); then
  log "installing ${need_packages[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y "${need_packages[@]}" >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y "${need_packages[@]}" >/dev/null; }
fi
for tool in java jcmd curl wrk jq psql mvn; do
  command -v "$tool" >/dev/null || die "$tool is not installed"
done

# --- build -----------------------------------------------------------------------------------------------------

rm -rf "$WORK" "$OUT"
mkdir -p "$WORK" "$OUT"
# mcp-api is new since the API split: an older install of the library lacks it and is redone.
if [[ ! -d $HOME/.m2/repository/dev/jeemcp/mcp-api/0.1.0-SNAPSHOT ]]; then
  log "the library is not in ~/.m2: mvn install -DskipTests at the root first"
  (cd "$ROOT" && mvn -B -q install -DskipTests)
fi
log "building bench (mvn -f bench/pom.xml package)"
# Offline first (everything is usually in ~/.m2 already), online if something is missing.
mvn -B -q -o -f "$BENCH_DIR/pom.xml" package >"$OUT/build.log" 2>&1 \
  || mvn -B -q -f "$BENCH_DIR/pom.xml" package >>"$OUT/build.log" 2>&1 \
  || { tail -40 "$OUT/build.log" >&2; die "the bench build failed"; }
if [[ ! -f $PAYARA_JAR ]]; then
  mvn -B -q dependency:get -Dartifact=fish.payara.extras:payara-micro:$PAYARA_VERSION -Dtransitive=false
fi

printf 'scenario\tserver\twire\trps\tp50_ms\tp99_ms\tnon2xx\terrors\tconflicts\n' >"$TSV"
{
  echo "date: $(date -u +%FT%TZ)"
  echo "git: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo n/a)$(git -C "$ROOT" status --porcelain 2>/dev/null | grep -q . && echo ' (with uncommitted changes)')"
  echo "library jar: $(ls -l --time-style=+%FT%T "$HOME/.m2/repository/dev/jeemcp/mcp-cdi/0.1.0-SNAPSHOT/mcp-cdi-0.1.0-SNAPSHOT.jar" | awk '{print $6}')"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "payara: $PAYARA_VERSION, -Xms$HEAP -Xmx$HEAP, --nohazelcast"
  echo "wrk: $(wrk --version 2>&1 | head -1 | cut -c1-40), -t1 -c$CONNECTIONS, warm-up $WARMUP per scenario, re-warm $REWARM, measured $DURATION"
  echo "cpu: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT/environment.txt"

# --- PostgreSQL (only the jeemcp `bump` scenario uses it) ------------------------------------------------------

psql_bench() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -v ON_ERROR_STOP=1 -qAt "$@"; }

if ! psql_bench -d postgres -c 'select 1' >/dev/null 2>&1; then
  log "PostgreSQL on $DB_HOST:$DB_PORT is down: starting the local cluster"
  version=$(ls /etc/postgresql 2>/dev/null | head -1)
  [[ -n $version ]] || die "no PostgreSQL cluster under /etc/postgresql"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || die "could not start PostgreSQL"
  for _ in $(seq 50); do psql_bench -d postgres -c 'select 1' >/dev/null 2>&1 && break; sleep 0.2; done
fi
# A database of its own: the integration tests drop and recreate MCP_HANDLE in `test`.
if [[ -z $(psql_bench -d postgres -c "select 1 from pg_database where datname = '$DB_NAME'") ]]; then
  psql_bench -d postgres -c "create database $DB_NAME" >/dev/null
fi
if [[ -z $(psql_bench -d "$DB_NAME" -c "select to_regclass('mcp_handle')") ]]; then
  log "creating MCP_HANDLE in $DB_NAME from the library's DDL"
  psql_bench -d "$DB_NAME" -f "$ROOT/mcp-cdi/src/main/resources/META-INF/jeemcp/ddl/postgresql.sql" >/dev/null
fi
psql_bench -d "$DB_NAME" -c "delete from mcp_handle where kind = 'counter'" >/dev/null
# The rate limit counts (BENCH_RATE_LIMITS): added to a database made before the library had them.
if [[ -z $(psql_bench -d "$DB_NAME" -c "select to_regclass('mcp_rate')") ]]; then
  log "creating MCP_RATE in $DB_NAME from the library's DDL"
  sed -n '/^CREATE TABLE MCP_RATE/,/MCP_RATE_WINDOW_END/p' "$ROOT/mcp-cdi/src/main/resources/META-INF/jeemcp/ddl/postgresql.sql" \
    | psql_bench -d "$DB_NAME" >/dev/null
fi
psql_bench -d "$DB_NAME" -c "delete from mcp_rate" >/dev/null

# --- Payara Micro ----------------------------------------------------------------------------------------------

PAYARA_PID=
PAYARA_ROOT=
stop_payara() {
  if [[ -n $PAYARA_PID ]] && kill -0 "$PAYARA_PID" 2>/dev/null; then
    kill "$PAYARA_PID" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$PAYARA_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$PAYARA_PID" 2>/dev/null || true
    wait "$PAYARA_PID" 2>/dev/null || true
  fi
  PAYARA_PID=
  # Its root folder holds an unpacked runtime (about 60 MB); the log is in the results.
  [[ -n ${PAYARA_ROOT:-} ]] && rm -rf "$PAYARA_ROOT"
  PAYARA_ROOT=
}
trap stop_payara EXIT
trap 'exit 130' INT TERM

# Payara's defaults, except: the HTTP listener binds 127.0.0.1 only, and an idle keep-alive connection is closed
# after 5 s instead of 30 s. Grizzly keeps a closed connection's objects (about 2 KB) until that timer fires, so
# the memory test has to wait that long before it reads the heap; wrk's connections are never idle during a run.
# (Payara also closes a keep-alive connection after 250 requests, its default max-connections; wrk reconnects.)
cat >"$WORK/preboot.asadmin" <<'ASADMIN'
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.timeout-seconds=5
ASADMIN

# start_payara <label> <war> [java options...]: a fresh JVM with one WAR; waits until Payara says it is ready.
start_payara() {
  local label=$1 war=$2
  shift 2
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    die "port $PORT is already in use (set BENCH_PORT)"
  fi
  PAYARA_LOG=$OUT/payara-$label.log
  PAYARA_ROOT=$WORK/root-$label
  rm -rf "$PAYARA_ROOT"
  java -Xms"$HEAP" -Xmx"$HEAP" "$@" -jar "$PAYARA_JAR" --nohazelcast --port "$PORT" \
    --rootDir "$PAYARA_ROOT" --prebootcommandfile "$WORK/preboot.asadmin" --deploy "$war" \
    >"$PAYARA_LOG" 2>&1 &
  PAYARA_PID=$!
  local deadline=$((SECONDS + 180))
  until grep -aq ' ready in ' "$PAYARA_LOG"; do
    kill -0 "$PAYARA_PID" 2>/dev/null || { tail -30 "$PAYARA_LOG" >&2; die "Payara ($label) exited during boot"; }
    ((SECONDS < deadline)) || { tail -30 "$PAYARA_LOG" >&2; die "Payara ($label) not ready in 180 s"; }
    sleep 0.5
  done
  grep -aq 'was successfully deployed in' "$PAYARA_LOG" || { tail -40 "$PAYARA_LOG" >&2; die "$war did not deploy"; }
}

# --- requests --------------------------------------------------------------------------------------------------

META='"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{},"io.modelcontextprotocol/clientInfo":{"name":"curl-bench","version":"1.0.0"}}'

# body <scenario> <wire> [counter id]: the bodies the wrk script sends (with id 1).
body() {
  local scenario=$1 wire=$2 meta=
  [[ $wire == "$MODERN" ]] && meta=",$META"
  case $scenario in
    list) if [[ $wire == "$MODERN" ]]; then
            printf '{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{%s}}' "$META"
          else
            printf '{"jsonrpc":"2.0","id":1,"method":"tools/list"}'
          fi ;;
    echo) printf '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"text":"hello world"}%s}}' "$meta" ;;
    bump) printf '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"bump","arguments":{"counter_id":"%s"}%s}}' "$3" "$meta" ;;
    new_counter) printf '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"new_counter","arguments":{}%s}}' "$meta" ;;
  esac
}

# post <url> <wire> <method> <name> <body> <response file>: prints the HTTP status.
post() {
  local url=$1 wire=$2 method=$3 name=$4 data=$5 file=$6
  local extra=()
  if [[ $wire == "$MODERN" ]]; then
    extra+=(-H "Mcp-Method: $method")
    [[ -n $name ]] && extra+=(-H "Mcp-Name: $name")
  fi
  curl -s -o "$file" -D "$file.headers" -w '%{http_code}' -X POST "$url" -H 'Content-Type: application/json' \
    -H 'Accept: application/json, text/event-stream' -H "MCP-Protocol-Version: $wire" "${extra[@]}" --data-binary "$data"
}

# verify <server> <url> <scenario> <wire> [counter id]: one request, checked before anything is timed.
verify() {
  local server=$1 url=$2 scenario=$3 wire=$4 counter=${5:-}
  local file=$OUT/verify-$server-$scenario-$wire.json method=tools/call name=$scenario status
  [[ $scenario == list ]] && { method=tools/list; name=; }
  status=$(post "$url" "$wire" "$method" "$name" "$(body "$scenario" "$wire" "$counter")" "$file")
  [[ $status == 200 ]] || die "$server $scenario ($wire): HTTP $status: $(head -c 400 "$file")"
  jq -e 'has("result") and (.result.isError != true)' "$file" >/dev/null \
    || die "$server $scenario ($wire): not a successful result: $(head -c 400 "$file")"
  case $scenario in
    list) jq -e '[.result.tools[].name] == ["bump","echo","new_counter"]' "$file" >/dev/null \
            || die "$server tools/list ($wire): unexpected tools: $(head -c 400 "$file")" ;;
    echo) jq -e '.result.content == [{"type":"text","text":"echo: hello world"}] and .result.structuredContent == {"result":"echo: hello world"}' \
            "$file" >/dev/null || die "$server echo ($wire): unexpected result: $(head -c 400 "$file")" ;;
    bump) jq -e '.result.structuredContent.result | type == "number"' "$file" >/dev/null \
            || die "$server bump ($wire): unexpected result: $(head -c 400 "$file")" ;;
  esac
}

# run_wrk <duration> <output file> <url> <lua args...>
run_wrk() {
  local duration=$1 file=$2 url=$3
  shift 3
  wrk -t1 -c"$CONNECTIONS" -d"$duration" --latency -s "$BENCH_DIR/wrk/mcp.lua" "$url" -- "$@" >"$file" 2>&1 \
    || die "wrk failed: $(tail -5 "$file")"
}

# wrk_row <scenario label> <server> <wire> <url> <wrk scenario> [counter ids...]: re-warm, then the measured run.
# A bump re-warm uses the counters in REWARM_COUNTERS: a wrk run ends with requests still in flight, which the server
# completes after wrk has gone, and the next run must not bump those counters at the same moment.
REWARM_COUNTERS=()
wrk_row() {
  local label=$1 server=$2 wire=$3 url=$4 scenario=$5
  shift 5
  local tag=$server-$scenario-$wire
  log "$label on $server ($wire): $DURATION"
  if [[ $scenario == bump ]]; then
    run_wrk "$REWARM" "$OUT/wrk-$tag-rewarm.txt" "$url" "$scenario" "$wire" "${REWARM_COUNTERS[@]}"
  else
    run_wrk "$REWARM" "$OUT/wrk-$tag-rewarm.txt" "$url" "$scenario" "$wire"
  fi
  run_wrk "$DURATION" "$OUT/wrk-$tag.txt" "$url" "$scenario" "$wire" "$@"
  local line
  line=$(grep '^RESULT ' "$OUT/wrk-$tag.txt") || die "no RESULT line in $OUT/wrk-$tag.txt"
  field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$line"; }
  local non2xx errors
  non2xx=$(field non2xx)
  errors=$(($(field rpc_errors) + $(field tool_errors) + $(field socket_errors) + $(field timeouts)))
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$server" "$wire" "$(field rps)" \
    "$(awk -v u="$(field p50_us)" 'BEGIN{printf "%.2f", u/1000}')" \
    "$(awk -v u="$(field p99_us)" 'BEGIN{printf "%.2f", u/1000}')" \
    "$non2xx" "$errors" "$(field conflicts)" >>"$TSV"
  if ((non2xx > 0 || errors > 0)); then
    log "  $label on $server: $non2xx non-2xx, $errors errors; $(grep '^FIRST_BAD' "$OUT/wrk-$tag.txt" | cut -c1-300 || true)"
  fi
  log "  $(cut -c8-120 <<<"$line")"
}

# --- per-client memory -----------------------------------------------------------------------------------------

# live_bytes <tag>: bytes of live objects, from a class histogram (which runs a full GC first). Exact, unlike the
# heap's "used" figure, which also counts whatever was allocated since the last GC.
live_bytes() {
  jcmd "$PAYARA_PID" GC.class_histogram >"$OUT/histogram-$1.txt"
  awk '$1 == "Total" { print $3 }' "$OUT/histogram-$1.txt"
}

# histogram_growth <before tag> <after tag>: the classes whose live bytes grew most.
histogram_growth() {
  awk 'FNR == NR && $1 ~ /^[0-9]+:$/ { before[$4] = $3; count[$4] = $2; next }
       $1 ~ /^[0-9]+:$/ { d = $3 - before[$4]; if (d > 0) printf "%d\t%d\t%s\n", d, $2 - count[$4], $4 }' \
    "$OUT/histogram-$1.txt" "$OUT/histogram-$2.txt" | sort -rn | head -6 \
    | awk -F'\t' '{ printf "        %+9.1f KB %+8d instances  %s\n", $1 / 1024, $2, $3 }'
}

# await_closed_connections: wait until the container has dropped the objects of closed connections (see the
# keep-alive timeout above): no more connections live than wrk holds open, or the count no longer falls.
await_closed_connections() {
  local deadline=$((SECONDS + 60)) live previous=-1 since=$SECONDS
  while :; do
    live=$(jcmd "$PAYARA_PID" GC.class_histogram | awk '$4 == "org.glassfish.grizzly.nio.transport.TCPNIOConnection" { print $2 }')
    live=${live:-0}
    ((live <= CONNECTIONS + 8)) && return
    ((live == previous && SECONDS - since >= 10)) && return
    ((SECONDS < deadline)) || { log "  $live connections still live after 60 s"; return; }
    previous=$live
    sleep 2
  done
}

# clients_run <server> <url> <wire> <count> <first client number> <tag>: wrk until <count> clients
# got their answer (the script then writes a marker file, and wrk is stopped with SIGINT; it reports as usual).
clients_run() {
  local server=$1 url=$2 wire=$3 count=$4 first=$5 tag=$6
  local file=$OUT/clients-$server-$wire-$tag.txt marker=$WORK/clients-$server-$wire-$tag.done
  rm -f "$marker"
  wrk -t1 -c"$CONNECTIONS" -d600s -s "$BENCH_DIR/wrk/clients.lua" "$url" -- "$wire" "$count" "$first" "$marker" \
    >"$file" 2>&1 &
  local wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do
    [[ -f $marker ]] && kill -INT "$wrk_pid" 2>/dev/null
    sleep 0.2
  done
  wait "$wrk_pid" || die "wrk (clients) failed: $(tail -5 "$file")"
  local line completed bad
  line=$(grep '^CLIENTS ' "$file") || die "no CLIENTS line in $file"
  completed=$(sed -E 's/.*clients=([0-9]+).*/\1/' <<<"$line")
  bad=$(sed -E 's/.* bad=([0-9]+).*/\1/' <<<"$line")
  ((completed >= count)) || die "$server: only $completed of $count clients completed: $line"
  ((bad == 0)) || die "$server: $bad bad answers in the clients run: $(grep FIRST_BAD "$file")"
  echo "$line"
}

# heap_test <server> <url> <wire>: live objects before and after CLIENTS distinct clients.
HEAP_LINES=()
heap_test() {
  local server=$1 url=$2 wire=$3
  local settle=$((CLIENTS / 20))
  ((settle < 1000)) && settle=1000
  log "per-client memory on $server ($wire): $settle clients to settle, then $CLIENTS distinct clients"
  clients_run "$server" "$url" "$wire" "$settle" 900000000 settle >/dev/null
  await_closed_connections
  local before after line waited
  before=$(live_bytes "$server-$wire-before")
  line=$(clients_run "$server" "$url" "$wire" "$CLIENTS" 0 measured)
  waited=$SECONDS
  await_closed_connections
  waited=$((SECONDS - waited))
  after=$(live_bytes "$server-$wire-after")
  local us growth
  us=$(sed -E 's/.*duration_us=([0-9]+).*/\1/' <<<"$line")
  HEAP_LINES+=("$(awk -v s="$server" -v w="$wire" -v b="$before" -v a="$after" -v n="$CLIENTS" -v us="$us" \
      -v waited="$waited" -v limit="$PER_CLIENT_LIMIT" 'BEGIN {
      d = a - b; per = d / n
      printf "%-5s %-10s live %7.2f MB -> %7.2f MB  delta %+8.1f KB = %+7.2f KB per 1000 clients (%+6.2f B/client)  %s  [%d clients in %.0f s, then %d s for closed connections to go]",
        s, w, b / 1048576, a / 1048576, d / 1024, per * 1000 / 1024, per, (per < limit) ? "PASS" : "MISS", n, us / 1e6, waited }')")
  log "  ${HEAP_LINES[-1]}"
  if [[ ${HEAP_LINES[-1]} == *MISS* ]]; then
    growth=$(histogram_growth "$server-$wire-before" "$server-$wire-after")
    HEAP_LINES+=("      largest growth by class (GC.class_histogram, before -> after):" "$growth")
  fi
}

# --- the servers -----------------------------------------------------------------------------------------------

# run_server <label> <context root> <war> <heap test: yes|no> [java options...]
run_server() {
  local server=$1 context=$2 war=$3 heap=$4
  shift 4
  log "== $server: booting Payara Micro with $(basename "$war")"
  # wrk's calls are anonymous, and anonymous callers keep no state unless the application lets them share a tenant:
  # ours.war does, so that the handle-updating scenario has handles to update.
  [[ $context == ours ]] && set -- -Dmcp.anonymousTenant=true "$@"
  start_payara "$server" "$war" "$@"
  local url=http://127.0.0.1:$PORT/$context/mcp
  local rows=("list $LEGACY" "echo $LEGACY")
  verify "$server" "$url" list "$LEGACY"
  verify "$server" "$url" echo "$LEGACY"
  local counters=()
  if [[ $server == ours ]]; then
    verify "$server" "$url" list "$MODERN"
    verify "$server" "$url" echo "$MODERN"
    # Two sets of counters, created through the tool itself, each with one counter per connection and as many
    # spare: the warm-up and the measured run use the first, the re-warm just before the measured run the second.
    local i id status
    for ((i = 0; i < 4 * CONNECTIONS; i++)); do
      status=$(post "$url" "$LEGACY" tools/call new_counter "$(body new_counter "$LEGACY")" "$OUT/verify-ours-new_counter.json")
      [[ $status == 200 ]] || die "new_counter: HTTP $status: $(head -c 400 "$OUT/verify-ours-new_counter.json")"
      id=$(jq -er '.result.structuredContent.result' "$OUT/verify-ours-new_counter.json") || die "new_counter: no id"
      counters+=("$id")
    done
    REWARM_COUNTERS=("${counters[@]:2*CONNECTIONS}")
    counters=("${counters[@]:0:2*CONNECTIONS}")
    verify "$server" "$url" bump "$LEGACY" "${counters[0]}"
    verify "$server" "$url" bump "$MODERN" "${counters[0]}"
    rows+=("list $MODERN" "echo $MODERN" "bump $LEGACY")
  fi
  # Warm-up: every scenario of this server in turn, before any of them is measured (the JIT keeps improving
  # the shared code paths for a while; measuring the first scenario right after boot would penalise it).
  local row scenario wire
  for row in "${rows[@]}"; do
    read -r scenario wire <<<"$row"
    log "warm-up: $scenario on $server ($wire), $WARMUP"
    run_wrk "$WARMUP" "$OUT/wrk-$server-$scenario-$wire-warmup.txt" "$url" "$scenario" "$wire" "${counters[@]}"
  done
  for row in "${rows[@]}"; do
    read -r scenario wire <<<"$row"
    case $scenario in
      list) wrk_row "tools/list" "$server" "$wire" "$url" list ;;
      echo) wrk_row "tools/call echo" "$server" "$wire" "$url" echo ;;
      bump) wrk_row "tools/call bump (PostgreSQL)" "$server" "$wire" "$url" bump "${counters[@]}" ;;
    esac
  done
  if ((${#counters[@]})); then
    # No lost update: the counts in the database add up to the successful bumps wrk saw (plus the two verification
    # calls), plus at most one request per connection and wrk run that the server completed after wrk stopped reading.
    local total answered runs
    total=$(psql_bench -d "$DB_NAME" -c "select coalesce(sum((payload::json->>'count')::bigint), 0) from mcp_handle where kind = 'counter'")
    answered=$(cat "$OUT"/wrk-ours-bump-*.txt | sed -nE 's/^RESULT .* responses=([0-9]+) .* tool_errors=([0-9]+) .*/\1 \2/p' \
      | awk '{ n += $1 - $2 } END { print n + 2 }')
    runs=$(ls "$OUT"/wrk-ours-bump-*.txt | wc -l)
    local verdict="no lost update"
    ((total >= answered && total <= answered + runs * CONNECTIONS)) || verdict="MISMATCH: lost or extra updates"
    echo "$((${#counters[@]} + ${#REWARM_COUNTERS[@]})) counters; the database holds $total bumps, wrk saw $answered succeed in $runs runs ($verdict)" \
      >"$OUT/bump-counters.txt"
  fi
  if [[ $heap == yes ]]; then
    heap_test "$server" "$url" "$LEGACY"
    [[ $server == ours ]] && heap_test "$server" "$url" "$MODERN"
  fi
  stop_payara
}

run_server ours ours "$BENCH_DIR/ours-war/target/ours.war" "$([[ $ONLY == only ]] && echo no || echo yes)"

# The cost of rate limiting per call: the same WAR with a per-caller limit that no run reaches (every call is
# admitted, so the rows compare with ours'), counted per instance (rl-inst) and in PostgreSQL (rl-db). wrk's calls
# are anonymous, so they all share one count: the worst case, every call on one key (one map entry, one row).
RATE_NOTES=()
if [[ $RATE_LIMITS != 0 && ! ($TRACING == only && $RATE_LIMITS != only) ]]; then
  for mode in instance database; do
    label=$([[ $mode == instance ]] && echo rl-inst || echo rl-db)
    run_server "$label" ours "$BENCH_DIR/ours-war/target/ours.war" no \
      -Dmcp.rateLimit.mode=$mode -Dmcp.rateLimit.perCaller=2000000000/PT1M
    grep -aq "Rate limits counted" "$OUT/payara-$label.log" \
      || die "$label: the library in ~/.m2 has no rate limits (no 'Rate limits counted' line): mvn install at the root"
  done
  [[ $mode == database ]] && RATE_NOTES+=("rl-db: $(psql_bench -d "$DB_NAME" -c "select count(*) || ' window row(s) left, ' || coalesce(sum(calls), 0) || ' calls counted' from mcp_rate")")
fi

# The cost of tracing per call: Payara's MicroProfile Telemetry switched on (otel.sdk.disabled=false), every request
# sampled, its span recorded and its metrics kept, and exported nowhere (exporters "none"), so that the row is what
# the library adds, not a collector's speed. "ours" is the same WAR as shipped: OpenTelemetry off, the library's
# telemetry the no-op chosen at deployment.
if [[ $TRACING != 0 && ! ($RATE_LIMITS == only && $TRACING != only) ]]; then
  run_server otel-on ours "$BENCH_DIR/ours-war/target/ours.war" no \
    -Dotel.sdk.disabled=false -Dotel.traces.exporter=none -Dotel.metrics.exporter=none -Dotel.logs.exporter=none \
    -Dotel.traces.sampler=always_on
  grep -aq "MCP spans and metrics go to OpenTelemetry" "$OUT/payara-otel-on.log" \
    || die "otel-on: the library did not switch its telemetry on (no 'MCP spans and metrics go to OpenTelemetry' line): mvn install at the root"
fi

if [[ $ONLY != only ]]; then
run_server sdk sdk "$BENCH_DIR/sdk-war/target/sdk.war" yes
# The SDK once more, with tools run on the servlet thread instead of Reactor's bounded-elastic scheduler.
run_server sdk-imm sdk "$BENCH_DIR/sdk-war/target/sdk.war" no -Dbench.sdk.immediateExecution=true
run_server bare bare "$BENCH_DIR/bare-war/target/bare.war" yes
fi

# --- wire comparison (semantic: keys sorted; the SDK orders keys differently) ----------------------------------

WIRE_NOTES=()
[[ $ONLY == only ]] && WIRE_NOTES+=("(skipped: BENCH_RATE_LIMITS or BENCH_TRACING is only)")
for scenario in $([[ $ONLY == only ]] || echo list echo); do
  for other in sdk bare; do
    a=$OUT/verify-ours-$scenario-$LEGACY.json
    b=$OUT/verify-$other-$scenario-$LEGACY.json
    framing="ours: $(grep -iE '^(content-length|transfer-encoding):' "$a.headers" | tr -d '\r' | xargs), $other: $(grep -iE '^(content-length|transfer-encoding):' "$b.headers" | tr -d '\r' | xargs)"
    if diff <(jq -S . "$a") <(jq -S . "$b") >"$OUT/wire-diff-$scenario-ours-$other.txt"; then
      WIRE_NOTES+=("$scenario: ours and $other answer the same JSON ($framing)")
    else
      WIRE_NOTES+=("$scenario: ours and $other differ, see results/wire-diff-$scenario-ours-$other.txt ($framing)")
    fi
  done
done

# --- deploy time of 500 tools ----------------------------------------------------------------------------------

: >"$OUT/deploy.tsv"
[[ $ONLY == only ]] && DEPLOY_RUNS=0
for ((run = 1; run <= DEPLOY_RUNS; run++)); do
  for variant in plain tools; do
    war=$BENCH_DIR/deploy500/$variant/target/deploy500-$variant.war
    log "deploy time: deploy500-$variant, boot $run of $DEPLOY_RUNS"
    start_payara "deploy500-$variant-$run" "$war"
    deployed=$(sed -nE 's/.*deploy500-'"$variant"' was successfully deployed in ([0-9,]+) milliseconds.*/\1/p' "$PAYARA_LOG" | tr -d , | head -1)
    ready=$(sed -nE 's/.* ready in ([0-9,]+) \(ms\).*/\1/p' "$PAYARA_LOG" | tr -d , | head -1)
    discovery=$(grep -aoE 'MCP discovery: [0-9]+ tools, [0-9]+ prompts, [0-9]+ resources in [0-9]+ ms' "$PAYARA_LOG" | head -1 || true)
    expected=$([[ $variant == tools ]] && echo 500 || echo 0)
    if [[ -n $discovery && $discovery != "MCP discovery: $expected tools,"* ]]; then
      die "deploy500-$variant: expected $expected tools, the log says: $discovery"
    fi
    grep -aq "MCP endpoint ready at /deploy500-$variant/mcp with $expected tools" "$PAYARA_LOG" \
      || log "  (no 'MCP endpoint ready ... with $expected tools' line in the log)"
    stop_payara
    discovery_ms=n/a
    [[ -n $discovery ]] && discovery_ms=$(sed -E 's/.* in ([0-9]+) ms/\1/' <<<"$discovery")
    printf '%s\t%s\t%s\t%s\n' "$variant" "$deployed" "$ready" "$discovery_ms" >>"$OUT/deploy.tsv"
  done
done

# median <column> <variant>
median() {
  awk -F'\t' -v v="$2" -v c="$1" '$1 == v { print $c }' "$OUT/deploy.tsv" | sort -n | awk '
    { x[NR] = $1 } END { if (NR == 0 || x[1] == "n/a") { print "n/a"; exit }
                         print (NR % 2) ? x[(NR + 1) / 2] : int((x[NR / 2] + x[NR / 2 + 1]) / 2) }'
}
all_values() { awk -F'\t' -v v="$2" -v c="$1" '$1 == v { printf "%s%s", (n++ ? ", " : ""), $c }' "$OUT/deploy.tsv"; }

# --- the report ------------------------------------------------------------------------------------------------

summary() {
  echo
  echo "jeemcp benchmark: Payara Micro $PAYARA_VERSION (-Xmx$HEAP, --nohazelcast), one JVM per server, one after another;"
  echo "wrk -t1 -c$CONNECTIONS; $WARMUP warm-up per scenario after boot, $REWARM re-warm, $DURATION measured per row; 127.0.0.1;"
  echo "$(nproc) cores shared by wrk and the server; load average at start: $(sed -n 's/^load average at start: //p' "$OUT/environment.txt")."
  echo "sdk = MCP Java SDK 2.1.0 defaults (tools on Reactor's bounded-elastic scheduler); sdk-imm = immediateExecution(true)."
  echo "ours/sdk divides by the faster of sdk and sdk-imm, ours/bare by bare, each for the same scenario on the $LEGACY wire"
  echo "(sdk and bare do not speak $MODERN). Targets: ours >= 1.5x sdk, ours >= 0.85x bare."
  echo
  awk -F'\t' -v legacy="$LEGACY" '
    NR == 1 { next }
    { row[NR] = $0; key = $1 SUBSEP $2 SUBSEP $3; rps[key] = $4 }
    END {
      printf "%-29s %-7s %-10s %9s %7s %7s %7s %7s %8s %9s %-10s %-12s\n", "scenario", "server", "wire", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors", "ours/sdk", "ours/bare", ">=1.5x sdk", ">=0.85x bare"
      for (i = 2; i <= NR; i++) {
        split(row[i], f, "\t")
        rs = "-"; rb = "-"; ts = ""; tb = ""
        if (f[2] == "ours") {
          s = rps[f[1], "sdk", legacy]; si = rps[f[1], "sdk-imm", legacy]; if (si > s) s = si
          b = rps[f[1], "bare", legacy]
          if (s > 0) { rs = sprintf("%.2f", f[4] / s); ts = (f[4] / s >= 1.5) ? "PASS" : "MISS" }
          if (b > 0) { rb = sprintf("%.2f", f[4] / b); tb = (f[4] / b >= 0.85) ? "PASS" : "MISS" }
        }
        errors = f[8] (f[9] > 0 ? " (" f[9] " conflicts)" : "")
        printf "%-29s %-7s %-10s %9.0f %7s %7s %7s %7s %8s %9s %-10s %-12s\n", f[1], f[2], f[3], f[4], f[5], f[6], f[7], errors, rs, rb, ts, tb
      }
    }' "$TSV"
  echo
  if [[ -f $OUT/bump-counters.txt ]]; then
    echo "bump: each request holds a counter that no other request in flight holds; an optimistic-lock conflict would count as an error."
    echo "  $(cat "$OUT/bump-counters.txt")"
  fi
  echo
  if [[ $RATE_LIMITS != 0 ]]; then
    echo "Rate limits: rl-inst and rl-db are ours with mcp.rateLimit.perCaller=2000000000/PT1M (never reached: every call admitted),"
    echo "counted per instance and in PostgreSQL (one guarded UPDATE in its own transaction per call); wrk's anonymous calls share one key."
    awk -F'\t' 'NR > 1 { rps[$1 SUBSEP $2 SUBSEP $3] = $4 }
      END { for (k in rps) { split(k, f, SUBSEP); if (f[2] == "ours" && f[1] ~ /echo/) {
              for (m = 1; m <= 2; m++) { l = (m == 1) ? "rl-inst" : "rl-db"; r = rps[f[1], l, f[3]]
                if (r > 0) printf "  %s %s: %.0f req/s = %.2f x ours (%.1f us more per call at this load)\n", l, f[3], r, r / rps[k], 1e6 / r - 1e6 / rps[k] } } } }' "$TSV"
    for line in "${RATE_NOTES[@]}"; do echo "  $line"; done
    echo
  fi
  if [[ $TRACING != 0 ]]; then
    echo "Tracing: otel-on is ours with Payara's OpenTelemetry on (every request sampled, its span and metrics recorded, exported"
    echo "nowhere); ours has it off, as shipped, where the library's telemetry is the no-op chosen at deployment."
    awk -F'\t' 'NR > 1 { rps[$1 SUBSEP $2 SUBSEP $3] = $4 }
      END { for (k in rps) { split(k, f, SUBSEP); if (f[2] == "ours") { r = rps[f[1], "otel-on", f[3]]
              if (r > 0) printf "  otel-on %s %s: %.0f req/s = %.2f x ours (%.1f us more per call at this load)\n", f[1], f[3], r, r / rps[k], 1e6 / r - 1e6 / rps[k] } } }' "$TSV"
    echo
  fi
  echo "Per-client memory: live objects (GC.class_histogram, after a full GC) before and after $CLIENTS distinct clients, once the"
  echo "container has dropped the clients' closed connections. Target: < $PER_CLIENT_LIMIT bytes per client (no per-client state)."
  echo "  a $LEGACY client: initialize (own clientInfo) + notifications/initialized + tools/call echo, on a new TCP connection;"
  echo "  a $MODERN client: one tools/call echo whose _meta carries its own clientInfo, on a new TCP connection."
  local line
  for line in "${HEAP_LINES[@]}"; do echo "  $line"; done
  echo
  echo "Deploy time, 50 @ApplicationScoped beans x 10 methods (String, int, enum, record, List<String> parameters), median of $DEPLOY_RUNS boot(s):"
  local pd td pr tr
  pd=$(median 2 plain); td=$(median 2 tools); pr=$(median 3 plain); tr=$(median 3 tools)
  printf '  deploy500-plain (no @McpTool)   "deployed in" %6s ms, Payara "ready in" %6s ms  (boots: %s)  MCP discovery: %s ms\n' \
    "$pd" "$pr" "$(all_values 2 plain)" "$(all_values 4 plain)"
  printf '  deploy500-tools (500 @McpTool)  "deployed in" %6s ms, Payara "ready in" %6s ms  (boots: %s)  MCP discovery: %s ms\n' \
    "$td" "$tr" "$(all_values 2 tools)" "$(all_values 4 tools)"
  if [[ $pd =~ ^[0-9]+$ && $td =~ ^[0-9]+$ && $pr =~ ^[0-9]+$ && $tr =~ ^[0-9]+$ ]]; then
    echo "  500 tools cost $((td - pd)) ms of deployment and $((tr - pr)) ms until ready (the endpoint builds its catalog after 'deployed')"
  fi
  echo
  echo "Wire comparison ($LEGACY, JSON compared with sorted keys):"
  for line in "${WIRE_NOTES[@]}"; do echo "  $line"; done
  echo
  echo "Raw outputs: $OUT  (total time $((SECONDS - START_SECONDS)) s)"
}
summary | tee "$OUT/summary.txt"
