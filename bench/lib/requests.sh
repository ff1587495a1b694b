# Sourced by bench/run.sh: the request bodies, the verification of one answer, and wrk runs parsed into rows.
# shellcheck shell=bash


# A request that declares the tasks extension (2026-07-28: per request, in its client capabilities).
TASKS_META='"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{"extensions":{"io.modelcontextprotocol/tasks":{}}},"io.modelcontextprotocol/clientInfo":{"name":"curl-bench","version":"1.0.0"}}'
META='"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{},"io.modelcontextprotocol/clientInfo":{"name":"curl-bench","version":"1.0.0"}}'
# A request that declares elicitation, so that the seal row's echo may ask the client to confirm.
ELICIT_META='"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{"elicitation":{}},"io.modelcontextprotocol/clientInfo":{"name":"curl-bench","version":"1.0.0"}}'

# body <scenario> <wire> [counter id, task id or requestState]: the bodies the wrk script sends (with id 1).
body() {
  local scenario=$1 wire=$2 meta=
  [[ $wire == "$MODERN" ]] && meta=",$META"
  case $scenario in
    list) if [[ $wire == "$MODERN" ]]; then
            printf '{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{%s}}' "$META"
          else
            printf '{"jsonrpc":"2.0","id":1,"method":"tools/list"}'
          fi ;;
    echo) printf '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"text":"hello world"}%s}}' "$meta" ;;
    bump) printf '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"bump","arguments":{"counter_id":"%s"}%s}}' "$3" "$meta" ;;
    report | create) printf '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"report","arguments":{"topic":"bench"},%s}}' "$TASKS_META" ;;
    ask) printf '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"text":"hello world"},%s}}' "$ELICIT_META" ;;
    answer) printf '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"text":"hello world"},"inputResponses":{"confirm":{"action":"accept","content":{"confirm":true}}},"requestState":"%s",%s}}' "$3" "$ELICIT_META" ;;
    poll) printf '{"jsonrpc":"2.0","id":1,"method":"tasks/get","params":{"taskId":"%s",%s}}' "$3" "$TASKS_META" ;;
    new_counter) printf '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"new_counter","arguments":{}%s}}' "$meta" ;;
  esac
}

# post <url> <wire> <method> <name> <body> <response file>: prints the HTTP status.
post() {
  local url=$1 wire=$2 method=$3 name=$4 data=$5 file=$6
  local extra=()
  if [[ $wire == "$MODERN" ]]; then
    extra+=(-H "Mcp-Method: $method")
    [[ -n $name ]] && extra+=(-H "Mcp-Name: $name")
  fi
  curl -s -o "$file" -D "$file.headers" -w '%{http_code}' -X POST "$url" -H 'Content-Type: application/json' \
    -H 'Accept: application/json, text/event-stream' -H "MCP-Protocol-Version: $wire" "${extra[@]}" --data-binary "$data"
}

# verify <server> <url> <scenario> <wire> [counter id]: one request, checked before anything is timed.
verify() {
  local server=$1 url=$2 scenario=$3 wire=$4 counter=${5:-}
  local file=$OUT/verify-$server-$scenario-$wire.json method=tools/call name=$scenario status
  [[ $scenario == list ]] && { method=tools/list; name=; }
  [[ $scenario == poll ]] && { method=tasks/get; name=$counter; }
  [[ $scenario == create ]] && name=report
  [[ $scenario == ask || $scenario == answer ]] && name=echo
  status=$(post "$url" "$wire" "$method" "$name" "$(body "$scenario" "$wire" "$counter")" "$file")
  [[ $status == 200 ]] || die "$server $scenario ($wire): HTTP $status: $(head -c 400 "$file")"
  jq -e 'has("result") and (.result.isError != true)' "$file" >/dev/null \
    || die "$server $scenario ($wire): not a successful result: $(head -c 400 "$file")"
  case $scenario in
    # report is new: a BENCH_BASELINE_WAR built before it lists the other three (the wire comparison is ours' own)
    list) jq -e '[.result.tools[].name] - ["report"] == ["bump","echo","new_counter"]' "$file" >/dev/null \
            || die "$server tools/list ($wire): unexpected tools: $(head -c 400 "$file")" ;;
    echo) jq -e '.result.content == [{"type":"text","text":"echo: hello world"}] and .result.structuredContent == {"result":"echo: hello world"}' \
            "$file" >/dev/null || die "$server echo ($wire): unexpected result: $(head -c 400 "$file")" ;;
    bump) jq -e '.result.structuredContent.result | type == "number"' "$file" >/dev/null \
            || die "$server bump ($wire): unexpected result: $(head -c 400 "$file")" ;;
    create) jq -e '.result.resultType == "task" and .result.status == "working" and (.result.taskId | startswith("task_"))' "$file" >/dev/null \
            || die "$server create ($wire): not a created task: $(head -c 400 "$file")" ;;
    ask) jq -e '.result.resultType == "input_required" and (.result.requestState | type == "string")
                and .result.inputRequests.confirm.method == "elicitation/create"' "$file" >/dev/null \
            || die "$server ask ($wire): not input_required with a requestState: $(head -c 400 "$file")" ;;
    answer) jq -e '.result.structuredContent == {"result":"echo: hello world"}' "$file" >/dev/null \
            || die "$server answer ($wire): the retry did not get the echo: $(head -c 400 "$file")" ;;
    poll) jq -e '.result.status == "completed" and .result.result.structuredContent == {"result":"report: bench"}' "$file" >/dev/null \
            || die "$server poll ($wire): not the completed report task: $(head -c 400 "$file")" ;;
  esac
}

