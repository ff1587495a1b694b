# Sourced by bench/run.sh: the interleaved mode (the default). Every server's JVM is booted once, side by side, each
# on its own port; all are verified and warmed up; then ROUNDS rounds of short measured windows, per scenario one
# window per server in an order that rotates by one place each round. Whatever the machine does meanwhile (other
# builds, thermal or frequency drift) lands on all servers of a round alike, so the ratio of two servers within one
# round is far steadier than two sequential runs; the report gives the median of the per-round ratios and its spread.
# shellcheck shell=bash

ROUNDS_TSV=$OUT/rounds.tsv
declare -A URLS=()

interleaved_mode() {
  local servers i server options
  read -ra servers <<<"$(throughput_servers)"
  ((PORT + ${#servers[@]} - 1 <= 18199)) || die "${#servers[@]} servers from port $PORT go past 18199 (set BENCH_PORT)"
  log "booting ${servers[*]} side by side on ports $PORT-$((PORT + ${#servers[@]} - 1)) (-Xmx$HEAP each)"
  for i in "${!servers[@]}"; do
    server=${servers[i]}
    mapfile -t options < <(server_options "$server")
    "launch_$CONTAINER" "$server" $((PORT + i)) "$(server_war "$server")" "${options[@]}"
    URLS[$server]=http://127.0.0.1:$((PORT + i))/$(server_context "$server")/mcp
  done
  for server in "${servers[@]}"; do
    "await_$CONTAINER" "$server" "$(server_war "$server")"
    check_server_log "$server"
  done
  log "all ${#servers[@]} servers ready"
  for server in "${servers[@]}"; do verify_server "$server" "${URLS[$server]}"; done
  local pairs=()
  for server in "${servers[@]}"; do pairs+=("$server" "${URLS[$server]}"); done
  warm_up "${pairs[@]}"

  printf 'round\tscenario\tserver\twire\trps\tp50_ms\tp99_ms\tnon2xx\terrors\tconflicts\tcpu_us\tjit_pct\n' >"$ROUNDS_TSV"
  local round kind entries scenario wire n j
  for ((round = 1; round <= ROUNDS; round++)); do
    for kind in list echo ask answer bump poll create; do
      entries=()
      for server in "${servers[@]}"; do
        while read -r scenario wire; do
          [[ $scenario == "$kind" ]] && entries+=("$server $wire")
        done < <(server_rows "$server")
      done
      n=${#entries[@]}
      # Every bump leaves a dead row version in the handle table. A production database vacuums them away as it
      # goes; a machine with autovacuum off (as these build machines are) does not, and the table's growing dead
      # versions slowed some servers' later windows to a fifth. So the bump rows of each round start vacuumed (and
      # every create window ends so: drain_tasks).
      ((n)) && [[ $kind == bump ]] && vacuum_table mcp_handle
      for ((j = 0; j < n; j++)); do
        read -r server wire <<<"${entries[(j + round - 1) % n]}"
        wrk_row "$server" "$wire" "${URLS[$server]}" "$kind" "$WINDOW" "$server-$kind-$wire-r$round" "$ROUNDS_TSV" "$round"
        if [[ $kind == create ]]; then drain_tasks; fi
      done
    done
  done
  [[ -n ${URLS[ours]:-} ]] && check_bump_counts
  [[ " $SCENARIOS " == *" create "* && $CONTAINER == payara ]] && check_tasks_completed
  "stop_all_$CONTAINER"
  rounds_to_results
}

# rounds_to_results: results.tsv (the sequential mode's format) from the rounds: per row the median req/s, p50 and
# p99 over the rounds, the sums of bad answers, the median CPU time per request and the largest JIT share of a round.
rounds_to_results() {
  printf 'scenario\tserver\twire\trps\tp50_ms\tp99_ms\tnon2xx\terrors\tconflicts\tcpu_us\tjit_pct\n' >"$TSV"
  awk -F'\t' -f "$BENCH_DIR/lib/median.awk" --source '
    NR == 1 { next }
    { k = $2 "\t" $3 "\t" $4; if (!(k in seen)) { seen[k] = 1; order[++rows] = k }
      n[k]++; rps[k, n[k]] = $5; p50[k, n[k]] = $6; p99[k, n[k]] = $7; bad2[k] += $8; err[k] += $9; conf[k] += $10
      cpu[k, n[k]] = $11; jit[k, n[k]] = $12 }
    END {
      for (i = 1; i <= rows; i++) {
        k = order[i]
        printf "%s\t%.1f\t%.2f\t%.2f\t%d\t%d\t%d\t%.1f\t%.1f\n", k, med(rps, k, n[k]), med(p50, k, n[k]), med(p99, k, n[k]), bad2[k], err[k], conf[k], med(cpu, k, n[k]), hi(jit, k, n[k])
      }
    }' "$ROUNDS_TSV" >>"$TSV"
}

# interleaved_table: the throughput table of the report, from the rounds.
interleaved_table() {
  echo "Throughput, interleaved: $ROUNDS rounds; per round and scenario one $WINDOW window per row (after a $REWARM re-warm), in an"
  echo "order that rotates each round. req/s, p50 and p99: medians over the rounds, req/s with its min-max. Ratios: the median of"
  echo "the per-round ratios (min-max): ours/bare divides by bare's window of the same round, scenario and wire (bare answers"
  echo "$MODERN as ours does), ours/sdk by the faster of sdk and sdk-imm in that round on the $LEGACY wire (the SDK does not"
  echo "speak $MODERN); x ours divides an extra row (ours-base, rate limits, tracing, features) by ours' window of the same"
  echo "round, scenario and wire (seal: of ours' echo). The bump floors inside ours.war (ours-jpa, ours-jdbc: the same"
  echo "statements by hand in the tool's transaction) and bare-jta (bare's statements in a JTA transaction of its own) also get"
  echo "ours/bare: their own ratio to bare's; so does bare-cdi (bare's servlet in a CDI application), whose x ours column is"
  echo "the other way round: ours ÷ bare-cdi, what the library adds to a CDI application's floor."
  echo "cpu us: the server JVM's CPU time per answered request in its window (all its threads; median over the rounds);"
  echo "bare/ours cpu: the median of the per-round ratios of bare's to ours' (1.00: ours costs what bare does; 0.90: ours"
  echo "costs 1.11x); it counts no wrk time, but JIT, GC and the other core's load move it within a run as well."
  echo "jit %: the share of that CPU in the JVM's JIT compiler threads, median (max) over the rounds: a share of more than a"
  echo "few percent means the JVM was still compiling that row's code, so its windows measured a server still warming up."
  echo "Targets: ours >= 1.5x sdk, >= 0.85x bare."
  echo
  awk -F'\t' -v legacy="$LEGACY" -f "$BENCH_DIR/lib/median.awk" --source '
    NR == 1 { next }
    { r = $1; k = $2 "\t" $3 "\t" $4; if (!(k in seen)) { seen[k] = 1; order[++rows] = k }
      # per: requests per µs of CPU, so that bare/ours cpu is the same ratio of ours to bare as req/s
      rps[r, $2, $3, $4] = $5; if ($11 > 0) per[r, $2, $3, $4] = 1 / $11; if (r > rounds) rounds = r
      n[k]++; v[k, n[k]] = $5; p50[k, n[k]] = $6; p99[k, n[k]] = $7; bad2[k] += $8; err[k] += $9; conf[k] += $10
      us[k, n[k]] = $11; jit[k, n[k]] = $12 }
    # ratio <array to fill> <rates: rps or per> <scenario> <server> <wire> <denominator kind>: per-round ratios;
    # returns how many
    function ratios(out, t, s, srv, w, by,    r, m, a, b, c) {
      m = 0
      for (r = 1; r <= rounds; r++) {
        a = t[r, s, srv, w]
        if (by == "bare") b = t[r, s, "bare", w]
        else if (by == "sdk") { b = t[r, s, "sdk", legacy]; c = t[r, s, "sdk-imm", legacy]; if (c > b) b = c }
        else if (by == "echo") b = t[r, "tools/call echo", "ours", w] # the seal row: against the plain echo
        else if (by == "cdi") { a = t[r, s, "ours", w]; b = t[r, s, srv, w] } # ours over bare-cdi, the CDI floor
        else b = t[r, s, "ours", w]
        if (a > 0 && b > 0) out[1, ++m] = a / b
      }
      return m
    }
    function cell(t, s, srv, w, by,    x, m) {
      delete x; m = ratios(x, t, s, srv, w, by)
      if (m == 0) return "-"
      return sprintf("%.2f (%.2f-%.2f)", med(x, 1, m), lo(x, 1, m), hi(x, 1, m))
    }
    END {
      printf "%-29s %-9s %-10s %8s %-15s %6s %6s %5s %6s %-17s %-17s %-17s %6s %-17s %s\n", "scenario", "server", "wire", "req/s", "(min-max)", "p50 ms", "p99 ms", "non2x", "errors", "ours/bare", "ours/sdk", "x ours", "cpu us", "bare/ours cpu", "jit %"
      for (i = 1; i <= rows; i++) {
        k = order[i]; split(k, f, "\t")
        rb = "-"; rs = "-"; ro = "-"; rc = "-"
        if (f[2] == "ours") { rb = cell(rps, f[1], "ours", f[3], "bare"); rs = cell(rps, f[1], "ours", f[3], "sdk"); rc = cell(per, f[1], "ours", f[3], "bare") }
        else if (f[2] != "sdk" && f[2] != "sdk-imm" && f[2] != "bare") {
          ro = cell(rps, f[1], f[2], f[3], f[2] == "seal" ? "echo" : f[2] == "bare-cdi" ? "cdi" : "ours")
          # every way of doing bump against the database floor
          if (f[1] ~ /bump/ || f[2] == "bare-cdi") rb = cell(rps, f[1], f[2], f[3], "bare")
        }
        errors = err[k] (conf[k] > 0 ? " (" conf[k] " conflicts)" : "")
        printf "%-29s %-9s %-10s %8.0f %-15s %6.2f %6.2f %5d %6s %-17s %-17s %-17s %6.0f %-17s %s\n", f[1], f[2], f[3], med(v, k, n[k]),
          sprintf("(%.0f-%.0f)", lo(v, k, n[k]), hi(v, k, n[k])), med(p50, k, n[k]), med(p99, k, n[k]), bad2[k], errors, rb, rs, ro,
          med(us, k, n[k]), rc, sprintf("%.1f (%.1f)", med(jit, k, n[k]), hi(jit, k, n[k]))
      }
    }' "$ROUNDS_TSV"
}
