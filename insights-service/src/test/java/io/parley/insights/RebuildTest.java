package io.parley.insights;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parley.insights.messaging.ReadModelRebuild;
import io.parley.test.SharedKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import io.parley.platform.web.TrustedHeaders;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ParleyServiceTest
class RebuildTest {

	static final List<String> QUESTIONS = List.of(
			"/api/v1/analytics?start_date=2026-03-01&end_date=2026-03-31",
			"/api/v1/analytics?start_date=2026-03-01&end_date=2026-03-31&group_by=week&timezone=Europe/Istanbul",
			"/api/v1/analytics?start_date=2026-02-01&end_date=2026-02-28",
			"/api/v1/analytics/breakdown.csv?start_date=2026-03-01&end_date=2026-03-10",
			"/api/v1/analytics/conversations.csv?start_date=2026-03-01&end_date=2026-03-10",
			"/webhook/chat/insights/user123",
			"/webhook/chat/insights/alice",
			"/webhook/chat/insights/bob?confidence=high",
			"/stats");

	@Autowired
	WebTestClient web;

	@Autowired
	ReadModelRebuild rebuild;

	@Autowired
	TestDatabase database;

	@Test
	void replayingEveryTopicIntoEmptyReadModelsGivesTheSameAnswers() {
		String tenant = Events.newTenant();
		AnalyticsTest.threeConversations(tenant).publish();
		UserInsightsTest.jazzFan(tenant).publish();
		await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
			assertThat(answer(tenant, "/webhook/chat/insights/user123")).contains("\"total_interactions\":3",
					"Shows strong interest in jazz music", "\"avg_sentiment\":0.5");
			assertThat(answer(tenant, QUESTIONS.get(0))).contains("\"total_messages\":8", "\"resolved\":2",
					"\"customer_satisfaction\":4.0");
		});
		Map<String, String> before = answers(tenant);
		// Something the topics do not say: a rebuild must not keep it.
		database.jdbcClient().sql("UPDATE conversations SET rating_sum = rating_sum + 100 WHERE tenant_id = ?")
			.param(tenant).update();
		assertThat(answers(tenant)).isNotEqualTo(before);

		rebuild.rebuild();

		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(answers(tenant)).isEqualTo(before));
		Integer processed = database.jdbcClient()
			.sql("SELECT COUNT(*) FROM messages WHERE tenant_id = ?").param(tenant).query(Integer.class).single();
		assertThat(processed).isEqualTo(12);
	}

	@Test
	void theReadModelsAreFilledFromTheWholeHistoryWhenTheMigrationAsksAndTheGroupIsTheServices() throws Exception {
		// V2 asked for a rebuild (its read models are new); the start did it and took the request off.
		assertThat(database.jdbcClient().sql("SELECT COUNT(*) FROM insights_maintenance").query(Integer.class).single())
			.isZero();
		String tenant = Events.newTenant();
		Events e = new Events(tenant);
		e.opened("c-group", "gina", "webhook", java.time.Instant.parse("2026-03-02T10:00:00Z"));
		e.publish();
		await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(
				answer(tenant, "/api/v1/analytics?start_date=2026-03-02&end_date=2026-03-02"))
			.contains("\"total_conversations\":1"));
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers()))) {
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
					admin.listConsumerGroupOffsets("insights-service").partitionsToOffsetAndMetadata().get().keySet()
						.stream().map(TopicPartition::topic).distinct())
				.contains("conversation.lifecycle"));
		}
	}

	private Map<String, String> answers(String tenant) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (String question : QUESTIONS) {
			answers.put(question, answer(tenant, question));
		}
		return answers;
	}

	private String answer(String tenant, String uri) {
		// The stats window moves with the clock: compare it without its period.
		String body = web.get().uri(uri).header(TrustedHeaders.TENANT_ID, tenant).exchange()
			.returnResult(String.class).getResponseBody().collectList().map(parts -> String.join("", parts)).block();
		return uri.equals("/stats") ? body.replaceAll("\"period\":\\{[^}]*\\},?", "") : body;
	}
}
