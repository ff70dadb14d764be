#!/usr/bin/env bash
# Prints the local analyzer's per-field accuracy and category macro-F1 on the labelled evaluation set:
#   ./evaluate-analysis.sh [analysis-service/evaluation/analysis-evaluation.jsonl] [--misses] [--model all-minilm-l6-v2]
set -euo pipefail
cd "$(dirname "$0")"
echo "Building analysis-service ..."
./mvnw -q -B -DskipTests -pl analysis-service -am package
jar=$(ls analysis-service/target/analysis-service-*-exec.jar | head -n 1)
exec java -cp "$jar" -Dloader.main=io.parley.analysis.evaluation.AnalyzerEvaluation \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
