package io.parley.insights.messaging;

import io.parley.insights.domain.Projector;
import io.parley.insights.domain.ReadModelStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the read models from the topics: the projection stops, every read model and the record of applied events
 * are emptied, and the projection starts again from the first record of every partition. With
 * {@code INSIGHTS_REBUILD=true} this happens once at start, before the projection consumes anything.
 */
@Component
public class ReadModelRebuild {

	private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

	private final KafkaListenerEndpointRegistry registry;
	private final ReadModelListener listener;
	private final ReadModelStore store;
	private final TransactionTemplate transaction;
	private final boolean atStart;

	ReadModelRebuild(KafkaListenerEndpointRegistry registry, ReadModelListener listener, ReadModelStore store,
			TransactionTemplate transaction, @Value("${parley.insights.rebuild:false}") boolean atStart) {
		this.registry = registry;
		this.listener = listener;
		this.store = store;
		this.transaction = transaction;
		this.atStart = atStart;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildAtStartIfAsked() {
		if (atStart) {
			rebuild();
		}
	}

	/** Empties the read models and replays every topic from its beginning; returns once the replay has started. */
	public synchronized void rebuild() {
		MessageListenerContainer container = registry.getListenerContainer(ReadModelListener.ID);
		container.stop();
		transaction.executeWithoutResult(status -> store.clearAll(Projector.CONSUMER));
		listener.replayFromStartOnNextAssignment();
		container.start();
		log.info("Rebuilding the insights read models: replaying every topic from its beginning");
	}
}
