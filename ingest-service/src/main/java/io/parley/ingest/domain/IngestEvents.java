package io.parley.ingest.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.events.ConversationOpened;
import io.parley.events.FeedbackSubmitted;
import io.parley.events.MessageReceived;
import io.parley.events.PlatformEvent;
import io.parley.platform.messaging.OutgoingEvent;
import io.parley.schemas.Topic;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The events ingest publishes: the internal ones and their partner-facing {@code platform.events} twins. */
@Component
public class IngestEvents {

	static final String SOURCE = "ingest-service";

	private final JsonMapper json;

	public IngestEvents(JsonMapper json) {
		this.json = json;
	}

	OutgoingEvent conversationOpened(Intake intake, Conversation conversation, String externalKey, Instant now) {
		return new OutgoingEvent(Topic.CONVERSATION_LIFECYCLE, conversation.id(), ConversationOpened.newBuilder()
			.setEventId(newId())
			.setTenantId(intake.tenantId())
			.setOccurredAt(now)
			.setConversationId(conversation.id())
			.setUserId(intake.userId())
			.setChannel(intake.channel())
			.setExternalRef(externalKey)
			.setTitle(intake.details().title())
			.setMetadata(intake.details().metadata())
			.build());
	}

	OutgoingEvent conversationCreated(Intake intake, Conversation conversation, Instant now) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("conversation_id", conversation.id());
		data.put("user_id", intake.userId());
		data.put("channel", intake.channel());
		data.put("created_at", now.toString());
		return platformEvent("conversation.created", intake.tenantId(), conversation.id(), intake.userId(), data, now);
	}

	OutgoingEvent messageReceived(Intake intake, StoredMessage message, Instant now) {
		return new OutgoingEvent(Topic.CONVERSATION_MESSAGES, message.conversationId(), MessageReceived.newBuilder()
			.setEventId(newId())
			.setTenantId(intake.tenantId())
			.setOccurredAt(now)
			.setConversationId(message.conversationId())
			.setMessageId(message.messageId())
			.setUserId(intake.userId())
			.setChannel(intake.channel())
			.setRole(message.role())
			.setContent(message.content())
			.setSequence(message.sequence())
			.setSentAt(message.sentAt())
			.setSessionId(intake.ref() instanceof ConversationRef.External external ? external.id() : null)
			.setExternalMessageId(message.externalMessageId())
			.setHistorical(message.historical())
			.setCustomerName(message.metadata().get("customer_name"))
			.setCustomerPhone(message.metadata().get("customer_phone"))
			.setSource(intake.source())
			.setMetadata(message.metadata())
			.build());
	}

	OutgoingEvent messageReceivedForPartners(Intake intake, StoredMessage message, Instant now) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("conversation_id", message.conversationId());
		data.put("message_id", message.messageId());
		data.put("user_id", intake.userId());
		data.put("channel", intake.channel());
		data.put("sender", message.role().name().toLowerCase());
		data.put("content", message.content());
		data.put("timestamp", message.sentAt().toString());
		return platformEvent("message.received", intake.tenantId(), message.conversationId(), intake.userId(), data, now);
	}

	List<OutgoingEvent> feedbackSubmitted(String tenantId, Conversation conversation, Feedback feedback, Instant now) {
		FeedbackSubmitted event = FeedbackSubmitted.newBuilder()
			.setEventId(newId())
			.setTenantId(tenantId)
			.setOccurredAt(now)
			.setConversationId(conversation.id())
			.setUserId(conversation.userId())
			.setRating(feedback.rating())
			.setComment(feedback.comment())
			.setMessageId(feedback.messageId())
			.build();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("conversation_id", conversation.id());
		data.put("user_id", conversation.userId());
		data.put("feedback_id", feedback.id());
		data.put("rating", feedback.rating());
		data.put("comment", feedback.comment());
		data.put("message_id", feedback.messageId());
		return List.of(new OutgoingEvent(Topic.CONVERSATION_LIFECYCLE, conversation.id(), event),
				platformEvent("feedback.submitted", tenantId, conversation.id(), conversation.userId(), data, now));
	}

	private OutgoingEvent platformEvent(String type, String tenantId, String conversationId, String userId,
			Map<String, Object> data, Instant now) {
		return new OutgoingEvent(Topic.PLATFORM_EVENTS, conversationId, PlatformEvent.newBuilder()
			.setEventId(newId())
			.setTenantId(tenantId)
			.setOccurredAt(now)
			.setType(type)
			.setSource(SOURCE)
			.setConversationId(conversationId)
			.setUserId(userId)
			.setData(json.writeValueAsString(data))
			.build());
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}
}
