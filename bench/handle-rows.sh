#!/usr/bin/env bash
# tools/call bump against the size of MCP_HANDLE: the interleaved ours-and-bare bump rows of bench/run.sh, run once
# per table size with MCP_HANDLE filled first (BENCH_HANDLE_ROWS: bench/growth.sh's rows, 100 other tenants). bare's
# floor reads and writes the same table, so ours/bare is the library's share at each size and bare's req/s the
# database's. Prints a table, writes handle-rows.tsv and handle-rows.png (req/s against rows) in
# bench/target/handle-rows, and keeps each size's bench/run.sh results there (results-<rows>/).
#
#   bench/handle-rows.sh                      # 10^3, 10^4, 10^5, 10^6 rows, PostgreSQL: about 17 minutes
#   BENCH_DATABASE=mariadb bench/handle-rows.sh
#
# Settings (environment): BENCH_HANDLE_SIZES (default "1000 10000 100000 1000000"); the other bench/run.sh settings pass
# through (BENCH_ROUNDS, BENCH_WINDOW, BENCH_DATABASE, ...; not BENCH_SERVERS or BENCH_SCENARIOS, which it sets). Not part of any Maven build.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SIZES=${BENCH_HANDLE_SIZES:-1000 10000 100000 1000000}
OUT=$BENCH_DIR/target/handle-rows
log() { printf '[handle-rows %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# shellcheck source=lib/packages.sh
source "$BENCH_DIR/lib/packages.sh"
install_missing gnuplot=gnuplot-nox
for rows in $SIZES; do
  [[ $rows =~ ^[0-9]+$ ]] || { log "BENCH_HANDLE_SIZES: $rows is not a number"; exit 2; }
done
rm -rf "$OUT"
mkdir -p "$OUT"
TSV=$OUT/handle-rows.tsv
printf 'rows\tours_rps\tbare_rps\tours_over_bare\tratio_min\tratio_max\n' >"$TSV"
for rows in $SIZES; do
  log "MCP_HANDLE with $rows other rows"
  BENCH_SERVERS="ours bare" BENCH_SCENARIOS=bump BENCH_HANDLE_ROWS=$rows "$BENCH_DIR/run.sh"
  cp -r "$BENCH_DIR/target/results" "$OUT/results-$rows"
  # The median of the per-round ratios, with their spread, and each server's median req/s (lib/median.awk, as the
  # reports of run.sh and lists.sh compute theirs).
  awk -F'\t' -v rows="$rows" -f "$BENCH_DIR/lib/median.awk" --source '
    NR > 1 && $2 ~ /^tools\/call bump/ && $4 == "2025-11-25" { rps[$1, $3] = $5; rounds[$1] = 1 }
    END {
      for (r in rounds) if ((r, "ours") in rps && (r, "bare") in rps) {
        n++; o["o", n] = rps[r, "ours"]; b["b", n] = rps[r, "bare"]; q["q", n] = rps[r, "ours"] / rps[r, "bare"]
      }
      printf "%d\t%.1f\t%.1f\t%.2f\t%.2f\t%.2f\n", rows, med(o, "o", n), med(b, "b", n), med(q, "q", n), lo(q, "q", n), hi(q, "q", n)
    }' "$OUT/results-$rows/rounds.tsv" >>"$TSV"
done
column -t -s $'\t' "$TSV"

{
  echo "set terminal pngcairo size 1200,700 noenhanced"
  echo "set output '$OUT/handle-rows.png'"
  echo "set title 'jeemcp: tools/call bump (one SELECT, one guarded UPDATE) against rows in MCP_HANDLE'"
  echo "set logscale x; set xlabel 'rows of other tenants in MCP_HANDLE'; set ylabel 'req/s (median of rounds)'"
  echo "set yrange [0:*]; set key bottom left; set grid"
  echo "plot '$TSV' using 1:2 every ::1 with linespoints title 'ours (Handles)', '$TSV' using 1:3 every ::1 with linespoints title 'bare (JDBC by hand)'"
} >"$OUT/handle-rows.gp"
gnuplot "$OUT/handle-rows.gp" && log "plot: $OUT/handle-rows.png"
