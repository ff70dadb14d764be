package io.parley.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.events.ConversationAssigned;
import io.parley.events.ConversationEscalated;
import io.parley.events.ConversationRouted;
import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageCategory;
import io.parley.events.PriorityLevel;
import io.parley.events.ResponseTime;
import io.parley.events.SentimentLabel;
import io.parley.local.ServiceProcess;
import io.parley.schemas.Topic;
import io.parley.schemas.serde.AvroEventDeserializer;
import io.parley.schemas.serde.AvroEventSerializer;
import io.parley.test.SharedDatabase;
import io.parley.test.SharedKafka;
import io.parley.test.TestDatabase;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Routing decisions per second from topic to published event: a backlog of analyses on message.analyses (two user
 * turns per conversation, one conversation in ten escalated for urgency to a team of human agents), the packaged
 * routing-service consuming it, until every decision's event (ConversationRouted or ConversationEscalated) is on
 * conversation.routing. {@code ./bench.sh routing [messages] [tenants]}.
 */
public final class RoutingBenchmark {

	private static final MessageCategory[] CATEGORIES = MessageCategory.values();

	private RoutingBenchmark() {
	}

	static void run(String[] args) throws Exception {
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 4_000;
		int tenants = args.length > 2 ? Integer.parseInt(args[2]) : 4;
		count -= count % 2;
		Path root = Path.of(System.getProperty("parley.home", ".")).toAbsolutePath().normalize();
		Path logs = Files.createTempDirectory("parley-routing-bench");
		System.out.println("Routing benchmark: " + count + " analysed messages in " + count / 2 + " conversations of "
				+ tenants + " tenant(s), " + Runtime.getRuntime().availableProcessors() + " cores");

		System.out.println("[1/4] Starting Kafka, MariaDB and routing-service (logs in " + logs + ") ...");
		String kafka = SharedKafka.bootstrapServers();
		TestDatabase database = SharedDatabase.createDatabase("bench_routing");
		ServiceProcess routing = ServiceProcess.start("routing-service",
				ServiceProcess.executableJar(root, "routing-service"), freePort(),
				Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka, "DB_URL", database.jdbcUrl(), "DB_USER", database.username(),
						"DB_PASSWORD", database.password()),
				logs, List.of("-Xmx512m", "-XX:+UseParallelGC"));
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!routing.isReady()) {
			if (!routing.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("routing-service did not start: " + routing.tailOfLog(30));
			}
			Thread.sleep(500);
		}

		System.out.println("[2/4] Three human agents per tenant (capacity 40 each) through the agents API ...");
		String run = UUID.randomUUID().toString().substring(0, 8);
		HttpClient http = HttpClient.newHttpClient();
		for (int t = 0; t < tenants; t++) {
			for (String name : List.of("Ayşe", "Burak", "Cem")) {
				HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(routing.url() + "/api/v1/agents"))
					.header("Content-Type", "application/json").header("X-Parley-Tenant-Id", tenant(run, t))
					.POST(HttpRequest.BodyPublishers.ofString(
							"{\"name\":\"" + name + "\",\"kind\":\"human\",\"capacity\":40,\"online\":true}"))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (created.statusCode() != 201) {
					throw new IllegalStateException("Could not create an agent: " + created.body());
				}
			}
		}

		System.out.println("[3/4] Publishing the backlog ...");
		long started = System.nanoTime();
		try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.LINGER_MS_CONFIG, 10), new StringSerializer(), new AvroEventSerializer())) {
			List<String> conversations = new ArrayList<>();
			for (int i = 0; i < count / 2; i++) {
				conversations.add(UUID.randomUUID().toString());
			}
			for (int turn = 0; turn < 2; turn++) {
				for (int i = 0; i < conversations.size(); i++) {
					String conversation = conversations.get(i);
					boolean urgent = turn == 1 && (i / tenants) % 10 == 0;
					producer.send(new ProducerRecord<>(Topic.MESSAGE_ANALYSES.topicName(), conversation,
							analysis(tenant(run, i % tenants), conversation, i, urgent)));
				}
			}
		}

		System.out.println("[4/4] Waiting for every decision's event on conversation.routing ...");
		long[] seen = awaitDecisions(kafka, run, count, Duration.ofMinutes(10));
		double seconds = (System.nanoTime() - started) / 1e9;

		System.out.println();
		System.out.printf("routing decisions end to end    %d in %.1f s = %.0f decisions/s%n", seen[0] + seen[1], seconds,
				(seen[0] + seen[1]) / seconds);
		System.out.printf("                                %d routed to AI agents, %d escalated, %d assigned to humans"
				+ " (3 per tenant, at most 20 assignments an hour each)%n", seen[0], seen[1], seen[2]);
		routing.close();
	}

	private static String tenant(String run, int index) {
		return "bench-" + run + "-" + index;
	}

	private static MessageAnalyzed analysis(String tenant, String conversation, int i, boolean urgent) {
		Instant now = Instant.now();
		return MessageAnalyzed.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId(tenant)
			.setOccurredAt(now)
			.setConversationId(conversation)
			.setMessageId(UUID.randomUUID().toString())
			.setUserId("user-" + i)
			.setChannel(i % 3 == 0 ? "whatsapp" : "webhook")
			.setUrgencyScore(urgent ? 9 : 1 + i % 6)
			.setCategory(CATEGORIES[i % CATEGORIES.length])
			.setSentiment(SentimentLabel.NEUTRAL)
			.setSentimentScore(0.1)
			.setKeywords(List.of("order", "delivery", "bike"))
			.setTopics(List.of("shipping"))
			.setPriorityLevel(urgent ? PriorityLevel.CRITICAL : PriorityLevel.NORMAL)
			.setActionRequired(urgent)
			.setRecommendedResponseTime(urgent ? ResponseTime.IMMEDIATE : ResponseTime.WITHIN_24_HOURS)
			.setLanguage("en")
			.setConfidence(0.9)
			.setAnalyzer("local")
			.setAnalyzerVersion("1.0")
			.setMessageSentAt(now)
			.build();
	}

	/** Counts routed, escalated and assigned events of this run until every message has its decision's event. */
	private static long[] awaitDecisions(String kafka, String run, int expected, Duration patience) {
		try (KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ConsumerConfig.GROUP_ID_CONFIG, "bench-" + run,
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG,
				"read_committed"), new StringDeserializer(), new AvroEventDeserializer())) {
			consumer.subscribe(List.of(Topic.CONVERSATION_ROUTING.topicName()));
			long[] seen = new long[3];
			String prefix = "bench-" + run + "-";
			long deadline = System.nanoTime() + patience.toNanos();
			long lastReport = System.nanoTime();
			while (seen[0] + seen[1] < expected && System.nanoTime() < deadline) {
				for (var record : consumer.poll(Duration.ofMillis(500))) {
					if (record.value() instanceof ConversationRouted routed && routed.getTenantId().startsWith(prefix)) {
						seen[0]++;
					}
					else if (record.value() instanceof ConversationEscalated escalated
							&& escalated.getTenantId().startsWith(prefix)) {
						seen[1]++;
					}
					else if (record.value() instanceof ConversationAssigned assigned
							&& assigned.getTenantId().startsWith(prefix)) {
						seen[2]++;
					}
				}
				if (System.nanoTime() - lastReport > 10_000_000_000L) {
					lastReport = System.nanoTime();
					System.out.println("      ... " + (seen[0] + seen[1]) + " of " + expected + " decided");
				}
			}
			return seen;
		}
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
