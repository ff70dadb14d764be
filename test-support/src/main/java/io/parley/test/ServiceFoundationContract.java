package io.parley.test;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every Parley service must do from its first day, whether or not it has behaviour yet: start against real
 * Kafka and a real database, migrate its schema (with the idempotent-consumer table), report health with liveness
 * and readiness groups, produce with {@code acks=all} and idempotence under a consumer group named after itself, and
 * refuse unknown paths in the platform's error shape. Each service's test extends this.
 */
@ParleyServiceTest
public abstract class ServiceFoundationContract {

	@Autowired
	protected WebTestClient web;

	@Autowired
	protected TestDatabase database;

	@Autowired
	private ProducerFactory<?, ?> producerFactory;

	@Value("${spring.application.name}")
	private String serviceName;

	@Value("${spring.kafka.consumer.group-id}")
	private String consumerGroup;

	@Test
	void healthAnswersUpOnTheSharedHealthPath() {
		web.get().uri("/health").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP");
	}

	@Test
	void livenessAndReadinessGroupsAnswerUpForKubernetesProbes() {
		web.get().uri("/health/liveness").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP");
		web.get().uri("/health/readiness").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP");
	}

	@Test
	void migrationsCreateTheIdempotentConsumerTableInTheServicesOwnDatabase() {
		Integer tables = database.jdbcClient()
			.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'processed_events'")
			.param(database.name())
			.query(Integer.class)
			.single();
		assertThat(tables).isEqualTo(1);
	}

	@Test
	void producerWaitsForAllReplicasAndIsIdempotentAndTheGroupIsNamedAfterTheService() {
		Map<String, Object> config = producerFactory.getConfigurationProperties();

		assertThat(String.valueOf(config.get("acks"))).isEqualTo("all");
		assertThat(String.valueOf(config.get("enable.idempotence"))).isEqualTo("true");
		assertThat(consumerGroup).isEqualTo(serviceName);
	}

	@Test
	void unknownPathsAreRefusedInThePlatformErrorShapeWithTheRequestId() {
		web.get().uri("/no/such/path").header("X-Request-Id", "req_foundation_test_1").exchange()
			.expectStatus().isEqualTo(HttpStatus.NOT_FOUND)
			.expectHeader().valueEquals("X-Request-Id", "req_foundation_test_1")
			.expectBody()
			.jsonPath("$.error.code").isEqualTo("not_found")
			.jsonPath("$.error.message").isNotEmpty()
			.jsonPath("$.error.request_id").isEqualTo("req_foundation_test_1");
	}
}
