# Sourced by bench/run.sh: Payara Micro instances, one per label and port; several may run at once (the interleaved
# mode boots every server side by side, each on its own port).
# shellcheck shell=bash

declare -A PAYARA_PIDS=()  # label -> pid
declare -A PAYARA_ROOTS=() # label -> root folder (an unpacked runtime, about 60 MB; removed when it stops)
PAYARA_PID=                # the instance started last (the sequential mode and the heap test use it)
PAYARA_LOG=

# stop_payara <label>
stop_payara() {
  local label=$1 pid=${PAYARA_PIDS[$1]:-}
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  unset "PAYARA_PIDS[$label]"
  [[ -n ${PAYARA_ROOTS[$label]:-} ]] && rm -rf "${PAYARA_ROOTS[$label]}"
  unset "PAYARA_ROOTS[$label]"
  [[ $pid == "$PAYARA_PID" ]] && PAYARA_PID=
  return 0
}

stop_all_payara() {
  local label
  for label in "${!PAYARA_PIDS[@]}"; do stop_payara "$label"; done
}
trap stop_all_payara EXIT
trap 'exit 130' INT TERM

# Payara's defaults, except: the HTTP listener binds 127.0.0.1 only, and an idle keep-alive connection is closed
# after 5 s instead of 30 s. Grizzly keeps a closed connection's objects (about 2 KB) until that timer fires, so
# the memory test has to wait that long before it reads the heap; wrk's connections are never idle during a run.
# (Payara also closes a keep-alive connection after 250 requests, its default max-connections; wrk reconnects.)
cat >"$WORK/preboot.asadmin" <<'ASADMIN'
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.timeout-seconds=5
ASADMIN

# launch_payara <label> <port> <war> [java options...]: a fresh JVM with one WAR, in the background.
launch_payara() {
  local label=$1 port=$2 war=$3
  shift 3
  ((port >= 18181 && port <= 18199)) || die "port $port is outside 18181-18199"
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port is already in use (set BENCH_PORT)"
  fi
  local root=$WORK/root-$label
  rm -rf "$root"
  # -Dbench.db: the database of ours.war and bare.war (BenchDataSource; bare-cdi.war carries bare's, looked up
  # lazily); the other WARs ignore it.
  java -Xms"$HEAP" -Xmx"$HEAP" -Dbench.db="$DATABASE" "$@" -jar "$PAYARA_JAR" --nohazelcast --port "$port" \
    --rootDir "$root" --prebootcommandfile "$WORK/preboot.asadmin" --deploy "$war" \
    >"$OUT/payara-$label.log" 2>&1 &
  PAYARA_PIDS[$label]=$!
  PAYARA_ROOTS[$label]=$root
  PAYARA_PID=$!
  PAYARA_LOG=$OUT/payara-$label.log
}

# await_payara <label> <war>: waits until Payara says it is ready and the WAR deployed.
await_payara() {
  local label=$1 war=$2 log=$OUT/payara-$1.log pid=${PAYARA_PIDS[$1]}
  local deadline=$((SECONDS + BOOT_TIMEOUT))
  until grep -aqs ' ready in ' "$log"; do # -s: the background shell may not have created the log yet
    kill -0 "$pid" 2>/dev/null || { tail -30 "$log" >&2; die "Payara ($label) exited during boot"; }
    ((SECONDS < deadline)) || { tail -30 "$log" >&2; die "Payara ($label) not ready in $BOOT_TIMEOUT s"; }
    sleep 0.5
  done
  grep -aq 'was successfully deployed in' "$log" || { tail -40 "$log" >&2; die "$(basename "$war") did not deploy ($label)"; }
}

# start_payara <label> <war> [java options...]: one JVM alone on PORT, ready when it returns.
start_payara() {
  local label=$1 war=$2
  shift 2
  launch_payara "$label" "$PORT" "$war" "$@"
  await_payara "$label" "$war"
  PAYARA_LOG=$OUT/payara-$label.log
  PAYARA_PID=${PAYARA_PIDS[$label]}
}
