package io.parley.insights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.parley.events.MessageCategory;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.events.PriorityLevel;
import io.parley.events.SentimentLabel;
import io.parley.insights.domain.Counter;
import io.parley.insights.domain.Dim;
import io.parley.insights.domain.Projector;
import io.parley.insights.domain.ReadModelStore;
import io.parley.insights.domain.RollupKey;
import io.parley.platform.web.TrustedHeaders;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one poll's batch does, applied straight to the projection (the listener hands it the same list): these cases
 * need several events in one batch, which publishing cannot guarantee.
 */
@ParleyServiceTest
class ProjectionBatchTest {

	static final Instant T = Instant.parse("2026-03-05T10:00:00Z");

	@Autowired
	Projector projector;

	@Autowired
	ReadModelStore store;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	TestDatabase database;

	@Autowired
	WebTestClient web;

	@Test
	void theSameEventTwiceInOneBatchCountsOnceAndTheBatchAgainChangesNothing() {
		String tenant = Events.newTenant();
		Events e = new Events(tenant);
		var opened = e.opened("c-twice", "tina", "webhook", T);
		MessageReceived question = e.message("c-twice", "tina", MessageRole.USER, "Where is my parcel?", T);
		var analysis = e.analyzed(question, MessageCategory.SUPPORT, SentimentLabel.NEGATIVE, -0.5, 8,
				PriorityLevel.HIGH, List.of("parcel"));
		var feedback = e.feedback("c-twice", "tina", 4, T.plusSeconds(60));
		List<SpecificRecord> batch = List.of(opened, question, question, analysis, feedback, analysis, feedback, opened);

		assertThat(projector.apply(batch).events()).isEqualTo(4);
		String answer = analytics(tenant);
		assertThat(answer).contains("\"total_conversations\":1", "\"total_messages\":1", "\"user_messages\":1",
				"\"customer_satisfaction\":4.0", "\"avg_urgency\":8.0");
		assertThat(interactions(tenant, "tina")).isEqualTo(1);

		assertThat(projector.apply(batch).events()).isZero();
		assertThat(analytics(tenant)).isEqualTo(answer);
		assertThat(interactions(tenant, "tina")).isEqualTo(1);
	}

	@Test
	void aMessageRepublishedUnderAnotherEventIdInTheSameBatchCountsOnce() {
		String tenant = Events.newTenant();
		Events e = new Events(tenant);
		MessageReceived message = e.message("c-retry", "rita", MessageRole.USER, "Hello?", T);
		MessageReceived retried = MessageReceived.newBuilder().setEventId(Events.id()).setTenantId(tenant)
			.setOccurredAt(message.getOccurredAt()).setConversationId(message.getConversationId())
			.setMessageId(message.getMessageId()).setUserId(message.getUserId()).setChannel(message.getChannel())
			.setRole(message.getRole()).setContent(message.getContent()).setSequence(message.getSequence())
			.setSentAt(message.getSentAt()).build();

		projector.apply(List.of(message, retried));

		assertThat(analytics(tenant)).contains("\"total_messages\":1", "\"user_messages\":1");
		assertThat(interactions(tenant, "rita")).isEqualTo(1);
	}

	@Test
	void aBatchTooLargeForOneStatementIsWrittenWhole() {
		String tenant = Events.newTenant();
		Events e = new Events(tenant);
		List<SpecificRecord> batch = new ArrayList<>();
		batch.add(e.opened("c-long", "lena", "webhook", T));
		// 1,500 messages with 3,000 characters each: more rows, and more bytes, than one statement takes.
		String content = "x".repeat(3_000);
		for (int i = 0; i < 1_500; i++) {
			batch.add(e.message("c-long", "lena", i % 2 == 0 ? MessageRole.USER : MessageRole.ASSISTANT, content,
					T.plusSeconds(i)));
		}

		assertThat(projector.apply(batch).events()).isEqualTo(1_501);

		assertThat(rows("SELECT COUNT(*) FROM messages WHERE tenant_id = ?", tenant)).isEqualTo(1_500);
		assertThat(rows("SELECT COUNT(*) FROM user_changes WHERE tenant_id = ?", tenant)).isEqualTo(750);
		assertThat(rows("SELECT COUNT(*) FROM messages WHERE tenant_id = ? AND LENGTH(content) = 3000", tenant))
			.isEqualTo(1_500);
		assertThat(analytics(tenant)).contains("\"total_conversations\":1", "\"total_messages\":1500",
				"\"user_messages\":750");
	}

