#!/usr/bin/env bash
# How tools/list grows with the number of tools, and what role filtering costs: the library's WAR with 10, 100 and
# 1,000 generated tools (bench/lists, deploy500's generator; the default page size of 100, so pagination is on from
# 100), each once with unrestricted tools (open-N) and once with every tool restricted to a role (roles-N), all six
# JVMs booted side by side and measured in interleaved rounds like run.sh. Per size three rows:
#   open-N anon    tools/list, first page, anonymous caller
#   open-N auth    the same, signed in over HTTP BASIC (bench/bench): the floor of the row below
#   roles-N auth   the same caller, every tool requiring its role: the cost of role filtering is roles/open (auth)
# and a check that the filter works (roles-N anonymous must list no tool). A whole list of N tools takes
# ceil(N/100) such requests; every page costs what the first does (each request decides the visible set over all N).
#
#   bench/lists.sh            about 10 minutes on the 2-core build machine
#   bench/lists.sh --smoke    tiny windows, 2 rounds: checks the pipeline, prints meaningless numbers (~4 minutes)
#
# Settings (environment): BENCH_ROUNDS (5; smoke 2), BENCH_WINDOW (5s; smoke 1s), BENCH_REWARM (1s),
# BENCH_WARMUP (10s; smoke 2s), BENCH_CONNECTIONS (16), BENCH_HEAP (1g), BENCH_PORT (18181), BENCH_SIZES
# ("10 100 1000", multiples of 10), BENCH_BOOT_TIMEOUT (900).
# Everything it writes is in bench/target/lists: lists.tsv (one line per round and row), summary.txt, lists.png
# (req/s against tools, gnuplot, installed with apt-get if missing), the wrk outputs and the Payara logs.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
SMOKE=${BENCH_SMOKE:-0}
[[ ${1:-} == --smoke ]] && SMOKE=1
if [[ $SMOKE == 1 ]]; then
  ROUNDS=${BENCH_ROUNDS:-2}; WINDOW=${BENCH_WINDOW:-1s}; WARMUP=${BENCH_WARMUP:-2s}
else
  ROUNDS=${BENCH_ROUNDS:-5}; WINDOW=${BENCH_WINDOW:-5s}; WARMUP=${BENCH_WARMUP:-10s}
