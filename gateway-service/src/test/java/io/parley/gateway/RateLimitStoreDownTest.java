package io.parley.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.test.ParleyServiceTest;
import io.parley.test.SharedRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.commands.ProtocolCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis slow, then stopped mid-test: requests are answered within the time bound by the configured fallback
 * (here: deny), never stalled, and each fallback is counted.
 */
@ParleyServiceTest
@TestPropertySource(properties = { "PARLEY_ADMIN_TOKEN=" + RateLimitStoreDownTest.ADMIN_TOKEN,
		"PARLEY_RATE_LIMIT_STORE=redis", "PARLEY_RATE_LIMIT_TIMEOUT=50ms", "PARLEY_RATE_LIMIT_FALLBACK=deny" })
class RateLimitStoreDownTest {

	static final String ADMIN_TOKEN = "adm_store_down_test_0123";

	static final FakeService service = FakeService.start();
	static final SharedRedis.EmbeddedRedis redis = SharedRedis.EmbeddedRedis.start();

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		registry.add("INGEST_URL", service::url);
		registry.add("spring.data.redis.url", redis::url);
	}

	@AfterAll
	static void stop() {
		service.close();
	}

	@Autowired
	WebTestClient web;

	@Autowired
	MeterRegistry meters;

	@Test
	void whenRedisIsSlowThenStoppedRequestsGetTheConfiguredFallbackWithinTheTimeBoundAndItIsCounted() throws Exception {
		AdminClient admin = new AdminClient(web, ADMIN_TOKEN);
		String key = admin.issueKey(admin.createTenant("Resilient", "free"), "ingest");
		postMessage(key).expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Remaining", "49");

		double beforeSlow = fallbacks();
		Thread stall = new Thread(() -> {
			try (Jedis jedis = new Jedis(URI.create(redis.url()))) {
				ProtocolCommand debug = () -> "DEBUG".getBytes(StandardCharsets.US_ASCII);
				jedis.sendCommand(debug, "SLEEP", "2");
			}
		});
		stall.start();
		Thread.sleep(200);
		long startedWhileSlow = System.nanoTime();
		postMessage(key).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat((System.nanoTime() - startedWhileSlow) / 1_000_000).as("milliseconds to answer").isLessThan(1_000);
		assertThat(fallbacks() - beforeSlow).isEqualTo(1);
		stall.join();

		redis.stop();

		double before = fallbacks();
		for (int request = 0; request < 3; request++) {
			long started = System.nanoTime();
			postMessage(key).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
				.expectHeader().valueEquals("Retry-After", "1")
				.expectBody().jsonPath("$.error.code").isEqualTo("rate_limit_exceeded");
			assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to answer").isLessThan(1_000);
		}
		assertThat(fallbacks() - before).isEqualTo(3);
		web.get().uri("/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
			.value(scrape -> assertThat(scrape).contains("parley_gateway_rate_limit_fallback_total"));
	}

	private double fallbacks() {
		return meters.find("parley.gateway.rate_limit.fallback").counters().stream()
			.mapToDouble(counter -> counter.count()).sum();
	}

	private WebTestClient.ResponseSpec postMessage(String key) {
		return web.post().uri("/webhook/chat/message").header("X-API-Key", key)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("user_id", "user123", "message", "hello"))
			.exchange();
	}
}
