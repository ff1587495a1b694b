# Sourced by bench/run.sh: the servers measured, what each one boots with, and the steps both modes share
# (verification, the bump counters, the no-lost-update check).
# shellcheck shell=bash

# The servers whose throughput is measured, in the order of the first round.
throughput_servers() {
  local servers=(ours)
  [[ -n $BASELINE_WAR ]] && servers+=(ours-base)
  [[ $RATE_LIMITS != 0 && ! ($TRACING == only && $RATE_LIMITS != only) ]] && servers+=(rl-inst rl-db)
  [[ $TRACING != 0 && ! ($RATE_LIMITS == only && $TRACING != only) ]] && servers+=(otel-on)
  # Each per-call feature switched off where ours has it on, or on where ours has it off (BENCH_FEATURES).
  [[ $FEATURES != 0 && ($ONLY != only || $FEATURES == only) ]] && servers+=(bv-none audit-jpa audit-obs tele-off rl-off seal)
  # The floors of bump inside ours.war (its HandBump): the same statements by hand with JPA, and with JDBC, in the
  # tool's JTA transaction; and bare's JDBC floor in a JTA transaction of its own (bare-jta). Payara only: on Tomcat
  # ours has no JTA, and bare no database floor.
  [[ $CONTAINER == payara && ($ONLY != only || -n $SERVERS) ]] && servers+=(ours-jpa ours-jdbc bare-jta)
  [[ $ONLY != only || -n $SERVERS ]] && servers+=(sdk sdk-imm bare)
  # bare's servlet in a CDI application (bare-cdi.war: one bean): the floor of what the library adds, since every
  # application that uses it has CDI, and with it the container's per-request work for CDI. Payara only: on Tomcat
  # CDI is the application's own Weld.
  [[ $CONTAINER == payara && ($ONLY != only || -n $SERVERS) ]] && servers+=(bare-cdi)
  if [[ -n $SERVERS ]]; then
    local kept=() server
    for server in "${servers[@]}"; do [[ " $SERVERS " == *" $server "* ]] && kept+=("$server"); done
    ((${#kept[@]})) || die "BENCH_SERVERS names none of: ${servers[*]}"
    servers=("${kept[@]}")
  fi
  echo "${servers[@]}"
}

# server_context <server>: its context root (and WAR name).
server_context() {
  case $1 in
    sdk | sdk-imm) echo sdk ;;
    bare | bare-jta) echo bare ;;
    bare-cdi) echo bare-cdi ;;
    *) echo ours ;;
  esac
}

# server_war <server>: its WAR. ours-base is ours.war built against another install of the library (BENCH_BASELINE_WAR,
# named ours.war so that its context root is the same), to measure a library change against the code before it.
server_war() {
  local c
  c=$(server_context "$1")
  if [[ $1 == ours-base ]]; then echo "$BASELINE_WAR"
  # On Tomcat: the same WARs plus what the container lacks (bench/tomcat); the SDK's WAR carries all it needs.
  elif [[ $CONTAINER == tomcat && $c != sdk ]]; then echo "$BENCH_DIR/tomcat/$c/target/$c.war"
  else echo "$BENCH_DIR/$c-war/target/$c.war"; fi
}

