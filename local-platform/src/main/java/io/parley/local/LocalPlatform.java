package io.parley.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Parley on one machine with only a JDK: a real Kafka broker (KRaft) and an embedded MariaDB in this process,
 * every service as a child process, the gateway on :8080. Data lives under one folder that survives restarts.
 * Ctrl-C stops everything.
 */
public final class LocalPlatform {

	static final String DEMO_TENANT = "demo";
	private static final long READY_TIMEOUT_MILLIS = 180_000;
	private static final long PROGRESS_EVERY_MILLIS = 10_000;

	private final Path projectRoot;
	private final Path dataDir;
	private final int kafkaPort;
	private final int kafkaControllerPort;
	private final int databasePort;
	private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
	private volatile boolean stopping;
	private LocalKafka kafka;
	private LocalDatabase database;

	LocalPlatform(Path projectRoot, Path dataDir, int kafkaPort, int kafkaControllerPort, int databasePort) {
		this.projectRoot = projectRoot;
		this.dataDir = dataDir;
		this.kafkaPort = kafkaPort;
		this.kafkaControllerPort = kafkaControllerPort;
		this.databasePort = databasePort;
	}

	public static void main(String[] args) {
		Path root = Path.of(env("PARLEY_HOME", ".")).toAbsolutePath().normalize();
		Path data = Path.of(env("PARLEY_DATA_DIR", root.resolve(".parley-data").toString())).toAbsolutePath().normalize();
		LocalPlatform platform = new LocalPlatform(root, data, Integer.parseInt(env("PARLEY_KAFKA_PORT", "9092")),
				Integer.parseInt(env("PARLEY_KAFKA_CONTROLLER_PORT", "9093")),
				Integer.parseInt(env("PARLEY_DB_PORT", "3307")));
		Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "parley-local-shutdown"));
		try {
			platform.start();
			platform.watch();
		}
		catch (Exception ex) {
			System.err.println();
			System.err.println("Parley could not start: " + ex.getMessage());
			System.exit(1);
		}
	}

	void start() throws Exception {
		long started = System.currentTimeMillis();
		Files.createDirectories(dataDir);
		say("Parley local platform — data in " + dataDir);
		stopLeftoversOfAnEarlierRun();
		requireFreePorts();

		step(1, "Kafka broker (KRaft) on localhost:" + kafkaPort);
		long t = System.currentTimeMillis();
		kafka = LocalKafka.start(dataDir, kafkaPort, kafkaControllerPort);
		done(t);

		step(2, "MariaDB on localhost:" + databasePort + " with one database per service");
		t = System.currentTimeMillis();
		database = LocalDatabase.start(dataDir, databasePort,
				List.of(LocalService.values()).stream().map(LocalService::database).toList());
		done(t);

		step(3, "Starting " + LocalService.values().length + " services (logs in " + dataDir.resolve("logs") + ")");
		String apiKey = secret("PARLEY_DEMO_API_KEY", "demo-api-key", "prl_demo_");
		String adminToken = secret("PARLEY_ADMIN_TOKEN", "admin-token", "adm_");
		for (LocalService service : LocalService.values()) {
			services.add(ServiceProcess.start(service.serviceName(),
					ServiceProcess.executableJar(projectRoot, service.serviceName()), service.defaultPort(),
					environmentFor(service, apiKey, adminToken), dataDir.resolve("logs")));
		}
		rememberPids();
		awaitReady(started);

		step(4, "Parley is ready in " + seconds(started) + " s");
		say("");
		say("  Gateway        http://localhost:" + LocalService.GATEWAY.defaultPort());
		for (LocalService service : LocalService.backendServices()) {
			say(String.format("  %-14s http://localhost:%d  (direct, no auth; use the gateway)", service.serviceName(),
					service.defaultPort()));
		}
		say("  Kafka          " + kafka.bootstrapServers());
		say("  MariaDB        " + database.jdbcUrl("<service>") + "  (user root, no password)");
		say("");
		say("  Demo tenant    " + DEMO_TENANT);
		say("  Demo API key   " + apiKey);
		say("  Admin token    " + adminToken + "   (for /admin: tenants and API keys)");
		say("");
		say("  Try it:");
		say("    curl -s http://localhost:8080/webhook/chat/message -H 'X-API-Key: " + apiKey + "' \\");
		say("      -H 'Content-Type: application/json' \\");
		say("      -d '{\"user_id\":\"user123\",\"message\":\"I love playing guitar and jazz music\","
				+ "\"response\":\"That is wonderful!\"}'");
		say("    curl -s http://localhost:8080/webhook/chat/insights/user123 -H 'X-API-Key: " + apiKey + "'");
		say("    ./tail-topic.sh conversation.messages      (the published events, decoded)");
		say("");
		say("Press Ctrl-C to stop.");
	}

	private Map<String, String> environmentFor(LocalService service, String apiKey, String adminToken) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("DB_URL", database.jdbcUrl(service.database()));
		environment.put("DB_USER", LocalDatabase.USER);
		environment.put("DB_PASSWORD", "");
		environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
		if (service == LocalService.GATEWAY) {
			environment.put("PARLEY_DEMO_API_KEY", apiKey);
			environment.put("PARLEY_DEMO_TENANT_ID", DEMO_TENANT);
			environment.put("PARLEY_ADMIN_TOKEN", adminToken);
			// One gateway and no Redis here: the in-process limiter has the same semantics.
			environment.put("PARLEY_RATE_LIMIT_STORE", "in-memory");
			for (LocalService backend : LocalService.backendServices()) {
				environment.put(backend.urlVariable(), "http://localhost:" + backend.defaultPort());
			}
		}
		if (service == LocalService.DELIVERY && System.getenv("PARLEY_DELIVERY_ALLOWED_CIDRS") == null) {
			// Local development: partner receivers run on this machine, which the SSRF guard refuses otherwise.
			environment.put("PARLEY_DELIVERY_ALLOWED_CIDRS", "127.0.0.0/8,::1/128");
		}
		return environment;
	}

	private void awaitReady(long started) throws InterruptedException {
		List<ServiceProcess> waiting = new ArrayList<>(services);
		long lastProgress = System.currentTimeMillis();
		while (!waiting.isEmpty()) {
			for (ServiceProcess service : List.copyOf(waiting)) {
				if (!service.isAlive()) {
					throw new IllegalStateException(service.name() + " stopped while starting. Last lines of "
							+ service.logFile() + ":\n    " + String.join("\n    ", service.tailOfLog(25)));
				}
				if (service.isReady()) {
					waiting.remove(service);
					say(String.format("      %-17s ready on :%d  (%d s)", service.name(), service.port(), seconds(started)));
				}
			}
			if (System.currentTimeMillis() - started > READY_TIMEOUT_MILLIS) {
				throw new IllegalStateException("Not ready after " + READY_TIMEOUT_MILLIS / 1000 + " s: "
						+ waiting.stream().map(ServiceProcess::name).toList() + ". See their logs in " + dataDir.resolve("logs"));
			}
			if (!waiting.isEmpty() && System.currentTimeMillis() - lastProgress >= PROGRESS_EVERY_MILLIS) {
				lastProgress = System.currentTimeMillis();
				say("      ... still starting: " + waiting.stream().map(ServiceProcess::name).toList() + " ("
						+ seconds(started) + " s)");
			}
			Thread.sleep(500);
		}
	}

	/** Keeps the platform up and says so when a service stops on its own. */
	private void watch() throws InterruptedException {
		List<ServiceProcess> reported = new ArrayList<>();
		while (!stopping) {
			for (ServiceProcess service : services) {
				if (!service.isAlive() && !reported.contains(service)) {
					reported.add(service);
					System.err.println(service.name() + " stopped unexpectedly; see " + service.logFile()
							+ ". Restart the platform to bring it back.");
				}
			}
			Thread.sleep(2_000);
		}
	}

	void stop() {
		stopping = true;
		if (services.isEmpty() && kafka == null && database == null) {
			return;
		}
		say("");
		say("Stopping Parley ...");
		services.parallelStream().forEach(ServiceProcess::close);
		services.clear();
		closeQuietly(database);
		database = null;
		closeQuietly(kafka);
		kafka = null;
		say("Stopped. Data kept in " + dataDir);
	}

	/** A secret from the environment if set, else one generated once and kept in the data folder. */
	private String secret(String variable, String fileName, String prefix) throws IOException {
		String configured = System.getenv(variable);
		if (configured != null && !configured.isBlank()) {
			return configured.trim();
		}
		Path file = dataDir.resolve(fileName);
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).trim();
		}
		byte[] random = new byte[20];
		new SecureRandom().nextBytes(random);
		String value = prefix + HexFormat.of().formatHex(random);
		Files.writeString(file, value, StandardCharsets.UTF_8);
		return value;
	}

	private void requireFreePorts() throws IOException {
		List<Integer> ports = new ArrayList<>(List.of(kafkaPort, kafkaControllerPort, databasePort));
		for (LocalService service : LocalService.values()) {
			ports.add(service.defaultPort());
		}
		for (int port : ports) {
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				socket.setReuseAddress(true);
			}
			catch (IOException inUse) {
				throw new IOException("Port " + port + " is already in use. Is another Parley (or Kafka/MySQL) "
						+ "running? Stop it, or choose other ports with PARLEY_KAFKA_PORT / PARLEY_DB_PORT.");
			}
		}
	}

	private void rememberPids() throws IOException {
		Files.write(dataDir.resolve("service-pids"),
				services.stream().map(service -> String.valueOf(service.pid())).toList(), StandardCharsets.UTF_8);
	}

	/** Services of a launcher that was killed outright would hold the ports; end them. */
	private void stopLeftoversOfAnEarlierRun() throws IOException {
		Path pids = dataDir.resolve("service-pids");
		if (!Files.exists(pids)) {
			return;
		}
		for (String line : Files.readAllLines(pids, StandardCharsets.UTF_8)) {
			ProcessHandle.of(Long.parseLong(line.trim()))
				.filter(process -> process.info().commandLine().orElse("").contains("-exec.jar"))
				.ifPresent(process -> {
					say("Stopping a service left over from an earlier run (pid " + process.pid() + ")");
					process.destroy();
					process.onExit().join();
				});
		}
		Files.delete(pids);
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			System.err.println("While stopping: " + ex.getMessage());
		}
	}

	private static void step(int number, String what) {
		say("[" + number + "/4] " + what);
	}

	private static void done(long since) {
		say("      ready (" + String.format("%.1f", (System.currentTimeMillis() - since) / 1000.0) + " s)");
	}

	private static long seconds(long since) {
		return (System.currentTimeMillis() - since) / 1000;
	}

	private static void say(String line) {
		System.out.println(line);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
