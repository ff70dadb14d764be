package io.parley.platform.tests;

import java.io.IOException;
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

import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.local.ServiceProcess;
import io.parley.schemas.Topic;
import io.parley.test.SharedDatabase;
import io.parley.test.SharedKafka;
import io.parley.test.TestDatabase;
import io.parley.test.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first path through the real, packaged platform: a chatbot's webhook goes in at the gateway, is stored by
 * ingest, comes out of Kafka as Avro, and raises the user's interaction count in insights by exactly one.
 */
class FirstWebhookEndToEndIT {

	static final String API_KEY = "pk_e2e_" + UUID.randomUUID().toString().replace("-", "");
	static final String TENANT = "tenant-e2e";

	static final List<ServiceProcess> services = new ArrayList<>();
	static final HttpClient http = HttpClient.newHttpClient();
	static TestDatabase ingestDb;
	static String gateway;

	@BeforeAll
	static void startGatewayIngestAndInsights() throws Exception {
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
				ingestPort, serviceEnvironment(kafka, ingestDb), logs));
		services.add(ServiceProcess.start("insights-service", ServiceProcess.executableJar(root, "insights-service"),
				insightsPort, serviceEnvironment(kafka, insightsDb), logs));
		Map<String, String> gatewayEnvironment = serviceEnvironment(null, gatewayDb);
		gatewayEnvironment.putAll(Map.of("INGEST_URL", "http://localhost:" + ingestPort,
				"INSIGHTS_URL", "http://localhost:" + insightsPort, "PARLEY_DEMO_API_KEY", API_KEY,
				"PARLEY_DEMO_TENANT_ID", TENANT, "PARLEY_RATE_LIMIT_STORE", "in-memory"));
		services.add(ServiceProcess.start("gateway-service", ServiceProcess.executableJar(root, "gateway-service"),
				gatewayPort, gatewayEnvironment, logs));
		gateway = "http://localhost:" + gatewayPort;

		for (ServiceProcess service : services) {
			await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
				assertThat(service.isAlive()).as("%s is running; its log: %s", service.name(), service.tailOfLog(30))
					.isTrue();
				return service.isReady();
			});
		}
	}

	@AfterAll
	static void stopServices() {
		services.forEach(ServiceProcess::close);
	}

	@Test
	void theSeedsExampleGoesInAtTheGatewayAndComesOutOfKafkaIntoInsights() throws Exception {
		String userId = "user_" + UUID.randomUUID().toString().substring(0, 8);
		String body = """
				{
				  "user_id": "%s",
				  "message": "I love playing guitar and jazz music",
				  "response": "That's wonderful! How long have you been playing?",
				  "session_id": "optional_session_id",
				  "metadata": {"source": "gradio", "model": "gpt-3.5-turbo", "timestamp": "2025-01-01T12:00:00Z"}
				}""".formatted(userId);

		HttpResponse<String> accepted = post("/webhook/chat/message", body, Map.of("X-API-Key", API_KEY));

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		Map<String, Object> answer = json(accepted.body());
		assertThat(answer).containsEntry("success", true).containsEntry("user_id", userId)
			.containsKeys("interaction_id", "message", "conversation_id");
		String conversationId = (String) answer.get("conversation_id");

		assertThat(ingestDb.jdbcClient().sql("""
				SELECT m.role FROM messages m JOIN conversations c ON c.id = m.conversation_id
				WHERE c.id = ? AND c.tenant_id = ? AND c.user_id = ? ORDER BY m.sequence_no""")
			.params(conversationId, TENANT, userId).query(String.class).list())
			.containsExactly("user", "assistant");

		List<ConsumerRecord<String, SpecificRecord>> records = TopicProbe.readAll(
				Topic.CONVERSATION_MESSAGES.topicName(), record -> conversationId.equals(record.key()));
		assertThat(records).hasSize(2);
		MessageReceived userTurn = (MessageReceived) records.get(0).value();
		assertThat(userTurn.getTenantId()).isEqualTo(TENANT);
		assertThat(userTurn.getUserId()).isEqualTo(userId);
		assertThat(userTurn.getRole()).isEqualTo(MessageRole.USER);
		assertThat(userTurn.getContent()).isEqualTo("I love playing guitar and jazz music");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			HttpResponse<String> insights = get("/webhook/chat/insights/" + userId, Map.of("Authorization", "Bearer " + API_KEY));
			assertThat(insights.statusCode()).as(insights.body()).isEqualTo(200);
			assertThat(insights.body()).contains("\"total_interactions\":1");
		});

		post("/webhook/chat/message", body.replace("optional_session_id", "second_session"), Map.of("X-API-Key", API_KEY));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				get("/webhook/chat/insights/" + userId, Map.of("X-API-Key", API_KEY)).body())
			.contains("\"total_interactions\":2"));
	}

	@Test
	void aBlankMessageOrAMissingKeyIsRefusedInTheErrorShapeAndChangesNothing() throws Exception {
		long rowsBefore = ingestDb.jdbcClient().sql("SELECT COUNT(*) FROM messages").query(Long.class).single();
		long offsetsBefore = TopicProbe.endOffsetTotal(Topic.CONVERSATION_MESSAGES.topicName());

		HttpResponse<String> blank = post("/webhook/chat/message", """
				{"user_id": "user123", "message": "   "}""", Map.of("X-API-Key", API_KEY));
		HttpResponse<String> noKey = post("/webhook/chat/message", """
				{"user_id": "user123", "message": "hello"}""", Map.of());

		assertThat(blank.statusCode()).isEqualTo(400);
		assertErrorShape(blank, "invalid_request");
		assertThat(noKey.statusCode()).isEqualTo(401);
		assertErrorShape(noKey, "unauthorized");
		assertThat(ingestDb.jdbcClient().sql("SELECT COUNT(*) FROM messages").query(Long.class).single())
			.isEqualTo(rowsBefore);
		assertThat(TopicProbe.endOffsetTotal(Topic.CONVERSATION_MESSAGES.topicName())).isEqualTo(offsetsBefore);
	}

	@SuppressWarnings("unchecked")
	private static void assertErrorShape(HttpResponse<String> response, String code) {
		Map<String, Object> error = (Map<String, Object>) json(response.body()).get("error");
		assertThat(error).containsEntry("code", code).containsKeys("message", "details", "request_id");
		assertThat(response.headers().firstValue("X-Request-Id")).contains((String) error.get("request_id"));
	}

	private static Map<String, String> serviceEnvironment(String kafka, TestDatabase database) {
		Map<String, String> environment = new HashMap<>();
		if (kafka != null) {
			environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
		}
		environment.put("DB_URL", database.jdbcUrl());
		environment.put("DB_USER", database.username());
		environment.put("DB_PASSWORD", database.password());
		return environment;
	}

	private static HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).GET();
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, Object> json(String body) {
		return JsonParserFactory.getJsonParser().parseMap(body);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
