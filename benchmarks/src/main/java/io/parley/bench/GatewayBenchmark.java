package io.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.gateway.GatewayApplication;
import io.parley.test.SharedDatabase;
import io.parley.test.SharedRedis;
import io.parley.test.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Requests per second and p99 through the gateway to a trivial local service, for the same route shape with
 * authentication and Redis rate limiting on, and with both off, in one run on real servers (MariaDB, Redis).
 */
public final class GatewayBenchmark {

	private static final String ADMIN_TOKEN = "adm_bench_0123456789";
	private static final String RELAXED_TIMEOUT = "500ms";
	private static final String BODY = "{\"user_id\":\"user123\",\"message\":\"I love playing guitar and jazz music\"}";

	private GatewayBenchmark() {
	}

	static void run(String[] args) throws Exception {
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
		int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 32;
		System.out.println("Gateway benchmark: " + requests + " requests per route, " + concurrency + " in flight, "
				+ Runtime.getRuntime().availableProcessors() + " cores");

		System.out.println("[1/4] Starting a trivial local service, Redis and the database ...");
		DisposableServer service = HttpServer.create().host("127.0.0.1").port(0)
			.handle((request, response) -> request.receive().then()
				.then(response.header("Content-Type", "application/json").sendString(Mono.just("{\"success\":true}")).then()))
			.bindNow();
		SharedRedis.EmbeddedRedis redis = SharedRedis.EmbeddedRedis.start();
		TestDatabase database = SharedDatabase.createDatabase("bench_gateway");

		System.out.println("[2/4] Starting two gateways: rate-limit timeout " + RELAXED_TIMEOUT + " and the default 50ms ...");
		String serviceUrl = "http://127.0.0.1:" + service.port();
		ConfigurableApplicationContext gateway = startGateway(serviceUrl, database, redis, RELAXED_TIMEOUT);
		ConfigurableApplicationContext defaultGateway = startGateway(serviceUrl, database, redis, "50ms");
		String base = baseUrl(gateway);

		System.out.println("[3/4] Creating a tenant with limits high enough not to refuse the benchmark ...");
		String key = new AdminApi(base, ADMIN_TOKEN).tenantKey("{\"hourly\":1000000000}");

		System.out.println("[4/4] Warming up, then measuring ...");
		HttpLoad load = new HttpLoad(concurrency);
		Map<String, String> withKey = Map.of("X-API-Key", key);
		load.run("warm-up", base + "/bench/open", Map.of(), BODY, Math.min(requests, 5_000), concurrency);
		load.run("warm-up", base + "/bench/protected", withKey, BODY, Math.min(requests, 5_000), concurrency);
		LoadResult direct = load.run("service directly (no gateway)", serviceUrl + "/bench/open", Map.of(), BODY,
				requests, concurrency);
		LoadResult open = load.run("gateway, auth and rate limit off", base + "/bench/open", Map.of(), BODY, requests,
				concurrency);
		double before = fallbacks(gateway);
		LoadResult protectedRoute = load.run("gateway, API key + Redis rate limit on", base + "/bench/protected",
				withKey, BODY, requests, concurrency);
		double relaxedFallbacks = fallbacks(gateway) - before;
		load.run("warm-up", baseUrl(defaultGateway) + "/bench/protected", withKey, BODY, Math.min(requests, 5_000),
				concurrency);
		before = fallbacks(defaultGateway);
		LoadResult protectedDefault = load.run("  same, limiter bounded at the default 50ms",
				baseUrl(defaultGateway) + "/bench/protected", withKey, BODY, requests, concurrency);
		double defaultFallbacks = fallbacks(defaultGateway) - before;

		System.out.println();
		System.out.println(LoadResult.header());
		System.out.println(direct.row());
		System.out.println(open.row());
		System.out.println(protectedRoute.row());
		System.out.println(protectedDefault.row());
		System.out.printf("%nAuth + rate limiting cost %.2f ms at p99 and %.0f%% of throughput.%n",
				protectedRoute.percentileMillis(99) - open.percentileMillis(99),
				100 * (1 - protectedRoute.requestsPerSecond() / open.requestsPerSecond()));
		System.out.printf("Rate-limit fallbacks (store slower than the bound): %.0f of %d with %s, %.0f of %d with 50ms.%n",
				relaxedFallbacks, requests, RELAXED_TIMEOUT, defaultFallbacks, requests);

		defaultGateway.close();
		gateway.close();
		redis.stop();
		service.disposeNow();
	}

	private static ConfigurableApplicationContext startGateway(String serviceUrl, TestDatabase database,
			SharedRedis.EmbeddedRedis redis, String rateLimitTimeout) {
		String routes = "--spring.cloud.gateway.server.webflux.routes";
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--DB_URL=" + database.jdbcUrl(),
				"--DB_USER=" + database.username(), "--DB_PASSWORD=" + database.password(), "--REDIS_URL=" + redis.url(),
				"--PARLEY_ADMIN_TOKEN=" + ADMIN_TOKEN, "--PARLEY_RATE_LIMIT_STORE=redis",
				"--PARLEY_RATE_LIMIT_TIMEOUT=" + rateLimitTimeout, "--parley.gateway.access-log=false",
				"--logging.level.root=warn", "--logging.level.io.parley.gateway.ratelimit=error",
				routes + "[0].id=bench-protected", routes + "[0].uri=" + serviceUrl,
				routes + "[0].predicates[0]=Path=/bench/protected", routes + "[0].metadata.scope=ingest",
				routes + "[1].id=bench-open", routes + "[1].uri=" + serviceUrl,
				routes + "[1].predicates[0]=Path=/bench/open", routes + "[1].metadata.auth=none"));
		return new SpringApplicationBuilder(GatewayApplication.class).run(arguments.toArray(String[]::new));
	}

	private static String baseUrl(ConfigurableApplicationContext gateway) {
		return "http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port");
	}

	private static double fallbacks(ConfigurableApplicationContext gateway) {
		return gateway.getBean(MeterRegistry.class).find("parley.gateway.rate_limit.fallback").counters().stream()
			.mapToDouble(counter -> counter.count()).sum();
	}


}
