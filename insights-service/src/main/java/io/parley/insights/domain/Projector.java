package io.parley.insights.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.parley.events.ConversationAssigned;
import io.parley.events.ConversationClosed;
import io.parley.events.ConversationEscalated;
import io.parley.events.ConversationOpened;
import io.parley.events.ConversationResolved;
import io.parley.events.ConversationRouted;
import io.parley.events.FactChange;
import io.parley.events.FeedbackSubmitted;
import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.events.UserFactChanged;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a batch of events from every consumed topic to the read models in one database transaction, together
 * with the record of which event ids were applied: a redelivered or replayed event changes nothing.
 * <p>
 * Conversations and messages are loaded, changed in memory and written back; the rollups receive the difference
 * between what each changed row contributed before and after, so counts move to the right bucket when a late event
 * moves a conversation's start, and the result does not depend on the order the events arrived in.
 */
@Service
public class Projector {

	public static final String CONSUMER = "insights-read-models";

	private final ReadModelStore store;
	private final JsonMapper json;

	public Projector(ReadModelStore store, JsonMapper json) {
		this.store = store;
		this.json = json;
	}

	/** Users whose insights changed, as "tenant/user" keys, for the live streams. */
	public record Applied(int events, Set<String> changedUsers) {
	}

	@Transactional
	public Applied apply(List<SpecificRecord> events) {
		Map<String, SpecificRecord> byId = new LinkedHashMap<>();
		for (SpecificRecord event : events) {
			byId.putIfAbsent(eventId(event), event);
		}
		Set<String> fresh = store.unprocessed(CONSUMER, byId.keySet());
		List<SpecificRecord> todo = byId.entrySet().stream().filter(e -> fresh.contains(e.getKey()))
			.map(Map.Entry::getValue).toList();
		if (todo.isEmpty()) {
			return new Applied(0, Set.of());
		}

		Map<String, ConversationState> conversationKeys = new LinkedHashMap<>();
		Map<String, MessageState> messageKeys = new LinkedHashMap<>();
		for (SpecificRecord event : todo) {
			String tenant = tenantOf(event);
			String conversation = conversationOf(event);
			if (conversation != null && !skipped(event)) {
				conversationKeys.putIfAbsent(ReadModelStore.key(tenant, conversation),
						new ConversationState(tenant, conversation));
			}
			String message = event instanceof MessageReceived m && !skipped(m) ? m.getMessageId()
					: event instanceof MessageAnalyzed a ? a.getMessageId() : null;
			if (message != null) {
				messageKeys.putIfAbsent(ReadModelStore.key(tenant, message), new MessageState(tenant, message));
			}
		}
		Map<String, ConversationState> conversations = new LinkedHashMap<>(
				store.lockConversations(conversationKeys.values()));
		Map<String, MessageState> messages = new LinkedHashMap<>(store.lockMessages(messageKeys.values()));
		Contributions deltas = new Contributions();
		conversations.values().forEach(c -> deltas.addAll(c.contributions(), -1));
		messages.values().forEach(m -> deltas.addAll(m.contributions(), -1));

		List<FactRow> facts = new ArrayList<>();
		List<UserChange> changes = new ArrayList<>();
		Set<String> changedUsers = new LinkedHashSet<>();
		Set<String> touchedConversations = new HashSet<>();
		Set<String> touchedMessages = new HashSet<>();
		for (SpecificRecord event : todo) {
			if (skipped(event)) {
				continue;
			}
			String tenant = tenantOf(event);
			if (event instanceof UserFactChanged f) {
				facts.add(fact(f));
				changes.add(new UserChange(0, tenant, f.getUserId(), UserChange.FACT, factPayload(f), f.getOccurredAt()));
				changedUsers.add(ReadModelStore.key(tenant, f.getUserId()));
				continue;
			}
			if (event instanceof MessageReceived m && messages.containsKey(ReadModelStore.key(tenant, m.getMessageId()))
					&& messages.get(ReadModelStore.key(tenant, m.getMessageId())).role != null) {
				// The same message under another event id (a producer retry): it counts once.
				continue;
			}
			String conversationKey = ReadModelStore.key(tenant, conversationOf(event));
			ConversationState conversation = conversations.computeIfAbsent(conversationKey,
					k -> conversationKeys.get(k));
			touchedConversations.add(conversationKey);
			if (event instanceof MessageReceived m) {
				MessageState message = message(messages, messageKeys, touchedMessages, tenant, m.getMessageId());
				conversation.apply(m);
				message.apply(m);
				if (m.getRole() == MessageRole.USER) {
					changes.add(new UserChange(0, tenant, m.getUserId(), UserChange.INTERACTION,
							write(Map.of("message_id", m.getMessageId(), "content", m.getContent(), "timestamp",
									m.getSentAt().toString())), m.getSentAt()));
					changedUsers.add(ReadModelStore.key(tenant, m.getUserId()));
				}
			}
			else if (event instanceof MessageAnalyzed a) {
				conversation.apply(a);
				message(messages, messageKeys, touchedMessages, tenant, a.getMessageId()).apply(a);
				changedUsers.add(ReadModelStore.key(tenant, a.getUserId()));
			}
			else if (event instanceof ConversationOpened e) {
				conversation.apply(e);
			}
			else if (event instanceof ConversationClosed e) {
				conversation.apply(e);
			}
			else if (event instanceof FeedbackSubmitted e) {
				conversation.apply(e);
			}
			else if (event instanceof ConversationRouted e) {
				conversation.apply(e);
			}
			else if (event instanceof ConversationEscalated e) {
				conversation.apply(e);
			}
			else if (event instanceof ConversationAssigned e) {
				conversation.apply(e);
			}
			else if (event instanceof ConversationResolved e) {
				conversation.apply(e);
			}
			else {
				throw new IllegalArgumentException("Not an event insights projects: " + event.getClass());
			}
		}

		List<ConversationState> changedConversations = touchedConversations.stream().map(conversations::get).toList();
		List<MessageState> changedMessages = touchedMessages.stream().map(messages::get).toList();
		// Rows that were loaded but not touched contribute the same before and after: cancel them out.
		conversations.forEach((key, c) -> {
			if (!touchedConversations.contains(key)) {
				deltas.addAll(c.contributions(), 1);
			}
		});
		messages.forEach((key, m) -> {
			if (!touchedMessages.contains(key)) {
				deltas.addAll(m.contributions(), 1);
			}
		});
		changedConversations.forEach(c -> deltas.addAll(c.contributions(), 1));
		changedMessages.forEach(m -> deltas.addAll(m.contributions(), 1));

		store.saveConversations(changedConversations);
		store.saveMessages(changedMessages);
		store.upsertFacts(facts);
		store.appendChanges(changes);
		store.markProcessed(CONSUMER, fresh);
		// Last: every batch adds to the same few rollup rows, so they stay locked for as short a time as possible.
		store.addToRollups(deltas.nonZero());
		return new Applied(todo.size(), changedUsers);
	}