# server_options <server>: its JVM options, one a line.
server_options() {
  # wrk's calls are anonymous, and anonymous callers keep no state unless the application lets them share a tenant:
  # ours.war does, so that the handle-updating scenario has handles to update.
  [[ $(server_context "$1") == ours ]] && echo -Dmcp.anonymousTenant=true
  case $1 in
    # The SDK once more, with tools run on the servlet thread instead of Reactor's bounded-elastic scheduler.
    sdk-imm) echo -Dbench.sdk.immediateExecution=true ;;
    # The cost of rate limiting per call: a per-caller limit that no run reaches (every call is admitted, so the
    # rows compare with ours'), counted per instance (rl-inst) and in PostgreSQL (rl-db). wrk's calls are
    # anonymous, so they all share one count: the worst case, every call on one key (one map entry, one row).
    rl-inst) printf '%s\n' -Dmcp.rateLimit.mode=instance -Dmcp.rateLimit.perCaller=2000000000/PT1M ;;
    rl-db) printf '%s\n' -Dmcp.rateLimit.mode=database -Dmcp.rateLimit.perCaller=2000000000/PT1M ;;
    # The cost of tracing per call: Payara's MicroProfile Telemetry on, every request sampled, its span and metrics
    # recorded and batched for an OTLP exporter. Nothing listens on 127.0.0.1:4318, so each batch's export fails at
    # connect: the row is what the library and the SDK add on the servers' cores, without serializing and sending the
    # spans, and without a collector's speed. (With exporter none the SDK has no span processor and no metric reader, and the library, which records
    # only where something listens, switches itself off: the row would measure nothing.)
    # The features, one at a time (BENCH_FEATURES): Bean Validation off (ours validates with Payara's Validator),
    # the audit sink on (every call one MCP_AUDIT row, written after the answer), the library's telemetry off
    # (on Payara's defaults ours has it off too: the SDK records nowhere, so this row is ours again, a check of the
    # noise), rate limits off (ours counts per instance, none set),
    # an application's audit observer (ours.war's AuditObserver, a bean only with this property; sink off): the
    # library builds and fires an event per call only when somebody listens.
    ours-jpa) echo -Dbench.bump=jpa ;;
    ours-jdbc) echo -Dbench.bump=jdbc ;;
    bare-jta) echo -Dbench.bare.tx=jta ;;
    bv-none) echo -Dmcp.beanValidation=none ;;
    audit-jpa) echo -Dmcp.audit.sink=jpa ;;
    audit-obs) echo -Dbench.auditObserver=true ;;
    tele-off) echo -Dmcp.telemetry.enabled=false ;;
    rl-off) echo -Dmcp.rateLimit.mode=off ;;
    # requestState sealing: echo asks to confirm first (EchoTools), so a call seals a state and its retry opens one.
    # The state lives a day instead of ten minutes: the retry of every window replays the one the verification got.
    seal) printf '%s\n' -Dbench.echo=confirm -Dmcp.requestStateTtlMs=86400000 ;;
    otel-on) printf '%s\n' -Dotel.sdk.disabled=false -Dotel.traces.exporter=otlp -Dotel.metrics.exporter=otlp \
               -Dotel.logs.exporter=none -Dotel.traces.sampler=always_on -Dotel.exporter.otlp.protocol=http/protobuf \
               -Dotel.exporter.otlp.endpoint=http://127.0.0.1:4318 ;;
  esac
}

# server_rows <server>: the rows measured on it, "scenario wire" each (of BENCH_SCENARIOS; the seal row's two legs
# are echo's).
server_rows() {
  local row scenario
  all_server_rows "$1" | while read -r row; do
    scenario=${row%% *}
    [[ $scenario == ask || $scenario == answer ]] && scenario=echo
    [[ " $SCENARIOS " == *" $scenario "* ]] && echo "$row"
  done
  return 0
}

all_server_rows() {
  # The floors inside ours.war differ from ours only in bump.
  if [[ $1 == ours-jpa || $1 == ours-jdbc || $1 == bare-jta ]]; then echo "bump $LEGACY"; return 0; fi
  # The two legs of an echo that asks to confirm: the call that seals a requestState, the retry that opens it.
  if [[ $1 == seal ]]; then printf '%s\n' "ask $MODERN" "answer $MODERN"; return 0; fi
  echo "list $LEGACY"
  echo "echo $LEGACY"
  # bare answers the 2026-07-28 wire as ours does, so that each wire has its own floor (the SDK does not speak it).
  if [[ $1 == ours || $1 == bare || $1 == bare-cdi ]]; then
    echo "list $MODERN"
    echo "echo $MODERN"
  fi
  # ours-base: a change to the handle path is measured against the library before it.
  [[ $1 == ours || $1 == ours-base ]] && echo "bump $LEGACY"
  # The database floor: the same statements over JDBC by hand (bare-war's BareCounters), on Payara's pool.
  if [[ $1 == bare && $CONTAINER == payara ]]; then echo "bump $LEGACY"; fi
  # A task poll (tasks/get, 2026-07-28's tasks extension) of a completed task that ours created, and bare's JDBC floor
  # for the same row (BareTasks); ours-base polls it too, for a change to the poll. Payara only: on Tomcat there is no
  # managed executor, so no task.
  if [[ ($1 == ours || $1 == ours-base || $1 == bare) && $CONTAINER == payara ]]; then echo "poll $MODERN"; fi
  # A tools/call that creates a task (report, the tasks extension declared), and its run on the managed executor;
  # bare's floor does the same statements by hand (BareTasks). Payara only, as the poll.
  if [[ ($1 == ours || $1 == bare) && $CONTAINER == payara ]]; then echo "create $MODERN"; fi
  return 0
}