	@Test
	void aBreakdownRowKeepsEveryCounterItIsGivenEvenOnesItsBreakdownDoesNotUsuallyHave() {
		String tenant = Events.newTenant();
		long[] counters = new long[Counter.SIZE];
		counters[Counter.CONVERSATIONS.ordinal()] = 1;
		counters[Counter.MESSAGES.ordinal()] = 3;
		long[] topicCounters = new long[Counter.SIZE];
		topicCounters[Counter.ANALYSED.ordinal()] = 2;
		topicCounters[Counter.RESOLVED.ordinal()] = 1;

		transaction.executeWithoutResult(status -> store.addToRollups(Map.of(
				new RollupKey(tenant, Dim.CHANNEL, "webhook", T), counters,
				new RollupKey(tenant, Dim.TOPIC, "parcel", T), topicCounters)));

		assertThat(rows("SELECT conversations + 10 * messages FROM rollup_quarter WHERE tenant_id = ? AND dim = 'channel'",
				tenant)).isEqualTo(31);
		assertThat(rows("SELECT conversations + 10 * messages FROM rollup_day WHERE tenant_id = ? AND dim = 'channel'",
				tenant)).isEqualTo(31);
		assertThat(rows("SELECT analysed + 10 * resolved FROM rollup_quarter WHERE tenant_id = ? AND dim = 'topic'",
				tenant)).isEqualTo(12);
	}

	@Test
	void timesAreStoredAsTheEventsUtcInstantsToTheMillisecondAndLandInTheirUtcQuarterAndDay() {
		String tenant = Events.newTenant();
		Events e = new Events(tenant);
		Instant lastMillisecondOfTheDay = Instant.parse("2026-03-05T23:59:59.987Z");
		var opened = e.opened("c-midnight", "nora", "webhook", lastMillisecondOfTheDay);
		MessageReceived late = e.message("c-midnight", "nora", MessageRole.USER, "Still open?", lastMillisecondOfTheDay);

		projector.apply(List.of(opened, late));

		assertThat(text("SELECT DATE_FORMAT(sent_at, '%Y-%m-%d %H:%i:%s.%f') FROM messages WHERE tenant_id = ?",
				tenant)).isEqualTo("2026-03-05 23:59:59.987000");
		assertThat(text("SELECT DATE_FORMAT(MIN(bucket), '%Y-%m-%d %H:%i:%s') FROM rollup_quarter WHERE tenant_id = ?",
				tenant)).isEqualTo("2026-03-05 23:45:00");
		assertThat(text("SELECT DATE_FORMAT(MIN(bucket), '%Y-%m-%d') FROM rollup_day WHERE tenant_id = ?", tenant))
			.isEqualTo("2026-03-05");
		assertThat(analytics(tenant)).contains("\"total_messages\":1");
	}

	private String text(String sql, String tenant) {
		return database.jdbcClient().sql(sql).param(tenant).query(String.class).single();
	}

	private int rows(String sql, String tenant) {
		return database.jdbcClient().sql(sql).param(tenant).query(Integer.class).single();
	}

	private String analytics(String tenant) {
		return web.get().uri("/api/v1/analytics?start_date=2026-03-05&end_date=2026-03-05")
			.header(TrustedHeaders.TENANT_ID, tenant).exchange().expectStatus().isOk().expectBody(String.class)
			.returnResult().getResponseBody();
	}

	private long interactions(String tenant, String user) {
		String body = web.get().uri("/webhook/chat/insights/{user}", user).header(TrustedHeaders.TENANT_ID, tenant)
			.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		return Long.parseLong(body.replaceAll("(?s).*\"total_interactions\":(\\d+).*", "$1"));
	}
}
