package io.parley.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.parley.gateway.GatewayRequestHandlingTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rate limits per tenant and route, in a real Redis shared by two gateway replicas. */
@ParleyServiceTest
@TestPropertySource(properties = { "PARLEY_ADMIN_TOKEN=" + RateLimitingTest.ADMIN_TOKEN, "PARLEY_RATE_LIMIT_STORE=redis",
		"PARLEY_RATE_LIMIT_TIMEOUT=500ms" })
class RateLimitingTest {

	static final String ADMIN_TOKEN = "adm_rate_limit_test_0123";

	static final FakeService service = FakeService.start();
	static ConfigurableApplicationContext secondReplica;

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		registry.add("INGEST_URL", service::url);
	}

	@AfterAll
	static void stop() {
		if (secondReplica != null) {
			secondReplica.close();
		}
		service.close();
	}

	@Autowired
	WebTestClient replicaA;

	@Autowired
	TestDatabase database;

	@Value("${spring.data.redis.url}")
	String redisUrl;

	WebTestClient replicaB;
	AdminClient admin;

	@BeforeEach
	void startSecondReplicaOnTheSameDatabaseAndRedis() {
		admin = new AdminClient(replicaA, ADMIN_TOKEN);
		if (secondReplica == null) {
			secondReplica = new SpringApplicationBuilder(GatewayApplication.class).properties(Map.of(
					"server.port", "0", "DB_URL", database.jdbcUrl(), "DB_USER", database.username(),
					"DB_PASSWORD", database.password(), "REDIS_URL", redisUrl, "INGEST_URL", service.url(),
					"PARLEY_ADMIN_TOKEN", ADMIN_TOKEN, "PARLEY_RATE_LIMIT_STORE", "redis",
					"PARLEY_RATE_LIMIT_TIMEOUT", "500ms"))
				.run();
		}
		replicaB = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + secondReplica.getEnvironment().getProperty("local.server.port")).build();
	}

	@Test
	void theRateLimitHeadersCountDownWithEachRequest() {
		String key = admin.issueKey(admin.createTenant("Counting", "free"), "ingest");

		for (int remaining = 49; remaining >= 47; remaining--) {
			postMessage(replicaA, key).expectStatus().isOk()
				.expectHeader().valueEquals("X-RateLimit-Limit", "50")
				.expectHeader().valueEquals("X-RateLimit-Remaining", String.valueOf(remaining))
				.expectHeader().value("X-RateLimit-Reset",
						reset -> assertThat(Long.parseLong(reset)).isGreaterThan(Instant.now().getEpochSecond()));
		}
	}

	@Test
	void twoReplicasSharingRedisEnforceOneBudgetThe51stMessageIsRefused() {
		String key = admin.issueKey(admin.createTenant("Shared budget", "professional"), "ingest");

		for (int request = 1; request <= 50; request++) {
			postMessage(request % 2 == 0 ? replicaA : replicaB, key).expectStatus().isOk();
		}

		assertRefused(postMessage(replicaB, key), HttpStatus.TOO_MANY_REQUESTS, "rate_limit_exceeded");
		postMessage(replicaA, key).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader().valueEquals("X-RateLimit-Remaining", "0")
			.expectHeader().valueEquals("X-RateLimit-Limit", "50")
			.expectHeader().valueEquals("Retry-After", "6")
			.expectBody().jsonPath("$.error.details.retry_after").isEqualTo(6).jsonPath("$.error.details.limit").isEqualTo(50);
	}

	@Test
	void aTenantsOwnRouteLimitReplacesTheDefault() {
		String tenantId = admin.createTenant("Small", "free");
		admin.setRouteLimit(tenantId, "message-logging", 3);
		String key = admin.issueKey(tenantId, "ingest");

		for (int request = 1; request <= 3; request++) {
			postMessage(replicaA, key).expectStatus().isOk();
		}
		assertRefused(postMessage(replicaA, key), HttpStatus.TOO_MANY_REQUESTS, "rate_limit_exceeded");
	}

	@Test
	void theFreePlanAllows100RequestsAnHourAcrossRoutes() {
		String key = admin.issueKey(admin.createTenant("Free", "free"), "ingest");

		for (int request = 1; request <= 100; request++) {
			conversation(request % 2 == 0 ? replicaA : replicaB, key).expectStatus().isOk();
		}

		conversation(replicaA, key).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader().valueEquals("X-RateLimit-Limit", "100")
			.expectHeader().valueEquals("Retry-After", "36");
	}

	@Test
	void aKeyRevokedThroughOneReplicaStopsWorkingOnTheOtherWithinTenSeconds() {
		Map<String, Object> issued = admin.issueKeyWithId(admin.createTenant("Revoked everywhere", "free"), "ingest");
		String key = (String) issued.get("key");
		postMessage(replicaB, key).expectStatus().isOk();

		admin.revoke((String) issued.get("id"));

		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> postMessage(replicaB, key).expectStatus().isUnauthorized());
	}

	private static WebTestClient.ResponseSpec postMessage(WebTestClient gateway, String key) {
		return gateway.post().uri("/webhook/chat/message").header("X-API-Key", key)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("user_id", "user123", "message", "hello"))
			.exchange();
	}

	private static WebTestClient.ResponseSpec conversation(WebTestClient gateway, String key) {
		return gateway.get().uri("/api/v1/conversations/conv_1").header("X-API-Key", key).exchange();
	}
}
