#!/usr/bin/env bash
# Builds Parley and runs the whole platform on this machine: a real Kafka broker (KRaft), an embedded
# MariaDB, every service, and the gateway on http://localhost:8080. Needs only a JDK 17. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")"

echo "Building Parley (the first build downloads dependencies and takes longer) ..."
./mvnw -B --no-transfer-progress -DskipTests package \
  | grep --line-buffered -E '^\[INFO\] Building .+\[[0-9]+/[0-9]+\]|BUILD|ERROR' \
  | sed -u -e 's/^\[INFO\] /  /' -e 's/-*$//'

jar=$(ls local-platform/target/local-platform-*-exec.jar | head -n 1)
exec java -Xmx1g -jar "$jar"
