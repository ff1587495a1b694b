#!/usr/bin/env bash
# How the database path grows: the library's tables, made by its own DDL, filled to 10^4, 10^5 and 10^6 handles
# (100 tenants) with 10^4 open tasks; at each size the plan of every statement the library sends on the paths of a
# handle call, a task and the purges (EXPLAIN ANALYZE), and its median time over a few hundred executions.
#
#   bench/growth.sh                   # PostgreSQL and MariaDB, about 7 minutes on the 2-core build machine
#   BENCH_SMOKE=1 bench/growth.sh     # 10^4 handles, 10^3 tasks, 50 repetitions: a few seconds; CI runs it
#
# Settings (environment):
#   BENCH_SMOKE       1: the smoke run above                                           (default 0)
#   BENCH_GROWTH_DBS  which databases: postgresql, mariadb or both                     (default "postgresql mariadb")
#   BENCH_SIZES       handle counts, comma-separated, ascending                        (default 10000,100000,1000000)
#   BENCH_REPS        measured executions per statement and size                       (default 300)
#   BENCH_TASKS       open tasks (as many finished ones again)                         (default 10000)
#
# It uses the database jeemcp_growth on PostgreSQL (127.0.0.1:5432, user postgres) and MariaDB (127.0.0.1:3306, user
# root), creating it if missing and dropping and recreating the library's tables in it. It fails (exit 1) when a
# statement reads a whole library table at the largest size: a Seq Scan on PostgreSQL, access type ALL on MariaDB.
# It installs gnuplot with apt-get if missing. Everything it writes is in bench/target/growth: growth.tsv (one row per
# database, size and statement: median and 90th percentile in microseconds), plans-<database>.txt, growth.png (the
# medians as executions per second of one connection) and summary.txt. This script is not part of any Maven build.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
SMOKE=${BENCH_SMOKE:-0}
DBS=${BENCH_GROWTH_DBS:-postgresql mariadb}
if [[ $SMOKE == 1 ]]; then
  SIZES=${BENCH_SIZES:-10000}
  REPS=${BENCH_REPS:-50}
  TASKS=${BENCH_TASKS:-1000}
else
  SIZES=${BENCH_SIZES:-10000,100000,1000000}
  REPS=${BENCH_REPS:-300}
  TASKS=${BENCH_TASKS:-10000}
fi
OUT=$BENCH_DIR/target/growth
DDL=$ROOT/mcp-cdi/src/main/resources/META-INF/jeemcp/ddl
PG_VERSION=42.7.14
MARIADB_VERSION=3.5.6

log() { printf '[growth %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# shellcheck source=lib/packages.sh
source "$BENCH_DIR/lib/packages.sh"
install_missing gnuplot=gnuplot-nox
command -v java >/dev/null || die "java is not installed"

# The JDBC drivers the library's tests use, from the local Maven repository (fetched once if missing).
jar() { # groupPath artifact version
  local path=$HOME/.m2/repository/$1/$2/$3/$2-$3.jar
  if [[ ! -f $path ]]; then
    mvn -B -q dependency:get -Dartifact="${1//\//.}:$2:$3" >/dev/null || die "cannot fetch $2 $3"
  fi
  echo "$path"
}
CLASSPATH=$(jar org/postgresql postgresql $PG_VERSION):$(jar org/mariadb/jdbc mariadb-java-client $MARIADB_VERSION)

mkdir -p "$OUT"
TSV=$OUT/growth.tsv
printf 'database\tsize\tstatement\tmedian_us\tp90_us\n' >"$TSV"
failed=0
for db in $DBS; do
  [[ $db =~ ^(postgresql|mariadb)$ ]] || die "BENCH_GROWTH_DBS: $db is neither postgresql nor mariadb"
  log "$db: sizes $SIZES, $TASKS open tasks, $REPS repetitions"
  rc=0
  rm -f "$TSV.part"
  java -cp "$CLASSPATH" "$BENCH_DIR/growth/Growth.java" "$db" "$DDL/$db.sql" "$SIZES" "$REPS" "$TASKS" "$TSV.part" \
    "$OUT/plans-$db.txt" || rc=$?
  [[ -f $TSV.part ]] && cat "$TSV.part" >>"$TSV" && rm -f "$TSV.part"
  case $rc in
    0) log "$db: every statement reads through an index (plans in $OUT/plans-$db.txt)" ;;
    3) log "$db: a statement reads a whole table, see above and $OUT/plans-$db.txt"; failed=1 ;;
    *) die "$db: the measurement failed (exit $rc)" ;;
  esac
done

# The table: one row per statement, one column per database and size, the median in microseconds.
summary=$OUT/summary.txt
{
  echo "Median time of one execution in microseconds (90th percentile in parentheses), client round trip included."
  echo "Machine: $(nproc) cores, $(uname -r); $(date -u +%Y-%m-%dT%H:%MZ)."
  awk -F'\t' 'NR > 1 {
      col = $1 " " $2; if (!(col in seen)) { seen[col] = 1; cols[++nc] = col }
      if (!($3 in seenrow)) { seenrow[$3] = 1; rows[++nr] = $3 }
      cell[$3, col] = sprintf("%.0f (%.0f)", $4, $5)
    }
    END {
      printf "| statement |"; for (c = 1; c <= nc; c++) printf " %s |", cols[c]; printf "\n"
      printf "|---|"; for (c = 1; c <= nc; c++) printf "---:|"; printf "\n"
      for (r = 1; r <= nr; r++) {
        printf "| %s |", rows[r]; for (c = 1; c <= nc; c++) printf " %s |", cell[rows[r], cols[c]]; printf "\n"
      }
    }' "$TSV"
} | tee "$summary"

# The plot: executions per second of one connection (10^6 / the median microseconds) against table size, one line per
# database and statement, log-log: the rate at which one client can send each statement, round trips included.
plot=$OUT/growth.png
{
  echo "set terminal pngcairo size 1400,900 noenhanced"
  echo "set output '$plot'"
  echo "set title 'jeemcp: statements per second on one connection (1e6 / median us) against MCP_HANDLE rows'"
  echo "set logscale xy; set xlabel 'rows in MCP_HANDLE'; set ylabel 'executions per second, one connection'"
  echo "set key outside right; set grid"
  printf 'plot '
  first=1
  mkdir -p "$OUT/series"
  for db in $DBS; do
    for statement in $(awk -F'\t' -v db="$db" 'NR > 1 && $1 == db {print $3}' "$TSV" | awk '!seen[$0]++'); do
      awk -F'\t' -v db="$db" -v s="$statement" '$1 == db && $3 == s {print $2, 1e6 / $4}' "$TSV" >"$OUT/series/$db-$statement.dat"
      [[ $first == 1 ]] || printf ', '
      first=0
      printf "'%s' using 1:2 with linespoints title '%s %s'" "$OUT/series/$db-$statement.dat" "$db" "$statement"
    done
  done
  echo
} >"$OUT/growth.gp"
if gnuplot "$OUT/growth.gp" 2>"$OUT/gnuplot.err"; then
  log "plot: $plot"
else
  log "gnuplot failed (see $OUT/gnuplot.err); the table and TSV stand"
fi
log "results in $OUT"
[[ $failed == 0 ]] || die "a statement reads a whole library table"
