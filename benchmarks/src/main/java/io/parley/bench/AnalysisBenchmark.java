package io.parley.bench;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.parley.analysis.domain.AnalysisRequest;
import io.parley.analysis.local.LocalAnalyzer;
import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.llm.embedding.OnnxSentenceEmbeddingModel;
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
 * Messages analysed per second end to end with the local analyzer: a backlog of user messages on
 * conversation.messages, the packaged analysis-service consuming it, until every analysis is on message.analyses.
 * The embedding model's own cost per message is measured separately in this process.
 */
public final class AnalysisBenchmark {

	private static final String[] TEXTS = { "Where is my order? It was supposed to arrive yesterday.",
			"I was charged twice for the same subscription, please refund one of them",
			"Do you have the 54cm road frame in stock?", "The app crashes every time I open the settings page",
			"Thanks a lot, the new saddle is perfect!", "Can I change the delivery address for order 4411?",
			"Your courier threw my parcel over the fence, the screen is cracked. Unacceptable.",
			"Is the shop open on Sunday?", "API returns 500 for every request since the update, production is down!",
			"How do I reset my password?", "What's the price for 20 seats on the yearly plan?", "hi 👋",
			"Bisikletimin freni çalışmıyor, bugün bakabilir misiniz?", "Ich warte seit zwei Wochen auf meine Erstattung.",
			"The brakes squeak but otherwise the bike rides beautifully", "cancel my account right now or I call my lawyer" };

	private static final int WARM_UP = 1_000;

	private AnalysisBenchmark() {
	}

	static void run(String[] args) throws Exception {
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
		String embeddingModel = args.length > 2 ? args[2] : "all-minilm-l6-v2-q";
		Path root = Path.of(System.getProperty("parley.home", ".")).toAbsolutePath().normalize();
		Path logs = Files.createTempDirectory("parley-analysis-bench");
		System.out.println("Analysis benchmark: " + count + " user messages, embedding model " + embeddingModel + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores");

		System.out.println("[1/5] The embedding model on its own, in this process ...");
		EmbeddingModel model = OnnxSentenceEmbeddingModel.load(embeddingModel.endsWith("-q")
				? AllMiniLmL6V2QuantizedEmbeddingModel.class : AllMiniLmL6V2EmbeddingModel.class, embeddingModel);
		Cost single = embeddingCost(model, 1);
		Cost batched = embeddingCost(model, 32);
		Cost analyzer = analyzerCost(new LocalAnalyzer(model), 32);

		System.out.println("[2/5] Starting Kafka, MariaDB and analysis-service (logs in " + logs + ") ...");
		String kafka = SharedKafka.bootstrapServers();
		TestDatabase database = SharedDatabase.createDatabase("bench_analysis");
		ServiceProcess analysis = ServiceProcess.start("analysis-service",
				ServiceProcess.executableJar(root, "analysis-service"), freePort(),
				Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka, "DB_URL", database.jdbcUrl(), "DB_USER", database.username(),
						"DB_PASSWORD", database.password(), "PARLEY_ANALYSIS_EMBEDDING_MODEL", embeddingModel),
				logs, ServiceJvm.options("analysis-service", logs));
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!analysis.isReady()) {
			if (!analysis.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("analysis-service did not start: " + analysis.tailOfLog(30));
			}
			Thread.sleep(500);
		}

		System.out.println("[3/5] Warming up: " + WARM_UP + " messages, so the service's code is compiled before the "
				+ "clock starts ...");
		String warmUp = UUID.randomUUID().toString();
		publishBacklog(kafka, warmUp, WARM_UP);
		awaitAnalyses(kafka, warmUp, WARM_UP, Duration.ofMinutes(5));

		System.out.println("[4/5] Publishing the backlog ...");
		String run = UUID.randomUUID().toString();
		Duration serviceCpuBefore = MachineCpu.processCpu(analysis.pid());
		long machineBusyBefore = MachineCpu.busyMillis();
		long started = System.nanoTime();
		publishBacklog(kafka, run, count);

		System.out.println("[5/5] Waiting for every analysis on message.analyses ...");
		long analysed = awaitAnalyses(kafka, run, count, Duration.ofMinutes(10));
		double seconds = (System.nanoTime() - started) / 1e9;
		double serviceCpu = MachineCpu.processCpu(analysis.pid()).minus(serviceCpuBefore).toNanos() / 1e6 / analysed;
		double machineCpu = (MachineCpu.busyMillis() - machineBusyBefore) / (double) analysed;

