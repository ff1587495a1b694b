#!/usr/bin/env bash
# prof.sh <label> <war> [jvm args]: boot, warm 40 s of echo 2025-11-25, profile 20 s with async-profiler
set -euo pipefail
label=$1 war=$2; shift 2
WIRE=${WIRE:-2025-11-25}
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
wrk -t1 -c16 -d${WARM:-40}s -s /work/main/bench/wrk/mcp.lua "$url" -- echo $WIRE > $OUT/warm-$label.txt 2>&1
jcmd $pid JVMTI.agent_load /tmp/ap/linux-x64/libasyncProfiler.so '"start,event=cpu,interval=100us,cstack=vm"'
wrk -t1 -c16 -d20s -s /work/main/bench/wrk/mcp.lua "$url" -- echo $WIRE > $OUT/wrk-$label.txt 2>&1
jcmd $pid JVMTI.agent_load /tmp/ap/linux-x64/libasyncProfiler.so "\"stop,file=$OUT/$label.collapsed,collapsed\""
kill $pid; wait $pid 2>/dev/null || true
rm -rf $OUT/root-$label
grep -a 'Requests/sec\|RESULT' $OUT/wrk-$label.txt
