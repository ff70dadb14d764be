package io.parley.delivery.domain;

import java.time.Clock;
import java.time.Instant;

import io.parley.events.PlatformEvent;
import io.parley.platform.persistence.ProcessedEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns a platform event into one recorded message per matching enabled endpoint of its tenant, in one transaction
 * with the idempotent-consumer record: a redelivered event records nothing twice, and nothing is attempted before it
 * is recorded.
 */
@Service
public class DeliveryIntake {

	static final String CONSUMER = "delivery-service";

	private final EndpointStore endpoints;
	private final MessageStore messages;
	private final ProcessedEvents processedEvents;
	private final Payloads payloads;
	private final RetryPolicy retries;
	private final Dispatcher dispatcher;
	private final Clock clock;

	public DeliveryIntake(EndpointStore endpoints, MessageStore messages, ProcessedEvents processedEvents,
			Payloads payloads, RetryPolicy retries, Dispatcher dispatcher, Clock clock) {
		this.endpoints = endpoints;
		this.messages = messages;
		this.processedEvents = processedEvents;
		this.payloads = payloads;
		this.retries = retries;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	/** @return how many messages were recorded */
	@Transactional
	public int record(PlatformEvent event) {
		int recorded = recordOne(event);
		if (recorded > 0) {
			wakeAfterCommit(dispatcher);
		}
		return recorded;
	}

	/**
	 * Records a batch of events in one transaction: one commit for the whole batch, each tenant's endpoints read once,
	 * and the messages written in one statement.
	 */
	@Transactional
	public int recordAll(java.util.List<PlatformEvent> events) {
		java.util.Map<String, java.util.List<Endpoint>> endpointsOfTenant = new java.util.HashMap<>();
		java.util.List<DeliveryMessage> batch = new java.util.ArrayList<>();
		for (PlatformEvent event : events) {
			if (processedEvents.markProcessed(CONSUMER, event.getEventId())) {
				batch.addAll(messagesFor(event,
						endpointsOfTenant.computeIfAbsent(event.getTenantId(), endpoints::enabledOfTenant)));
			}
		}
		int recorded = messages.insertAll(batch);
		if (recorded > 0) {
			wakeAfterCommit(dispatcher);
		}
		return recorded;
	}

	private int recordOne(PlatformEvent event) {
		if (!processedEvents.markProcessed(CONSUMER, event.getEventId())) {
			return 0;
		}
		return messages.insertAll(messagesFor(event, endpoints.enabledOfTenant(event.getTenantId())));
	}

	private java.util.List<DeliveryMessage> messagesFor(PlatformEvent event, java.util.List<Endpoint> candidates) {
		Instant now = clock.instant();
		String body = null;
		java.util.List<DeliveryMessage> recorded = new java.util.ArrayList<>();
		for (Endpoint endpoint : candidates) {
			if (!endpoint.eventTypes().matches(event.getType())) {
				continue;
			}
			if (body == null) {
				body = payloads.render(event.getType(), event.getOccurredAt(), event.getData());
			}
			DeliveryMessage message = new DeliveryMessage(0, Ids.messageId(endpoint.id(), event.getEventId()),
					event.getTenantId(), endpoint.id(), event.getEventId(), event.getType(), event.getConversationId(),
					body, DeliveryMessage.Status.PENDING, 0, 0, now.plus(retries.first()), event.getOccurredAt(), now,
					null, null);
			recorded.add(message);
		}
		return recorded;
	}

	static void wakeAfterCommit(Dispatcher dispatcher) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					dispatcher.wake();
				}
			});
		}
		else {
			dispatcher.wake();
		}
	}
}
