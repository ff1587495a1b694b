#!/usr/bin/env bash
# The scale-out tests put real nginx in front of the instances. Install Debian's package when it is missing; the
# tests start their own nginx process on a loopback port, never the system service.
set -euo pipefail
if [ -x /usr/sbin/nginx ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "nginx is missing: run 'sudo apt-get install -y nginx-light'" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q nginx-light >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q nginx-light >/dev/null; }
# Debian starts the service on port 80 after installing it; the tests do not need it.
/usr/sbin/nginx -s quit 2>/dev/null || true
