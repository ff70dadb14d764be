package io.parley.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.testcontainers.containers.GenericContainer;
import redis.embedded.RedisServer;

/**
 * One real Redis per test JVM: {@code PARLEY_TEST_REDIS_URL} if set, else Redis in Testcontainers when a Docker
 * engine answers, else the real redis-server binary that {@code com.github.codemonstur:embedded-redis} ships.
 */
public final class SharedRedis {

	public static final String REDIS_URL_ENV = "PARLEY_TEST_REDIS_URL";

	private static String url;

	private SharedRedis() {
	}

	public static synchronized String url() {
		if (url == null) {
			url = start();
		}
		return url;
	}

	private static String start() {
		String configured = System.getenv(REDIS_URL_ENV);
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		if (SharedKafka.DockerAvailability.dockerAnswers()) {
			GenericContainer<?> redis = new GenericContainer<>("redis:7.4-alpine").withExposedPorts(6379);
			redis.start();
			return "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379);
		}
		EmbeddedRedis redis = EmbeddedRedis.start();
		Runtime.getRuntime().addShutdownHook(new Thread(redis::stop, "embedded-redis-shutdown"));
		return redis.url();
	}

	/** A Redis server of a test's own, for tests that stop it on purpose. */
	public static final class EmbeddedRedis {

		private final RedisServer server;
		private final int port;

		private EmbeddedRedis(RedisServer server, int port) {
			this.server = server;
			this.port = port;
		}

		public static EmbeddedRedis start() {
			try {
				int port;
				try (ServerSocket socket = new ServerSocket(0)) {
					port = socket.getLocalPort();
				}
				RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
					.setting("appendonly no").onShutdownForceStop(true).build();
				server.start();
				return new EmbeddedRedis(server, port);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded Redis for tests", ex);
			}
		}

		public String url() {
			return "redis://127.0.0.1:" + port;
		}

		public void stop() {
			try {
				server.stop();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}
}