fi
REWARM=${BENCH_REWARM:-1s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
HEAP=${BENCH_HEAP:-1g}
PORT=${BENCH_PORT:-18181}
SIZES=${BENCH_SIZES:-10 100 1000}
BOOT_TIMEOUT=${BENCH_BOOT_TIMEOUT:-900}
# lib/payara.sh passes -Dbench.db to every JVM (ours.war's and bare.war's database); these WARs have none.
DATABASE=postgresql
PAYARA_VERSION=6.2025.10
PAYARA_JAR=$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar
WIRE=2025-11-25
PAGE=100 # mcp.pageSize's default
BASIC="Basic $(printf 'bench:bench' | base64)"

OUT=$BENCH_DIR/target/lists
WORK=$OUT/run
TSV=$OUT/lists.tsv

log() { printf '[lists %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# shellcheck source=lib/packages.sh
source "$BENCH_DIR/lib/packages.sh"
install_missing wrk=wrk jq=jq gnuplot=gnuplot-nox
rm -rf "$OUT"
mkdir -p "$WORK"

if [[ ! -d $HOME/.m2/repository/dev/jeemcp/mcp-api/0.1.0-SNAPSHOT ]]; then
  log "the library is not in ~/.m2: mvn install -DskipTests at the root first"
  (cd "$ROOT" && mvn -B -q install -DskipTests)
fi
[[ -f $PAYARA_JAR ]] || mvn -B -q dependency:get -Dartifact=fish.payara.extras:payara-micro:$PAYARA_VERSION -Dtransitive=false

# --- the WARs: one build per size and kind (the generator replaces the beans each time) ----------------------------

WARS=()
for size in $SIZES; do
  ((size % 10 == 0)) || die "BENCH_SIZES: $size is not a multiple of 10"
  for kind in open roles; do
    war=$kind-$size
    role=-; [[ $kind == roles ]] && role=bench
    log "building $war.war ($size tools$([[ $kind == roles ]] && echo ', each requiring the role bench'))"
    mvn -B -q -o -f "$BENCH_DIR/lists/pom.xml" clean package -Dlists.beans=$((size / 10)) -Dlists.methods=10 -Dlists.role=$role \
      -Dlists.war="$war" >"$OUT/build-$war.log" 2>&1 \
      || mvn -B -q -f "$BENCH_DIR/lists/pom.xml" clean package -Dlists.beans=$((size / 10)) -Dlists.methods=10 -Dlists.role=$role \
        -Dlists.war="$war" >>"$OUT/build-$war.log" 2>&1 \
      || { tail -30 "$OUT/build-$war.log" >&2; die "building $war failed"; }
    cp "$BENCH_DIR/lists/target/$war.war" "$WORK/"
    WARS+=("$war")
  done
done

# --- boot side by side ------------------------------------------------------------------------------------------

# shellcheck source=lib/payara.sh
source "$BENCH_DIR/lib/payara.sh"
declare -A URLS=()
log "booting ${WARS[*]} side by side from port $PORT (-Xmx$HEAP each)"
for i in "${!WARS[@]}"; do
  launch_payara "${WARS[i]}" $((PORT + i)) "$WORK/${WARS[i]}.war"
  URLS[${WARS[i]}]=http://127.0.0.1:$((PORT + i))/${WARS[i]}/mcp
done
for war in "${WARS[@]}"; do await_payara "$war" "$WORK/$war.war"; done
log "all ${#WARS[@]} ready"

# list <war> <anon|auth> <file>: the first page of tools/list; prints the HTTP status.
list() {
  local auth=()
  [[ $2 == auth ]] && auth=(-H "Authorization: $BASIC")
  curl -s -o "$3" -w '%{http_code}' -X POST "${URLS[$1]}" -H 'Content-Type: application/json' \
    -H 'Accept: application/json, text/event-stream' -H "MCP-Protocol-Version: $WIRE" "${auth[@]}" \
    --data-binary '{"jsonrpc":"2.0","id":1,"method":"tools/list"}'
}

# verify <war> <caller> <expected tools on the first page> <whether a next cursor is expected>
verify() {
  local file=$OUT/verify-$1-$2.json status
  status=$(list "$1" "$2" "$file")
  [[ $status == 200 ]] || die "$1 ($2): HTTP $status: $(head -c 300 "$file")"
  jq -e --argjson n "$3" --argjson more "$4" '(.result.tools | length) == $n and (.result | has("nextCursor")) == $more' \
    "$file" >/dev/null || die "$1 ($2): expected $3 tools$([[ $4 == true ]] && echo ' and a next cursor'): $(head -c 300 "$file")"
}

ROWS=()
for size in $SIZES; do
  first=$((size < PAGE ? size : PAGE))
  more=$([[ $size -gt $PAGE ]] && echo true || echo false)
  verify "open-$size" anon $first "$more"
  verify "open-$size" auth $first "$more"
  verify "roles-$size" auth $first "$more"
  verify "roles-$size" anon 0 false # the filter at work: an anonymous caller sees none of the restricted tools
  ROWS+=("open-$size anon" "open-$size auth" "roles-$size auth")
done
log "verified: every first page holds what its caller may see"

# run <war> <caller> <duration> <file>
run() {
  local auth=
  [[ $2 == auth ]] && auth=$BASIC
  BENCH_AUTHORIZATION=$auth wrk -t1 -c"$CONNECTIONS" -d"$3" --latency -s "$BENCH_DIR/wrk/mcp.lua" "${URLS[$1]}" -- list "$WIRE" \
    >"$4" 2>&1 || die "wrk failed: $(tail -5 "$4")"
  local line
  line=$(grep '^RESULT ' "$4") || die "no RESULT line in $4"
  grep -q ' non2xx=0 rpc_errors=0 tool_errors=0 conflicts=0 wrong=0 socket_errors=0 timeouts=0' <<<"$line" \
    || die "$1 ($2): error answers or socket errors: $line $(grep FIRST_BAD "$4" | cut -c1-300)"
  sed -E 's/.* rps=([^ ]+).* p50_us=([^ ]+).* p99_us=([^ ]+).*/\1 \2 \3/' <<<"$line"
}

for row in "${ROWS[@]}"; do
  read -r war caller <<<"$row"
  run "$war" "$caller" "$WARMUP" "$OUT/wrk-$war-$caller-warmup.txt" >/dev/null || exit 1
done
printf 'round\twar\tcaller\ttools\trps\tp50_us\tp99_us\n' >"$TSV"
for ((round = 1; round <= ROUNDS; round++)); do
  n=${#ROWS[@]}
  for ((j = 0; j < n; j++)); do
    read -r war caller <<<"${ROWS[(j + round - 1) % n]}"
    run "$war" "$caller" "$REWARM" "$OUT/wrk-$war-$caller-r$round-rewarm.txt" >/dev/null || exit 1
    measured=$(run "$war" "$caller" "$WINDOW" "$OUT/wrk-$war-$caller-r$round.txt") || exit 1 # die in $(...) only ends the subshell
    read -r rps p50 p99 <<<"$measured"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$war" "$caller" "${war#*-}" "$rps" "$p50" "$p99" >>"$TSV"
    log "round $round: $war ($caller) $rps req/s"
  done
done
stop_all_payara

# --- report -----------------------------------------------------------------------------------------------------

{
  echo "tools/list ($WIRE, first page of at most $PAGE tools) against the number of tools: Payara Micro $PAYARA_VERSION,"
  echo "-Xmx$HEAP each, all JVMs side by side; wrk -t1 -c$CONNECTIONS; $ROUNDS rounds of $WINDOW windows in rotating order;"
  echo "$(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ); git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo n/a)."
  [[ $SMOKE == 1 ]] && echo "SMOKE RUN: tiny windows, the numbers mean nothing; it checks that the benchmark works."
  echo "req/s: median over the rounds (min-max). Ratios: median of the per-round ratios (min-max). vs first size: this row"
  echo "over the same row at the smallest size. roles/open: roles-N over open-N, both signed in (the price of role filtering);"
  echo "auth/anon: open-N signed in over anonymous (the price of HTTP BASIC and the identity store, not the library's)."
  echo
  awk -F'\t' -v first_size="${SIZES%% *}" -f "$BENCH_DIR/lib/median.awk" --source '
    NR == 1 { next }
    { k = $2 " " $3; if (!(k in seen)) { seen[k] = 1; order[++rows] = k; tools[k] = $4 }
      n[k]++; rps[k, n[k]] = $5; r[$1, k] = $5; p99[k, n[k]] = $7; rounds[$1] = 1 }
    function ratio(a, b,    i, m) { m = 0
      for (i in rounds) if (r[i, a] > 0 && r[i, b] > 0) { m++; q[m] = r[i, a] / r[i, b] }
      for (i = 1; i <= m; i++) qq["x", i] = q[i]
      return m ? sprintf("%.2f (%.2f-%.2f)", med(qq, "x", m), lo(qq, "x", m), hi(qq, "x", m)) : "-" }
    END {
      printf "%-16s %6s %-21s %9s %20s %20s %20s\n", "row", "tools", "req/s (min-max)", "p99 ms", "vs first size", "roles/open", "auth/anon"
      for (i = 1; i <= rows; i++) {
        k = order[i]; split(k, f, " "); split(f[1], w, "-"); size = w[2]
        x10 = (size != first_size) ? ratio(k, w[1] "-" first_size " " f[2]) : "-"
        ro = (w[1] == "roles") ? ratio(k, "open-" size " auth") : "-"
        aa = (w[1] == "open" && f[2] == "auth") ? ratio(k, "open-" size " anon") : "-"
        printf "%-16s %6s %-21s %9.2f %20s %20s %20s\n", k, size, sprintf("%.0f (%.0f-%.0f)", med(rps, k, n[k]), lo(rps, k, n[k]), hi(rps, k, n[k])),
          med(p99, k, n[k]) / 1000, x10, ro, aa
      }
    }' "$TSV"
} | tee "$OUT/summary.txt"

plot=$OUT/lists.png
mkdir -p "$OUT/series"
for row in "open anon" "open auth" "roles auth"; do
  read -r kind caller <<<"$row"
  awk -F'\t' -v kind="$kind" -v caller="$caller" -f "$BENCH_DIR/lib/median.awk" --source '
    NR > 1 && $2 ~ "^" kind "-" && $3 == caller { k = $4; if (!(k in seen)) { seen[k] = 1; sizes[++s] = k } n[k]++; v[k, n[k]] = $5 }
    END { for (i = 1; i <= s; i++) print sizes[i], med(v, sizes[i], n[sizes[i]]) }' "$TSV" >"$OUT/series/$kind-$caller.dat"
done
cat >"$OUT/lists.gp" <<GP
set terminal pngcairo size 1000,650 noenhanced
set output '$plot'
set title 'jeemcp: tools/list (first page) req/s against the number of tools'
set logscale x; set xlabel 'tools deployed (page size $PAGE)'; set ylabel 'req/s (median of $ROUNDS rounds)'
set yrange [0:*]; set key top right; set grid
plot '$OUT/series/open-anon.dat' using 1:2 with linespoints title 'open, anonymous', \
     '$OUT/series/open-auth.dat' using 1:2 with linespoints title 'open, signed in', \
     '$OUT/series/roles-auth.dat' using 1:2 with linespoints title 'every tool role-restricted, signed in'
GP
if gnuplot "$OUT/lists.gp" 2>"$OUT/gnuplot.err"; then log "plot: $plot"; else log "gnuplot failed (see $OUT/gnuplot.err)"; fi
log "results in $OUT"
