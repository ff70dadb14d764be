#!/usr/bin/env bash
# Runs a benchmark on this machine and prints its figures: ./bench.sh gateway [requests] [concurrency]
set -euo pipefail
cd "$(dirname "$0")"
echo "Building ..."
./mvnw -q -B -DskipTests -pl benchmarks -am package
jar=$(ls benchmarks/target/benchmarks-*-exec.jar | head -n 1)
exec java -Xmx1g -XX:+UseParallelGC -jar "$jar" "$@"
