package io.parley.routing.messaging;

import java.util.ArrayList;
import java.util.List;

import io.parley.platform.messaging.EventPublisher;
import io.parley.platform.messaging.OutgoingEvent;
import io.parley.routing.config.RoutingProperties;
import io.parley.routing.domain.OutboxWakeup;
import io.parley.routing.persistence.JdbcOutbox;
import io.parley.schemas.Topic;
import io.parley.schemas.serde.AvroEventDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox in the order it was written: it locks the oldest entries, publishes them (acknowledged by
 * every replica), and deletes them in the same database transaction. Should publishing fail, the entries stay and
 * go out on the next attempt with the same event ids. Only a crash between the broker's acknowledgement and the
 * commit sends a batch twice, with unchanged event ids that every consumer already deduplicates.
 */
@Component
class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
	private static final int BATCH = 500;

	private final JdbcOutbox outbox;
	private final EventPublisher publisher;
	private final TransactionTemplate transaction;
	private final OutboxWakeup wakeup;
	private final long pollMillis;
	private final AvroEventDeserializer deserializer = new AvroEventDeserializer();
	private volatile Thread thread;
	private volatile boolean running;

	OutboxRelay(JdbcOutbox outbox, EventPublisher publisher, TransactionTemplate transaction, OutboxWakeup wakeup,
			RoutingProperties properties) {
		this.outbox = outbox;
		this.publisher = publisher;
		this.transaction = transaction;
		this.wakeup = wakeup;
		this.pollMillis = properties.outboxPollInterval().toMillis();
	}

	/** Publishes one batch. @return how many events were published */
	int publishBatch() {
		Integer published = transaction.execute(status -> {
			List<JdbcOutbox.Entry> entries = outbox.lockOldest(BATCH);
			List<OutgoingEvent> events = new ArrayList<>(entries.size());
			for (JdbcOutbox.Entry entry : entries) {
				events.add(new OutgoingEvent(Topic.named(entry.topic()), entry.key(),
						deserializer.deserialize(entry.topic(), entry.payload())));
			}
			publisher.publish(events);
			outbox.delete(entries.stream().map(JdbcOutbox.Entry::id).toList());
			return entries.size();
		});
		return published == null ? 0 : published;
	}

	private void run() {
		while (running) {
			try {
				if (publishBatch() < BATCH) {
					wakeup.await(pollMillis);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Could not publish the outbox; retrying: {}", ex.getMessage());
				try {
					Thread.sleep(Math.max(pollMillis, 200));
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		thread = new Thread(this::run, "routing-outbox-relay");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public synchronized void stop() {
		running = false;
		Thread current = thread;
		if (current != null) {
			wakeup.wake();
			try {
				current.join(15_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
