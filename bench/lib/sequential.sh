# Sourced by bench/run.sh: the sequential mode (BENCH_MODE=sequential): one fresh JVM per server, one after another,
# its throughput rows and, for ours, sdk and bare, the per-client memory test right after them. The interleaved mode
# uses heap_alone for the memory test, which needs a JVM alone.
# shellcheck shell=bash

# run_server <server> <heap test: yes|no>
run_server() {
  local server=$1 heap=$2 war options
  war=$(server_war "$server")
  mapfile -t options < <(server_options "$server")
  log "== $server: booting Payara Micro with $(basename "$war")"
  start_payara "$server" "$war" "${options[@]}"
  check_server_log "$server"
  local url=http://127.0.0.1:$PORT/$(server_context "$server")/mcp
  verify_server "$server" "$url"
  warm_up "$server" "$url"
  local scenario wire
  while read -r scenario wire; do
    [[ $scenario == bump ]] && vacuum_table mcp_handle # as in the interleaved rounds
    wrk_row "$server" "$wire" "$url" "$scenario" "$DURATION" "$server-$scenario-$wire" "$TSV"
    if [[ $scenario == create ]]; then drain_tasks; fi
  done < <(server_rows "$server")
  has_counters "$server" && check_bump_counts
  if server_rows "$server" | grep -q '^create '; then check_tasks_completed; fi
  if [[ $heap == yes ]]; then
    heap_test "$server" "$url" "$LEGACY"
    [[ $server == ours ]] && heap_test "$server" "$url" "$MODERN"
  fi
  stop_payara "$server"
}

# heap_servers: the servers of the per-client memory test.
heap_servers() { [[ $ONLY == only ]] || echo ours sdk bare; }

sequential_mode() {
  printf 'scenario\tserver\twire\trps\tp50_ms\tp99_ms\tnon2xx\terrors\tconflicts\tcpu_us\tjit_pct\n' >"$TSV"
  local server heap
  for server in $(throughput_servers); do
    heap=no
    [[ " $(heap_servers) " == *" $server "* ]] && heap=yes
    run_server "$server" "$heap"
  done
}

# heap_alone <server>: a fresh JVM for the memory test alone (its own settling clients warm it up).
heap_alone() {
  local server=$1 war options
  war=$(server_war "$server")
  mapfile -t options < <(server_options "$server")
  log "== $server alone for the per-client memory test"
  start_payara "$server-heap" "$war" "${options[@]}"
  local url=http://127.0.0.1:$PORT/$(server_context "$server")/mcp
  verify "$server" "$url" echo "$LEGACY"
  heap_test "$server" "$url" "$LEGACY"
  [[ $server == ours ]] && heap_test "$server" "$url" "$MODERN"
  stop_payara "$server-heap"
}
