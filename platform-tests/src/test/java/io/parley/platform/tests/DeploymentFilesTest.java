package io.parley.platform.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parley.local.LocalService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * There is no Docker engine to run docker-compose.yml here, so its contract is checked by reading it: every service
 * present, health-checked, started only after what it needs is healthy, and given every environment variable its
 * configuration reads.
 */
class DeploymentFilesTest {

	private static final Path ROOT = Path.of(System.getProperty("parley.project.root", "..")).toAbsolutePath().normalize();
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

	@ParameterizedTest
	@EnumSource(LocalService.class)
	void everyServiceIsInComposeWithAHealthCheck(LocalService service) throws IOException {
		Map<String, Object> definition = composeService(service.serviceName());

		Map<String, Object> healthcheck = map(definition.get("healthcheck"));
		assertThat(healthcheck).as("%s healthcheck", service.serviceName()).containsKey("test");
		assertThat(String.valueOf(healthcheck.get("test"))).contains("/health");
	}

	@ParameterizedTest
	@EnumSource(LocalService.class)
	void everyServiceGetsTheEnvironmentVariablesItsConfigurationReads(LocalService service) throws IOException {
		Set<String> provided = map(composeService(service.serviceName()).get("environment")).keySet();

		assertThat(provided).as("environment of %s in docker-compose.yml", service.serviceName())
			.containsAll(variablesReadBy(service));
	}

	@ParameterizedTest
	@EnumSource(LocalService.class)
	void everyServiceWaitsForWhatItNeedsToBeHealthy(LocalService service) throws IOException {
		Map<String, Object> dependsOn = map(composeService(service.serviceName()).get("depends_on"));

		assertThat(dependsOn).containsKey("mysql");
		if (service != LocalService.GATEWAY) {
			assertThat(dependsOn).containsKey("kafka");
		}
		else {
			assertThat(dependsOn).containsKeys(LocalService.INGEST.serviceName(), LocalService.INSIGHTS.serviceName());
		}
		dependsOn.values().forEach(condition -> assertThat(map(condition)).containsEntry("condition", "service_healthy"));
	}

	@Test
	void kafkaMysqlAndRedisRunFromOfficialImagesWithHealthChecks() throws IOException {
		assertThat(String.valueOf(composeService("kafka").get("image"))).startsWith("apache/kafka:");
		assertThat(String.valueOf(composeService("mysql").get("image"))).isEqualTo("mysql:8.4");
		assertThat(String.valueOf(composeService("redis").get("image"))).startsWith("redis:");
		for (String infrastructure : List.of("kafka", "mysql", "redis")) {
			assertThat(map(composeService(infrastructure).get("healthcheck"))).containsKey("test");
		}
	}

	@ParameterizedTest
	@EnumSource(LocalService.class)
	void everyKubernetesDeploymentHasProbesAndLimits(LocalService service) throws IOException {
		String manifest = Files.readString(ROOT.resolve("k8s/base/" + service.serviceName() + ".yaml"));

		assertThat(manifest).contains("kind: Deployment", "livenessProbe", "readinessProbe", "/health/liveness",
				"/health/readiness", "limits", "kind: HorizontalPodAutoscaler", "kind: PodDisruptionBudget");
	}

	/** The ${NAME:default} placeholders of the service's application.yml, plus the shared Kafka address. */
	private static Set<String> variablesReadBy(LocalService service) throws IOException {
		String config = Files.readString(ROOT.resolve(service.serviceName() + "/src/main/resources/application.yml"));
		Set<String> variables = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(config);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		if (service != LocalService.GATEWAY) {
			variables.add("KAFKA_BOOTSTRAP_SERVERS");
		}
		return variables;
	}

	private static Map<String, Object> composeService(String name) throws IOException {
		try (InputStream in = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
			Map<String, Object> compose = new Yaml().load(in);
			Map<String, Object> services = map(compose.get("services"));
			assertThat(services).as("services in docker-compose.yml").containsKey(name);
			return map(services.get(name));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}
}
