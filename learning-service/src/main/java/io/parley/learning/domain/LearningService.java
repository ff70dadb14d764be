package io.parley.learning.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.parley.events.ConfidenceLevel;
import io.parley.events.FactChange;
import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.events.PlatformEvent;
import io.parley.events.UserFactChanged;
import io.parley.platform.messaging.EventPublisher;
import io.parley.platform.messaging.OutgoingEvent;
import io.parley.platform.persistence.ProcessedEvents;
import io.parley.schemas.Topic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Learns durable facts about each end user from their own messages, keeps them with their evidence and history, and
 * publishes every change ({@code UserFactChanged} on {@code user.facts}, and {@code user.fact_learned} for partners
 * when a fact is added). Bot and agent turns and replayed history teach nothing; redelivered events change nothing;
 * events older than a user's erasure are never learned from again.
 */
@Service
public class LearningService {

	static final String MESSAGES_CONSUMER = "learning-messages";
	static final String ANALYSES_CONSUMER = "learning-analyses";
	/** Behavior facts are supported by every message; they keep the newest ones as evidence. */
	static final int BEHAVIOR_EVIDENCE = 20;

	private final FactExtractor extractor;
	private final TextEmbedder embedder;
	private final FactStore store;
	private final ProcessedEvents processedEvents;
	private final EventPublisher publisher;
	private final TransactionTemplate transaction;
	private final TenantCategories tenantCategories;
	private final JsonMapper json;
	private final Clock clock;

