# syntax=docker/dockerfile:1
#
# One image recipe for every Parley service. Pick the service with --build-arg:
#
#   docker build --build-arg SERVICE=ingest-service -t parley/ingest-service .
#
# docker-compose.yml passes SERVICE for each of the seven services.

# Required: the Maven module to build, e.g. ingest-service.
ARG SERVICE

# ---------------------------------------------------------------- build stage
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /workspace

COPY . .

# Maven Wrapper pins Maven 3.9.x; the cache mount keeps ~/.m2 (dependencies and the
# wrapper's Maven download) between builds. -am builds only the modules the service needs.
RUN --mount=type=cache,target=/root/.m2 \
    if [ -z "${SERVICE}" ]; then echo "build with --build-arg SERVICE=<module>" >&2; exit 1; fi \
 && sed -i "s/\r$//" mvnw && chmod +x mvnw \
 && ./mvnw -B -q -pl ${SERVICE} -am package -DskipTests \
 && cp "${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar" /workspace/app.jar

# -------------------------------------------------------------- runtime stage
FROM eclipse-temurin:17-jre
ARG SERVICE
LABEL org.opencontainers.image.title="parley-${SERVICE}" \
      org.opencontainers.image.source="https://github.com/parley/parley" \
      io.parley.service="${SERVICE}"

# curl is only there for container health checks (docker-compose healthcheck).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && apt-get clean \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 parley \
 && useradd --system --uid 10001 --gid parley --no-create-home --home-dir /app --shell /usr/sbin/nologin parley

WORKDIR /app
# Owned by root and read-only for the service user: the process cannot rewrite its own code.
COPY --from=build --chown=root:root --chmod=0444 /workspace/app.jar /app/app.jar

ENV PARLEY_SERVICE=${SERVICE}
# Numeric UID so Kubernetes can verify runAsNonRoot.
USER 10001:10001

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
