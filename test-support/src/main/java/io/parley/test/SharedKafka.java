package io.parley.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One real Kafka broker per test JVM, shared by every test class: the address in
 * {@code PARLEY_TEST_KAFKA_BOOTSTRAP_SERVERS} if set, else a Testcontainers broker when a Docker engine answers,
 * else spring-kafka-test's in-process KRaft broker.
 */
public final class SharedKafka {

	public static final String BOOTSTRAP_SERVERS_ENV = "PARLEY_TEST_KAFKA_BOOTSTRAP_SERVERS";

	private static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

	/** Single-broker settings that transactions and idempotent producers need. */
	private static final Map<String, String> SINGLE_BROKER_SETTINGS = Map.of(
			"transaction.state.log.replication.factor", "1",
			"transaction.state.log.min.isr", "1",
			"offsets.topic.replication.factor", "1",
			"auto.create.topics.enable", "true",
			"group.initial.rebalance.delay.ms", "0");

	private static String bootstrapServers;

	private static EmbeddedKafkaKraftBroker inProcessBroker;

	private SharedKafka() {
	}

	public static synchronized String bootstrapServers() {
		if (bootstrapServers == null) {
			bootstrapServers = start();
		}
		return bootstrapServers;
	}

	private static String start() {
		String configured = System.getenv(BOOTSTRAP_SERVERS_ENV);
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		if (DockerAvailability.dockerAnswers()) {
			KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
			SINGLE_BROKER_SETTINGS.forEach((key, value) ->
					container.withEnv("KAFKA_" + key.toUpperCase().replace('.', '_'), value));
			container.start();
			return container.getBootstrapServers();
		}
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
		broker.brokerProperties(SINGLE_BROKER_SETTINGS);
		broker.afterPropertiesSet();
		inProcessBroker = broker;
		return broker.getBrokersAsString();
	}

	/**
	 * Stops the in-process broker, if this JVM started one. A program that exits without it lets Kafka's own exit hook
	 * delete the broker's log directory while the broker still writes to it, which ends the output with a page of
	 * storage errors.
	 */
	public static synchronized void stop() {
		if (inProcessBroker != null) {
			inProcessBroker.destroy();
			inProcessBroker = null;
			bootstrapServers = null;
		}
	}

	static final class DockerAvailability {

		private static Boolean answers;

		static synchronized boolean dockerAnswers() {
			if (answers == null) {
				if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))
						&& !Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"))) {
					// Nothing that could be a Docker engine: say so without Testcontainers' noisy probing.
					answers = false;
					return answers;
				}
				try {
					answers = DockerClientFactory.instance().isDockerAvailable();
				}
				catch (RuntimeException | LinkageError ex) {
					answers = false;
				}
			}
			return answers;
		}

		private DockerAvailability() {
		}
	}
}
