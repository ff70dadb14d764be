package io.parley.ingest.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.parley.events.ConversationOpened;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.platform.messaging.EventPublisher;
import io.parley.platform.messaging.OutgoingEvent;
import io.parley.schemas.Topic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a chat turn: the conversation (created on first contact), the user's message and the bot's response, and
 * one {@code MessageReceived} per message. The rows commit only after the event log acknowledged the events, so a
 * caller that gets an error can retry without anything having been half-written.
 */
@Service
public class ChatTurnRecorder {

	private final ConversationStore store;
	private final EventPublisher publisher;
	private final TransactionTemplate transaction;
	private final Clock clock;

	public ChatTurnRecorder(ConversationStore store, EventPublisher publisher, TransactionTemplate transaction,
			Clock clock) {
		this.store = store;
		this.publisher = publisher;
		this.transaction = transaction;
		this.clock = clock;
	}

	public RecordedTurn record(ChatTurn turn) {
		return transaction.execute(status -> recordInTransaction(turn));
	}

	private RecordedTurn recordInTransaction(ChatTurn turn) {
		Instant now = clock.instant();
		// A session id names a conversation of that user; without one, the user has one ongoing conversation.
		String externalRef = turn.conversationRef() != null ? "session:" + turn.conversationRef() : "ongoing";
		// The lock on the conversation row orders concurrent turns: sequence numbers and topic order agree.
		Conversation conversation = store.findOrCreateForUpdate(turn.tenantId(), turn.userId(), turn.channel(),
				externalRef, now);
		List<OutgoingEvent> events = new ArrayList<>();
		if (conversation.created()) {
			events.add(new OutgoingEvent(Topic.CONVERSATION_LIFECYCLE, conversation.id(), opened(turn, conversation, externalRef, now)));
		}
		long sequence = conversation.messageCount();
		StoredMessage userMessage = message(turn, conversation, ++sequence, MessageRole.USER, turn.message());
		long interactionId = store.append(userMessage, now);
		events.add(new OutgoingEvent(Topic.CONVERSATION_MESSAGES, conversation.id(), received(turn, userMessage, now)));
		if (turn.response() != null && !turn.response().isBlank()) {
			StoredMessage reply = message(turn, conversation, ++sequence, MessageRole.ASSISTANT, turn.response());
			store.append(reply, now);
			events.add(new OutgoingEvent(Topic.CONVERSATION_MESSAGES, conversation.id(), received(turn, reply, now)));
		}
		store.setMessageCount(conversation.id(), sequence, now);
		publisher.publish(events);
		return new RecordedTurn(conversation.id(), interactionId, userMessage.messageId(), conversation.created());
	}

	private static StoredMessage message(ChatTurn turn, Conversation conversation, long sequence, MessageRole role,
			String content) {
		return new StoredMessage(UUID.randomUUID().toString(), turn.tenantId(), conversation.id(), sequence, role,
				content, turn.sentAt(), turn.conversationRef(), turn.metadata());
	}

	private static ConversationOpened opened(ChatTurn turn, Conversation conversation, String externalRef, Instant now) {
		return ConversationOpened.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId(turn.tenantId())
			.setOccurredAt(now)
			.setConversationId(conversation.id())
			.setUserId(turn.userId())
			.setChannel(turn.channel())
			.setExternalRef(externalRef)
			.setMetadata(turn.metadata())
			.build();
	}

	private static MessageReceived received(ChatTurn turn, StoredMessage message, Instant now) {
		return MessageReceived.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId(turn.tenantId())
			.setOccurredAt(now)
			.setConversationId(message.conversationId())
			.setMessageId(message.messageId())
			.setUserId(turn.userId())
			.setChannel(turn.channel())
			.setRole(message.role())
			.setContent(message.content())
			.setSequence(message.sequence())
			.setSentAt(message.sentAt())
			.setSessionId(turn.conversationRef())
			.setSource(turn.source())
			.setMetadata(turn.metadata())
			.build();
	}
}
