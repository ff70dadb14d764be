#!/usr/bin/env bash
# Prints the local fact extractor's precision and recall on the labelled evaluation set:
#   ./evaluate-learning.sh [learning-service/evaluation/learning-evaluation.jsonl] [--misses] [--rules-only]
set -euo pipefail
cd "$(dirname "$0")"
echo "Building learning-service ..."
./mvnw -q -B -DskipTests -pl learning-service -am package
jar=$(ls learning-service/target/learning-service-*-exec.jar | head -n 1)
exec java -cp "$jar" -Dloader.main=io.parley.learning.evaluation.ExtractorEvaluation \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