# server_pid <server>: the pid of the server's JVM, whichever container runs it.
server_pid() { echo "${PAYARA_PIDS[$1]:-${TOMCAT_PIDS[$1]:-}}"; }

# has_counters <server>: whether it serves bump, and so gets counters of its own.
has_counters() { server_rows "$1" | grep -q '^bump '; }

scenario_label() {
  case $1 in
    list) echo "tools/list" ;;
    echo) echo "tools/call echo" ;;
    bump) echo "tools/call bump ($DB_LABEL)" ;;
    poll) echo "tasks/get ($DB_LABEL)" ;;
    create) echo "task created ($DB_LABEL)" ;;
    ask) echo "echo, input asked (seal)" ;;
    answer) echo "echo, input given (open)" ;;
  esac
}

# check_feature_logs: after the rounds, the feature rows must have run what they claim (the library says so once,
# on first use).
check_feature_logs() {
  local servers
  servers=" $(throughput_servers) "
  if [[ $servers == *" bv-none "* ]]; then
    grep -aq "MCP tool arguments: no Bean Validation Validator" "$OUT/payara-bv-none.log" \
      || die "bv-none: the library still validated with a Validator (no 'no Bean Validation Validator' line)"
    grep -aq "MCP tool arguments are validated with" "$OUT/payara-ours.log" \
      || die "ours: no Bean Validation Validator was used, so bv-none compares nothing"
  fi
  if [[ $servers == *" audit-jpa "* ]]; then
    grep -aq "MCP audit: .*sink jpa" "$OUT/payara-audit-jpa.log" || die "audit-jpa: the audit sink is not jpa"
    [[ $(db_sql "select count(*) from MCP_AUDIT") -gt 0 ]] || die "audit-jpa: no MCP_AUDIT row was written"
  fi
  if [[ $servers == *" audit-obs "* ]]; then
    grep -aq "MCP audit: observed, sink off" "$OUT/payara-audit-obs.log" || die "audit-obs: the library found no audit observer"
    grep -aq "Bench audit observer: first event" "$OUT/payara-audit-obs.log" || die "audit-obs: no audit event reached the observer"
    grep -aq "MCP audit: no observer, sink off" "$OUT/payara-ours.log" || die "ours: the library builds audit events, so audit-obs compares nothing"
  fi
  return 0
}

# check_server_log <server>: the extra rows must run what they claim (an older library install lacks the feature).
check_server_log() {
  case $1 in
    rl-inst | rl-db) grep -aq "Rate limits counted" "$OUT/payara-$1.log" \
      || die "$1: the library in ~/.m2 has no rate limits (no 'Rate limits counted' line): mvn install at the root" ;;
    otel-on) grep -aEq "MCP spans( and metrics)? go to OpenTelemetry" "$OUT/payara-otel-on.log" \
      || die "otel-on: the library did not switch its telemetry on (no 'MCP spans ... go to OpenTelemetry' line): mvn install at the root" ;;
    # Payara starts Weld (and logs its version) only for an application that is a bean archive.
    bare-cdi) grep -aq "WELD-000900" "$OUT/payara-bare-cdi.log" \
      || die "bare-cdi: Payara started no Weld for it (no WELD-000900 line), so it is not the floor of a CDI application" ;;
    bare) [[ $CONTAINER == payara ]] && grep -aq "WELD-000900" "$OUT/payara-bare.log" \
      && die "bare: Payara started Weld for it (a WELD-000900 line), so it is no longer a servlet without CDI" ;;
  esac
  return 0
}

