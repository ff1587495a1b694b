# Tomcat 10.1 for the benchmark, sourced by run.sh: one CATALINA_BASE (own port, own logs) per server, all sharing
# one CATALINA_HOME unpacked from the distribution on Maven Central, the version the integration tests pin.
#
#   start_tomcat <label> <war> <port> [java options...]   boots a fresh instance with the WAR; sets TOMCAT_PIDS[label]
#   stop_tomcat <label>                                   stops it and removes its base folder (logs stay in $OUT)
#
# Needs: ROOT, WORK, OUT, HEAP, log, die (run.sh's).

declare -A TOMCAT_PIDS=()
declare -A TOMCAT_BASES=()

tomcat_home() {
  local version
  version=$(sed -n 's:.*<tomcat.version>\(.*\)</tomcat.version>.*:\1:p' "$ROOT/pom.xml" | head -1)
  local home=$WORK/apache-tomcat-$version
  if [[ ! -x $home/bin/catalina.sh ]]; then
    local archive=$HOME/.m2/repository/org/apache/tomcat/tomcat/$version/tomcat-$version.tar.gz
    [[ -f $archive ]] || mvn -B -q dependency:get -Dartifact="org.apache.tomcat:tomcat:$version:tar.gz" -Dtransitive=false
    tar -xzf "$archive" -C "$WORK"
  fi
  echo "$home"
}

start_tomcat() {
  local label=$1 war=$2 port=$3
  shift 3
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port is already in use (set BENCH_PORT)"
  fi
  local home base
  home=$(tomcat_home)
  base=$WORK/tomcat-$label
  rm -rf "$base"
  mkdir -p "$base"/{logs,temp,webapps,work}
  cp -r "$home/conf" "$base/conf"
  # Its HTTP connector on 127.0.0.1 only, no shutdown port (the process is stopped by signal), Tomcat's defaults
  # otherwise: the NIO connector, 200 threads, keep-alive of 100 requests per connection.
  sed -i -e "s/port=\"8080\"/port=\"$port\" address=\"127.0.0.1\"/" -e 's/port="8005"/port="-1"/' "$base/conf/server.xml"
  cp "$war" "$base/webapps/"
  TOMCAT_BASES[$label]=$base
  CATALINA_HOME=$home CATALINA_BASE=$base CATALINA_OUT=$OUT/tomcat-$label.log \
    JAVA_OPTS="-Xms$HEAP -Xmx$HEAP $*" "$home/bin/catalina.sh" run >"$OUT/tomcat-$label.log" 2>&1 &
  TOMCAT_PIDS[$label]=$!
  local deadline=$((SECONDS + 180))
  until grep -aq 'Server startup in' "$OUT/tomcat-$label.log"; do
    kill -0 "${TOMCAT_PIDS[$label]}" 2>/dev/null || { tail -30 "$OUT/tomcat-$label.log" >&2; die "Tomcat ($label) exited during boot"; }
    ((SECONDS < deadline)) || { tail -30 "$OUT/tomcat-$label.log" >&2; die "Tomcat ($label) not ready in 180 s"; }
    sleep 0.5
  done
  # A WAR that fails to start leaves Tomcat running without it; its log says so in the localhost log.
  if grep -aqE 'SEVERE|One or more listeners failed|Context \[.*\] startup failed' "$OUT/tomcat-$label.log" "$base"/logs/localhost.*.log 2>/dev/null; then
    cat "$base"/logs/localhost.*.log >"$OUT/tomcat-$label-localhost.log" 2>/dev/null || true
    die "Tomcat ($label): $(basename "$war") did not start (see $OUT/tomcat-$label.log)"
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
