package io.parley.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.parley.events.AgentKind;
import io.parley.events.ConfidenceLevel;
import io.parley.events.ConversationEscalated;
import io.parley.events.ConversationOpened;
import io.parley.events.ConversationResolved;
import io.parley.events.ConversationRouted;
import io.parley.events.FactChange;
import io.parley.events.FeedbackSubmitted;
import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageCategory;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.events.PriorityLevel;
import io.parley.events.ResponseTime;
import io.parley.events.SentimentLabel;
import io.parley.events.UserFactChanged;
import io.parley.local.ServiceProcess;
import io.parley.schemas.Topic;
import io.parley.schemas.serde.AvroEventSerializer;
import io.parley.test.SharedDatabase;
import io.parley.test.SharedKafka;
import io.parley.test.TestDatabase;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Two figures for insights-service, run from its packaged jar against a real Kafka broker and MariaDB:
 * <ol>
 * <li>events projected per second while catching up on a backlog on all five topics (conversations with messages,
 * analyses, routing, resolutions, feedback and fact changes, as the other services publish them);</li>
 * <li>latency of {@code GET /api/v1/analytics} over 90 days for a tenant with 1 million messages. Those rollup rows
 * are written straight into the database (what the projection would write for that traffic: one row per 15 minutes
 * and breakdown value, and per day), because projecting a million messages first would take most of the run.</li>
 * </ol>
 */
public final class InsightsBenchmark {

	private static final String[] REASONS = { "negative_sentiment", "high_urgency", "human_requested", "low_confidence",
			"vip_complaint" };
	private static final String[] TOPICS = { "delivery", "refund", "brakes", "price", "account", "invoice", "stock",
			"warranty", "login", "shipping", "size", "returns", "app", "payment", "opening hours", "repair", "gears",
			"tyres", "battery", "discount" };
	private static final String[] CHANNELS = { "webhook", "whatsapp", "api" };
	private static final String[] COUNTERS = { "conversations", "ai_resolved", "escalated", "resolved", "handoffs",
			"frt_sum_ms", "frt_count", "reply_sum_ms", "reply_count", "resolution_sum_ms", "resolution_count", "rating_sum",
			"rating_count", "messages", "user_messages", "analysed", "urgency_sum", "sentiment_milli_sum",
			"action_required", "positive", "negative", "neutral", "urgent", "high_urgency", "urgency_1", "urgency_2",
			"urgency_3", "urgency_4", "urgency_5", "urgency_6", "urgency_7", "urgency_8", "urgency_9", "urgency_10",
			"priority_critical", "priority_high", "priority_normal", "priority_low", "category_sales", "category_support",
			"category_complaint", "category_inquiry", "category_technical", "category_general" };

	private InsightsBenchmark() {
	}

