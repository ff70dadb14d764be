#!/usr/bin/env bash
# Runs every test: unit, service and end-to-end, the dashboard's among them in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${PARLEY_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "The dashboard's end-to-end test needs Chromium: installing Debian's chromium package ..."
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium > /dev/null
fi
exec ./mvnw verify "$@"
