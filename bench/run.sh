#!/usr/bin/env bash
# The whole benchmark in one command: jeemcp vs the MCP Java SDK vs a bare JSON-P servlet, on the same Payara Micro.
#
#   bench/run.sh            # full run: interleaved throughput rounds, then the memory and deploy-time tests
#   bench/run.sh --smoke    # the same pipeline with tiny windows (BENCH_SMOKE=1): checks that the benchmark works
#
# Settings (environment):
#   BENCH_MODE         interleaved: every server's JVM booted once, side by side, and measured in rotating rounds of
#                      short windows (ratios per round, their median reported); sequential: one JVM per server,
#                      one after another, one long run per row                    (default interleaved)
#   BENCH_ROUNDS       interleaved rounds                                         (default 5)
#   BENCH_WINDOW       measured wrk time per row and round (interleaved)          (default 5s)
#   BENCH_DURATION     measured wrk time per row (sequential)                     (default 20s)
#   BENCH_WARMUP       unmeasured wrk time per scenario when a server has booted  (default 10s)
#   BENCH_BUMP_WARMUP  the same for bump: the JTA and JPA path keeps getting faster for a minute or more
#                      (default 60s; smoke 2s)
#   BENCH_WARMUP_LIMIT the most warm-up a row gets beyond those, in 10 s pieces, while the JVM's JIT compiler
#                      threads still take BENCH_JIT_SETTLED percent or more of its CPU (default 300s; smoke 10s)
#   BENCH_JIT_SETTLED  that share, in percent                                      (default 5)
#   BENCH_REWARM       unmeasured wrk time right before each measured run         (default 1s interleaved, 2s sequential)
#   BENCH_CONNECTIONS  wrk connections (one wrk thread)                            (default 16)
#   BENCH_CLIENTS      distinct clients in the per-client memory test              (default 100000)
#   BENCH_DEPLOY_RUNS  boots per WAR in the deploy-time test, alternating          (default 3)
#   BENCH_DEPLOY       only: the deploy-time test alone (no database, no throughput or memory rows), for a change
#                      to discovery; a few minutes                                 (default: with the full run)
#   BENCH_PORT         first HTTP port of Payara Micro (one per server), 127.0.0.1 (default 18181; up to 18199)
#   BENCH_HEAP         -Xms and -Xmx of each Payara Micro                          (default 1g)
#   BENCH_RATE_LIMITS  1: also measure ours with rate limits counted per instance and in the database;
#                      only: those rows and the plain ours rows, nothing else      (default 0)
#   BENCH_TRACING      1: also measure ours with OpenTelemetry on (every request a recorded, sampled span and
#                      its metrics, batched for OTLP to 127.0.0.1:4318, where nothing listens, so the row is
#                      the library's and the SDK's cost, not a collector's); only: that row and
#                      the plain ours rows (combine with BENCH_RATE_LIMITS=only)   (default 0)
#   BENCH_FEATURES     1: also measure ours with each per-call feature switched the other way, one JVM each:
#                      bv-none (no Bean Validation Validator), audit-jpa (audit sink jpa: a row per call),
#                      audit-obs (an application bean observes the audit events; sink off),
#                      tele-off (mcp.telemetry.enabled=false), rl-off (mcp.rateLimit.mode=off), seal (echo asks
#                      the client to confirm: a call that seals a requestState, a retry that opens one, each
#                      against ours' plain echo); only: those and the plain ours rows (default 0)
#   BENCH_SERVERS      a focused comparison: only these servers (of those the settings give, e.g. "ours ours-base
#                      ours-jpa ours-jdbc bare-jta bare"); no memory or deploy-time test (default all)
#   BENCH_SCENARIOS    only these scenarios: list, echo, bump, poll (a tasks/get), create (a tools/call that
#                      creates a task, and its run)                               (default "list echo bump poll create")
#   BENCH_BASELINE_WAR a copy of ours.war built before a library change (the file named ours.war): also measured,
#                      as row ours-base, so that "x ours" shows the change within one run (default none)
#   BENCH_BOOT_TIMEOUT seconds a Payara may take to be ready                     (default 900)
#   BENCH_HANDLE_ROWS  fill MCP_HANDLE with that many rows of 100 other tenants before the servers boot (the rows
#                      of bench/growth.sh), so that bump reads and writes a big table (bench/handle-rows.sh)
#                      (default 0)
#   BENCH_CONTAINER    payara (Payara Micro 6, the default) or tomcat (Tomcat 10.1: the WARs of bench/tomcat, the
#                      interleaved throughput rows of ours, sdk, sdk-imm and bare only; no memory or deploy-time test,
#                      no rate-limit, tracing or baseline rows)                   (default payara)
#   BENCH_SMOKE        1 (or --smoke): windows of 1 s, 2 rounds, 2 s warm-up, 2,000 clients, one deploy boot; fails
#                      on a broken benchmark (a server that does not boot, a wrong answer, a failed verification,
#                      a lost update, servers answering different JSON), never on a speed number (default 0)
#
# The pieces are in bench/lib/*.sh. Everything it writes is under bench/target: the WARs, Payara root folders (removed
# when each server stops), and bench/target/results (every wrk output, every verification response, the Payara logs,
# jcmd outputs, rounds.tsv, results.tsv and summary.txt). All traffic goes to 127.0.0.1. Payara is stopped on exit.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
[[ ${1:-} == --smoke ]] && BENCH_SMOKE=1
SMOKE=${BENCH_SMOKE:-0}
[[ $SMOKE =~ ^(0|1)$ ]] || { echo "BENCH_SMOKE must be 0 or 1" >&2; exit 2; }
if [[ $SMOKE == 1 ]]; then
  : "${BENCH_WINDOW:=1s}" "${BENCH_ROUNDS:=2}" "${BENCH_WARMUP:=2s}" "${BENCH_BUMP_WARMUP:=2s}" "${BENCH_WARMUP_LIMIT:=10s}" "${BENCH_REWARM:=1s}" "${BENCH_DURATION:=2s}"
  : "${BENCH_CLIENTS:=2000}" "${BENCH_DEPLOY_RUNS:=1}"
