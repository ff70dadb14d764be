package io.parley.insights.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.parley.insights.domain.Projector;
import io.parley.insights.domain.UserUpdates;
import io.parley.schemas.Topic;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * One batch listener for every topic insights projects: a poll's records are applied in one transaction. If that
 * fails, they are applied one by one, so the record at fault is found and handed to the error handler (retries,
 * then the dead-letter topic) while the records before it stay applied.
 */
@Component
class ReadModelListener implements ConsumerSeekAware {

	private final AtomicBoolean replayFromStart = new AtomicBoolean();

	static final String ID = "insights-read-models";
	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReadModelListener.class);

	private final Projector projector;
	private final UserUpdates updates;

	ReadModelListener(Projector projector, UserUpdates updates) {
		this.projector = projector;
		this.updates = updates;
	}

	/** The next partition assignment starts every partition from its first record. */
	void replayFromStartOnNextAssignment() {
		replayFromStart.set(true);
	}

	@Override
	public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
		if (replayFromStart.get() && !assignments.isEmpty()) {
			callback.seekToBeginning(assignments.keySet());
			replayFromStart.set(false);
		}
	}

	@KafkaListener(id = ID, idIsGroup = false, containerFactory = BatchListenerConfiguration.FACTORY, topics = {
			Topic.Names.CONVERSATION_MESSAGES, Topic.Names.CONVERSATION_LIFECYCLE, Topic.Names.MESSAGE_ANALYSES,
			Topic.Names.USER_FACTS, Topic.Names.CONVERSATION_ROUTING })
	void on(List<ConsumerRecord<String, SpecificRecord>> records) {
		int undecodable = -1;
		for (int i = 0; i < records.size(); i++) {
			if (records.get(i).value() == null) {
				undecodable = i;
				break;
			}
		}
		List<ConsumerRecord<String, SpecificRecord>> good = undecodable < 0 ? records : records.subList(0, undecodable);
		try {
			apply(values(good));
		}
		catch (RuntimeException batchFailed) {
			log.warn("A batch of {} records could not be projected ({}); applying them one by one", good.size(),
					batchFailed.toString());
			for (int i = 0; i < good.size(); i++) {
				try {
					apply(List.of(good.get(i).value()));
				}
				catch (RuntimeException failed) {
					throw new BatchListenerFailedException("Could not project " + good.get(i).topic() + " record",
							failed, i);
				}
			}
		}
		if (undecodable >= 0) {
			throw new BatchListenerFailedException("Not a Parley event", undecodable);
		}
	}

	private void apply(List<SpecificRecord> events) {
		if (events.isEmpty()) {
			return;
		}
		Projector.Applied applied = projector.apply(events);
		applied.changedUsers().forEach(updates::changed);
	}

	private static List<SpecificRecord> values(List<ConsumerRecord<String, SpecificRecord>> records) {
		List<SpecificRecord> values = new ArrayList<>(records.size());
		records.forEach(r -> values.add(r.value()));
		return values;
	}
}
