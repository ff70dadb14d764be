package io.parley.ingest.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.parley.events.MessageRole;
import io.parley.platform.messaging.EventPublisher;
import io.parley.platform.messaging.OutgoingEvent;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records inbound messages, whatever shape they arrived in: the conversation (created on first contact), each
 * message in order with its original time, and its events — {@code MessageReceived} per stored message,
 * {@code ConversationOpened} for a new conversation, and the partner events {@code conversation.created} and
 * {@code message.received}. Rows commit only after the event log acknowledged every event, so a caller that
 * gets an error can retry without anything having been half-written. An intake without messages only opens its
 * conversation (e.g. a chat session created before its first turn).
 */
@Service
public class MessageIntake {

	private static final int MAX_ATTEMPTS = 3;

	private final ConversationStore store;
	private final IngestEvents events;
	private final EventPublisher publisher;
	private final TransactionTemplate transaction;
	private final Clock clock;

	public MessageIntake(ConversationStore store, IngestEvents events, EventPublisher publisher,
			TransactionTemplate transaction, Clock clock) {
		this.store = store;
		this.events = events;
		this.publisher = publisher;
		this.transaction = transaction;
		this.clock = clock;
	}

	public RecordedIntake record(Intake intake) {
		return recordAll(List.of(intake)).get(0);
	}

	/**
	 * Several intakes, all or nothing: one database transaction and one event-log transaction. Concurrent first
	 * messages of one conversation can deadlock in the database before anything is published; the loser retries.
	 */
	public List<RecordedIntake> recordAll(List<Intake> intakes) {
		for (int attempt = 1;; attempt++) {
			try {
				return recordAllOnce(intakes);
			}
			catch (PessimisticLockingFailureException contention) {
				if (attempt == MAX_ATTEMPTS) {
					throw contention;
				}
			}
		}
	}

	private List<RecordedIntake> recordAllOnce(List<Intake> intakes) {
		return transaction.execute(status -> {
			List<OutgoingEvent> outgoing = new ArrayList<>();
			List<RecordedIntake> recorded = new ArrayList<>();
			for (Intake intake : intakes) {
				recorded.add(recordInTransaction(intake, outgoing));
			}
			publisher.publish(outgoing);
			return recorded;
		});
	}

	private RecordedIntake recordInTransaction(Intake intake, List<OutgoingEvent> outgoing) {
		Instant now = clock.instant();
		Conversation conversation = conversationFor(intake, now);
		if (conversation.created()) {
			outgoing.add(events.conversationOpened(intake, conversation, intake.ref().externalKey(), now));
			outgoing.add(events.conversationCreated(intake, conversation, now));
		}
		// The lock on the conversation row orders concurrent writers: sequence numbers and topic order agree.
		long sequence = conversation.messageCount();
		List<RecordedIntake.RecordedMessage> messages = new ArrayList<>();
		for (IncomingMessage incoming : intake.messages()) {
			if (incoming.externalMessageId() != null) {
				var known = store.findByExternalId(conversation.id(), incoming.externalMessageId());
				if (known.isPresent()) {
					messages.add(known.get());
					continue;
				}
			}
			StoredMessage message = new StoredMessage(UUID.randomUUID().toString(), intake.tenantId(), conversation.id(),
					++sequence, incoming.role(), incoming.content(), incoming.sentAt(), incoming.externalMessageId(),
					incoming.historical(), incoming.metadata());
			long id = store.append(message, now);
			messages.add(new RecordedIntake.RecordedMessage(id, message.messageId(), message.sequence(), true));
			outgoing.add(events.messageReceived(intake, message, now));
			if (!message.historical() && message.role() != MessageRole.SYSTEM) {
				outgoing.add(events.messageReceivedForPartners(intake, message, now));
			}
		}
		store.setMessageCount(conversation.id(), sequence, now);
		return new RecordedIntake(conversation.id(), conversation.created(), messages);
	}

	private Conversation conversationFor(Intake intake, Instant now) {
		if (intake.ref() instanceof ConversationRef.Existing existing) {
			Conversation found = store.lockExisting(intake.tenantId(), existing.conversationId())
				.orElseThrow(() -> new ConversationNotFoundException(existing.conversationId()));
			if (!found.userId().equals(intake.userId())) {
				throw new ConversationNotFoundException(existing.conversationId());
			}
			return found;
		}
		String newId = intake.ref() instanceof ConversationRef.Session session ? session.conversationId()
				: UUID.randomUUID().toString();
		return store.findOrCreateForUpdate(newId, intake.tenantId(), intake.userId(), intake.channel(),
				intake.ref().externalKey(), intake.details(), now);
	}
}
