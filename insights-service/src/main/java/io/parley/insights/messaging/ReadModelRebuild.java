package io.parley.insights.messaging;

import io.parley.insights.domain.Projector;
import io.parley.insights.domain.ReadModelStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the read models from the topics: the projection stops, every read model and the record of applied events
 * are emptied, and the projection starts again from the first record of every partition. With
 * {@code INSIGHTS_REBUILD=true}, or when a migration asks for it, this happens at start, before the projection
 * consumes anything.
 */
@Component
public class ReadModelRebuild implements SmartInitializingSingleton {

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

	/**
	 * At start, rebuild if asked ({@code INSIGHTS_REBUILD=true}) or if a migration asked for it (a new read model
	 * that must be filled from the whole history, not only from the group's committed offsets on).
	 */
	@Override
	public void afterSingletonsInstantiated() {
		// Flyway has migrated (the store depends on it) and the listener container has not started yet.
		if (atStart || store.rebuildRequested()) {
			clear();
			log.info("Rebuilding the insights read models: replaying every topic from its beginning");
		}
	}

	private void clear() {
		transaction.executeWithoutResult(status -> {
			store.clearAll(Projector.CONSUMER);
			store.rebuildStarted();
		});
		listener.replayFromStartOnNextAssignment();
	}

	/** Empties the read models and replays every topic from its beginning; returns once the replay has started. */
	public synchronized void rebuild() {
		MessageListenerContainer container = registry.getListenerContainer(ReadModelListener.ID);
		container.stop();
		clear();
		container.start();
		log.info("Rebuilding the insights read models: replaying every topic from its beginning");
	}
}
