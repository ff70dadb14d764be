package io.parley.bench;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.parley.local.ServiceProcess;
import io.parley.test.SharedDatabase;
import io.parley.test.SharedKafka;
import io.parley.test.TestDatabase;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import static org.springframework.web.reactive.function.server.RequestPredicates.POST;

/**
 * Accepted webhooks per second and p99 for {@code POST /webhook/chat/message} through the packaged gateway and
 * ingest, each answer given only after Kafka acknowledged (acks=all, one transaction per request), next to a bare
 * WebFlux endpoint that answers 202 without doing anything, in one run on real servers.
 */
public final class IngestBenchmark {

	private static final String ADMIN_TOKEN = "adm_ingest_bench_0123456789";
	private static final int USERS = 1_000;
	/** A fully optimising JIT, a heap like a small container's: not the local platform's quick-start settings. */
	private static final List<String> JVM = List.of("-Xmx512m", "-XX:+UseParallelGC");

	private IngestBenchmark() {
	}

	static void run(String[] args) throws Exception {
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 32;
		Path root = Path.of(System.getProperty("parley.home", ".")).toAbsolutePath().normalize();
		Path logs = Files.createTempDirectory("parley-ingest-bench");
		System.out.println("Ingest benchmark: " + requests + " webhooks per run, " + concurrency + " in flight, "
				+ USERS + " users, " + Runtime.getRuntime().availableProcessors() + " cores");

		System.out.println("[1/4] Starting Kafka, MariaDB and a bare WebFlux endpoint ...");
		String kafka = SharedKafka.bootstrapServers();
		TestDatabase ingestDb = SharedDatabase.createDatabase("bench_ingest");
		TestDatabase gatewayDb = SharedDatabase.createDatabase("bench_ingest_gateway");
		DisposableServer bare = HttpServer.create().host("127.0.0.1").port(0)
			.handle(new ReactorHttpHandlerAdapter(RouterFunctions.toHttpHandler(RouterFunctions.route(POST("/accept"),
					request -> request.bodyToMono(String.class).then(ServerResponse.accepted().build())))))
			.bindNow();

		System.out.println("[2/4] Starting ingest and the gateway from their jars (logs in " + logs + ") ...");
		int ingestPort = freePort();
		int gatewayPort = freePort();
		ServiceProcess ingest = ServiceProcess.start("ingest-service", ServiceProcess.executableJar(root, "ingest-service"),
				ingestPort, Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka, "DB_URL", ingestDb.jdbcUrl(), "DB_USER",
						ingestDb.username(), "DB_PASSWORD", ingestDb.password(), "LOGGING_LEVEL_ROOT", "WARN"),
				logs, JVM);
		ServiceProcess gateway = ServiceProcess.start("gateway-service",
				ServiceProcess.executableJar(root, "gateway-service"), gatewayPort,
				Map.of("DB_URL", gatewayDb.jdbcUrl(), "DB_USER", gatewayDb.username(), "DB_PASSWORD",
						gatewayDb.password(), "INGEST_URL", "http://127.0.0.1:" + ingestPort, "PARLEY_ADMIN_TOKEN",
						ADMIN_TOKEN, "PARLEY_RATE_LIMIT_STORE", "in-memory", "PARLEY_GATEWAY_ACCESSLOG", "false",
						"LOGGING_LEVEL_ROOT", "WARN"),
				logs, JVM);
		for (ServiceProcess service : List.of(ingest, gateway)) {
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (!service.isReady()) {
				if (!service.isAlive() || System.nanoTime() > deadline) {
					throw new IllegalStateException(service.name() + " did not start: " + service.tailOfLog(30));
				}
				Thread.sleep(500);
			}
		}
		String base = "http://127.0.0.1:" + gatewayPort;

		System.out.println("[3/4] Creating a tenant whose limits do not refuse the benchmark ...");
		String key = new AdminApi(base, ADMIN_TOKEN)
			.tenantKey("{\"hourly\":2000000000,\"routes\":{\"message-logging\":2000000000}}");

		System.out.println("[4/4] Warming up, then measuring ...");
		HttpLoad load = new HttpLoad(concurrency);
		Map<String, String> withKey = Map.of("X-API-Key", key);
		String bareUrl = "http://127.0.0.1:" + bare.port() + "/accept";
		String webhook = base + "/webhook/chat/message";
		int warmUp = Math.min(requests, 3_000);
		load.run("warm-up", bareUrl, Map.of(), IngestBenchmark::body, warmUp, concurrency);
		load.run("warm-up", webhook, withKey, IngestBenchmark::body, warmUp, concurrency);
		LoadResult bareRun = load.run("bare WebFlux endpoint answering 202", bareUrl, Map.of(), IngestBenchmark::body,
				requests, concurrency);
		LoadResult ingestRun = load.run("gateway + ingest, stored and in Kafka (acks=all)", webhook, withKey,
				IngestBenchmark::body, requests, concurrency);

		System.out.println();
		System.out.println(LoadResult.header());
		System.out.println(bareRun.row());
		System.out.println(ingestRun.row());

		gateway.close();
		ingest.close();
		bare.disposeNow();
	}

	private static String body(int i) {
		return "{\"user_id\":\"bench-" + (i % USERS) + "\",\"message\":\"I love playing guitar and jazz music\","
				+ "\"response\":\"That's wonderful! How long have you been playing?\",\"metadata\":{\"source\":\"bench\"}}";
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}


}