# verify_server <server> <url>: one request per row, checked before anything is timed. For a server with bump
# (ours, and bare's database floor), it also creates its counters through its own new_counter: two sets, each with
# one counter per connection and as many spare; the warm-up and the measured runs use COUNTERS[server], a re-warm
# right before a measured run REWARM_COUNTERS[server] (a wrk run ends with requests in flight that the server
# completes after wrk has gone, and the next run must not race them). Each holds space-separated ids.
declare -A COUNTERS=()
declare -A REWARM_COUNTERS=()
verify_server() {
  local server=$1 url=$2
  if [[ $server == seal ]]; then verify_seal "$url"; return 0; fi
  verify "$server" "$url" list "$LEGACY"
  verify "$server" "$url" echo "$LEGACY"
  # The 2026-07-28 list and echo of the servers whose rows have them (all_server_rows decides which).
  if all_server_rows "$server" | grep -qx "echo $MODERN"; then
    verify "$server" "$url" list "$MODERN"
    verify "$server" "$url" echo "$MODERN"
  fi
  server_rows "$server" | grep -q '^poll ' && verify_poll "$server" "$url"
  server_rows "$server" | grep -q '^create ' && verify "$server" "$url" create "$MODERN"
  has_counters "$server" || return 0
  local i id status counters=() file=$OUT/verify-$server-new_counter.json
  for ((i = 0; i < 4 * CONNECTIONS; i++)); do
    status=$(post "$url" "$LEGACY" tools/call new_counter "$(body new_counter "$LEGACY")" "$file")
    [[ $status == 200 ]] || die "$server new_counter: HTTP $status: $(head -c 400 "$file")"
    id=$(jq -er '.result.structuredContent.result' "$file") || die "$server new_counter: no id"
    counters+=("$id")
  done
  REWARM_COUNTERS[$server]="${counters[*]:2*CONNECTIONS}"
  COUNTERS[$server]="${counters[*]:0:2*CONNECTIONS}"
  verify "$server" "$url" bump "$LEGACY" "${counters[0]}"
  [[ $server == ours ]] && verify "$server" "$url" bump "$MODERN" "${counters[0]}"
  return 0
}

# verify_poll <server> <url>: ours creates the task that every poll reads (a report task, completed at once on the
# managed executor) and must answer it completed; bare must answer the same row. TASK_ID holds its id.
TASK_ID=
verify_poll() {
  local server=$1 url=$2 file status
  if [[ $server == ours ]]; then
    file=$OUT/verify-ours-report-task.json
    status=$(post "$url" "$MODERN" tools/call report "$(body report "$MODERN")" "$file")
    [[ $status == 200 ]] || die "ours report: HTTP $status: $(head -c 400 "$file")"
    TASK_ID=$(jq -er 'select(.result.resultType == "task") | .result.taskId' "$file") \
      || die "ours report: no task was created: $(head -c 400 "$file")"
    for _ in $(seq 100); do
      status=$(post "$url" "$MODERN" tasks/get "$TASK_ID" "$(body poll "$MODERN" "$TASK_ID")" "$file")
      jq -e '.result.status == "completed"' "$file" >/dev/null 2>&1 && break
      sleep 0.1
    done
  fi
  [[ -n $TASK_ID ]] || die "$server poll: it reads the task ours creates: measure ours too"
  verify "$server" "$url" poll "$MODERN" "$TASK_ID"
}

# verify_seal <url>: the call answers input_required with a sealed requestState (SEAL_STATE holds it), and the retry
# with the confirmation and that state gets the echo.
SEAL_STATE=
verify_seal() {
  verify seal "$1" ask "$MODERN"
  SEAL_STATE=$(jq -er '.result.requestState' "$OUT/verify-seal-ask-$MODERN.json") || die "seal: no requestState"
  verify seal "$1" answer "$MODERN" "$SEAL_STATE"
}

# counters_of <server> [rewarm] [scenario]: its counter ids, one argument each, for wrk (a poll: the task id; the
# retry of the seal row: the requestState; another scenario: nothing, as it takes no ids).
counters_of() {
  local ids
  if [[ ${3:-} == poll ]]; then echo "$TASK_ID"; return 0; fi
  if [[ ${3:-} == answer ]]; then echo "$SEAL_STATE"; return 0; fi
  if [[ -n ${3:-} && $3 != bump ]]; then return 0; fi
  if [[ ${2:-} == rewarm ]]; then ids=${REWARM_COUNTERS[$1]:-}; else ids=${COUNTERS[$1]:-}; fi
  # shellcheck disable=SC2086
  [[ -z $ids ]] || printf '%s\n' $ids
}

