#!/usr/bin/env bash
# prof-bump.sh <label> <war> [jvm args]: boot, 32 counters, warm 60 s of bump, profile 20 s with async-profiler
set -euo pipefail
label=$1 war=$2; shift 2
PAYARA_JAR=$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar
OUT=/tmp/ap/out; mkdir -p $OUT
PORT=18191
rm -rf $OUT/root-$label
printf 'set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1\n' > $OUT/preboot.asadmin
java -Xms1g -Xmx1g -Dbench.db=postgresql "$@" -jar "$PAYARA_JAR" --nohazelcast --port $PORT --rootDir $OUT/root-$label \
  --prebootcommandfile $OUT/preboot.asadmin --deploy "$war" > $OUT/payara-$label.log 2>&1 &
pid=$!
until grep -aq ' ready in ' $OUT/payara-$label.log; do sleep 0.5; done
url=http://127.0.0.1:$PORT/$(basename "$war" .war)/mcp
ids=()
for i in $(seq 32); do
  ids+=("$(curl -s "$url" -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' \
    -H 'MCP-Protocol-Version: 2025-11-25' \
    -d '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"new_counter","arguments":{}}}' | jq -er .result.structuredContent.result)")
done
wrk -t1 -c16 -d${WARM:-60}s -s /work/main/bench/wrk/mcp.lua "$url" -- bump 2025-11-25 "${ids[@]}" > $OUT/warm-$label.txt 2>&1
ticks() { awk '{print $14+$15}' /proc/$pid/stat; }
t0=$(ticks)
wrk -t1 -c16 -d20s -s /work/main/bench/wrk/mcp.lua "$url" -- bump 2025-11-25 "${ids[@]}" > $OUT/plain-$label.txt 2>&1
t1=$(ticks); n=$(sed -n 's/.*RESULT requests=\([0-9]*\).*/\1/p' $OUT/plain-$label.txt)
echo "unprofiled: $(grep -a Requests/sec $OUT/plain-$label.txt) cpu_us_per_req=$(( (t1 - t0) * 10000 / n ))"
jcmd $pid JVMTI.agent_load /tmp/ap/linux-x64/libasyncProfiler.so "\"start,event=cpu,interval=${INTERVAL:-100us},cstack=vm\""
wrk -t1 -c16 -d20s -s /work/main/bench/wrk/mcp.lua "$url" -- bump 2025-11-25 "${ids[@]}" > $OUT/wrk-$label.txt 2>&1
jcmd $pid JVMTI.agent_load /tmp/ap/linux-x64/libasyncProfiler.so "\"stop,file=$OUT/$label.collapsed,collapsed\""
kill $pid; wait $pid 2>/dev/null || true
rm -rf $OUT/root-$label
grep -a 'Requests/sec\|RESULT\|conflict' $OUT/wrk-$label.txt
