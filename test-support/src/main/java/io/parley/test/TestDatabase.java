package io.parley.test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database created for one test context. */
public record TestDatabase(String name, String jdbcUrl, String username, String password) {

	/** A client for assertions on the rows a service wrote. */
	public JdbcClient jdbcClient() {
		return JdbcClient.create(new DriverManagerDataSource(jdbcUrl, username, password));
	}
}