	public LearningService(FactExtractor extractor, TextEmbedder embedder, FactStore store,
			ProcessedEvents processedEvents, EventPublisher publisher, TransactionTemplate transaction,
			TenantCategories tenantCategories, JsonMapper json, Clock clock) {
		this.extractor = extractor;
		this.embedder = embedder;
		this.store = store;
		this.processedEvents = processedEvents;
		this.publisher = publisher;
		this.transaction = transaction;
		this.tenantCategories = tenantCategories;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The extractor (which may wait for an LLM) and the embedding model run outside the database transaction; the
	 * transaction then locks the user, merges, stores and publishes, or does nothing for a redelivery or an event
	 * older than the user's erasure.
	 */
	public void learn(MessageReceived message) {
		if (message.getRole() != MessageRole.USER || message.getHistorical()) {
			transaction.executeWithoutResult(status -> processedEvents.markProcessed(MESSAGES_CONSUMER, message.getEventId()));
			return;
		}
		List<FactMerger.Candidate> candidates = new ArrayList<>();
		for (ExtractedFact fact : extractor.extract(new ExtractionRequest(message.getTenantId(), message.getContent(),
				tenantCategories.of(message.getTenantId())))) {
			candidates.add(new FactMerger.Candidate(fact, fact.retraction() ? null : embedder.embed(fact.subject())));
		}
		transaction.executeWithoutResult(status -> {
			if (!processedEvents.markProcessed(MESSAGES_CONSUMER, message.getEventId())) {
				return;
			}
			UserActivity activity = store.lockUser(message.getTenantId(), message.getUserId());
			if (erasedSince(message.getTenantId(), message.getUserId(), message.getOccurredAt())) {
				return;
			}
			Instant now = clock.instant();
			List<StoredFact> valid = store.validFacts(message.getTenantId(), message.getUserId());
			FactMerger merger = new FactMerger(valid);
			for (FactMerger.Candidate candidate : candidates) {
				merger.merge(candidate, message.getTenantId(), message.getUserId(), message.getMessageId(),
						extractor.name(), message.getSentAt(), now);
			}
			List<FactMerger.Change> changes = new ArrayList<>(merger.changes());
			UserActivity updated = activity.withMessage(message.getContent(), message.getChannel(), message.getSentAt());
			store.saveActivity(updated);
			changes.addAll(behavior(updated, valid, false, message.getMessageId(), message.getConversationId(),
					message.getSentAt(), now));
			keep(merger.changes(), message.getMessageId(), message.getConversationId(), message.getSentAt());
			publish(changes, message.getConversationId(), now);
		});
	}

	/** The analysis of a user's message feeds their sentiment trend. */
	public void learnSentiment(MessageAnalyzed analysis) {
		transaction.executeWithoutResult(status -> {
			if (!processedEvents.markProcessed(ANALYSES_CONSUMER, analysis.getEventId())) {
				return;
			}
			UserActivity activity = store.lockUser(analysis.getTenantId(), analysis.getUserId());
			// An analysis made after the erasure of a message written before it is refused too.
			Instant older = analysis.getMessageSentAt().isBefore(analysis.getOccurredAt()) ? analysis.getMessageSentAt()
					: analysis.getOccurredAt();
			if (erasedSince(analysis.getTenantId(), analysis.getUserId(), older)) {
				return;
			}
			Instant now = clock.instant();
			UserActivity updated = activity.withSentiment(analysis.getSentimentScore());
			store.saveActivity(updated);
			List<StoredFact> valid = store.validFacts(analysis.getTenantId(), analysis.getUserId());
			List<FactMerger.Change> changes = behavior(updated, valid, true, analysis.getMessageId(),
					analysis.getConversationId(), analysis.getMessageSentAt(), now);
			publish(changes, analysis.getConversationId(), now);
		});
	}

	private boolean erasedSince(String tenantId, String userId, Instant occurredAt) {
		return store.erasedAt(tenantId, userId).map(erased -> !occurredAt.isAfter(erased)).orElse(false);
	}

	private void keep(List<FactMerger.Change> changes, String messageId, String conversationId, Instant said) {
		for (FactMerger.Change change : changes) {
			switch (change.kind()) {
				case ADDED -> store.insert(change.fact(), conversationId);
				case REINFORCED -> store.update(change.fact(), messageId, conversationId, said);
				case INVALIDATED, UPDATED -> store.update(change.fact(), null, conversationId, said);
			}
		}
	}

	/**
	 * Restates the behavior facts a message (or, with {@code fromAnalysis}, its analysis) bears on: added the first
	 * time, "updated" (published) when the reading changes, otherwise only given the message as evidence. The
	 * evidence count is every message behind the figure; the ids kept are the newest {@value #BEHAVIOR_EVIDENCE}.
	 */
	private List<FactMerger.Change> behavior(UserActivity activity, List<StoredFact> valid, boolean fromAnalysis,
			String messageId, String conversationId, Instant said, Instant now) {
		List<FactMerger.Change> changes = new ArrayList<>();
		for (ExtractedFact fact : BehaviorFacts.of(activity)) {
			if (BehaviorFacts.SENTIMENT_TREND.equals(fact.key()) != fromAnalysis) {
				continue;
			}
			int count = fromAnalysis ? activity.sentiments().size() : activity.messageCount();
			StoredFact existing = valid.stream()
				.filter(v -> FactCategories.BEHAVIOR.equals(v.category()) && v.key().equals(fact.key()))
				.findFirst().orElse(null);
			if (existing == null) {
				StoredFact added = new StoredFact(UUID.randomUUID().toString(), activity.tenantId(), activity.userId(),
						fact.category(), fact.type(), fact.key(), fact.value(), fact.subject(), fact.structuredValue(), 0,
						true, fact.confidence(), count, List.of(messageId), "stream", null, said, now, said, null, null);
				store.insert(added, conversationId);
				changes.add(new FactMerger.Change(FactChangeKind.ADDED, added));
				continue;
			}
			if (existing.evidenceMessageIds().contains(messageId)) {
				continue;
			}
			List<String> evidence = new ArrayList<>(existing.evidenceMessageIds());
			evidence.add(messageId);
			while (evidence.size() > BEHAVIOR_EVIDENCE) {
				evidence.remove(0);
			}
			StoredFact restated = existing.restated(fact.value(), fact.structuredValue(), fact.confidence(),
					Math.max(count, existing.evidenceCount()), evidence, now);
			store.update(restated, messageId, conversationId, said);
			store.trimEvidence(existing.factId(), BEHAVIOR_EVIDENCE);
			if (!existing.value().equals(fact.value())) {
				changes.add(new FactMerger.Change(FactChangeKind.UPDATED, restated));
			}
		}
		return changes;
	}

	private void publish(List<FactMerger.Change> changes, String conversationId, Instant now) {
		if (changes.isEmpty()) {
			return;
		}
		List<OutgoingEvent> events = new ArrayList<>();
		for (FactMerger.Change change : changes) {
			StoredFact fact = change.fact();
			events.add(new OutgoingEvent(Topic.USER_FACTS, fact.userId(), changed(change, conversationId, now)));
			if (change.kind() == FactChangeKind.ADDED && fact.valid()) {
				Map<String, Object> data = factView(fact);
				data.put("user_id", fact.userId());
				changes.stream().filter(c -> fact.factId().equals(c.fact().replacedBy())).findFirst()
					.ifPresent(replaced -> data.put("replaces_fact_id", replaced.fact().factId()));
				events.add(new OutgoingEvent(Topic.PLATFORM_EVENTS, fact.userId(),
						partnerEvent("user.fact_learned", fact.tenantId(), fact.userId(), conversationId, data, now)));
			}
		}
		publisher.publish(events);
	}

	private UserFactChanged changed(FactMerger.Change change, String conversationId, Instant now) {
		StoredFact fact = change.fact();
		return UserFactChanged.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId(fact.tenantId())
			.setOccurredAt(now)
			.setUserId(fact.userId())
			.setFactId(fact.factId())
			.setChange(FactChange.valueOf(change.kind().name()))
			.setCategory(fact.category())
			.setType(fact.type())
			.setKey(fact.key())
			.setValue(fact.value())
			.setStructuredValue(fact.structuredValue().isEmpty() ? null : json.writeValueAsString(fact.structuredValue()))
			.setConfidence(fact.confidence())
			.setConfidenceLevel(ConfidenceLevel.valueOf(fact.level().name()))
			.setEvidenceCount(fact.evidenceCount())
			.setEvidenceMessageIds(fact.evidenceMessageIds())
			.setFirstSeen(fact.firstSeen())
			.setLastUpdated(fact.lastUpdated())
			.setValidFrom(fact.validFrom())
			.setInvalidFrom(fact.invalidFrom())
			.setReplacedByFactId(fact.replacedBy())
			.setConversationId(conversationId)
			.build();
	}

	private PlatformEvent partnerEvent(String type, String tenantId, String userId, String conversationId,
			Map<String, Object> data, Instant now) {
		return PlatformEvent.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId(tenantId)
			.setOccurredAt(now)
			.setType(type)
			.setSource("learning-service")
			.setConversationId(conversationId)
			.setUserId(userId)
			.setData(json.writeValueAsString(data))
			.build();
	}

	// ------------------------------------------------------------------ reads and erasure

	/** Facts as the API filters them; empty when the user is unknown to this tenant. */
	public Optional<FactsView> facts(String tenantId, String userId, FactQuery query) {
		return transaction.execute(status -> {
			if (!store.known(tenantId, userId)) {
				return Optional.<FactsView>empty();
			}
			List<StoredFact> all = store.facts(tenantId, userId, query.includeHistory());
			List<StoredFact> current = filter(all.stream().filter(StoredFact::valid).toList(), query);
			List<StoredFact> history = query.includeHistory()
					? filter(all.stream().filter(f -> !f.valid()).toList(), query) : List.of();
			return Optional.of(new FactsView(userId, current.size(),
					current.stream().limit(query.limit()).toList(), history.stream().limit(query.limit()).toList(),
					store.activity(tenantId, userId).orElse(UserActivity.empty(tenantId, userId))));
		});
	}

	private static List<StoredFact> filter(List<StoredFact> facts, FactQuery query) {
		return facts.stream()
			.filter(f -> query.categories().isEmpty() || query.categories().contains(f.category()))
			.filter(f -> f.confidence() >= query.minimum().minimum())
			.sorted(Comparator.comparingDouble(StoredFact::confidence).reversed()
				.thenComparing(Comparator.comparingInt(StoredFact::evidenceCount).reversed())
				.thenComparing(Comparator.comparing(StoredFact::lastUpdated).reversed()))
			.toList();
	}

	/** The personalisation text; empty when the user is unknown to this tenant. */
	public Optional<ContextText> context(String tenantId, String userId, int maxChars) {
		return transaction.execute(status -> store.known(tenantId, userId)
				? Optional.of(ContextText.of(store.facts(tenantId, userId, false), maxChars))
				: Optional.<ContextText>empty());
	}

	/**
	 * Erases everything learned about the user, remembers when, and publishes the erasure: one
	 * {@code UserFactChanged} with change {@code ERASED} and fact id {@code *} (every fact of the user), and the
	 * partner event {@code user.erased}. Later replays of older events teach nothing.
	 */
	public Erasure erase(String tenantId, String userId) {
		return transaction.execute(status -> {
			Instant now = clock.instant();
			int erased = store.erase(tenantId, userId, now);
			UserFactChanged event = UserFactChanged.newBuilder()
				.setEventId(UUID.randomUUID().toString())
				.setTenantId(tenantId)
				.setOccurredAt(now)
				.setUserId(userId)
				.setFactId("*")
				.setChange(FactChange.ERASED)
				.setCategory("*")
				.setType("*")
				.setKey("*")
				.setValue("")
				.setConfidence(0)
				.setConfidenceLevel(ConfidenceLevel.LOW)
				.setEvidenceCount(0)
				.setEvidenceMessageIds(List.of())
				.setFirstSeen(now)
				.setLastUpdated(now)
				.setValidFrom(now)
				.setInvalidFrom(now)
				.build();
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("user_id", userId);
			data.put("facts_erased", erased);
			data.put("erased_at", now.toString());
			publisher.publish(List.of(new OutgoingEvent(Topic.USER_FACTS, userId, event),
					new OutgoingEvent(Topic.PLATFORM_EVENTS, userId, partnerEvent("user.erased", tenantId, userId, null,
							data, now))));
			return new Erasure(userId, erased, now);
		});
	}

	public record Erasure(String userId, int factsErased, Instant erasedAt) {
	}

	/** What {@code GET /facts} asks for. */
	public record FactQuery(Set<String> categories, int limit, io.parley.learning.domain.ConfidenceLevel minimum,
			boolean includeHistory) {
	}

	public record FactsView(String userId, int total, List<StoredFact> facts, List<StoredFact> history,
			UserActivity activity) {
	}

	/** A fact in the seed's field names, with its evidence and time. */
	public static Map<String, Object> factView(StoredFact fact) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("fact_id", fact.factId());
		view.put("category", fact.category());
		view.put("type", fact.type());
		view.put("key", fact.key());
		view.put("value", fact.value());
		view.put("structured_value", fact.structuredValue().isEmpty() ? null : fact.structuredValue());
		view.put("confidence", fact.level().wireName());
		view.put("confidence_score", Math.round(fact.confidence() * 1000) / 1000.0);
		view.put("evidence_count", fact.evidenceCount());
		view.put("evidence_message_ids", fact.evidenceMessageIds());
		view.put("first_seen", fact.firstSeen().toString());
		view.put("last_updated", fact.lastUpdated().toString());
		view.put("valid_from", fact.validFrom().toString());
		view.put("invalid_from", fact.invalidFrom() == null ? null : fact.invalidFrom().toString());
		view.put("replaced_by", fact.replacedBy());
		view.put("status", fact.valid() ? "valid" : "invalidated");
		view.put("extractor", fact.extractor());
		return view;
	}
}