fi
MODE=${BENCH_MODE:-interleaved}
[[ $MODE =~ ^(interleaved|sequential)$ ]] || { echo "BENCH_MODE must be interleaved or sequential" >&2; exit 2; }
CONTAINER=${BENCH_CONTAINER:-payara}
[[ $CONTAINER =~ ^(payara|tomcat)$ ]] || { echo "BENCH_CONTAINER must be payara or tomcat" >&2; exit 2; }
if [[ $CONTAINER == tomcat && ($MODE != interleaved || ${BENCH_RATE_LIMITS:-0} != 0 || ${BENCH_TRACING:-0} != 0 || ${BENCH_FEATURES:-0} != 0 || -n ${BENCH_BASELINE_WAR:-}) ]]; then
  echo "BENCH_CONTAINER=tomcat measures the interleaved rows of ours, sdk, sdk-imm and bare only" >&2
  exit 2
fi
ROUNDS=${BENCH_ROUNDS:-5}
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_ROUNDS must be a positive number" >&2; exit 2; }
WINDOW=${BENCH_WINDOW:-5s}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-10s}
BUMP_WARMUP=${BENCH_BUMP_WARMUP:-60s}
WARMUP_LIMIT=${BENCH_WARMUP_LIMIT:-300s}
[[ $WARMUP_LIMIT =~ ^(0|[1-9][0-9]*)s$ ]] || { echo "BENCH_WARMUP_LIMIT must be seconds, e.g. 300s" >&2; exit 2; }
SETTLE_CHUNK=10s # the piece of warm-up whose JIT share decides whether a row is warm
JIT_SETTLED=${BENCH_JIT_SETTLED:-5}
[[ $JIT_SETTLED =~ ^(0|[1-9][0-9]*)$ ]] || { echo "BENCH_JIT_SETTLED must be a whole percentage" >&2; exit 2; }
REWARM=${BENCH_REWARM:-$([[ $MODE == interleaved ]] && echo 1s || echo 2s)}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
CLIENTS=${BENCH_CLIENTS:-100000}
DEPLOY_RUNS=${BENCH_DEPLOY_RUNS:-3}
DEPLOY_ONLY=$([[ ${BENCH_DEPLOY:-} == only ]] && echo 1 || echo 0)
[[ -z ${BENCH_DEPLOY:-} || $DEPLOY_ONLY == 1 ]] || { echo "BENCH_DEPLOY must be only (or unset)" >&2; exit 2; }
[[ $DEPLOY_ONLY == 0 || $CONTAINER == payara ]] || { echo "BENCH_DEPLOY=only runs on Payara" >&2; exit 2; }
PORT=${BENCH_PORT:-18181}
HEAP=${BENCH_HEAP:-1g}
BASELINE_WAR=${BENCH_BASELINE_WAR:-}
[[ -z $BASELINE_WAR || ($(basename "$BASELINE_WAR") == ours.war && -f $BASELINE_WAR) ]] \
  || { echo "BENCH_BASELINE_WAR must be an existing file named ours.war" >&2; exit 2; }
