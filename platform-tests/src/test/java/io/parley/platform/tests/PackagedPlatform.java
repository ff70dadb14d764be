package io.parley.platform.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.local.ServiceProcess;
import io.parley.test.SharedDatabase;
import io.parley.test.SharedKafka;
import io.parley.test.TestDatabase;
import org.springframework.boot.json.JsonParserFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged gateway, ingest and insights, started once per test JVM from their executable jars against the test
 * Kafka and database, with a demo tenant whose key holds every scope. Tests talk to it through the gateway only.
 */
final class PackagedPlatform {

	static final String API_KEY = "prl_e2e_" + UUID.randomUUID().toString().replace("-", "");
	static final String TENANT = "tenant-e2e";

	private static PackagedPlatform running;

	private final List<ServiceProcess> services = new ArrayList<>();
	private final HttpClient http = HttpClient.newHttpClient();
	private final TestDatabase ingestDb;
	private final String gateway;

	private PackagedPlatform() throws IOException {
		Path root = Path.of(System.getProperty("parley.project.root", "..")).toAbsolutePath().normalize();
		Path logs = root.resolve("platform-tests/target/e2e-logs");
		String kafka = SharedKafka.bootstrapServers();
		ingestDb = SharedDatabase.createDatabase("e2e_ingest");
		TestDatabase insightsDb = SharedDatabase.createDatabase("e2e_insights");
		TestDatabase gatewayDb = SharedDatabase.createDatabase("e2e_gateway");
		int ingestPort = freePort();
		int insightsPort = freePort();
		int gatewayPort = freePort();
		services.add(ServiceProcess.start("ingest-service", ServiceProcess.executableJar(root, "ingest-service"),
				ingestPort, environment(kafka, ingestDb), logs));
		services.add(ServiceProcess.start("insights-service", ServiceProcess.executableJar(root, "insights-service"),
				insightsPort, environment(kafka, insightsDb), logs));
		Map<String, String> gatewayEnvironment = environment(null, gatewayDb);
		gatewayEnvironment.putAll(Map.of("INGEST_URL", "http://localhost:" + ingestPort,
				"INSIGHTS_URL", "http://localhost:" + insightsPort, "PARLEY_DEMO_API_KEY", API_KEY,
				"PARLEY_DEMO_TENANT_ID", TENANT, "PARLEY_RATE_LIMIT_STORE", "in-memory"));
		services.add(ServiceProcess.start("gateway-service", ServiceProcess.executableJar(root, "gateway-service"),
				gatewayPort, gatewayEnvironment, logs));
		gateway = "http://localhost:" + gatewayPort;
		Runtime.getRuntime().addShutdownHook(new Thread(() -> services.forEach(ServiceProcess::close)));
		for (ServiceProcess service : services) {
			await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
				assertThat(service.isAlive()).as("%s is running; its log: %s", service.name(), service.tailOfLog(30))
					.isTrue();
				return service.isReady();
			});
		}
	}

	static synchronized PackagedPlatform get() {
		if (running == null) {
			try {
				running = new PackagedPlatform();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return running;
	}

	TestDatabase ingestDatabase() {
		return ingestDb;
	}

	String gatewayUrl() {
		return gateway;
	}

	/** A request through the gateway with the demo key in {@code X-API-Key}. */
	HttpResponse<String> send(String method, String path, String jsonBody) {
		return send(method, path, jsonBody, Map.of("X-API-Key", API_KEY));
	}

	HttpResponse<String> send(String method, String path, String jsonBody, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
			.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(jsonBody));
		if (jsonBody != null) {
			request.header("Content-Type", "application/json");
		}
		headers.forEach(request::header);
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static Map<String, Object> json(String body) {
		return JsonParserFactory.getJsonParser().parseMap(body);
	}

	private static Map<String, String> environment(String kafka, TestDatabase database) {
		Map<String, String> environment = new HashMap<>();
		if (kafka != null) {
			environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
		}
		environment.put("DB_URL", database.jdbcUrl());
		environment.put("DB_USER", database.username());
		environment.put("DB_PASSWORD", database.password());
		return environment;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
