# Sourced by bench/run.sh: the printed report.
# shellcheck shell=bash


summary() {
  echo
  if [[ $MODE == interleaved ]]; then
    echo "jeemcp benchmark: $([[ $CONTAINER == tomcat ]] && echo "Tomcat $TOMCAT_VERSION (-Xmx$HEAP each)" || echo "Payara Micro $PAYARA_VERSION (-Xmx$HEAP each, --nohazelcast)"), every server's JVM booted once, side by side;"
    echo "wrk -t1 -c$CONNECTIONS; $WARMUP warm-up per scenario after boot ($BUMP_WARMUP for bump), then 10 s more at a time while the JIT took >= $JIT_SETTLED % of the CPU (at most $WARMUP_LIMIT more); 127.0.0.1;"
  else
    echo "jeemcp benchmark: Payara Micro $PAYARA_VERSION (-Xmx$HEAP, --nohazelcast), one JVM per server, one after another;"
    echo "wrk -t1 -c$CONNECTIONS; $WARMUP warm-up per scenario after boot ($BUMP_WARMUP for bump), then 10 s more at a time while the JIT took >= $JIT_SETTLED % of the CPU (at most $WARMUP_LIMIT more), $REWARM re-warm, $DURATION measured per row; 127.0.0.1;"
  fi
  echo "$(nproc) cores shared by wrk and the servers; load average at start: $(sed -n 's/^load average at start: //p' "$OUT/environment.txt")."
  [[ $SMOKE == 1 ]] && echo "SMOKE RUN: tiny windows, the numbers mean nothing; it checks that the benchmark works."
  echo "sdk = MCP Java SDK 2.1.0 defaults (tools on Reactor's bounded-elastic scheduler); sdk-imm = immediateExecution(true)."
  echo
  if [[ $MODE == interleaved ]]; then
    interleaved_table
  else
    echo "ours/sdk divides by the faster of sdk and sdk-imm for the same scenario on the $LEGACY wire (the SDK does not speak"
    echo "$MODERN), ours/bare by bare for the same scenario and wire. Targets: ours >= 1.5x sdk, ours >= 0.85x bare."
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
            b = rps[f[1], "bare", f[3]]
            if (s > 0) { rs = sprintf("%.2f", f[4] / s); ts = (f[4] / s >= 1.5) ? "PASS" : "MISS" }
            if (b > 0) { rb = sprintf("%.2f", f[4] / b); tb = (f[4] / b >= 0.85) ? "PASS" : "MISS" }
          }
          errors = f[8] (f[9] > 0 ? " (" f[9] " conflicts)" : "")
          printf "%-29s %-7s %-10s %9.0f %7s %7s %7s %7s %8s %9s %-10s %-12s\n", f[1], f[2], f[3], f[4], f[5], f[6], f[7], errors, rs, rb, ts, tb
        }
      }' "$TSV"
  fi
  echo
  if [[ -f $OUT/bump-counters.txt ]]; then
    echo "bump: each request holds a counter that no other request in flight holds; an optimistic-lock conflict would count as an error."
    echo "  $(cat "$OUT/bump-counters.txt")"
  fi
  if [[ -f $OUT/tasks-created.txt ]]; then
    echo "create: every task a create answered must be in the table and completed, its run done before the next window."
    echo "  $(cat "$OUT/tasks-created.txt")"
  fi
  echo
  if [[ $RATE_LIMITS != 0 ]]; then
    echo "Rate limits: rl-inst and rl-db are ours with mcp.rateLimit.perCaller=2000000000/PT1M (never reached: every call admitted),"
    echo "counted per instance and in $DB_LABEL (one guarded UPDATE in its own transaction per call); wrk's anonymous calls share one key."
    awk -F'\t' 'NR > 1 { rps[$1 SUBSEP $2 SUBSEP $3] = $4 }
      END { for (k in rps) { split(k, f, SUBSEP); if (f[2] == "ours" && f[1] ~ /echo/) {
              for (m = 1; m <= 2; m++) { l = (m == 1) ? "rl-inst" : "rl-db"; r = rps[f[1], l, f[3]]
                if (r > 0) printf "  %s %s: %.0f req/s = %.2f x ours (%.1f us more per call at this load)\n", l, f[3], r, r / rps[k], 1e6 / r - 1e6 / rps[k] } } } }' "$TSV"
    for line in "${RATE_NOTES[@]}"; do echo "  $line"; done
    echo
  fi
  if [[ $TRACING != 0 ]]; then
    echo "Tracing: otel-on is ours with Payara's OpenTelemetry on (every request sampled, its span and metrics recorded and batched"
    echo "for an OTLP endpoint where nothing listens); ours has Payara's defaults, an SDK that records nowhere, so the library's"
    echo "telemetry is off there."
    awk -F'\t' 'NR > 1 { rps[$1 SUBSEP $2 SUBSEP $3] = $4 }
      END { for (k in rps) { split(k, f, SUBSEP); if (f[2] == "ours") { r = rps[f[1], "otel-on", f[3]]
              if (r > 0) printf "  otel-on %s %s: %.0f req/s = %.2f x ours (%.1f us more per call at this load)\n", f[1], f[3], r, r / rps[k], 1e6 / r - 1e6 / rps[k] } } }' "$TSV"
    echo
  fi
  if ((${#HEAP_LINES[@]})); then
  echo "Per-client memory: live objects (GC.class_histogram, after a full GC) before and after $CLIENTS distinct clients, once the"
  echo "container has dropped the clients' closed connections. Target: < $PER_CLIENT_LIMIT bytes per client (no per-client state)."
  echo "  a $LEGACY client: initialize (own clientInfo) + notifications/initialized + tools/call echo, on a new TCP connection;"
  echo "  a $MODERN client: one tools/call echo whose _meta carries its own clientInfo, on a new TCP connection."
  local line
  for line in "${HEAP_LINES[@]}"; do echo "  $line"; done
  echo
  fi
  deploy_summary
  echo "Wire comparison (JSON compared with sorted keys):"
  for line in "${WIRE_NOTES[@]}"; do echo "  $line"; done
  echo
  echo "Raw outputs: $OUT  (total time $((SECONDS - START_SECONDS)) s)"
}

# deploy_summary: the deploy-time test's lines (Payara only, when it ran).
deploy_summary() {
  [[ $CONTAINER == payara && $DEPLOY_RUNS -gt 0 ]] || return 0
  echo "Deploy time, 50 @ApplicationScoped beans x 10 methods (String, int, enum, record, List<String> parameters), median of $DEPLOY_RUNS boot(s):"
  local pd td pr tr
  pd=$(median 2 plain); td=$(median 2 tools); pr=$(median 3 plain); tr=$(median 3 tools)
  printf '  deploy500-plain (no @McpTool)   "deployed in" %6s ms, Payara "ready in" %6s ms  (boots: %s)  MCP discovery: %s ms (CPU: %s ms)\n' \
    "$pd" "$pr" "$(all_values 2 plain)" "$(all_values 4 plain)" "$(all_values 5 plain)"
  printf '  deploy500-tools (500 @McpTool)  "deployed in" %6s ms, Payara "ready in" %6s ms  (boots: %s)  MCP discovery: %s ms (CPU: %s ms)\n' \
    "$td" "$tr" "$(all_values 2 tools)" "$(all_values 4 tools)" "$(all_values 5 tools)"
  if [[ $pd =~ ^[0-9]+$ && $td =~ ^[0-9]+$ && $pr =~ ^[0-9]+$ && $tr =~ ^[0-9]+$ ]]; then
    echo "  500 tools cost $((td - pd)) ms of deployment and $((tr - pr)) ms until ready (the endpoint builds its catalog after 'deployed')"
  fi
  echo
}