	static void run(String[] args) throws Exception {
		int conversations = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
		int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
		int spreadHours = args.length > 3 ? Integer.parseInt(args[3]) : 24;
		Path root = Path.of(System.getProperty("parley.home", ".")).toAbsolutePath().normalize();
		Path logs = Files.createTempDirectory("parley-insights-bench");
		System.out.println("Insights benchmark: a backlog of " + conversations + " conversations, then " + requests
				+ " analytics requests; " + Runtime.getRuntime().availableProcessors() + " cores");

		System.out.println("[1/5] Starting Kafka and MariaDB ...");
		String kafka = SharedKafka.bootstrapServers();
		TestDatabase database = SharedDatabase.createDatabase("bench_insights");

		System.out.println("[2/5] Publishing the backlog on the five topics ...");
		long events = conversations == 0 ? 0 : publishBacklog(kafka, conversations, spreadHours);
		System.out.println("      " + events + " events, the traffic of the last " + spreadHours + " hours");

		System.out.println("[3/5] Starting insights-service (logs in " + logs + ") and timing the catch-up ...");
		ServiceProcess insights = ServiceProcess.start("insights-service",
				ServiceProcess.executableJar(root, "insights-service"), freePort(),
				environment(kafka, database), logs, ServiceJvm.options("insights-service", logs));
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!insights.isReady()) {
			if (!insights.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("insights-service did not start: " + insights.tailOfLog(30));
			}
			Thread.sleep(200);
		}
		long firstSeen = 0;
		long startCount = 0;
		long done;
		Duration serviceCpuBefore = MachineCpu.processCpu(insights.pid());
		Duration benchCpuBefore = MachineCpu.processCpu(ProcessHandle.current().pid());
		Duration databaseCpuBefore = MachineCpu.childDatabaseCpu();
		long machineBusyBefore = MachineCpu.busyMillis();
		long lastReport = System.nanoTime();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
			if (events == 0) {
				firstSeen = System.nanoTime() - 1;
			}
			deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
			while (true) {
				long processed = processed(admin);
				long now = System.nanoTime();
				if (firstSeen == 0 && processed > 0) {
					firstSeen = now;
					startCount = processed;
				}
				if (processed >= events) {
					done = now;
					break;
				}
				if (now > deadline) {
					throw new IllegalStateException("Only " + processed + " of " + events + " events projected");
				}
				if (now - lastReport > 10_000_000_000L) {
					lastReport = now;
					System.out.println("      ... " + processed + " of " + events + " projected");
				}
				Thread.sleep(250);
			}
		}
		double catchUpSeconds = (done - firstSeen) / 1e9;
		double perSecond = (events - startCount) / catchUpSeconds;
		double perThousand = Math.max(1, events) / 1000.0;
		double serviceCpu = MachineCpu.processCpu(insights.pid()).minus(serviceCpuBefore).toMillis() / perThousand;
		double brokerCpu = MachineCpu.processCpu(ProcessHandle.current().pid()).minus(benchCpuBefore).toMillis() / perThousand;
		double databaseCpu = MachineCpu.childDatabaseCpu().minus(databaseCpuBefore).toMillis() / perThousand;
		double machineCpu = (MachineCpu.busyMillis() - machineBusyBefore) / perThousand;
		double loadAverage = MachineCpu.loadAverage();

		System.out.println("[4/5] Writing 90 days of rollups for a tenant with 1,000,000 messages ...");
		LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).minusDays(89);
		long rows = writeMillionMessageTenant(database, "bench-million", firstDay, 1_000_000);
		System.out.println("      " + rows + " rollup rows");

		System.out.println("[5/5] GET /api/v1/analytics over the 90 days ...");
		HttpClient http = HttpClient.newHttpClient();
		String utc = insights.url() + "/api/v1/analytics?start_date=" + firstDay + "&end_date=" + firstDay.plusDays(89);
		String istanbul = utc + "&timezone=Europe/Istanbul&group_by=week";
		String body = get(http, utc);
		if (!body.contains("\"total_messages\":1000000")) {
			throw new IllegalStateException("The answer does not count 1,000,000 messages: " + body.substring(0, 300));
		}
		for (int i = 0; i < 20; i++) {
			get(http, utc);
			get(http, istanbul);
		}
		double[] utcMillis = latencies(http, utc, requests);
		double[] zoneMillis = latencies(http, istanbul, requests);

		System.out.println();
		if (events > 0) {
			System.out.printf("events projected while catching up   %d in %.1f s = %.0f events/s (target >= 10,000)%n",
					events - startCount, catchUpSeconds, perSecond);
			System.out.printf("CPU time per 1,000 events            %.0f ms in insights-service, %.0f ms in the database, %.0f ms "
					+ "in the broker (this process), %.0f ms on the whole machine (with anything else running: load "
					+ "average %.1f)%n", serviceCpu, databaseCpu, brokerCpu, machineCpu, loadAverage);
		}
		System.out.printf("GET /api/v1/analytics, 90 days, 1M messages, by day (UTC)             p50 %.1f ms  p99 %.1f ms%n",
				percentile(utcMillis, 50), percentile(utcMillis, 99));
		System.out.printf("GET /api/v1/analytics, 90 days, 1M messages, by week (Europe/Istanbul) p50 %.1f ms  p99 %.1f ms%n",
				percentile(zoneMillis, 50), percentile(zoneMillis, 99));
		insights.close();
	}

	/** The service's settings; INSIGHTS_BATCH_SIZE and INSIGHTS_CONSUMERS pass through from this environment. */
	private static Map<String, String> environment(String kafka, TestDatabase database) {
		Map<String, String> environment = new java.util.HashMap<>(Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka, "DB_URL",
				database.jdbcUrl(), "DB_USER", database.username(), "DB_PASSWORD", database.password()));
		for (String passed : List.of("INSIGHTS_BATCH_SIZE", "INSIGHTS_CONSUMERS")) {
			if (System.getenv(passed) != null) {
				environment.put(passed, System.getenv(passed));
				System.out.println("      " + passed + "=" + System.getenv(passed));
			}
		}
		return environment;
	}

	/** Records the insights-service group has committed on the five topics (the topics hold only the backlog). */
	private static long processed(Admin admin) throws Exception {
		return admin.listConsumerGroupOffsets("insights-service").partitionsToOffsetAndMetadata().get().values().stream()
			.filter(java.util.Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
	}

	/** Conversations spread over the last hours, each as the other services would describe it. */
	private static long publishBacklog(String kafka, int conversations, int spreadHours) throws Exception {
		Random random = new Random(42);
		long count = 0;
		Duration spread = Duration.ofHours(spreadHours);
		Instant start = Instant.now().minus(spread).truncatedTo(ChronoUnit.MILLIS);
		try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
				ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new AvroEventSerializer())) {
			for (int c = 0; c < conversations; c++) {
				String tenant = "bench-" + (c % 5);
				String conversation = UUID.randomUUID().toString();
				String user = "user-" + (c % 4000);
				Instant at = start.plusMillis((long) (random.nextDouble() * spread.toMillis()));
				List<SpecificRecord> events = new ArrayList<>();
				events.add(ConversationOpened.newBuilder().setEventId(id()).setTenantId(tenant).setOccurredAt(at)
					.setConversationId(conversation).setUserId(user).setChannel(CHANNELS[c % 3]).build());
				events.add(ConversationRouted.newBuilder().setEventId(id()).setTenantId(tenant).setOccurredAt(at.plusMillis(5))
					.setConversationId(conversation).setUserId(user).setAgentId("bot-" + (c % 3)).setAgentName("Bot")
					.setAgentKind(AgentKind.AI).setReason("default").build());
				Instant t = at;
				for (int turn = 0; turn < 3; turn++) {
					MessageReceived message = MessageReceived.newBuilder().setEventId(id()).setTenantId(tenant)
						.setOccurredAt(t).setConversationId(conversation).setMessageId(id()).setUserId(user)
						.setChannel(CHANNELS[c % 3]).setRole(MessageRole.USER)
						.setContent("Question " + turn + " about " + TOPICS[(c + turn) % TOPICS.length]).setSequence(turn * 2 + 1)
						.setSentAt(t).build();
					events.add(message);
					events.add(analysis(message, random, t.plusMillis(300)));
					t = t.plusMillis(1000 + random.nextInt(5000));
					events.add(MessageReceived.newBuilder().setEventId(id()).setTenantId(tenant).setOccurredAt(t)
						.setConversationId(conversation).setMessageId(id()).setUserId(user).setChannel(CHANNELS[c % 3])
						.setRole(MessageRole.ASSISTANT).setContent("Answer " + turn).setSequence(turn * 2 + 2).setSentAt(t)
						.build());
					t = t.plusMillis(20_000 + random.nextInt(60_000));
				}
				if (c % 5 == 0) {
					events.add(ConversationEscalated.newBuilder().setEventId(id()).setTenantId(tenant).setOccurredAt(t)
						.setConversationId(conversation).setUserId(user).setReason(REASONS[c % REASONS.length])
						.setAssignedAgent("agent-" + (c % 10)).build());
				}
				events.add(ConversationResolved.newBuilder().setEventId(id()).setTenantId(tenant)
					.setOccurredAt(t.plusSeconds(60)).setConversationId(conversation).setUserId(user)
					.setResolution(c % 5 == 0 ? "agent" : "bot").build());
				if (c % 3 == 0) {
					events.add(FeedbackSubmitted.newBuilder().setEventId(id()).setTenantId(tenant)
						.setOccurredAt(t.plusSeconds(90)).setConversationId(conversation).setUserId(user)
						.setRating(1 + random.nextInt(5)).build());
				}
				if (c % 2 == 0) {
					events.add(UserFactChanged.newBuilder().setEventId(id()).setTenantId(tenant).setOccurredAt(t)
						.setUserId(user).setFactId("fact-" + user + "-" + (c % 7)).setChange(FactChange.ADDED)
						.setCategory("interests").setType("topic_interest").setKey("interest_" + (c % 7))
						.setValue("Shows interest in " + TOPICS[c % TOPICS.length]).setConfidence(0.7)
						.setConfidenceLevel(ConfidenceLevel.MEDIUM).setEvidenceCount(2).setFirstSeen(t).setLastUpdated(t)
						.setValidFrom(t).build());
				}
				for (SpecificRecord event : events) {
					String topic = topicOf(event);
					String key = event instanceof UserFactChanged fact ? fact.getUserId() : conversation;
					producer.send(new ProducerRecord<>(topic, key, event));
					count++;
				}
			}
		}
		return count;
	}

	private static MessageAnalyzed analysis(MessageReceived message, Random random, Instant at) {
		int urgency = 1 + random.nextInt(10);
		SentimentLabel sentiment = SentimentLabel.values()[random.nextInt(4)];
		return MessageAnalyzed.newBuilder().setEventId(id()).setTenantId(message.getTenantId()).setOccurredAt(at)
			.setConversationId(message.getConversationId()).setMessageId(message.getMessageId())
			.setUserId(message.getUserId()).setChannel(message.getChannel()).setUrgencyScore(urgency)
			.setCategory(MessageCategory.values()[random.nextInt(6)]).setSentiment(sentiment)
			.setSentimentScore(sentiment == SentimentLabel.POSITIVE ? 0.6 : sentiment == SentimentLabel.NEUTRAL ? 0 : -0.6)
			.setKeywords(List.of(TOPICS[random.nextInt(TOPICS.length)])).setTopics(List.of(TOPICS[random.nextInt(TOPICS.length)]))
			.setPriorityLevel(PriorityLevel.values()[random.nextInt(4)]).setActionRequired(urgency >= 7)
			.setRecommendedResponseTime(ResponseTime.WITHIN_4_HOURS).setConfidence(0.8).setAnalyzer("bench")
			.setAnalyzerVersion("1").setMessageSentAt(message.getSentAt()).build();
	}

	private static String topicOf(SpecificRecord event) {
		for (Topic topic : Topic.values()) {
			if (topic.carries(event)) {
				return topic.topicName();
			}
		}
		throw new IllegalArgumentException(event.getClass().getName());
	}

	/**
	 * The rollup rows of a tenant whose 1,000,000 messages (half from users, all analysed; ~10 per conversation) are
	 * spread evenly over 90 days: per 15 minutes the total plus every breakdown value, and the same per day.
	 */
	private static long writeMillionMessageTenant(TestDatabase database, String tenant, LocalDate firstDay,
			int messages) throws Exception {
		if (COUNTERS.length != 44) {
			throw new IllegalStateException("The rollup columns changed: update COUNTERS");
		}
		int quarters = 90 * 96;
		long perQuarter = messages / quarters;
		long remainder = messages - perQuarter * quarters;
		Random random = new Random(7);
		String columns = String.join(", ", COUNTERS);
		String marks = String.join(", ", java.util.Collections.nCopies(COUNTERS.length, "?"));
		long rows = 0;
		try (Connection db = DriverManager.getConnection(database.jdbcUrl() + "&rewriteBatchedStatements=true",
				database.username(), database.password())) {
			db.setAutoCommit(false);
			for (String table : List.of("rollup_quarter", "rollup_day")) {
				boolean daily = table.equals("rollup_day");
				try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (tenant_id, dim, bucket, dim_value, "
						+ columns + ") VALUES (?, ?, ?, ?, " + marks + ") ON DUPLICATE KEY UPDATE "
						+ Arrays.stream(COUNTERS).map(c -> c + " = " + c + " + VALUES(" + c + ")")
							.reduce((a, b) -> a + ", " + b).orElseThrow())) {
					for (int q = 0; q < quarters; q++) {
						Instant bucket = firstDay.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMinutes(15L * q));
						Object bucketValue = daily ? java.sql.Date.valueOf(LocalDate.ofInstant(bucket, ZoneOffset.UTC))
								: Timestamp.from(bucket);
						long m = perQuarter + (q < remainder ? 1 : 0);
						long[] all = vector(m, random);
						rows += add(insert, tenant, "all", bucketValue, "", all);
						for (String[] dim : new String[][] { { "category", "support", "sales", "complaint", "inquiry", "technical", "general" },
								{ "channel", "webhook", "whatsapp", "api" },
								{ "agent", "bot-0", "bot-1", "bot-2", "agent-0", "agent-1", "agent-2", "agent-3", "agent-4", "agent-5", "agent-6" },
								dimOf("escalation_reason", REASONS), dimOf("topic", TOPICS) }) {
							for (int v = 1; v < dim.length; v++) {
								rows += add(insert, tenant, dim[0], bucketValue, dim[v], split(all, dim.length - 1));
							}
						}
						if (q % 96 == 95) {
							insert.executeBatch();
							db.commit();
						}
					}
					insert.executeBatch();
					db.commit();
				}
			}
		}
		return rows;
	}

	private static String[] dimOf(String name, String... values) {
		String[] result = new String[values.length + 1];
		result[0] = name;
		System.arraycopy(values, 0, result, 1, values.length);
		return result;
	}

	private static long add(PreparedStatement insert, String tenant, String dim, Object bucket, String value,
			long[] vector) throws Exception {
		insert.setString(1, tenant);
		insert.setString(2, dim);
		insert.setObject(3, bucket);
		insert.setString(4, value);
		for (int i = 0; i < vector.length; i++) {
			insert.setLong(5 + i, vector[i]);
		}
		insert.addBatch();
		return 1;
	}

	/** Counters for {@code messages} messages: ~10 per conversation, half from users, every user turn analysed. */
	private static long[] vector(long messages, Random random) {
		long conversations = Math.max(1, messages / 10);
		long userMessages = messages / 2;
		long escalated = conversations / 5;
		long resolved = conversations * 9 / 10;
		return new long[] { conversations, resolved - escalated, escalated, resolved, escalated,
				conversations * 4_000, conversations, userMessages * 3_000, userMessages, resolved * 600_000, resolved,
				conversations / 3 * 4, conversations / 3, messages, userMessages, userMessages,
				userMessages * (1 + random.nextInt(10)), userMessages * 100, userMessages / 4, userMessages / 4,
				userMessages / 4, userMessages / 4, userMessages - 3 * (userMessages / 4), userMessages / 5,
				userMessages / 10, userMessages / 10, userMessages / 10, userMessages / 10, userMessages / 10,
				userMessages / 10, userMessages / 10, userMessages / 10, userMessages / 10, userMessages - 9 * (userMessages / 10),
				userMessages / 4, userMessages / 4, userMessages / 4, userMessages - 3 * (userMessages / 4),
				userMessages / 6, userMessages / 6, userMessages / 6, userMessages / 6, userMessages / 6,
				userMessages - 5 * (userMessages / 6) };
	}

	private static long[] split(long[] vector, int parts) {
		long[] part = new long[vector.length];
		for (int i = 0; i < vector.length; i++) {
			part[i] = vector[i] / parts;
		}
		return part;
	}

	private static String get(HttpClient http, String url) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
			.header("X-Parley-Tenant-Id", "bench-million").build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private static double[] latencies(HttpClient http, String url, int requests) throws Exception {
		double[] millis = new double[requests];
		for (int i = 0; i < requests; i++) {
			long started = System.nanoTime();
			get(http, url);
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static double percentile(double[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static String id() {
		return UUID.randomUUID().toString();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
