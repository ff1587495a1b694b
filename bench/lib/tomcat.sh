# Sourced by bench/run.sh: Tomcat 10.1 (BENCH_CONTAINER=tomcat). One CATALINA_BASE per server (its own port and
# logs), all sharing one CATALINA_HOME unpacked from the distribution on Maven Central, the version the integration
# tests pin. The same interface as payara.sh's launch/await/stop, so the interleaved mode runs on either.
# shellcheck shell=bash

declare -A TOMCAT_PIDS=()  # label -> pid
declare -A TOMCAT_BASES=() # label -> CATALINA_BASE (removed when it stops; its log is in $OUT)
TOMCAT_VERSION=$(sed -n 's:.*<tomcat.version>\(.*\)</tomcat.version>.*:\1:p' "$ROOT/pom.xml" | head -1)

tomcat_home() {
  local home=$WORK/apache-tomcat-$TOMCAT_VERSION
  if [[ ! -x $home/bin/catalina.sh ]]; then
    local archive=$HOME/.m2/repository/org/apache/tomcat/tomcat/$TOMCAT_VERSION/tomcat-$TOMCAT_VERSION.tar.gz
    [[ -f $archive ]] || mvn -B -q dependency:get -Dartifact="org.apache.tomcat:tomcat:$TOMCAT_VERSION:tar.gz" -Dtransitive=false
    tar -xzf "$archive" -C "$WORK"
  fi
  echo "$home"
}

# launch_tomcat <label> <port> <war> [java options...]: a fresh instance with one WAR, in the background.
launch_tomcat() {
  local label=$1 port=$2 war=$3
  shift 3
  ((port >= 18181 && port <= 18199)) || die "port $port is outside 18181-18199"
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port is already in use (set BENCH_PORT)"
  fi
  local home base=$WORK/tomcat-$label
  home=$(tomcat_home)
  rm -rf "$base"
  mkdir -p "$base"/{logs,temp,webapps,work}
  cp -r "$home/conf" "$base/conf"
  # Its HTTP connector on 127.0.0.1 only and no shutdown port (it is stopped by signal); Tomcat's defaults otherwise
  # (NIO, 200 threads, 100 requests per keep-alive connection).
  sed -i -e "s/port=\"8080\"/port=\"$port\" address=\"127.0.0.1\"/" -e 's/port="8005"/port="-1"/' "$base/conf/server.xml"
  cp "$war" "$base/webapps/"
  CATALINA_HOME=$home CATALINA_BASE=$base JAVA_OPTS="-Xms$HEAP -Xmx$HEAP $*" \
    "$home/bin/catalina.sh" run >"$OUT/tomcat-$label.log" 2>&1 &
  TOMCAT_PIDS[$label]=$!
  TOMCAT_BASES[$label]=$base
}

# await_tomcat <label> <war>: waits until Tomcat has started, and fails if the WAR did not.
await_tomcat() {
  local label=$1 war=$2 log=$OUT/tomcat-$1.log pid=${TOMCAT_PIDS[$1]}
  local deadline=$((SECONDS + BOOT_TIMEOUT))
  until grep -aqs 'Server startup in' "$log"; do # -s: as in await_payara
    kill -0 "$pid" 2>/dev/null || { tail -30 "$log" >&2; die "Tomcat ($label) exited during boot"; }
    ((SECONDS < deadline)) || { tail -30 "$log" >&2; die "Tomcat ($label) not ready in $BOOT_TIMEOUT s"; }
    sleep 0.5
  done
  # A WAR that fails to start leaves Tomcat running without it: the reason is in the localhost log.
  cat "${TOMCAT_BASES[$label]}"/logs/localhost.*.log >"$OUT/tomcat-$label-localhost.log" 2>/dev/null || true
  if grep -aqE 'startup failed|One or more listeners failed|SEVERE' "$log" "$OUT/tomcat-$label-localhost.log"; then
    tail -40 "$OUT/tomcat-$label-localhost.log" >&2
    die "$(basename "$war") did not start on Tomcat ($label)"
  fi
}

stop_tomcat() {
  local label=$1 pid=${TOMCAT_PIDS[$1]:-}
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  unset "TOMCAT_PIDS[$label]"
  [[ -n ${TOMCAT_BASES[$label]:-} ]] && rm -rf "${TOMCAT_BASES[$label]}"
  unset "TOMCAT_BASES[$label]"
}

stop_all_tomcat() {
  local label
  for label in "${!TOMCAT_PIDS[@]}"; do stop_tomcat "$label"; done
}

# Both containers' instances go when the script ends, however it ends (payara.sh's trap, widened).
trap 'stop_all_payara; stop_all_tomcat' EXIT
