package io.parley.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.parley.events.ConfidenceLevel;
import io.parley.events.FactChange;
import io.parley.events.MessageRole;
import io.parley.insights.domain.UserUpdates;
import io.parley.insights.web.StreamLimits;
import io.parley.platform.web.TrustedHeaders;
import io.parley.test.ParleyServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ParleyServiceTest
class StreamsTest {

	static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
	};

	@Autowired
	WebTestClient web;

	@Autowired
	StreamLimits limits;

	@Autowired
	UserUpdates updates;

	@Autowired
	JsonMapper json;

	@Test
	void theLearningStreamSendsEachFactChangeAsItHappensAndResumesAfterTheLastEventId() throws Exception {
		String tenant = Events.newTenant();
		Flux<ServerSentEvent<String>> stream = open(tenant, "/webhook/stream/learning/ana", null);
		CompletableFuture<List<ServerSentEvent<String>>> received = stream.filter(e -> e.data() != null).take(2)
			.collectList().toFuture();

		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Events e = new Events(tenant);
		e.fact("ana", "f-1", FactChange.ADDED, "interests", "interest_cycling", "Shows interest in road cycling",
				ConfidenceLevel.MEDIUM, 0.6, 1, now);
		e.fact("ana", "f-1", FactChange.REINFORCED, "interests", "interest_cycling", "Shows strong interest in road cycling",
				ConfidenceLevel.HIGH, 0.85, 3, now.plusSeconds(1));
		e.publish();

		List<ServerSentEvent<String>> events = received.get(40, TimeUnit.SECONDS);
		JsonNode first = json.readTree(events.get(0).data());
		JsonNode second = json.readTree(events.get(1).data());
		assertThat(first.get("change").asString()).isEqualTo("added");
		assertThat(first.get("value").asString()).isEqualTo("Shows interest in road cycling");
		assertThat(first.get("confidence").asString()).isEqualTo("medium");
		assertThat(second.get("change").asString()).isEqualTo("reinforced");
		assertThat(second.get("evidence_count").asInt()).isEqualTo(3);
		assertThat(Long.parseLong(events.get(1).id())).isGreaterThan(Long.parseLong(events.get(0).id()));
		assertThat(events.get(0).event()).as("onmessage receives it, as the seed's clients listen").isNull();

		// A client that saw only the first event reconnects and gets the second, and only it.
		ServerSentEvent<String> resumed = open(tenant, "/webhook/stream/learning/ana", events.get(0).id())
			.filter(x -> x.data() != null).blockFirst(Duration.ofSeconds(20));
		assertThat(resumed.id()).isEqualTo(events.get(1).id());
		assertThat(json.readTree(resumed.data()).get("change").asString()).isEqualTo("reinforced");
	}

	@Test
	void theInsightsStreamSendsTheSeedsFormatWhenSomethingChangesForTheUser() throws Exception {
		String tenant = Events.newTenant();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Events e = new Events(tenant);
		e.message("c-1", "user123", MessageRole.USER, "Hello there", now);
		e.publish();
		await().atMost(Duration.ofSeconds(40)).until(() -> web.get().uri("/webhook/chat/insights/user123")
			.header(TrustedHeaders.TENANT_ID, tenant).exchange().returnResult(String.class).getStatus().is2xxSuccessful());

		int[] seen = new int[2];
		CompletableFuture<List<ServerSentEvent<String>>> received = open(tenant, "/webhook/stream/insights/user123", null)
			.filter(x -> x.data() != null)
			.takeUntil(x -> {
				JsonNode updates = json.readTree(x.data()).get("updates");
				seen[0] += updates.get("new_facts").asInt();
				seen[1] += updates.get("new_interactions").asInt();
				return seen[0] >= 1 && seen[1] >= 1;
			})
			.collectList().toFuture();
		Thread.sleep(300); // let the stream subscribe before the change; the first event is the current state anyway
		e.message("c-1", "user123", MessageRole.USER, "I like programming", now.plusSeconds(60));
		e.fact("user123", "f-prog", FactChange.ADDED, "interests", "interest_programming", "Shows interest in programming",
				ConfidenceLevel.MEDIUM, 0.6, 1, now.plusSeconds(61));
		e.publish();

		// The message and the fact come from different topics: one event may carry both, or one each.
		List<ServerSentEvent<String>> events = received.get(40, TimeUnit.SECONDS);
		JsonNode initial = json.readTree(events.get(0).data());
		assertThat(initial.get("user_id").asString()).isEqualTo("user123");
		assertThat(initial.get("username").asString()).isEqualTo("user123");
		assertThat(initial.get("updates").get("new_facts").asInt()).isZero();
		assertThat(initial.get("updates").get("new_interactions").asInt()).isZero();
		assertThat(initial.get("analytics").get("total_interactions").asInt()).isEqualTo(1);
		assertThat(initial.has("timestamp")).isTrue();
		assertThat(events).hasSizeBetween(2, 3);
		assertThat(seen).containsExactly(1, 1);
		JsonNode last = json.readTree(events.get(events.size() - 1).data());
		assertThat(last.get("analytics").get("total_interactions").asInt()).isEqualTo(2);
		assertThat(last.get("latest_facts").get(0).get("category").asString()).isEqualTo("interests");
		assertThat(last.get("latest_facts").get(0).get("value").asString()).isEqualTo("Shows interest in programming");
		assertThat(last.get("latest_facts").get(0).get("confidence").asString()).isEqualTo("medium");
		assertThat(last.get("latest_facts").get(0).has("created_at")).isTrue();
	}

	@Test
	void idleStreamsGetHeartbeats() {
		String tenant = Events.newTenant();
		ServerSentEvent<String> heartbeat = open(tenant, "/webhook/stream/learning/idle", null)
			.filter(x -> "heartbeat".equals(x.comment())).blockFirst(Duration.ofSeconds(10));
		assertThat(heartbeat).isNotNull();
	}

	@Test
	void openStreamsPerTenantAreBoundedAndClosedStreamsLeaveNothingBehind() {
		String tenant = Events.newTenant();
		int before = updates.subscribers();
		List<Disposable> streams = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			streams.add(open(tenant, "/webhook/stream/learning/u" + i, null).subscribe());
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> updates.subscribers() == before + 3);
		assertThat(limits.open(tenant)).isEqualTo(3);

		web.get().uri("/webhook/stream/insights/u9").header(TrustedHeaders.TENANT_ID, tenant)
			.accept(MediaType.TEXT_EVENT_STREAM).exchange()
			.expectStatus().isEqualTo(429)
			.expectBody().jsonPath("$.error.code").isEqualTo("too_many_streams")
			.jsonPath("$.error.details.max_open_streams").isEqualTo(3);
		// Another tenant has its own bound.
		Disposable other = open(Events.newTenant(), "/webhook/stream/learning/u0", null).subscribe();

		streams.forEach(Disposable::dispose);
		other.dispose();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(limits.open(tenant)).isZero();
			assertThat(updates.subscribers()).isEqualTo(before);
		});
		Disposable again = open(tenant, "/webhook/stream/learning/u0", null).subscribe();
		again.dispose();
	}

	private Flux<ServerSentEvent<String>> open(String tenant, String path, String lastEventId) {
		WebTestClient.RequestHeadersSpec<?> request = web.mutate().responseTimeout(Duration.ofSeconds(60)).build()
			.get().uri(path).header(TrustedHeaders.TENANT_ID, tenant).accept(MediaType.TEXT_EVENT_STREAM);
		if (lastEventId != null) {
			request = request.header("Last-Event-ID", lastEventId);
		}
		return request.exchange().expectStatus().isOk().returnResult(SSE).getResponseBody();
	}
}
