package io.parley.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import io.parley.schemas.serde.AvroEventDeserializer;
import io.parley.schemas.serde.AvroEventSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes a topic on the shared test broker the way another service would. */
public final class TopicProbe {

	/** How long a read waits for commit markers still being written; a transaction open longer is not waited for. */
	private static final Duration MARKER_PATIENCE = Duration.ofSeconds(5);

	private TopicProbe() {
	}

	/** Committed records of a topic, decoded with the platform's Avro serde, that match a filter. */
	public static List<ConsumerRecord<String, SpecificRecord>> readAll(String topic,
			Predicate<ConsumerRecord<String, SpecificRecord>> filter) {
		return read(topic, filter, new AvroEventDeserializer());
	}

	/** Like {@link #readAll}, but a value that is not a Parley event reads as null instead of failing. */
	public static List<ConsumerRecord<String, SpecificRecord>> readAllLenient(String topic,
			Predicate<ConsumerRecord<String, SpecificRecord>> filter) {
		AvroEventDeserializer strict = new AvroEventDeserializer();
		Deserializer<SpecificRecord> lenient = (name, data) -> {
			try {
				return strict.deserialize(name, data);
			}
			catch (RuntimeException notAnEvent) {
				return null;
			}
		};
		return read(topic, filter, lenient);
	}

	private static List<ConsumerRecord<String, SpecificRecord>> read(String topic,
			Predicate<ConsumerRecord<String, SpecificRecord>> filter, Deserializer<SpecificRecord> values) {
		try (KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(consumerConfig(),
				new StringDeserializer(), values)) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
				.map(info -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = committedEnd(consumer, partitions);
			List<ConsumerRecord<String, SpecificRecord>> records = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (!reachedEnd(consumer, end) && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(record -> {
					if (filter.test(record)) {
						records.add(record);
					}
				});
			}
			return records;
		}
	}

	/**
	 * How many committed records a topic holds. Unlike end offsets, this does not move when the broker writes a
	 * transaction marker (a commit, or an abort of a transaction that timed out), so "unchanged" means "nothing new
	 * was published".
	 */
	public static long committedRecordCount(String topic) {
		return readAllLenient(topic, record -> true).size();
	}

	/** Publishes an event as a service would: Avro single-object encoded, acknowledged by all replicas. */
	public static void publish(String topic, String key, SpecificRecord event) {
		publishAll(topic, List.of(Map.entry(key, event)));
	}

	/** Publishes keyed events in one burst, in order, as a busy producer would, and waits for every acknowledgement. */
	public static void publishAll(String topic, List<? extends Map.Entry<String, ? extends SpecificRecord>> keyedEvents) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
				ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(config, new StringSerializer(),
				new AvroEventSerializer())) {
			List<Future<RecordMetadata>> sends = new ArrayList<>();
			for (Map.Entry<String, ? extends SpecificRecord> keyed : keyedEvents) {
				sends.add(producer.send(new ProducerRecord<>(topic, keyed.getKey(), keyed.getValue())));
			}
			for (Future<RecordMetadata> send : sends) {
				send.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish to " + topic, ex);
		}
	}

	/** Writes raw bytes, as a broken or foreign producer would. */
	public static void writeRaw(String topic, String key, byte[] value) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
				ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(topic, key, value)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not write to " + topic, ex);
		}
	}

	/**
	 * Where a read_committed reader can read to. A producer's commit returns once the commit is decided, and the
	 * broker writes the commit markers that make its records readable a moment later: until then the end a
	 * read_committed consumer sees stops short of them. So this waits, briefly, until that end has caught up with
	 * everything written when the read began; a transaction that stays open is not waited for.
	 */
	private static Map<TopicPartition, Long> committedEnd(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions) {
		Map<TopicPartition, Long> written;
		try (KafkaConsumer<byte[], byte[]> uncommitted = new KafkaConsumer<>(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted"), new ByteArrayDeserializer(),
				new ByteArrayDeserializer())) {
			written = uncommitted.endOffsets(partitions);
		}
		long deadline = System.nanoTime() + MARKER_PATIENCE.toNanos();
		Map<TopicPartition, Long> readable = consumer.endOffsets(partitions);
		while (!caughtUp(readable, written) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			readable = consumer.endOffsets(partitions);
		}
		return readable;
	}

	private static boolean caughtUp(Map<TopicPartition, Long> readable, Map<TopicPartition, Long> written) {
		return written.entrySet().stream().allMatch(entry -> readable.get(entry.getKey()) >= entry.getValue());
	}

	private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
	}

	private static Map<String, Object> consumerConfig() {
		return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
	}
}
