package io.parley.platform.messaging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends events with the service's idempotent {@code acks=all} producer. With a transactional producer the events of
 * one call are committed together, so a failed or timed-out call leaves nothing that read-committed consumers see.
 */
public class KafkaEventPublisher implements EventPublisher {

	private final KafkaTemplate<String, SpecificRecord> kafkaTemplate;
	private final Duration timeout;

	public KafkaEventPublisher(KafkaTemplate<String, SpecificRecord> kafkaTemplate, Duration timeout) {
		this.kafkaTemplate = kafkaTemplate;
		this.timeout = timeout;
	}

	@Override
	public void publish(List<OutgoingEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		try {
			if (kafkaTemplate.isTransactional()) {
				kafkaTemplate.executeInTransaction(operations -> {
					events.forEach(event -> operations.send(event.topic().topicName(), event.key(), event.value()));
					return null;
				});
			}
			else {
				CompletableFuture<?>[] sends = events.stream()
					.map(event -> kafkaTemplate.send(event.topic().topicName(), event.key(), event.value()))
					.toArray(CompletableFuture[]::new);
				CompletableFuture.allOf(sends).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EventPublishingException("Interrupted while waiting for the event log", ex);
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			throw new EventPublishingException("The event log did not acknowledge " + events.size() + " event(s) within "
					+ timeout.toMillis() + " ms", ex);
		}
	}
}
