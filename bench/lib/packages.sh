# Sourced by the bench scripts (run.sh, lists.sh, growth.sh, handle-rows.sh), which each define log: installs with
# apt-get the Debian packages of the commands that are missing, in one apt-get call, with an update only if needed.
# shellcheck shell=bash

# install_missing <command>=<package>...: e.g. install_missing wrk=wrk psql=postgresql-client
install_missing() {
  local pair missing=()
  for pair in "$@"; do
    command -v "${pair%%=*}" >/dev/null || missing+=("${pair#*=}")
  done
  ((${#missing[@]})) || return 0
  log "installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y "${missing[@]}" >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y "${missing[@]}" >/dev/null; }
}
