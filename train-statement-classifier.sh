#!/usr/bin/env bash
# Retrains the learning service's statement classifier from the labelled sets and writes its weights:
#   ./train-statement-classifier.sh [learning-service/evaluation] [learning-service/src/main/resources/learning/statement-classifier.json]
set -euo pipefail
cd "$(dirname "$0")"
echo "Building learning-service ..."
./mvnw -q -B -DskipTests -pl learning-service -am package
jar=$(ls learning-service/target/learning-service-*-exec.jar | head -n 1)
exec java -cp "$jar" -Dloader.main=io.parley.learning.evaluation.StatementClassifierTraining \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
