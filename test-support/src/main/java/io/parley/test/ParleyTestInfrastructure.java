package io.parley.test;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service's Spring context at the shared test Kafka broker and a fresh database of its own.
 * Used through {@link ParleyServiceTest}.
 */
public class ParleyTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String DATABASE_NAME_PROPERTY = "parley.test.database-name";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		String service = environment.getProperty("spring.application.name", "service");
		TestDatabase database = SharedDatabase.createDatabase(service.replace("-service", ""));
		// The same variables a deployment sets, so the service's own configuration reads them; anything a test
		// sets explicitly (e.g. a broker that is down) still wins.
		Map<String, Object> variables = new HashMap<>();
		if (onClasspath("org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")) {
			variables.put("KAFKA_BOOTSTRAP_SERVERS", SharedKafka.bootstrapServers());
		}
		if (onClasspath("org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")) {
			variables.put("REDIS_URL", SharedRedis.url());
		}
		variables.put("DB_URL", database.jdbcUrl());
		variables.put("DB_USER", database.username());
		variables.put("DB_PASSWORD", database.password());
		variables.put(DATABASE_NAME_PROPERTY, database.name());
		environment.getPropertySources().addFirst(new MapPropertySource("parleyTestInfrastructure", variables));
		context.getBeanFactory().registerSingleton("testDatabase", database);
	}

	private static boolean onClasspath(String className) {
		try {
			Class.forName(className, false, ParleyTestInfrastructure.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}
}