	private static MessageState message(Map<String, MessageState> messages, Map<String, MessageState> keys,
			Set<String> touched, String tenant, String messageId) {
		String key = ReadModelStore.key(tenant, messageId);
		touched.add(key);
		return messages.computeIfAbsent(key, keys::get);
	}

	/** History a caller backfilled (İzer's chat history) is context, not traffic: it is not counted. */
	private static boolean skipped(SpecificRecord event) {
		return event instanceof MessageReceived m && m.getHistorical();
	}

	private FactRow fact(UserFactChanged f) {
		boolean erased = f.getChange() == FactChange.ERASED;
		boolean active = f.getChange() != FactChange.INVALIDATED && !erased;
		String factId = erased && FactRow.EVERY_FACT.equals(f.getFactId()) ? FactRow.erasureId(f.getUserId())
				: f.getFactId();
		return new FactRow(f.getTenantId(), factId, f.getUserId(), f.getCategory(), f.getType(),
				erased ? "" : f.getKey(), erased ? "" : f.getValue(), f.getConfidence(),
				f.getConfidenceLevel().name().toLowerCase(Locale.ROOT), f.getEvidenceCount(), f.getFirstSeen(),
				f.getLastUpdated(), active, f.getOccurredAt(), f.getEventId());
	}

	private String factPayload(UserFactChanged f) {
		boolean erased = f.getChange() == FactChange.ERASED;
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("change", f.getChange().name().toLowerCase(Locale.ROOT));
		payload.put("fact_id", f.getFactId());
		payload.put("category", f.getCategory());
		payload.put("type", f.getType());
		payload.put("key", erased ? "" : f.getKey());
		payload.put("value", erased ? "" : f.getValue());
		payload.put("confidence", f.getConfidenceLevel().name().toLowerCase(Locale.ROOT));
		payload.put("confidence_score", f.getConfidence());
		payload.put("evidence_count", f.getEvidenceCount());
		payload.put("created_at", f.getFirstSeen().toString());
		payload.put("last_updated", f.getLastUpdated().toString());
		return write(payload);
	}

	private String write(Object value) {
		return json.writeValueAsString(value);
	}

	static String eventId(SpecificRecord event) {
		return String.valueOf(event.get(event.getSchema().getField("eventId").pos()));
	}

	static String tenantOf(SpecificRecord event) {
		return String.valueOf(event.get(event.getSchema().getField("tenantId").pos()));
	}

	static String conversationOf(SpecificRecord event) {
		var field = event.getSchema().getField("conversationId");
		if (field == null || event instanceof UserFactChanged) {
			return null;
		}
		Object value = event.get(field.pos());
		return value == null ? null : value.toString();
	}

	static Instant occurredAt(SpecificRecord event) {
		return (Instant) event.get(event.getSchema().getField("occurredAt").pos());
	}
}
