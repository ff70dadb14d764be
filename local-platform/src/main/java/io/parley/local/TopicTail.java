package io.parley.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.schemas.Topic;
import io.parley.schemas.serde.AvroEventDeserializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints a topic's committed events, decoded from Avro, one per line: what operators and developers look at to
 * see what the platform published. {@code --follow} keeps printing new events until Ctrl-C.
 */
public final class TopicTail {

	private TopicTail() {
	}

	public static void main(String[] args) {
		if (args.length == 0) {
			System.err.println("Usage: tail-topic.sh <topic> [--follow]   topics: "
					+ List.of(Topic.values()).stream().map(Topic::topicName).toList());
			System.exit(2);
		}
		String topic = args[0];
		boolean follow = List.of(args).contains("--follow");
		String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS",
				"localhost:" + System.getenv().getOrDefault("PARLEY_KAFKA_PORT", "9092"));
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				ConsumerConfig.GROUP_ID_CONFIG, "tail-" + UUID.randomUUID(),
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		try (KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new AvroEventDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
				.map(info -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			while (follow || partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
				for (ConsumerRecord<String, SpecificRecord> record : consumer.poll(Duration.ofMillis(500))) {
					System.out.println(record.partition() + "/" + record.offset() + " key=" + record.key() + " "
							+ record.value().getClass().getSimpleName() + " " + record.value());
				}
			}
		}
	}
}
