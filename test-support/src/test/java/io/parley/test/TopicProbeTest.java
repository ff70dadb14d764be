package io.parley.test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.events.PlatformEvent;
import io.parley.schemas.serde.AvroEventSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicProbeTest {

	private final String topic = "probe-test-" + UUID.randomUUID();

	@Test
	void whatATransactionCommittedIsReadRightAfterTheCommitReturns() {
		// given a transactional producer, as ingest's
		try (KafkaProducer<String, SpecificRecord> producer = transactionalProducer()) {
			producer.initTransactions();
			for (int round = 0; round < 20; round++) {
				String key = "conversation-" + round;

				// when it commits two events and the probe reads at once
				producer.beginTransaction();
				producer.send(new ProducerRecord<>(topic, key, event(key)));
				producer.send(new ProducerRecord<>(topic, key, event(key)));
				producer.commitTransaction();

				// then both are read, though the broker may still be writing the commit markers
				assertThat(TopicProbe.readAll(topic, record -> key.equals(record.key()))).as("round %d", round)
					.hasSize(2);
			}
		}
	}

	@Test
	void aTransactionStillOpenIsNotReadAndDoesNotHoldTheReadUpForLong() {
		try (KafkaProducer<String, SpecificRecord> producer = transactionalProducer()) {
			producer.initTransactions();
			producer.beginTransaction();
			producer.send(new ProducerRecord<>(topic, "open", event("open")));
			producer.flush();

			long started = System.nanoTime();
			List<?> read = TopicProbe.readAll(topic, record -> true);

			assertThat(read).isEmpty();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
			producer.abortTransaction();
		}
	}

	private static KafkaProducer<String, SpecificRecord> transactionalProducer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
				ProducerConfig.TRANSACTIONAL_ID_CONFIG, "probe-test-" + UUID.randomUUID(),
				ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new AvroEventSerializer());
	}

	private static PlatformEvent event(String conversationId) {
		return PlatformEvent.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId("tenant")
			.setOccurredAt(Instant.now())
			.setType("message.analyzed")
			.setSource("probe-test")
			.setConversationId(conversationId)
			.setUserId("user")
			.setData("{}")
			.build();
	}
}
