# Sourced by bench/run.sh: the deploy time of 500 tools (a fresh JVM per boot).
# shellcheck shell=bash

deploy_test() {
  : >"$OUT/deploy.tsv"
  [[ $ONLY == only ]] && DEPLOY_RUNS=0
  local run variant war deployed ready discovery expected discovery_ms cpu_ms
  for ((run = 1; run <= DEPLOY_RUNS; run++)); do
    for variant in plain tools; do
      war=$BENCH_DIR/deploy500/$variant/target/deploy500-$variant.war
      log "deploy time: deploy500-$variant, boot $run of $DEPLOY_RUNS"
      start_payara "deploy500-$variant-$run" "$war"
      deployed=$(sed -nE 's/.*deploy500-'"$variant"' was successfully deployed in ([0-9,]+) milliseconds.*/\1/p' "$PAYARA_LOG" | tr -d , | head -1)
      ready=$(sed -nE 's/.* ready in ([0-9,]+) \(ms\).*/\1/p' "$PAYARA_LOG" | tr -d , | head -1)
      discovery=$(grep -aoE 'MCP discovery: [0-9]+ tools, [0-9]+ prompts, [0-9]+ resources in [0-9]+ ms( \([0-9]+ ms CPU\))?' "$PAYARA_LOG" | head -1 || true)
      expected=$([[ $variant == tools ]] && echo 500 || echo 0)
      if [[ -n $discovery && $discovery != "MCP discovery: $expected tools,"* ]]; then
        die "deploy500-$variant: expected $expected tools, the log says: $discovery"
      fi
      grep -aq "MCP endpoint ready at /deploy500-$variant/mcp with $expected tools" "$PAYARA_LOG" \
        || log "  (no 'MCP endpoint ready ... with $expected tools' line in the log)"
      stop_payara "deploy500-$variant-$run"
      discovery_ms=n/a
      cpu_ms=n/a
      [[ -n $discovery ]] && discovery_ms=$(sed -E 's/.* in ([0-9]+) ms.*/\1/' <<<"$discovery")
      # The discovering thread's CPU time (logged since the eleventh session): the rest of Payara boots alongside.
      [[ $discovery == *" ms CPU)" ]] && cpu_ms=$(sed -E 's/.*\(([0-9]+) ms CPU\)/\1/' <<<"$discovery")
      printf '%s\t%s\t%s\t%s\t%s\n' "$variant" "$deployed" "$ready" "$discovery_ms" "$cpu_ms" >>"$OUT/deploy.tsv"
    done
  done
}

# median <column> <variant>
median() {
  awk -F'\t' -v v="$2" -v c="$1" '$1 == v { print $c }' "$OUT/deploy.tsv" | sort -n | awk '
    { x[NR] = $1 } END { if (NR == 0 || x[1] == "n/a") { print "n/a"; exit }
                         print (NR % 2) ? x[(NR + 1) / 2] : int((x[NR / 2] + x[NR / 2 + 1]) / 2) }'
}
all_values() { awk -F'\t' -v v="$2" -v c="$1" '$1 == v { printf "%s%s", (n++ ? ", " : ""), $c }' "$OUT/deploy.tsv"; }
