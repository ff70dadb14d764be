package io.parley.routing.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.parley.events.ConversationAssigned;
import io.parley.events.ConversationEscalated;
import io.parley.events.ConversationResolved;
import io.parley.events.ConversationRouted;
import io.parley.events.PlatformEvent;
import io.parley.routing.persistence.JdbcOutbox;
import io.parley.schemas.Topic;
import io.parley.schemas.serde.AvroEventSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each transition's {@code conversation.routing} event and its partner {@code PlatformEvent}, written to the outbox
 * inside the transaction that makes the transition: both are published once the change is committed, never without
 * it, in the order they were written (per conversation, the order of its transitions).
 */
@Component
public class RoutingEvents {

	static final String SOURCE = "routing-service";

	private final JdbcOutbox outbox;
	private final JsonMapper json;
	private final OutboxWakeup wakeup;
	private final AvroEventSerializer serializer = new AvroEventSerializer();

	RoutingEvents(JdbcOutbox outbox, JsonMapper json, OutboxWakeup wakeup) {
		this.outbox = outbox;
		this.json = json;
		this.wakeup = wakeup;
	}

	void routed(RoutedConversation c, String messageId, Agent agent, String ruleId, String reason, Instant now) {
		add(Topic.CONVERSATION_ROUTING, c.conversationId(), ConversationRouted.newBuilder().setEventId(newId())
			.setTenantId(c.tenantId()).setOccurredAt(now).setConversationId(c.conversationId()).setUserId(c.userId())
			.setMessageId(messageId).setAgentId(agent.id()).setAgentName(agent.name()).setAgentKind(agent.kind())
			.setRuleId(ruleId).setReason(reason).build(), now);
		Map<String, Object> data = base(c);
		data.put("message_id", messageId);
		data.put("agent_id", agent.id());
		data.put("agent_name", agent.name());
		data.put("agent_kind", agent.kind().name().toLowerCase());
		if (agent.endpoint() != null) {
			data.put("agent_endpoint", agent.endpoint());
		}
		data.put("rule_id", ruleId);
		data.put("reason", reason);
		partner("conversation.routed", c, data, now);
	}

	void escalated(RoutedConversation c, String messageId, Escalation escalation, String assignedAgent, Instant now) {
		add(Topic.CONVERSATION_ROUTING, c.conversationId(), ConversationEscalated.newBuilder().setEventId(newId())
			.setTenantId(c.tenantId()).setOccurredAt(now).setConversationId(c.conversationId()).setUserId(c.userId())
			.setReason(escalation.reason()).setReasonDetail(escalation.detail()).setAssignedAgent(assignedAgent)
			.setMessageId(messageId).build(), now);
		Map<String, Object> data = base(c);
		data.put("reason", escalation.reason());
		data.put("assigned_agent", assignedAgent);
		data.put("reason_detail", escalation.detail());
		data.put("message_id", messageId);
		partner("conversation.escalated", c, data, now);
	}

	void assigned(RoutedConversation c, Agent agent, String previousAgentId, long queuedMillis, Instant now) {
		add(Topic.CONVERSATION_ROUTING, c.conversationId(), ConversationAssigned.newBuilder().setEventId(newId())
			.setTenantId(c.tenantId()).setOccurredAt(now).setConversationId(c.conversationId()).setUserId(c.userId())
			.setAgentId(agent.id()).setAgentName(agent.name()).setPreviousAgentId(previousAgentId)
			.setQueuedMillis(queuedMillis).build(), now);
		Map<String, Object> data = base(c);
		data.put("assigned_agent", agent.id());
		data.put("agent_name", agent.name());
		data.put("previous_agent", previousAgentId);
		data.put("queued_seconds", queuedMillis / 1000.0);
		partner("conversation.assigned", c, data, now);
	}

	void resolved(RoutedConversation c, String resolvedBy, String resolution, Instant now) {
		add(Topic.CONVERSATION_ROUTING, c.conversationId(), ConversationResolved.newBuilder().setEventId(newId())
			.setTenantId(c.tenantId()).setOccurredAt(now).setConversationId(c.conversationId()).setUserId(c.userId())
			.setResolvedBy(resolvedBy).setResolution(resolution).build(), now);
		Map<String, Object> data = base(c);
		data.put("resolved_by", resolvedBy);
		data.put("resolution", resolution);
		data.put("resolved_at", now.toString());
		partner("conversation.resolved", c, data, now);
	}

	private static Map<String, Object> base(RoutedConversation c) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("conversation_id", c.conversationId());
		data.put("user_id", c.userId());
		return data;
	}

	private void partner(String type, RoutedConversation c, Map<String, Object> data, Instant now) {
		add(Topic.PLATFORM_EVENTS, c.conversationId(), PlatformEvent.newBuilder().setEventId(newId())
			.setTenantId(c.tenantId()).setOccurredAt(now).setType(type).setSource(SOURCE)
			.setConversationId(c.conversationId()).setUserId(c.userId()).setData(json.writeValueAsString(data))
			.build(), now);
	}

	private void add(Topic topic, String key, SpecificRecord event, Instant now) {
		outbox.add(topic.topicName(), key, serializer.serialize(topic.topicName(), event), now);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wakeup.wake();
				}
			});
		}
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}
}
