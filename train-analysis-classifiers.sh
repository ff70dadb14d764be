#!/usr/bin/env bash
# Retrains the analysis service's category and sentiment classifiers from the example phrases and labelled messages
# and writes their weights to analysis-service/src/main/resources/analysis/: ./train-analysis-classifiers.sh
set -euo pipefail
cd "$(dirname "$0")"
echo "Building analysis-service ..."
./mvnw -q -B -DskipTests -pl analysis-service -am package
jar=$(ls analysis-service/target/analysis-service-*-exec.jar | head -n 1)
exec java -cp "$jar" -Dloader.main=io.parley.analysis.evaluation.ClassifierTraining \
  org.springframework.boot.loader.launch.PropertiesLauncher