# warm_up <server> <url> [<server> <url> ...]: every row of these servers, before any of them is measured (the JIT
# keeps improving the shared code paths for a while; measuring the first scenario right after boot would penalise
# it). Each row first runs for its warm-up time, one server after another. Then, in passes over all servers, every
# row whose last piece had JIT_SETTLED percent or more of its JVM's CPU in the JIT compiler threads runs another
# SETTLE_CHUNK, up to WARMUP_LIMIT more, and every other row a REWARM. A slow machine takes minutes to compile the JTA
# and JPA path: a fixed minute of warm-up measured ours' bump at half its speed in a run's first rounds. The settled
# rows keep running because, in one run, a JVM left idle for two minutes while another settled compiled again when
# its load came back (a fifth of its CPU in round 1; the cause was not established).
declare -A WARM_SHARE=() # "<server> <scenario> <wire>" -> the JIT's share of the last warm-up piece, in percent
warm_up() {
  local -a pairs=("$@") rows=()
  local -A still=()
  local i server url scenario wire row extra=0
  for ((i = 0; i < ${#pairs[@]}; i += 2)); do
    server=${pairs[i]} url=${pairs[i + 1]}
    while read -r scenario wire; do
      local time=$WARMUP
      [[ $scenario == bump ]] && time=$BUMP_WARMUP
      log "warm-up: $scenario on $server ($wire), $time"
      warm_piece "$server" "$url" "$scenario" "$wire" "$time" warmup
      rows+=("$server $url $scenario $wire")
    done < <(server_rows "$server")
  done
  while :; do
    still=()
    for row in "${rows[@]}"; do
      read -r server url scenario wire <<<"$row"
      ((${WARM_SHARE["$server $scenario $wire"]} >= JIT_SETTLED)) && still[$row]=1
    done
    ((${#still[@]} > 0 && extra < ${WARMUP_LIMIT%s})) || break
    extra=$((extra + ${SETTLE_CHUNK%s}))
    for row in "${rows[@]}"; do
      [[ -n ${still[$row]:-} ]] || continue
      read -r server url scenario wire <<<"$row"
      log "  still compiling: $scenario on $server ($wire), ${WARM_SHARE["$server $scenario $wire"]} % of its CPU in the JIT; $SETTLE_CHUNK more"
    done
    for row in "${rows[@]}"; do
      read -r server url scenario wire <<<"$row"
      if [[ -n ${still[$row]:-} ]]; then
        warm_piece "$server" "$url" "$scenario" "$wire" "$SETTLE_CHUNK" "warmup-$extra"
      else
        warm_piece "$server" "$url" "$scenario" "$wire" "$REWARM" "warmup-$extra-touch" keep
      fi
    done
  done
  for ((i = 0; i < ${#pairs[@]}; i += 2)); do
    server=${pairs[i]}
    while read -r scenario wire; do
      log "  warm: $scenario on $server ($wire), ${WARM_SHARE["$server $scenario $wire"]} % of the last piece's CPU in the JIT"
    done < <(server_rows "$server")
  done
  if ((${#still[@]} > 0)); then
    log "  ${#still[@]} rows still compiling after $WARMUP_LIMIT more: their windows measure a JVM warming up (see jit %)"
  elif ((extra > 0)); then
    log "  settled after up to $extra s more per row"
  fi
}

# warm_piece <server> <url> <scenario> <wire> <time> <file tag> [keep]: one unmeasured run, and the JIT's share of the
# JVM's CPU in it (unless keep: a settled row's short touch leaves its share as it was, and bumps the re-warm counters,
# so that it cannot race the requests a piece of the same row left in flight). Each run has its own output file, since
# check_bump_counts adds up every bump run's answers.
warm_piece() {
  local server=$1 url=$2 scenario=$3 wire=$4 time=$5 tag=$6 keep=${7:-} pid ticks jit
  pid=$(server_pid "$server")
  ticks=$(cpu_ticks "$pid") jit=$(compiler_ticks "$pid")
  # shellcheck disable=SC2046
  run_wrk "$time" "$OUT/wrk-$server-$scenario-$wire-$tag.txt" "$url" "$scenario" "$wire" $(counters_of "$server" "${keep:+rewarm}" "$scenario")
  if [[ -z $keep ]]; then
    ticks=$(($(cpu_ticks "$pid") - ticks)) jit=$(($(compiler_ticks "$pid") - jit))
    WARM_SHARE["$server $scenario $wire"]=$((ticks > 0 ? 100 * jit / ticks : 0))
  fi
  if [[ $scenario == create ]]; then drain_tasks; fi
}

# vacuum_table <table>: a table without its dead row versions (see the interleaved rounds): the handle table before
# bump, the task table after each create window (every run's UPDATE leaves one, drain_tasks). PostgreSQL's; InnoDB
# purges its own.
vacuum_table() { [[ $DATABASE == mariadb ]] || db_sql "vacuum $1" >/dev/null; }

# drain_tasks: waits until every task created so far has run (none working), then vacuums the task table: the runs a
# create window leaves queued (at most mcp.taskRunsPerInstance, 64, against thousands created in a window) and the
# dead row versions every run leaves must not land in the next server's window. A task that never completes is a
# broken benchmark.
drain_tasks() {
  local working
  for _ in $(seq 300); do
    working=$(db_sql "select count(*) from MCP_TASK where status = 'WORKING'")
    if ((working == 0)); then
      vacuum_table mcp_task
      return 0
    fi
    sleep 0.1
  done
  die "create: $working task(s) still working 30 s after the window: their runs did not complete"
}

# check_tasks_completed: after the rounds, every task created is completed with the report's result, and the table
# holds as many tasks as wrk saw created (a refused create leaves no row, and must not pass for a fast one): plus the
# verification calls and the poll's task, plus at most one request per connection and wrk run that the server
# completed after wrk stopped reading.
check_tasks_completed() {
  local total completed created files extra=0
  mapfile -t files < <(find "$OUT" -maxdepth 1 -name 'wrk-*-create-*.txt')
  ((${#files[@]})) || return 0
  total=$(db_sql "select count(*) from MCP_TASK")
  completed=$(db_sql "select count(*) from MCP_TASK where status = 'COMPLETED' and outcome like '%report: bench%'")
  [[ -f $OUT/verify-ours-report-task.json ]] && extra=1 # the poll's task
  created=$(cat "${files[@]}" \
    | sed -nE 's/^RESULT .* responses=([0-9]+) non2xx=([0-9]+) rpc_errors=([0-9]+) tool_errors=([0-9]+) conflicts=[0-9]+ wrong=([0-9]+) .*/\1 \2 \3 \4 \5/p' \
    | awk -v verified="$(find "$OUT" -maxdepth 1 -name 'verify-*-create-*.json' | wc -l)" -v extra="$extra" \
        '{ n += $1 - $2 - $3 - $4 - $5 } END { print n + verified + extra }')
  local verdict="every create answered with a task made one"
  ((total >= created && total <= created + ${#files[@]} * CONNECTIONS)) || verdict="MISMATCH: refused or lost creates"
  ((total == completed)) || verdict="NOT ALL COMPLETED"
  echo "$total tasks in the table, $completed completed with the report's result; wrk saw $created created (with the verifications and the poll's task) in ${#files[@]} runs ($verdict)" \
    >"$OUT/tasks-created.txt"
  [[ $verdict != every* && $SMOKE == 1 ]] && die "create: $(cat "$OUT/tasks-created.txt")"
  return 0
}

# check_bump_counts: no lost update. The counts in the database add up to the successful bumps wrk saw (of every
# server with counters, plus their verification calls), plus at most one request per connection and wrk run that the
# server completed after wrk stopped reading.
check_bump_counts() {
  local total answered runs files server with=()
  for server in $(throughput_servers); do has_counters "$server" && with+=("$server"); done
  ((${#with[@]})) || return 0
  # Their bump runs: warm-ups, re-warms and measured windows.
  mapfile -t files < <(for server in "${with[@]}"; do find "$OUT" -maxdepth 1 -name "wrk-$server-bump-*.txt"; done)
  local count="(payload::json->>'count')::bigint"
  [[ $DATABASE == mariadb ]] && count="cast(json_value(payload, '\$.count') as signed)"
  # Not the rows BENCH_HANDLE_ROWS filled in (tenants tenant-0 to tenant-99, some of kind counter): only the bench's.
  total=$(db_sql "select coalesce(sum($count), 0) from MCP_HANDLE where kind = 'counter' and tenant not like 'tenant-%'")
  answered=$(cat "${files[@]}" | sed -nE 's/^RESULT .* responses=([0-9]+) .* tool_errors=([0-9]+) .*/\1 \2/p' \
    | awk -v verified="$(find "$OUT" -maxdepth 1 -name 'verify-*-bump-*.json' | wc -l)" '{ n += $1 - $2 } END { print n + verified }')
  runs=${#files[@]}
  local verdict="no lost update"
  ((total >= answered && total <= answered + runs * CONNECTIONS)) || verdict="MISMATCH: lost or extra updates"
  echo "$(for server in "${with[@]}"; do counters_of "$server"; counters_of "$server" rewarm; done | wc -l) counters; the database holds $total bumps, wrk saw $answered succeed in $runs runs ($verdict)" \
    >"$OUT/bump-counters.txt"
  [[ $verdict == MISMATCH* && $SMOKE == 1 ]] && die "bump: $(cat "$OUT/bump-counters.txt")"
  return 0
}
