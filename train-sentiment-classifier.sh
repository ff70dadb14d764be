#!/usr/bin/env bash
# Retrains the analysis service's sentiment classifier from the labelled messages and writes its weights:
#   ./train-sentiment-classifier.sh [analysis-service/src/main/resources/analysis/labelled-messages] [analysis-service/src/main/resources/analysis/sentiment-classifier.json]
set -euo pipefail
cd "$(dirname "$0")"
echo "Building analysis-service ..."
./mvnw -q -B -DskipTests -pl analysis-service -am package
jar=$(ls analysis-service/target/analysis-service-*-exec.jar | head -n 1)
exec java -cp "$jar" -Dloader.main=io.parley.analysis.evaluation.SentimentClassifierTraining \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
