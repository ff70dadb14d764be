package io.parley.insights.web;

import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.parley.insights.domain.ReadModelStore;
import io.parley.insights.domain.UserChange;
import io.parley.insights.domain.UserUpdates;
import io.parley.insights.persistence.InsightsQueries;
import io.parley.insights.query.UserInsightsService;
import io.parley.platform.web.ApiException;
import io.parley.platform.web.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AI User Learning guide's live streams. Each event's id is the position of the last change it covers, so a
 * client that reconnects with {@code Last-Event-ID} gets what it missed; comments keep idle connections alive; the
 * number of open streams per tenant is bounded; a closed connection leaves no subscription behind.
 */
@RestController
class StreamController {

	private static final int PAGE = 200;
	private static final int RECENT = 20;

	private final InsightsQueries queries;
	private final UserInsightsService insights;
	private final UserUpdates updates;
	private final StreamLimits limits;
	private final JsonMapper json;
	private final Clock clock;
	private final Duration heartbeat;
	private final Duration poll;

	StreamController(InsightsQueries queries, UserInsightsService insights, UserUpdates updates, StreamLimits limits,
			JsonMapper json, Clock clock, @Value("${parley.insights.stream.heartbeat:15s}") Duration heartbeat,
			@Value("${parley.insights.stream.poll:2s}") Duration poll) {
		this.queries = queries;
		this.insights = insights;
		this.updates = updates;
		this.limits = limits;
		this.json = json;
		this.clock = clock;
		this.heartbeat = heartbeat;
		this.poll = poll;
	}

