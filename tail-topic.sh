#!/usr/bin/env bash
# Prints a topic of the local platform, decoded from Avro: ./tail-topic.sh conversation.messages [--follow]
set -euo pipefail
cd "$(dirname "$0")"
jar=$(ls local-platform/target/local-platform-*-exec.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  echo "Build first: ./run-local.sh (or ./mvnw -DskipTests package)" >&2
  exit 1
fi
exec java -cp "$jar" -Dloader.main=io.parley.local.TopicTail org.springframework.boot.loader.launch.PropertiesLauncher "$@"
