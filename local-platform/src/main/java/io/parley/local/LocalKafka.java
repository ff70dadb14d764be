package io.parley.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one), run in this JVM from
 * Apache's own jars, with its log under the data folder so topics survive restarts.
 */
public final class LocalKafka implements AutoCloseable {

	private final KafkaRaftServer server;
	private final int port;

	private LocalKafka(KafkaRaftServer server, int port) {
		this.server = server;
		this.port = port;
	}

	public static LocalKafka start(Path dataDir, int port, int controllerPort) throws IOException {
		Path logDir = dataDir.resolve("kafka");
		Files.createDirectories(logDir);
		Properties config = new Properties();
		config.setProperty("process.roles", "broker,controller");
		config.setProperty("node.id", "1");
		config.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
		config.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
		config.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
		config.setProperty("controller.listener.names", "CONTROLLER");
		config.setProperty("inter.broker.listener.name", "PLAINTEXT");
		config.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		config.setProperty("log.dirs", logDir.toString());
		config.setProperty("num.partitions", "6");
		config.setProperty("offsets.topic.replication.factor", "1");
		config.setProperty("transaction.state.log.replication.factor", "1");
		config.setProperty("transaction.state.log.min.isr", "1");
		config.setProperty("share.coordinator.state.topic.replication.factor", "1");
		config.setProperty("share.coordinator.state.topic.min.isr", "1");
		config.setProperty("group.initial.rebalance.delay.ms", "0");
		formatOnce(dataDir, logDir, config);
		KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config), Time.SYSTEM);
		server.startup();
		return new LocalKafka(server, port);
	}

	/** What {@code kafka-storage.sh format} does, once: a second start finds the storage formatted. */
	private static void formatOnce(Path dataDir, Path logDir, Properties config) throws IOException {
		if (Files.exists(logDir.resolve("meta.properties"))) {
			return;
		}
		Path configFile = dataDir.resolve("kafka-server.properties");
		try (OutputStream out = Files.newOutputStream(configFile)) {
			config.store(out, "Written by Parley's local launcher");
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		int exitCode = StorageTool.execute(new String[] { "format", "--cluster-id", Uuid.randomUuid().toString(),
				"--config", configFile.toString(), "--ignore-formatted" }, new PrintStream(output, true, StandardCharsets.UTF_8));
		if (exitCode != 0) {
			throw new IOException("Could not format Kafka storage in " + logDir + ": " + output.toString(StandardCharsets.UTF_8));
		}
	}

	public String bootstrapServers() {
		return "localhost:" + port;
	}

	@Override
	public void close() {
		server.shutdown();
		server.awaitShutdown();
	}
}