	/** Every fact change of the user as it happens: one event per change. */
	@GetMapping(path = "/webhook/stream/learning/{userId}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<String>> learning(Caller caller, @PathVariable String userId,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		return stream(caller.tenantId(), userId, lastEventId, false, changes -> changes.stream()
			.filter(c -> UserChange.FACT.equals(c.kind()))
			// No event name: the seed's clients listen with onmessage; the payload's "change" says what happened.
			.map(c -> ServerSentEvent.builder(c.payload()).id(String.valueOf(c.seq())).build())
			.toList());
	}

	/** The seed's insights stream: what is new, the latest facts and the analytics, each time something changes. */
	@GetMapping(path = "/webhook/stream/insights/{userId}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<String>> insights(Caller caller, @PathVariable String userId,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		return stream(caller.tenantId(), userId, lastEventId, true, changes -> {
			if (changes.isEmpty()) {
				return List.of();
			}
			long newFacts = changes.stream().filter(c -> UserChange.FACT.equals(c.kind())).count();
			long newInteractions = changes.size() - newFacts;
			return List.of(ServerSentEvent.builder(snapshot(caller.tenantId(), userId, newFacts, newInteractions))
				.id(String.valueOf(changes.get(changes.size() - 1).seq())).build());
		});
	}

	/** The dashboard's live feed: every change of every user of the tenant, as it happens. */
	@GetMapping(path = "/api/v1/analytics/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<String>> live(Caller caller,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		String tenantId = caller.tenantId();
		Source source = new Source(after -> queries.tenantChangesSince(tenantId, after, PAGE),
				() -> queries.lastTenantChange(tenantId), updates.tenantSignals(tenantId));
		Render render = changes -> changes.stream()
			.map(c -> ServerSentEvent.builder(feedItem(c)).id(String.valueOf(c.seq())).event(c.kind()).build())
			.toList();
		// A new viewer first sees the latest few changes, then everything as it happens.
		return stream(tenantId, source, lastEventId, () -> render.events(queries.latestTenantChanges(tenantId, RECENT)),
				render);
	}

	private String feedItem(UserChange change) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("kind", change.kind());
		item.put("user_id", change.userId());
		item.put("occurred_at", change.occurredAt().toString());
		item.put("data", json.readValue(change.payload(), MAP));
		return json.writeValueAsString(item);
	}

	private interface Render {
		List<ServerSentEvent<String>> events(List<UserChange> changes);
	}

	private interface Page {
		List<UserChange> after(long seq);
	}

	private interface First {
		List<ServerSentEvent<String>> events();
	}

	private record Source(Page page, java.util.function.LongSupplier lastSeq, Flux<String> signals) {
	}

	private Source userSource(String tenantId, String userId) {
		return new Source(after -> queries.changesSince(tenantId, userId, after, PAGE),
				() -> queries.lastChange(tenantId, userId), updates.signals(ReadModelStore.key(tenantId, userId)));
	}

	private Flux<ServerSentEvent<String>> stream(String tenantId, String userId, String lastEventId, boolean snapshotFirst,
			Render render) {
		Source source = userSource(tenantId, userId);
		First first = () -> snapshotFirst && queries.userKnown(tenantId, userId)
				? List.of(ServerSentEvent.builder(snapshot(tenantId, userId, 0, 0))
					.id(String.valueOf(source.lastSeq().getAsLong())).build())
				: List.of();
		return stream(tenantId, source, lastEventId, first, render);
	}

	private Flux<ServerSentEvent<String>> stream(String tenantId, Source source, String lastEventId, First first,
			Render render) {
		Long resumeAfter = parseLastEventId(lastEventId);
		if (!limits.tryOpen(tenantId)) {
			throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too_many_streams",
					"This tenant already has " + limits.maxPerTenant() + " open streams; close one first",
					Map.of("max_open_streams", limits.maxPerTenant()));
		}
		AtomicLong last = new AtomicLong();
		Mono<List<ServerSentEvent<String>>> start = Mono.fromCallable(() -> {
			if (resumeAfter != null) {
				last.set(resumeAfter);
				return render.events(pending(source.page(), last));
			}
			last.set(source.lastSeq().getAsLong());
			return first.events();
		}).subscribeOn(Schedulers.boundedElastic());
		// After the start: one check right away (a change may have landed since), then one per signal.
		// Signals come from this instance's projection; the poll finds changes another replica projected.
		Flux<ServerSentEvent<String>> live = Flux.just("now")
			.concatWith(Flux.merge(source.signals(), Flux.interval(poll).map(tick -> "poll")))
			.onBackpressureLatest()
			.concatMap(signal -> Mono.fromCallable(() -> render.events(pending(source.page(), last)))
				.subscribeOn(Schedulers.boundedElastic()), 1)
			.flatMapIterable(events -> events);
		Flux<ServerSentEvent<String>> heartbeats = Flux.interval(heartbeat)
			.map(tick -> ServerSentEvent.<String>builder().comment("heartbeat").build());
		Flux<ServerSentEvent<String>> opened = Flux.just(ServerSentEvent.<String>builder().comment("connected").build());
		return opened.concatWith(start.flatMapMany(events -> Flux.fromIterable(events).concatWith(live)))
			.mergeWith(heartbeats)
			.doFinally(signal -> limits.close(tenantId));
	}

	/** Changes after {@code last}, advancing it. */
	private static List<UserChange> pending(Page source, AtomicLong last) {
		List<UserChange> all = new ArrayList<>();
		List<UserChange> page;
		do {
			page = source.after(last.get());
			if (!page.isEmpty()) {
				last.set(page.get(page.size() - 1).seq());
				all.addAll(page);
			}
		}
		while (page.size() == PAGE);
		return all;
	}

	private String snapshot(String tenantId, String userId, long newFacts, long newInteractions) {
		Map<String, Object> analytics = insights.analytics(tenantId, userId);
		String username = queries.userStats(tenantId, userId).username();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("timestamp", Instant.now(clock).toString());
		data.put("user_id", userId);
		data.put("username", username != null ? username : userId);
		data.put("updates", Map.of("new_facts", newFacts, "new_interactions", newInteractions));
		data.put("latest_facts", queries.facts(tenantId, userId, List.of(), List.of("low", "medium", "high"), 5)
			.stream()
			.sorted((a, b) -> b.lastUpdated().compareTo(a.lastUpdated()))
			.map(f -> {
				Map<String, Object> fact = new LinkedHashMap<>();
				fact.put("category", f.category());
				fact.put("value", f.value());
				fact.put("confidence", f.confidenceLevel());
				fact.put("created_at", f.firstSeen().toString());
				return fact;
			})
			.toList());
		Map<String, Object> brief = new LinkedHashMap<>();
		brief.put("total_interactions", analytics.get("total_interactions"));
		brief.put("avg_sentiment", analytics.get("avg_sentiment"));
		data.put("analytics", brief);
		return json.writeValueAsString(data);
	}

	private static Long parseLastEventId(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			throw ApiException.badRequest("Last-Event-ID must be an event id this stream sent",
					Map.of("last_event_id", value));
		}
	}

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};
}