		System.out.println();
		System.out.printf("messages analysed end to end   %d in %.1f s = %.0f messages/s (target >= 500)%n", analysed,
				seconds, analysed / seconds);
		System.out.printf("embedding model alone           %.2f ms/message one at a time, %.2f ms/message in batches of 32"
				+ " (%.2f ms of CPU)%n", single.wallMillis(), batched.wallMillis(), batched.cpuMillis());
		System.out.printf("local analyzer alone            %.2f ms of CPU per message in batches of 32, of which %.2f ms "
				+ "beyond the embedding (examples, lexicon, cues)%n", analyzer.cpuMillis(),
				analyzer.cpuMillis() - batched.cpuMillis());
		System.out.printf("CPU time per message           %.2f ms in analysis-service, %.2f ms on the whole machine "
				+ "(broker, database, this load generator and anything else running: load average %.1f)%n", serviceCpu,
				machineCpu, MachineCpu.loadAverage());
		analysis.close();
	}

	/** User messages of 500 conversations, interleaved as they would arrive. */
	private static void publishBacklog(String kafka, String run, int count) {
		try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.LINGER_MS_CONFIG, 10), new StringSerializer(), new AvroEventSerializer())) {
			List<String> conversations = new ArrayList<>();
			for (int i = 0; i < 500; i++) {
				conversations.add(UUID.randomUUID().toString());
			}
			for (int i = 0; i < count; i++) {
				String conversation = conversations.get(i % 500);
				producer.send(new ProducerRecord<>(Topic.CONVERSATION_MESSAGES.topicName(), conversation,
						message(run, conversation, i)));
			}
		}
	}

	/** Per message: the wall-clock time, and the CPU time of this process (nothing else runs in it yet). */
	private record Cost(double wallMillis, double cpuMillis) {
	}

	private static Cost embeddingCost(EmbeddingModel model, int batch) {
		List<TextSegment> segments = new ArrayList<>();
		for (int i = 0; i < batch; i++) {
			segments.add(TextSegment.from(text(i)));
		}
		return cost(batch, 5, () -> model.embedAll(segments));
	}

	/** The same messages through the whole local analyzer: the embedding and everything the analysis adds to it. */
	private static Cost analyzerCost(LocalAnalyzer analyzer, int batch) {
		List<AnalysisRequest> requests = new ArrayList<>();
		for (int i = 0; i < batch; i++) {
			requests.add(new AnalysisRequest("bench", text(i), List.of()));
		}
		return cost(batch, 150, () -> analyzer.analyzeAll(requests));
	}

	private static String text(int i) {
		return TEXTS[i % TEXTS.length] + " #" + i;
	}

	private static Cost cost(int batch, int warmUpRounds, Runnable round) {
		for (int i = 0; i < warmUpRounds; i++) {
			round.run();
		}
		int rounds = Math.max(3, 256 / batch);
		Duration cpuBefore = MachineCpu.processCpu(ProcessHandle.current().pid());
		long started = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			round.run();
		}
		double messages = rounds * batch;
		return new Cost((System.nanoTime() - started) / 1e6 / messages,
				MachineCpu.processCpu(ProcessHandle.current().pid()).minus(cpuBefore).toNanos() / 1e6 / messages);
	}

	private static MessageReceived message(String run, String conversation, int i) {
		Instant now = Instant.now();
		return MessageReceived.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId("bench-" + run)
			.setOccurredAt(now)
			.setConversationId(conversation)
			.setMessageId(UUID.randomUUID().toString())
			.setUserId("user-" + (i % 500))
			.setChannel("webhook")
			.setRole(MessageRole.USER)
			.setContent(TEXTS[i % TEXTS.length] + (i % 3 == 0 ? "" : " (" + i + ")"))
			.setSequence(i / 500 + 1)
			.setSentAt(now)
			.build();
	}

	private static long awaitAnalyses(String kafka, String run, int expected, Duration patience) {
		try (KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ConsumerConfig.GROUP_ID_CONFIG, "bench-" + run,
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG,
				"read_committed"), new StringDeserializer(), new AvroEventDeserializer())) {
			consumer.subscribe(List.of(Topic.MESSAGE_ANALYSES.topicName()));
			long seen = 0;
			long deadline = System.nanoTime() + patience.toNanos();
			long lastReport = System.nanoTime();
			while (seen < expected && System.nanoTime() < deadline) {
				for (var record : consumer.poll(Duration.ofMillis(500))) {
					if (record.value() instanceof MessageAnalyzed analyzed && analyzed.getTenantId().equals("bench-" + run)) {
						seen++;
					}
				}
				if (System.nanoTime() - lastReport > 10_000_000_000L) {
					lastReport = System.nanoTime();
					System.out.println("      ... " + seen + " of " + expected + " analysed");
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