# The server JVM's CPU time per answered request is measured with every window, next to req/s: the two cores are
# shared by wrk and every server, so req/s also carries how the scheduler split them, while the CPU a server spends
# per request is its own cost (its container, its GC and JIT threads included).
CLOCK_TICKS=$(getconf CLK_TCK)

# cpu_ticks <pid>: the user and system CPU time of that process so far, in clock ticks (fields 14 and 15 of
# /proc/<pid>/stat, counted after the command name, which may hold spaces); 0 without a process.
cpu_ticks() {
  [[ -n $1 && -r /proc/$1/stat ]] || { echo 0; return 0; }
  awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"
}

# compiler_ticks <pid>: the CPU time of that JVM's JIT compiler threads so far, in clock ticks (HotSpot names them
# "C1 CompilerThread<n>" and "C2 CompilerThread<n>", cut to 15 characters in /proc). A share of the window's CPU in
# them means the JVM was still compiling: the window measured a server that had not finished warming up. A compiler
# thread that exits within the window takes its ticks with it (HotSpot keeps the first of each kind, and on two cores
# there is one of each), so the share can only be understated.
compiler_ticks() {
  [[ -n $1 && -d /proc/$1/task ]] || { echo 0; return 0; }
  # A thread that ends between the glob and its read makes cat fail: its ticks are gone anyway.
  { cat /proc/"$1"/task/*/stat 2>/dev/null || true; } | awk '/\((C1|C2) CompilerThre/ { sub(/^.*\) /, ""); t += $12 + $13 } END { print t + 0 }'
}

# run_wrk <duration> <output file> <url> <lua args...>
run_wrk() {
  local duration=$1 file=$2 url=$3
  shift 3
  wrk -t1 -c"$CONNECTIONS" -d"$duration" --latency -s "$BENCH_DIR/wrk/mcp.lua" "$url" -- "$@" >"$file" 2>&1 \
    || die "wrk failed: $(tail -5 "$file")"
}

# wrk_row <server> <wire> <url> <scenario> <duration> <file tag> <tsv file> [leading tsv column]: a re-warm of
# REWARM, then the measured run, appended to the TSV as one row. A bump re-warm uses REWARM_COUNTERS, the measured
# run COUNTERS: a wrk run ends with requests still in flight, which the server completes after wrk has gone, and the
# next run must not bump those counters at the same moment. In smoke mode any bad answer fails the run.
wrk_row() {
  local server=$1 wire=$2 url=$3 scenario=$4 duration=$5 tag=$6 tsv=$7 lead=${8:-}
  local label
  label=$(scenario_label "$scenario")
  log "$label on $server ($wire): $duration${lead:+ (round $lead)}"
  # shellcheck disable=SC2046
  run_wrk "$REWARM" "$OUT/wrk-$tag-rewarm.txt" "$url" "$scenario" "$wire" $(counters_of "$server" rewarm "$scenario")
  local pid ticks jit
  pid=$(server_pid "$server")
  ticks=$(cpu_ticks "$pid")
  jit=$(compiler_ticks "$pid")
  # shellcheck disable=SC2046
  run_wrk "$duration" "$OUT/wrk-$tag.txt" "$url" "$scenario" "$wire" $(counters_of "$server" "" "$scenario")
  ticks=$(($(cpu_ticks "$pid") - ticks))
  jit=$(($(compiler_ticks "$pid") - jit))
  local line
  line=$(grep '^RESULT ' "$OUT/wrk-$tag.txt") || die "no RESULT line in $OUT/wrk-$tag.txt"
  field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$line"; }
  local non2xx errors
  non2xx=$(field non2xx)
  errors=$(($(field rpc_errors) + $(field tool_errors) + $(field wrong) + $(field socket_errors) + $(field timeouts)))
  printf '%s%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${lead:+$lead$'\t'}" "$label" "$server" "$wire" "$(field rps)" \
    "$(awk -v u="$(field p50_us)" 'BEGIN{printf "%.2f", u/1000}')" \
    "$(awk -v u="$(field p99_us)" 'BEGIN{printf "%.2f", u/1000}')" \
    "$non2xx" "$errors" "$(field conflicts)" \
    "$(awk -v t="$ticks" -v hz="$CLOCK_TICKS" -v n="$(field responses)" 'BEGIN{printf "%.1f", (n > 0 ? t * 1e6 / hz / n : 0)}')" \
    "$(awk -v j="$jit" -v t="$ticks" 'BEGIN{printf "%.1f", (t > 0 ? 100 * j / t : 0)}')" >>"$tsv"
  if ((non2xx > 0 || errors > 0)); then
    local bad
    bad="$label on $server ($wire): $non2xx non-2xx, $errors errors; $(grep '^FIRST_BAD' "$OUT/wrk-$tag.txt" | cut -c1-300 || true)"
    [[ $SMOKE == 1 ]] && die "$bad"
    log "  $bad"
  fi
  (($(field responses) > 0)) || die "$label on $server ($wire): no answer in $duration"
  log "  $(cut -c8-120 <<<"$line")"
}