HANDLE_ROWS=${BENCH_HANDLE_ROWS:-0}
[[ $HANDLE_ROWS =~ ^[0-9]+$ ]] || { echo "BENCH_HANDLE_ROWS must be a number" >&2; exit 2; }
BOOT_TIMEOUT=${BENCH_BOOT_TIMEOUT:-900} # seconds; five JVMs booting side by side on two cores shared with builds took over 300
RATE_LIMITS=${BENCH_RATE_LIMITS:-0}
[[ $RATE_LIMITS =~ ^(0|1|only)$ ]] || { echo "BENCH_RATE_LIMITS must be 0, 1 or only" >&2; exit 2; }
TRACING=${BENCH_TRACING:-0}
[[ $TRACING =~ ^(0|1|only)$ ]] || { echo "BENCH_TRACING must be 0, 1 or only" >&2; exit 2; }
FEATURES=${BENCH_FEATURES:-0}
[[ $FEATURES =~ ^(0|1|only)$ ]] || { echo "BENCH_FEATURES must be 0, 1 or only" >&2; exit 2; }
# A focused comparison: only these servers (of those the settings above give) and scenarios, no memory or deploy-time
# test. E.g. BENCH_SERVERS="ours ours-base bare" BENCH_SCENARIOS=bump for a change to the handle path.
SERVERS=${BENCH_SERVERS:-}
SCENARIOS=${BENCH_SCENARIOS:-list echo bump poll create}
for scenario in $SCENARIOS; do
  [[ $scenario =~ ^(list|echo|bump|poll|create)$ ]] || { echo "BENCH_SCENARIOS must name list, echo, bump, poll or create" >&2; exit 2; }
done
# "only" in any, or BENCH_SERVERS: just the rows asked for; no memory or deploy-time test.
ONLY=$([[ $RATE_LIMITS == only || $TRACING == only || $FEATURES == only || -n $SERVERS ]] && echo only || echo all)
# The database of bump, poll and create: PostgreSQL, or MariaDB with BENCH_DATABASE=mariadb (ours.war and bare.war
# alike, -Dbench.db on every JVM; Payara only).
DATABASE=${BENCH_DATABASE:-postgresql}
[[ $DATABASE =~ ^(postgresql|mariadb)$ ]] || { echo "BENCH_DATABASE must be postgresql or mariadb" >&2; exit 2; }
[[ $DATABASE == postgresql || ${BENCH_CONTAINER:-payara} == payara ]] \
  || { echo "BENCH_DATABASE=mariadb runs on Payara only (the Tomcat WARs' pool is PostgreSQL's)" >&2; exit 2; }
DB_LABEL=$([[ $DATABASE == mariadb ]] && echo MariaDB || echo PostgreSQL)
DB_NAME=jeemcp_bench # the database BenchDataSource names, on either
PAYARA_VERSION=6.2025.10
PAYARA_JAR=$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar
LEGACY=2025-11-25
MODERN=2026-07-28
PER_CLIENT_LIMIT=16     # bytes per client: less than any object a server could keep per client

WORK=$BENCH_DIR/target/run
OUT=$BENCH_DIR/target/results
TSV=$OUT/results.tsv
START_SECONDS=$SECONDS

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# --- tools -----------------------------------------------------------------------------------------------------

# shellcheck source=lib/packages.sh
source "$BENCH_DIR/lib/packages.sh"
install_missing wrk=wrk jq=jq psql=postgresql-client mysql=mariadb-client
for tool in java jcmd curl wrk jq psql mysql mvn; do
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

