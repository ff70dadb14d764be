package io.parley.bench;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import io.parley.events.PlatformEvent;
import io.parley.local.ServiceProcess;
import io.parley.schemas.Topic;
import io.parley.schemas.serde.AvroEventSerializer;
import io.parley.test.SharedDatabase;
import io.parley.test.SharedKafka;
import io.parley.test.TestDatabase;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Signed partner deliveries per second, and the time from an event published on platform.events to its delivery
 * received, with the packaged delivery-service and a local receiver that verifies every Standard Webhooks signature
 * with the official library. Usage: {@code ./bench.sh delivery [backlog] [rate-per-second]}.
 */
public final class DeliveryBenchmark {

	private static final Pattern INDEX = Pattern.compile("\"n\":(\\d+)");

	private DeliveryBenchmark() {
	}

	static void run(String[] args) throws Exception {
		int backlog = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
		int rate = args.length > 2 ? Integer.parseInt(args[2]) : 100;
		int paced = rate * 20;
		Path root = Path.of(System.getProperty("parley.home", ".")).toAbsolutePath().normalize();
		Path logs = Files.createTempDirectory("parley-delivery-bench");
		System.out.println("Delivery benchmark: a backlog of " + backlog + " events, then " + paced + " events at "
				+ rate + "/s; " + Runtime.getRuntime().availableProcessors() + " cores");

		System.out.println("[1/4] Starting Kafka, MariaDB and delivery-service (logs in " + logs + ") ...");
		String kafka = SharedKafka.bootstrapServers();
		TestDatabase database = SharedDatabase.createDatabase("bench_delivery");
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
		environment.put("DB_URL", database.jdbcUrl());
		environment.put("DB_USER", database.username());
		environment.put("DB_PASSWORD", database.password());
		environment.put("PARLEY_DELIVERY_ALLOWED_CIDRS", "127.0.0.0/8");
		environment.put("PARLEY_DELIVERY_ENDPOINT_CONCURRENCY", System.getProperty("concurrency", "64"));
		ServiceProcess delivery = ServiceProcess.start("delivery-service",
				ServiceProcess.executableJar(root, "delivery-service"), freePort(), environment, logs,
				List.of("-Xmx768m", "-XX:+UseParallelGC"));
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!delivery.isReady()) {
			if (!delivery.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("delivery-service did not start: " + delivery.tailOfLog(30));
			}
			Thread.sleep(500);
		}

		System.out.println("[2/4] A local receiver that verifies every signature, and an endpoint for it ...");
		int total = backlog + paced;
		long[] published = new long[total];
		long[] received = new long[total];
		AtomicLong badSignatures = new AtomicLong();
		AtomicLong deliveries = new AtomicLong();
		Map<Integer, Boolean> seen = new ConcurrentHashMap<>();
		String[] secret = new String[1];
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1000);
		receiver.setExecutor(Executors.newFixedThreadPool(16));
		receiver.createContext("/", exchange -> {
			long now = System.nanoTime();
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			try {
				new Webhook(secret[0]).verify(body, exchange.getRequestHeaders());
			}
			catch (Exception bad) {
				badSignatures.incrementAndGet();
			}
			Matcher matcher = INDEX.matcher(body);
			if (matcher.find()) {
				int index = Integer.parseInt(matcher.group(1));
				if (seen.putIfAbsent(index, Boolean.TRUE) == null) {
					received[index] = now;
				}
			}
			deliveries.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
		String tenant = "bench-" + UUID.randomUUID();
		HttpClient http = HttpClient.newHttpClient();
		String created = http.send(HttpRequest.newBuilder(URI.create(delivery.url() + "/api/v1/webhooks/endpoints"))
			.header("Content-Type", "application/json").header("X-Parley-Tenant-Id", tenant)
			.POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort()
					+ "/hooks\"}"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher secretMatch = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(created);
		if (!secretMatch.find()) {
			throw new IllegalStateException("Could not create the endpoint: " + created);
		}
		secret[0] = secretMatch.group(1);

		try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new AvroEventSerializer())) {
			// Warm-up: a few events so connections and code paths are ready.
			System.out.println("[3/4] Backlog: " + backlog + " events over 500 conversations ...");
			long started = System.nanoTime();
			for (int i = 0; i < backlog; i++) {
				published[i] = System.nanoTime();
				producer.send(record(tenant, i));
			}
			producer.flush();
			awaitAll(seen, 0, backlog, Duration.ofMinutes(10));
			double backlogSeconds = (System.nanoTime() - started) / 1e9;

			System.out.println("[4/4] Paced: " + paced + " events at " + rate + "/s ...");
			long pacedStart = System.nanoTime();
			for (int i = 0; i < paced; i++) {
				long due = pacedStart + (long) (i * 1e9 / rate);
				while (System.nanoTime() < due) {
					Thread.onSpinWait();
				}
				int index = backlog + i;
				published[index] = System.nanoTime();
				producer.send(record(tenant, index));
			}
			producer.flush();
			awaitAll(seen, backlog, total, Duration.ofMinutes(5));

			double[] backlogLatency = latencies(published, received, 0, backlog);
			double[] pacedLatency = latencies(published, received, backlog, total);
			System.out.println();
			System.out.printf("signed deliveries, backlog          %d in %.1f s = %.0f deliveries/s%n", backlog,
					backlogSeconds, backlog / backlogSeconds);
			System.out.printf("published -> received at %d/s      p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", rate,
					percentile(pacedLatency, 50), percentile(pacedLatency, 99), pacedLatency[pacedLatency.length - 1]);
			System.out.printf("published -> received, backlog     p50 %.0f ms, p99 %.0f ms%n",
					percentile(backlogLatency, 50), percentile(backlogLatency, 99));
			System.out.printf("requests received %d for %d events, bad signatures %d%n", deliveries.get(), total,
					badSignatures.get());
		}
		receiver.stop(0);
		delivery.close();
	}

	private static ProducerRecord<String, SpecificRecord> record(String tenant, int index) {
		String conversation = "conv-" + (index % 500);
		PlatformEvent event = PlatformEvent.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId(tenant)
			.setOccurredAt(Instant.now())
			.setType("message.received")
			.setSource("bench")
			.setConversationId(conversation)
			.setData("{\"conversation_id\":\"" + conversation + "\",\"n\":" + index + "}")
			.build();
		return new ProducerRecord<>(Topic.PLATFORM_EVENTS.topicName(), conversation, event);
	}

	private static void awaitAll(Map<Integer, Boolean> seen, int from, int to, Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		long lastReport = System.nanoTime();
		while (System.nanoTime() < deadline) {
			long count = seen.keySet().stream().filter(i -> i >= from && i < to).count();
			if (count == to - from) {
				return;
			}
			if (System.nanoTime() - lastReport > 10_000_000_000L) {
				lastReport = System.nanoTime();
				System.out.println("      ... " + count + " of " + (to - from) + " received");
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("Not every event was delivered within " + patience);
	}

	private static double[] latencies(long[] published, long[] received, int from, int to) {
		List<Double> values = new ArrayList<>();
		for (int i = from; i < to; i++) {
			values.add((received[i] - published[i]) / 1e6);
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		return sorted;
	}

	private static double percentile(double[] sorted, int percentile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
