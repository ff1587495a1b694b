# Sourced by bench/run.sh: the per-client memory test (a JVM alone: it reads the live heap).
# shellcheck shell=bash


# live_bytes <tag>: bytes of live objects, from a class histogram (which runs a full GC first). Exact, unlike the
# heap's "used" figure, which also counts whatever was allocated since the last GC.
live_bytes() {
  jcmd "$PAYARA_PID" GC.class_histogram >"$OUT/histogram-$1.txt"
  awk '$1 == "Total" { print $3 }' "$OUT/histogram-$1.txt"
}

# histogram_growth <before tag> <after tag>: the classes whose live bytes grew most.
histogram_growth() {
  awk 'FNR == NR && $1 ~ /^[0-9]+:$/ { before[$4] = $3; count[$4] = $2; next }
       $1 ~ /^[0-9]+:$/ { d = $3 - before[$4]; if (d > 0) printf "%d\t%d\t%s\n", d, $2 - count[$4], $4 }' \
    "$OUT/histogram-$1.txt" "$OUT/histogram-$2.txt" | sort -rn | head -6 \
    | awk -F'\t' '{ printf "        %+9.1f KB %+8d instances  %s\n", $1 / 1024, $2, $3 }'
}

# await_closed_connections: wait until the container has dropped the objects of closed connections (see the
# keep-alive timeout above): no more connections live than wrk holds open, or the count no longer falls.
await_closed_connections() {
  local deadline=$((SECONDS + 60)) live previous=-1 since=$SECONDS
  while :; do
    live=$(jcmd "$PAYARA_PID" GC.class_histogram | awk '$4 == "org.glassfish.grizzly.nio.transport.TCPNIOConnection" { print $2 }')
    live=${live:-0}
    ((live <= CONNECTIONS + 8)) && return
    ((live == previous && SECONDS - since >= 10)) && return
    ((SECONDS < deadline)) || { log "  $live connections still live after 60 s"; return; }
    previous=$live
    sleep 2
  done
}

# clients_run <server> <url> <wire> <count> <first client number> <tag>: wrk until <count> clients
# got their answer (the script then writes a marker file, and wrk is stopped with SIGINT; it reports as usual).
clients_run() {
  local server=$1 url=$2 wire=$3 count=$4 first=$5 tag=$6
  local file=$OUT/clients-$server-$wire-$tag.txt marker=$WORK/clients-$server-$wire-$tag.done
  rm -f "$marker"
  wrk -t1 -c"$CONNECTIONS" -d600s -s "$BENCH_DIR/wrk/clients.lua" "$url" -- "$wire" "$count" "$first" "$marker" \
    >"$file" 2>&1 &
  local wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do
    [[ -f $marker ]] && kill -INT "$wrk_pid" 2>/dev/null
    sleep 0.2
  done
  wait "$wrk_pid" || die "wrk (clients) failed: $(tail -5 "$file")"
  local line completed bad
  line=$(grep '^CLIENTS ' "$file") || die "no CLIENTS line in $file"
  completed=$(sed -E 's/.*clients=([0-9]+).*/\1/' <<<"$line")
  bad=$(sed -E 's/.* bad=([0-9]+).*/\1/' <<<"$line")
  ((completed >= count)) || die "$server: only $completed of $count clients completed: $line"
  ((bad == 0)) || die "$server: $bad bad answers in the clients run: $(grep FIRST_BAD "$file")"
  echo "$line"
}

# heap_test <server> <url> <wire>: live objects before and after CLIENTS distinct clients.
HEAP_LINES=()
heap_test() {
  local server=$1 url=$2 wire=$3
  local settle=$((CLIENTS / 20))
  ((settle < 1000)) && settle=1000
  log "per-client memory on $server ($wire): $settle clients to settle, then $CLIENTS distinct clients"
  clients_run "$server" "$url" "$wire" "$settle" 900000000 settle >/dev/null
  await_closed_connections
  local before after line waited
  before=$(live_bytes "$server-$wire-before")
  line=$(clients_run "$server" "$url" "$wire" "$CLIENTS" 0 measured)
  waited=$SECONDS
  await_closed_connections
  waited=$((SECONDS - waited))
  after=$(live_bytes "$server-$wire-after")
  local us growth
  us=$(sed -E 's/.*duration_us=([0-9]+).*/\1/' <<<"$line")
  HEAP_LINES+=("$(awk -v s="$server" -v w="$wire" -v b="$before" -v a="$after" -v n="$CLIENTS" -v us="$us" \
      -v waited="$waited" -v limit="$PER_CLIENT_LIMIT" 'BEGIN {
      d = a - b; per = d / n
      printf "%-5s %-10s live %7.2f MB -> %7.2f MB  delta %+8.1f KB = %+7.2f KB per 1000 clients (%+6.2f B/client)  %s  [%d clients in %.0f s, then %d s for closed connections to go]",
        s, w, b / 1048576, a / 1048576, d / 1024, per * 1000 / 1024, per, (per < limit) ? "PASS" : "MISS", n, us / 1e6, waited }')")
  log "  ${HEAP_LINES[-1]}"
  if [[ ${HEAP_LINES[-1]} == *MISS* ]]; then
    growth=$(histogram_growth "$server-$wire-before" "$server-$wire-after")
    HEAP_LINES+=("      largest growth by class (GC.class_histogram, before -> after):" "$growth")
  fi
}