{
  echo "date: $(date -u +%FT%TZ)"
  echo "git: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo n/a)$(git -C "$ROOT" status --porcelain 2>/dev/null | grep -q . && echo ' (with uncommitted changes)')"
  echo "library jar: $(ls -l --time-style=+%FT%T "$HOME/.m2/repository/dev/jeemcp/mcp-cdi/0.1.0-SNAPSHOT/mcp-cdi-0.1.0-SNAPSHOT.jar" | awk '{print $6}')"
  echo "java: $(java -version 2>&1 | head -1)"
  if [[ $CONTAINER == tomcat ]]; then
    echo "container: Tomcat 10.1 (bench/lib/tomcat.sh), -Xms$HEAP -Xmx$HEAP"
  else
    echo "payara: $PAYARA_VERSION, -Xms$HEAP -Xmx$HEAP, --nohazelcast"
  fi
  echo "database: $DB_LABEL ($DB_NAME on 127.0.0.1)$([[ $HANDLE_ROWS -gt 0 ]] && echo ", MCP_HANDLE filled with $HANDLE_ROWS rows of other tenants")"
  echo "mode: $MODE$([[ $MODE == interleaved ]] && echo ", $ROUNDS rounds of $WINDOW windows")$([[ $SMOKE == 1 ]] && echo ' (smoke)')"
  echo "wrk: $(wrk --version 2>&1 | head -1 | cut -c1-40), -t1 -c$CONNECTIONS, warm-up $WARMUP per scenario ($BUMP_WARMUP for bump) and up to $WARMUP_LIMIT more while the JIT takes >= $JIT_SETTLED % of the CPU, re-warm $REWARM$([[ $MODE == sequential ]] && echo ", measured $DURATION")"
  echo "cpu: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT/environment.txt"

if [[ $DEPLOY_ONLY == 1 ]]; then
  ONLY=all
  for lib in payara deploy report; do
    # shellcheck source=/dev/null
    source "$BENCH_DIR/lib/$lib.sh"
  done
  deploy_test
  deploy_summary | tee "$OUT/summary.txt"
  exit 0
fi

# --- the database (bump, poll and create use it) --------------------------------------------------------------------

# db_sql <sql>: one statement in the benchmark's database, its rows as plain text; db_admin <sql>: the same outside it.
if [[ $DATABASE == postgresql ]]; then
  db_admin() { psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -qAt -d postgres -c "$1"; }
  db_sql() { psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -qAt -d "$DB_NAME" -c "$1"; }
  db_file() { psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -qAt -d "$DB_NAME" -f "$1"; }
  if ! db_admin 'select 1' >/dev/null 2>&1; then
    log "PostgreSQL on 127.0.0.1:5432 is down: starting the local cluster"
    version=$(ls /etc/postgresql 2>/dev/null | head -1)
    [[ -n $version ]] || die "no PostgreSQL cluster under /etc/postgresql"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || die "could not start PostgreSQL"
    for _ in $(seq 50); do db_admin 'select 1' >/dev/null 2>&1 && break; sleep 0.2; done
  fi
  # A database of its own: the integration tests drop and recreate MCP_HANDLE in `test`.
  [[ -n $(db_admin "select 1 from pg_database where datname = '$DB_NAME'") ]] || db_admin "create database $DB_NAME" >/dev/null
else
  db_admin() { mysql -h 127.0.0.1 -P 3306 -u root -N -B -e "$1"; }
  db_sql() { mysql -h 127.0.0.1 -P 3306 -u root -N -B -e "$1" "$DB_NAME"; }
  db_file() { mysql -h 127.0.0.1 -P 3306 -u root -N -B "$DB_NAME" <"$1"; }
  if ! db_admin 'select 1' >/dev/null 2>&1; then
    log "MariaDB on 127.0.0.1:3306 is down: starting it"
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || die "could not start MariaDB"
    for _ in $(seq 100); do db_admin 'select 1' >/dev/null 2>&1 && break; sleep 0.2; done
  fi
  db_admin "create database if not exists $DB_NAME" >/dev/null
fi
db_sql 'select 1' >/dev/null || die "$DB_LABEL: the database $DB_NAME does not answer"
# The library's tables as its DDL makes them now, recreated on every run: their indexes are part of what a
# handle-updating call costs, and a table made by an older DDL would measure that older cost.
DDL=$ROOT/mcp-cdi/src/main/resources/META-INF/jeemcp/ddl/$DATABASE.sql
for table in $(sed -nE 's/^CREATE TABLE ([A-Z_]+).*/\1/p' "$DDL"); do
  db_sql "drop table if exists $table" >/dev/null
done
log "creating the library's tables in $DB_NAME ($DB_LABEL) from its DDL"
db_file "$DDL" >/dev/null
if ((HANDLE_ROWS > 0)); then
  log "filling MCP_HANDLE with $HANDLE_ROWS rows of 100 other tenants (bench/growth's rows)"
  fill=$(java "$BENCH_DIR/growth/Growth.java" fill-sql "$DATABASE" "$HANDLE_ROWS") || die "bench/growth/Growth.java fill-sql failed"
  db_sql "$fill" >/dev/null
  [[ $(db_sql "select count(*) from MCP_HANDLE") == "$HANDLE_ROWS" ]] || die "MCP_HANDLE does not hold $HANDLE_ROWS rows after the fill"
  # The fill's dirty pages written and its statistics made now, not by a checkpoint or autovacuum during the rounds.
  if [[ $DATABASE == postgresql ]]; then
    db_sql "vacuum analyze MCP_HANDLE" >/dev/null
    db_sql "checkpoint" >/dev/null
  else
    db_sql "analyze table MCP_HANDLE" >/dev/null
  fi
  log "  filled: load average now $(cut -d' ' -f1-3 /proc/loadavg)"
fi

for lib in payara tomcat requests servers heap sequential interleaved deploy report; do
  # shellcheck source=/dev/null
  source "$BENCH_DIR/lib/$lib.sh"
done

# --- throughput, then the memory test (a JVM alone per server) ---------------------------------------------------

if [[ $MODE == interleaved ]]; then
  interleaved_mode
  check_feature_logs
  # The memory test is Payara's (its class histograms and connection timer); on Tomcat only throughput is compared.
  [[ $CONTAINER == payara ]] && for server in $(heap_servers); do heap_alone "$server"; done
else
  sequential_mode
  check_feature_logs
fi
RATE_NOTES=()
if [[ " $(throughput_servers) " == *" rl-db "* ]]; then
  RATE_NOTES+=("rl-db: $(db_sql "select concat(count(*), ' window row(s) left, ', coalesce(sum(calls), 0), ' calls counted') from MCP_RATE")")
fi

# --- wire comparison (semantic: keys sorted; the SDK orders keys differently) ----------------------------------

WIRE_NOTES=()
# Between ours and each of sdk, bare and bare-cdi that was measured (BENCH_SERVERS may leave them out). A created
# task's id and times are its own on each server: the comparison replaces them with placeholders.
same_task() { jq -S '(.result | select(.resultType == "task")) |= (.taskId = "ID" | .createdAt = "T" | .lastUpdatedAt = "T")' "$1"; }
# On each wire both answered: the tasks extension (poll, create) is 2026-07-28's, and the SDK speaks only 2025-11-25.
for scenario in list echo poll create; do
  for wire in "$LEGACY" "$MODERN"; do
    for other in sdk bare bare-cdi; do
      a=$OUT/verify-ours-$scenario-$wire.json
      b=$OUT/verify-$other-$scenario-$wire.json
      [[ -f $a && -f $b ]] || continue
      framing="ours: $(grep -iE '^(content-length|transfer-encoding):' "$a.headers" | tr -d '\r' | xargs), $other: $(grep -iE '^(content-length|transfer-encoding):' "$b.headers" | tr -d '\r' | xargs)"
      if diff <(same_task "$a") <(same_task "$b") >"$OUT/wire-diff-$scenario-$wire-ours-$other.txt"; then
        WIRE_NOTES+=("$scenario ($wire): ours and $other answer the same JSON ($framing)")
      else
        WIRE_NOTES+=("$scenario ($wire): ours and $other differ, see results/wire-diff-$scenario-$wire-ours-$other.txt ($framing)")
        [[ $SMOKE == 1 ]] && die "${WIRE_NOTES[-1]}"
      fi
    done
  done
done


((${#WIRE_NOTES[@]})) || WIRE_NOTES+=("(skipped: ours, or none of sdk, bare and bare-cdi, was measured)")

# --- deploy time of 500 tools, and the report --------------------------------------------------------------------

[[ $CONTAINER == payara ]] && deploy_test
summary | tee "$OUT/summary.txt"
